import { createHash } from 'node:crypto';
import {
  assertChargeable, awaitsGuest, chargeableCard, chargeAtPsp, chargeFailed, chargeNeedsAction, chargeSucceeded, isCharge, newCharge, withChargeCall, type Charge,
} from '../domain/charge';
import { Conflict, NotFound, RuleViolated } from '../domain/errors';
import type { Money } from '../domain/money';
import { applyOutcome, chargeRequest } from '../domain/payment-request';
import { chargeSubject } from '../domain/payment-subject';
import type { PspPaymentState } from '../domain/psp-operation';
import { recordOutcome, type ChargeCall, type ChargeReason, type ChargeStatus } from '../domain/transaction';
import type { PspProvider } from '../domain/hotel';
import {
  chargeActionRequired, chargeFailed as chargeFailedEvent, chargeRequested, chargeSucceeded as chargeSucceededEvent, makeEvent, paymentReceivedTwice, paymentRequestCreated, type Envelope,
} from '../events';
import type { Needs } from './deps';
import { byKey, stampHistory } from './history';
import type { ChargeSubject } from './payment-subjects';
import type { Changes, HotelRecord, PaymentRequestRecord, StoredNotification } from './ports';
import type { PaymentNotice } from './psp';
import { type Done, type Failure, type OperationKind, type OutcomeDeps } from './psp-operations';
import { cardContext, hashSecret, linkContext } from './secrets';

/**
 * Charges of a card the guest registered at the PSP (docs/charges.md): asked by the hotel (202),
 * taken to the PSP by the PSP-operation core as a merchant-initiated payment of the card's token,
 * at most one call each unless the PSP's order shows none was made.
 */

export interface ChargeInput {
  readonly amount: Money;
  readonly reason: ChargeReason;
  readonly cardId?: string;
}

export interface ChargeAccepted {
  readonly chargeId: string;
  readonly status: ChargeStatus;
  readonly amount: Money;
  readonly reason: ChargeReason;
  readonly cardId: string;
  readonly reservationId: string;
}

const accepted = (c: Charge): ChargeAccepted => ({
  chargeId: c.transactionId, status: c.charge.status, amount: c.amount, reason: c.charge.reason, cardId: c.charge.cardId, reservationId: c.reservationId,
});

const SCOPE = 'charge';

/**
 * 1. Load the reservation and hotel (the hotel may have come with the caller's key); the card is
 *    one registered at the PSP and not expired.
 * 2. Commit the charge (requested), the Idempotency-Key's record (only if the key is new),
 *    history and `charge.requested` for the worker. `linkBase` is where a payment link would
 *    point if the guest must authenticate.
 * 3. A lost commit reads the key's record: a known key answers with the charge it made (another
 *    body under it: 422). The route wrapper answers repeats first; this record is the backstop
 *    for a lost answer, read only then, never before the write.
 */
export async function requestCharge(
  deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels' | 'store:payments' | 'store:reservations'>, hotelId: string, reservationId: string, input: ChargeInput, idempotencyKey: string, linkBase: string, keyId?: string, knownHotel?: HotelRecord,
): Promise<ChargeAccepted> {
  const keyHash = hashSecret(idempotencyKey);
  const requestHash = createHash('sha256').update(JSON.stringify([reservationId, input.amount, input.reason, input.cardId ?? null])).digest('hex');
  const [hotel, agg] = await Promise.all([knownHotel ?? deps.store.getHotel(hotelId), deps.store.getReservation(hotelId, reservationId)]);
  if (!hotel || !agg) throw new NotFound('reservation_not_found', `No reservation ${reservationId}`);
  const now = deps.clock.now();
  assertChargeable(agg.reservation, input.amount, input.reason);
  const card = chargeableCard(agg.cards, input.cardId, now);
  const charge = newCharge(agg.reservation, card, input, { now, chargeId: deps.ids.newId(), provider: hotel.hotel.psp.provider, mode: hotel.hotel.psp.mode, linkBase });
  try {
    await deps.store.commit({
      transactions: [{ value: charge, expectedVersion: null }],
      history: stampHistory(deps.ids, hotelId, reservationId, byKey([{
        at: now.toISOString(), type: 'charge_requested' as const, actor: 'pms' as const, detail: { chargeId: charge.transactionId, amount: charge.amount, reason: input.reason, cardId: card.cardId },
      }], keyId)),
      events: [makeEvent(chargeRequested, { id: deps.ids.newId(), occurredAt: now, hotelId }, eventData(charge))],
      idempotency: { hotelId, scope: SCOPE, keyHash, requestHash, resultId: charge.transactionId, reservationId, createdAt: now.toISOString() },
    });
  } catch (e) {
    // The same key, committed meanwhile by a concurrent call: answer with what it made.
    const raced = e instanceof Conflict ? await deps.store.getIdempotency(hotelId, SCOPE, keyHash) : undefined;
    if (!raced) throw e;
    return replay(deps, hotelId, raced, requestHash);
  }
  return accepted(charge);
}

async function replay(deps: Needs<'store:reservations'>, hotelId: string, known: { requestHash: string; reservationId: string; resultId: string }, requestHash: string): Promise<ChargeAccepted> {
  if (known.requestHash !== requestHash) throw new RuleViolated('idempotency_key_reused', 'This Idempotency-Key was used with another request; use a new key for a new charge');
  const charge = (await deps.store.getReservation(hotelId, known.reservationId))?.transactions.find((t) => t.transactionId === known.resultId);
  if (!charge || !isCharge(charge)) throw new RuleViolated('idempotency_key_reused', 'This Idempotency-Key belongs to a charge that no longer exists');
  return accepted(charge);
}

const eventData = (c: Charge) => ({ reservationId: c.reservationId, chargeId: c.transactionId, amount: c.amount, reason: c.charge.reason });

/**
 * A charge as a PSP operation. It has no payment at the PSP before its call: the first attempt
 * calls at once; after an unanswered call the PSP's order under the charge's reference says
 * whether the call went through. The charge holds its own PSP lock while its call is unanswered.
 */
export const chargeKind: OperationKind<Charge, ChargeCall, PspPaymentState | null> = {
  find(agg, chargeId) {
    const op = agg.transactions.find((t) => t.transactionId === chargeId);
    return op && isCharge(op) ? { op, payment: op } : undefined;
  },
  progress: (c) => c.charge,
  withCall: (c, now, pspCall) => withChargeCall(c, now, { ...c.charge, ...(pspCall ? { pspCall } : {}) }),
  async look(gateway, account, c, _payment, unanswered) {
    if (!unanswered) return { ok: true, value: null };
    return gateway.findCharge(account, c.charge.orderRef);
  },
  doneAtPsp(_c, _payment, state) {
    switch (chargeAtPsp(state)) {
      case 'accepted': return true;
      case 'refused': return refusalOf(state!);
      case 'none': return false;
    }
  },
  plan: () => 'charge',
  async call(gateway, account, c, _payment, _call, _state, deps) {
    const sealed = await deps.store.getCardSecret(c.hotelId, c.reservationId, c.charge.cardId);
    if (!sealed) return { ok: false, failure: 'permanent', code: 'card_gone', message: 'The card was erased or purged from the vault before the charge reached the PSP' };
    const card = JSON.parse(await deps.sealer.open(sealed, cardContext(c.hotelId, c.reservationId, c.charge.cardId, 'card-token'))) as { token?: string; chainingRef?: string };
    if (!card.token) return { ok: false, failure: 'permanent', code: 'card_not_registered', message: 'This card holds no PSP token' };
    const answer = await gateway.charge(account, {
      token: card.token, ...(card.chainingRef ? { chainingRef: card.chainingRef } : {}), amount: c.amount, orderRef: c.charge.orderRef, reservationId: c.reservationId,
    });
    if (!answer.ok) return answer;
    const kind = chargeAtPsp(answer.value);
    if (kind === 'accepted') return { ok: true, value: { ref: answer.value.ref, pspStatus: answer.value.pspStatus, ...(answer.value.maskedCard ? { maskedCard: answer.value.maskedCard } : {}) } };
    if (kind === 'refused') return { ok: false, failure: 'permanent', ...refusalOf(answer.value) };
    // Neither taken nor refused (waiting at the PSP): looked at again before anything else.
    return { ok: false, failure: 'ambiguous', code: 'charge_pending_at_psp', message: `The PSP reports the charge as ${answer.value.pspStatus}` };
  },
  succeeded: (deps, c, _payment, done) => succeeded(deps, c, done),
  failed: (deps, c, _payment, failure) => (failure.code === AUTHENTICATION_REQUIRED ? actionRequired(deps, c, failure) : failed(deps, c, failure)),
  siblings: () => [],
};

const AUTHENTICATION_REQUIRED = 'authentication_required';

function refusalOf(state: PspPaymentState): Failure {
  const message = state.refusal?.message ?? `The PSP refused the charge (${state.pspStatus})`;
  return state.refusal?.authenticationRequired ? { code: AUTHENTICATION_REQUIRED, message } : { code: 'card_declined', message };
}

function succeeded(deps: OutcomeDeps, c: Charge, done: Done<ChargeCall, PspPaymentState | null>): Changes {
  const now = deps.clock.now();
  const psp = done.reconciled
    ? { uuid: done.state?.ref ?? '', status: done.state?.pspStatus ?? '', reconciled: true, ...(done.state?.maskedCard ? { maskedCard: done.state.maskedCard } : {}) }
    : { uuid: done.movement.ref, status: done.movement.pspStatus, ...(done.movement.maskedCard ? { maskedCard: done.movement.maskedCard } : {}) };
  const finished = chargeSucceeded(c, now, psp);
  return {
    transactions: [{ value: finished, expectedVersion: c.version }],
    history: stampHistory(deps.ids, c.hotelId, c.reservationId, [{
      at: now.toISOString(), type: 'charge_succeeded', actor: 'psp',
      detail: { chargeId: c.transactionId, amount: c.amount, reason: c.charge.reason, pspStatus: psp.status, ...(done.reconciled ? { reconciled: true } : {}) },
    }]),
    events: [makeEvent(chargeSucceededEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: c.hotelId }, { ...eventData(c), via: 'card_on_file' })],
  };
}

function failed(deps: OutcomeDeps, c: Charge, failure: Failure): Changes {
  const now = deps.clock.now();
  return {
    transactions: [{ value: chargeFailed(c, now, failure), expectedVersion: c.version }],
    history: stampHistory(deps.ids, c.hotelId, c.reservationId, [{
      at: now.toISOString(), type: 'charge_failed', actor: 'psp', detail: { chargeId: c.transactionId, amount: c.amount, reason: c.charge.reason, code: failure.code, message: failure.message },
    }]),
    events: [makeEvent(chargeFailedEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: c.hotelId }, { ...eventData(c), ...failure })],
  };
}

/**
 * The issuer wants the cardholder to authenticate: a payment request for the same amount, whose
 * subject is the charge, goes to the guest by e-mail (the `payment-request.created` event); the
 * charge waits for it.
 */
async function actionRequired(deps: OutcomeDeps, c: Charge, failure: Failure): Promise<Changes> {
  const now = deps.clock.now();
  const subject = chargeSubject(c.reservationId, c.transactionId);
  const request = chargeRequest(c.hotelId, subject, c.amount, { now, paymentRequestId: deps.ids.newId() });
  const token = deps.ids.newSecret();
  const url = `${(c.charge.linkBase ?? '').replace(/\/$/, '')}/pay/${token}`;
  const sealedUrl = await deps.sealer.seal(url, linkContext(c.hotelId, request.paymentRequestId));
  const meta = () => ({ id: deps.ids.newId(), occurredAt: now, hotelId: c.hotelId });
  return {
    transactions: [{ value: chargeNeedsAction(c, now, failure, request.paymentRequestId), expectedVersion: c.version }],
    paymentRequests: [{ value: { request, sealedUrl }, expectedVersion: null }],
    link: { tokenHash: hashSecret(token), hotelId: c.hotelId, subject, paymentRequestId: request.paymentRequestId, expiresAt: request.expiresAt },
    history: stampHistory(deps.ids, c.hotelId, c.reservationId, [{
      at: now.toISOString(), type: 'charge_action_required', actor: 'psp',
      detail: { chargeId: c.transactionId, amount: c.amount, reason: c.charge.reason, paymentRequestId: request.paymentRequestId, message: failure.message },
    }]),
    events: [
      makeEvent(chargeActionRequired, meta(), { ...eventData(c), paymentRequestId: request.paymentRequestId, message: failure.message }),
      makeEvent(paymentRequestCreated, meta(), {
        reservationId: c.reservationId, paymentRequestId: request.paymentRequestId, type: request.type, delivery: request.delivery, amount: request.amount, expiresAt: request.expiresAt,
      }),
    ],
  };
}

/**
 * The guest paid (or failed to pay) the link of a charge that needed their authentication. A
 * payment for the amount asked settles the charge: it becomes that payment (its PSP uuid,
 * refundable). Anything else is recorded on the request, and the charge keeps waiting.
 */
export async function settleChargePayment(
  deps: Needs<'clock' | 'ids' | 'store:commit'>,
  { n, notice, subject, record, markProcessed, now, provider }: {
    readonly n: StoredNotification; readonly notice: PaymentNotice; readonly provider: PspProvider; readonly subject: ChargeSubject; readonly record: PaymentRequestRecord;
    readonly markProcessed: (result: string) => Changes['notification']; readonly now: Date;
  },
): Promise<'applied'> {
  const { charge } = subject;
  const outcome = notice.outcome;
  const rightAmount = outcome.amount.amount === record.request.amount.amount && outcome.amount.currency === record.request.amount.currency;
  const settles = outcome.kind === 'succeeded' && rightAmount && awaitsGuest(charge) && outcome.pspTransactionId !== undefined;
  const request = applyOutcome(record.request, settles || outcome.kind !== 'succeeded' ? outcome : { ...outcome, kind: 'pending' }, {
    now, ...(settles ? { transactionId: charge.transactionId } : {}),
  });
  const events: Envelope[] = [];
  const changes: Changes = { notification: markProcessed(outcome.kind), paymentRequests: [{ value: { ...record, request }, expectedVersion: record.request.version }] };
  const at = now.toISOString();
  const detail = { chargeId: charge.transactionId, paymentRequestId: request.paymentRequestId, pspStatus: outcome.pspStatus, attempt: outcome.attemptRef, amount: outcome.amount };
  if (settles) {
    const finished = chargeSucceeded(charge, now, { uuid: outcome.pspTransactionId!, status: outcome.pspStatus, ...(outcome.card?.masked ? { maskedCard: outcome.card.masked } : {}) });
    events.push(makeEvent(chargeSucceededEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: n.hotelId }, { ...eventData(charge), via: 'guest_link' }));
    await deps.store.commit({
      ...changes,
      transactions: [{ value: finished, expectedVersion: charge.version }],
      history: stampHistory(deps.ids, n.hotelId, charge.reservationId, [{ at, type: 'charge_succeeded', actor: 'psp', detail: { ...detail, via: 'guest_link' } }]),
      events,
    });
    return 'applied';
  }
  // Not (or no longer) what the charge waits for: the desk sees it in the history, and money taken
  // anyway is recorded as a payment of its own (refundable) for the hotel to sort out, never lost.
  const existing = subject.agg.transactions.find((t) => t.psp.transactionUuid === outcome.pspTransactionId);
  const tx = outcome.kind === 'succeeded' ? recordOutcome(existing, outcome, {
    now, transactionId: existing?.transactionId ?? deps.ids.newId(), hotelId: n.hotelId, reservationId: charge.reservationId, paymentRequestId: request.paymentRequestId, provider,
  }) : null;
  if (tx && !existing && tx.status === 'succeeded') {
    events.push(makeEvent(paymentReceivedTwice, { id: deps.ids.newId(), occurredAt: now, hotelId: n.hotelId }, {
      reservationId: charge.reservationId, paymentRequestId: request.paymentRequestId, transactionId: tx.transactionId, amount: tx.amount,
    }));
  }
  await deps.store.commit({
    ...changes,
    ...(tx ? { transactions: [{ value: tx, expectedVersion: existing ? existing.version : null }] } : {}),
    events,
    history: stampHistory(deps.ids, n.hotelId, charge.reservationId, [{
      at, type: outcome.kind === 'succeeded' ? 'payment_mismatch' : outcome.kind === 'failed' ? 'payment_failed' : outcome.kind === 'pending' ? 'payment_pending' : 'payment_abandoned',
      actor: 'psp', detail: { ...detail, ...(outcome.kind === 'succeeded' ? { note: awaitsGuest(charge) ? 'amount differs from the charge' : `charge already ${charge.charge.status}` } : {}) },
    }]),
  });
  return 'applied';
}
