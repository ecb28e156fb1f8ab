import { Conflict, NotFound, RuleViolated } from '../domain/errors';
import type { Money } from '../domain/money';
import { cancelRequest } from '../domain/payment-request';
import { allocateRefund, heldDeposits, newRefund, refundableOf, type DepositChoice } from '../domain/refund';
import { cancelReservation } from '../domain/reservation';
import { captureAmount, newHoldOperation, openHolds, releaseAmount, type HoldChoice } from '../domain/hold';
import { holdOperationChanges } from './hold-operations';
import { makeEvent, reservationCancelled, type Envelope } from '../events';
import type { Needs } from './deps';
import { byKey, stampHistory } from './history';
import { ChangeSetTooLarge, type Changes } from './ports';
import { refundChanges } from './request-refund';
import { reservationView, type ReservationView } from './reservation-view';

/**
 * 1. Load the reservation; already cancelled → answered as it is (cancelling twice is harmless).
 * 2. What deposit is held (succeeded payments with something left to refund)? If any, the hotel
 *    must say what to do with it: keep it, refund it, or refund part.
 *    A pre-authorisation still holding money needs its own choice: release it, or capture it
 *    (all, or an amount: kept as a deposit).
 * 3. One transaction: reservation cancelled, open requests withdrawn, refunds with their holds,
 *    captures or releases of the holds, history (including what was retained) and events; the
 *    PSP-operation worker does the rest.
 */
export async function cancelBooking(
  deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit' | 'store:reservations'>, hotelId: string, reservationId: string, choice: DepositChoice | undefined, holdChoice?: HoldChoice, keyId?: string,
): Promise<ReservationView> {
  const agg = await deps.store.getReservation(hotelId, reservationId);
  if (!agg) throw new NotFound('reservation_not_found', `No reservation ${reservationId}`);
  if (agg.reservation.status === 'cancelled') return reservationView(deps, agg);
  const now = deps.clock.now();

  const payments = agg.transactions.filter((t) => refundableOf(t) > 0);
  const held = heldDeposits(payments);
  if (held.length > 0 && !choice) {
    throw new RuleViolated('deposit_choice_required', 'This reservation holds a deposit: say whether to keep it, refund it, or refund part of it', { held });
  }
  if (held.length > 1 && choice && typeof choice === 'object') {
    throw new RuleViolated('several_currencies_held', 'Deposits are held in several currencies: refund all or keep all');
  }

  // A pre-authorisation still holding money: released, or kept as a deposit by capturing it.
  // (A hold past its lapse date is no longer held at the PSP: nothing to decide.)
  const holds = openHolds(agg.transactions).filter((h) => Date.parse(h.hold.expiresAt) > now.getTime());
  if (holds.length > 0 && !holdChoice) {
    throw new RuleViolated('hold_choice_required', 'This reservation holds a pre-authorisation: say whether to release it or capture it (all, or an amount)', {
      held: holds.map((h) => ({ amount: h.hold.held, currency: h.amount.currency })),
    });
  }
  if (holds.length > 1 && typeof holdChoice === 'object') {
    throw new RuleViolated('several_holds', 'Several pre-authorisations are held: capture all or release all');
  }
  const holdOps = holds.map((h) => {
    const type = holdChoice === 'release' ? 'release' as const : 'capture' as const;
    const amount = holdChoice === 'release' ? releaseAmount(h) : captureAmount(h, typeof holdChoice === 'object' ? holdChoice.capture : undefined, now);
    return newHoldOperation(h, type, amount, { now, operationId: deps.ids.newId() });
  });

  let toRefund: Array<{ payment: (typeof payments)[number]; amount: Money }> = [];
  if (choice === 'refund') toRefund = payments.map((p) => ({ payment: p, amount: { amount: refundableOf(p), currency: p.amount.currency } }));
  else if (choice && typeof choice === 'object') toRefund = allocateRefund(payments, choice.refund);
  const refunded = new Map<string, number>();
  for (const r of toRefund) refunded.set(r.amount.currency, (refunded.get(r.amount.currency) ?? 0) + r.amount.amount);
  const retained = held.map((m) => ({ amount: m.amount - (refunded.get(m.currency) ?? 0), currency: m.currency })).filter((m) => m.amount > 0);
  const deposit = held.length === 0 ? 'none' : retained.length === 0 ? 'refunded' : refunded.size === 0 ? 'kept' : 'partly_refunded';

  const holdOutcome = holds.length === 0 ? undefined : holdChoice === 'release' ? 'released' as const : 'captured' as const;
  const change = cancelReservation(agg.reservation, { now, deposit, retained, ...(holdOutcome ? { hold: holdOutcome } : {}) });
  if (!change) return reservationView(deps, agg);
  const changes: { -readonly [K in keyof Changes]: Changes[K] } = {
    reservation: { value: change.reservation, expectedVersion: agg.reservation.version },
    paymentRequests: agg.requests.flatMap((rec) => {
      const cancelled = cancelRequest(rec.request, now);
      return cancelled ? [{ value: { ...rec, request: cancelled }, expectedVersion: rec.request.version }] : [];
    }),
  };
  const history = stampHistory(deps.ids, hotelId, reservationId, byKey(change.history, keyId));
  const events: Envelope[] = [];
  const refunds = toRefund.filter((r) => r.amount.amount > 0).map(({ payment, amount }) => {
    const refund = newRefund(payment, amount, { now, refundId: deps.ids.newId(), origin: 'cancellation', reason: 'reservation cancelled' });
    const made = refundChanges(deps, payment, refund, now, keyId);
    history.push(...made.history);
    events.push(made.event);
    return { refund, hold: made.hold };
  });
  for (const { op } of holdOps) {
    const made = holdOperationChanges(deps, op, now, 'pms', keyId);
    history.push(...made.history);
    events.push(made.event);
  }
  events.unshift(makeEvent(reservationCancelled, { id: deps.ids.newId(), occurredAt: now, hotelId }, {
    reservationId, deposit, retained, refundIds: refunds.map((r) => r.refund.transactionId),
    ...(holdOutcome ? { hold: holdOutcome, holdOperationIds: holdOps.map((h) => h.op.transactionId) } : {}),
  }));
  try {
    await deps.store.commit({
      ...changes,
      transactions: [
        ...refunds.map((r) => ({ value: r.refund, expectedVersion: null })),
        // Each hold is taken off its pre-authorisation under the version read (as a capture or release asked alone).
        ...holdOps.flatMap(({ op, preauth }) => [{ value: op, expectedVersion: null }, { value: preauth, expectedVersion: preauth.version - 1 }]),
      ],
      // What is retained was computed from the payments as read: none may have moved meanwhile.
      refundable: refunds.map((r) => ({ ...r.hold, expectedVersion: r.hold.payment.version })),
      unchanged: payments.filter((p) => !refunds.some((r) => r.hold.payment.transactionId === p.transactionId)),
      history,
      events,
    });
  } catch (e) {
    // More payments than one transaction can refund or check at once (never a real stay's): the
    // hotel refunds them one by one first; nothing was written.
    if (e instanceof ChangeSetTooLarge) {
      throw new RuleViolated('too_many_payments', `This reservation holds ${payments.length + holds.length} payments, more than one cancellation can settle at once: refund them with POST /v1/transactions/{transactionId}/refunds first, then cancel`);
    }
    // Cancelled meanwhile by a concurrent call: cancelling twice is harmless. Anything else: 409.
    const now = e instanceof Conflict ? await deps.store.getReservation(hotelId, reservationId) : undefined;
    if (now?.reservation.status === 'cancelled') return reservationView(deps, now);
    throw e;
  }
  const after = await deps.store.getReservation(hotelId, reservationId);
  return reservationView(deps, after ?? agg);
}
