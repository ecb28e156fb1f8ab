import { createHash } from 'node:crypto';
import { Conflict, NotFound, RuleViolated } from '../domain/errors';
import type { Money } from '../domain/money';
import { newRefund, refundAmount, type Refund } from '../domain/refund';
import type { RefundOrigin } from '../domain/transaction';
import type { Transaction } from '../domain/transaction';
import { makeEvent, refundRequested, type Envelope } from '../events';
import type { Needs } from './deps';
import { byKey, stampHistory } from './history';
import type { Changes, RefundableChange } from './ports';
import { hashSecret } from './secrets';

export interface RefundInput {
  readonly amount?: Money;
  readonly reason?: string;
}

export interface RefundAccepted {
  readonly refundId: string;
  readonly status: 'requested' | 'succeeded' | 'failed';
  readonly amount: Money;
  readonly transactionId: string;
  readonly reservationId: string;
}

const SCOPE = 'refund';

/** Everything a refund request writes besides itself: its hold on the payment, history and event. */
export function refundChanges(deps: Needs<'clock' | 'ids'>, payment: Transaction, refund: Refund, now: Date, keyId?: string): { hold: RefundableChange; history: NonNullable<Changes['history']>; event: Envelope } {
  return {
    hold: { payment, delta: -refund.amount.amount },
    history: stampHistory(deps.ids, payment.hotelId, payment.reservationId, byKey([{
      at: now.toISOString(), type: 'refund_requested', actor: refund.refund.origin === 'psp_back_office' ? 'psp' : 'pms',
      detail: { refundId: refund.transactionId, transactionId: payment.transactionId, amount: refund.amount, ...(refund.refund.reason ? { reason: refund.refund.reason } : {}) },
    }], keyId)),
    event: makeEvent(refundRequested, { id: deps.ids.newId(), occurredAt: now, hotelId: payment.hotelId }, {
      reservationId: payment.reservationId, refundId: refund.transactionId, parentTransactionId: payment.transactionId, amount: refund.amount, origin: refund.refund.origin as RefundOrigin,
      ...(keyId ? { keyId } : {}),
    }),
  };
}

const accepted = (r: Transaction): RefundAccepted => ({
  refundId: r.transactionId, status: r.refund?.status ?? 'requested', amount: r.amount, transactionId: r.parentTransactionId ?? '', reservationId: r.reservationId,
});

/**
 * 1. Find the payment (404 for another hotel's) and check the rules: succeeded payment, same
 *    currency, 0 < amount ≤ what is left (no amount: all of it).
 * 2. Commit the refund, the hold on the payment (a conditional update: concurrent refunds can
 *    never add up to more than the payment), the Idempotency-Key's record (only if the key is
 *    new), history and `refund.requested` together.
 * 3. A lost commit reads the key's record: a known key answers with the refund it made (another
 *    body under it: 422). The route wrapper answers a repeated request before this runs
 *    (docs/api-keys.md); this record is the backstop when the first answer was lost after the
 *    commit, and it is read only then (or when the rules refuse: what is left may be gone to this
 *    very refund), never before a write. Otherwise the race is run again against the new state
 *    (422 when nothing is left).
 */
export async function requestRefund(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:payments' | 'store:reservations'>, hotelId: string, transactionId: string, input: RefundInput, idempotencyKey?: string, keyId?: string): Promise<RefundAccepted> {
  const keyHash = idempotencyKey ? hashSecret(idempotencyKey) : undefined;
  const requestHash = createHash('sha256').update(JSON.stringify([transactionId, input.amount ?? null, input.reason ?? null])).digest('hex');

  const replay = async (): Promise<RefundAccepted | undefined> => {
    if (!keyHash) return undefined;
    const known = await deps.store.getIdempotency(hotelId, SCOPE, keyHash);
    if (!known) return undefined;
    if (known.requestHash !== requestHash) {
      throw new RuleViolated('idempotency_key_reused', 'This Idempotency-Key was used with another request; use a new key for a new refund');
    }
    const agg = await deps.store.getReservation(hotelId, known.reservationId);
    const refund = agg?.transactions.find((t) => t.transactionId === known.resultId);
    if (!refund) throw new RuleViolated('idempotency_key_reused', 'This Idempotency-Key belongs to a refund that no longer exists');
    return accepted(refund);
  };

  for (let attempt = 0; ; attempt++) {
    const reservationId = await deps.store.findTransactionReservation(hotelId, transactionId);
    const agg = reservationId ? await deps.store.getReservation(hotelId, reservationId) : undefined;
    const payment = agg?.transactions.find((t) => t.transactionId === transactionId);
    if (!agg || !payment) throw new NotFound('transaction_not_found', `No transaction ${transactionId}`);
    let amount: Money;
    try {
      amount = refundAmount(payment, input.amount);
    } catch (e) {
      // Nothing left to refund may be this very refund, made under this key: its answer.
      const known = e instanceof RuleViolated ? await replay() : undefined;
      if (known) return known;
      throw e;
    }
    const now = deps.clock.now();
    const refund = newRefund(payment, amount, { now, refundId: deps.ids.newId(), origin: 'api', ...(input.reason ? { reason: input.reason } : {}) });
    const { hold, history, event } = refundChanges(deps, payment, refund, now, keyId);
    try {
      await deps.store.commit({
        transactions: [{ value: refund, expectedVersion: null }],
        refundable: [hold],
        history,
        events: [event],
        ...(keyHash ? { idempotency: { hotelId, scope: SCOPE, keyHash, requestHash, resultId: refund.transactionId, reservationId: agg.reservation.reservationId, createdAt: now.toISOString() } } : {}),
      });
      return accepted(refund);
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      // The same refund, asked again under its key, got there first: its answer. Otherwise another
      // refund did: look again at what is left.
      const known = await replay();
      if (known) return known;
      if (attempt >= 4) throw e;
    }
  }
}
