import { holdPolicy } from '../domain/policy';
import { endOfLocalDay } from '../domain/time';
import { applyOutcome, followOptionDeadline } from '../domain/payment-request';
import { confirmReservation, forceDeadlineToToday, type HistoryEntry, type ReservationChange } from '../domain/reservation';
import { recordOutcome, type Transaction } from '../domain/transaction';
import { makeEvent, paymentFailed, paymentReceivedAfterClose, paymentReceivedTwice, paymentSucceeded, reservationConfirmed, type Envelope } from '../events';
import type { Needs } from './deps';
import { stampHistory } from './history';
import type { Changes } from './ports';
import { recordMoneyBack } from './back-office-refund';
import { settleChargePayment } from './charges';
import { settleCardRenewal } from './card-expiry';
import { registeredCard } from './registered-card';
import type { PaymentNotice, PspNotices } from './psp';
import { subjectReference } from '../domain/payment-subject';
import { loadSubject, requestOf, type ReservationSubject, subjectHistory } from './payment-subjects';
import type { AttemptKey, PaymentRequestRecord, StoredNotification } from './ports';

export type ProcessResult = 'applied' | 'already_processed' | 'unmatched' | 'mismatch' | 'missing' | 'rejected';

const HISTORY_TYPE = {
  succeeded: 'payment_succeeded', failed: 'payment_failed', pending: 'payment_pending', abandoned: 'payment_abandoned', cancelled: 'payment_abandoned',
} as const;

/**
 * 1. Load the stored notification, with its hotel and the attempt its receipt named, in one read;
 *    a processed one is done (queues deliver at least once). Its
 *    PSP's gateway says what it means. Money given back at the PSP (a credit, a cancelled
 *    payment) is recorded as a refund.
 * 2. Find the request through the attempt the notice names (the gateway's checkout recorded its
 *    owner: the request and its payment subject), and load the subject; the notice must name that
 *    subject. A notification in another mode than the attempt, or paying another amount, settles
 *    nothing (recorded for the desk).
 * 3. Apply the outcome as the subject's kind says (a reservation: transaction recorded or moved
 *    forward, request succeeded/failed/recorded, reservation confirmed on success or brought due
 *    today on failure). Success is final.
 * 4. Tell the world: confirmed; paid after the option closed; paid twice; or refused.
 * 5. Commit all of it, the notification marked processed and the resulting events, in one
 *    transaction guarded by the versions read; a concurrent change makes the queue retry.
 */
export async function processNotification(
  deps: Needs<'clock' | 'ids' | 'pspNotices' | 'sealer' | 'store:commit' | 'store:hotels' | 'store:payments' | 'store:reservations'>, hotelId: string, notificationId: string, hint: { readonly attempt?: AttemptKey } = {},
): Promise<ProcessResult> {
  // One read: the notification, its hotel and the attempt it names (given by its receipt).
  const { notification: n, hotel, attempt: known } = await deps.store.getNotificationWith(hotelId, notificationId, hint.attempt);
  if (!n) return 'missing';
  if (n.processedAt) return 'already_processed';
  const now = deps.clock.now();
  // Once settled, the notification no longer holds the card token: a registered card has it
  // sealed under its own context (purged with the card), and any other outcome does not need it.
  const { sealedSensitive: _token, ...kept } = n;
  const markProcessed = (result: string): Changes['notification'] => ({ value: { ...kept, processedAt: now.toISOString(), result, version: n.version + 1 }, expectedVersion: n.version });
  const gateway = deps.pspNotices.for(n.provider ?? 'systempay');
  const notice = gateway.interpret(n.fields);
  // Stored before notifications were parsed on receipt: one that is not well-formed is settled as
  // rejected, never retried into the dead-letter queue.
  if (notice.kind === 'rejected') {
    await deps.store.commit({ notification: { value: { ...kept, processedAt: now.toISOString(), result: 'rejected', reason: notice.reason, version: n.version + 1 }, expectedVersion: n.version } });
    return 'rejected';
  }

  if (notice.kind === 'money_back' || notice.outcome.kind === 'cancelled') {
    // Refunds and cancellations made at the PSP: matched by reservation, not by a form of ours.
    const result = await recordMoneyBack(deps, n, notice, markProcessed);
    if (result !== 'not_money_back') return result === 'refund_recorded' ? 'applied' : result === 'unmatched' ? 'unmatched' : 'already_processed';
  }
  if (notice.kind !== 'payment') return 'unmatched';

  const attempt = await gateway.findAttempt(notice, known);
  const subject = attempt && attempt.hotelId === hotelId ? await loadSubject(deps, hotelId, attempt.subject, hotel) : undefined;
  const record = subject && requestOf(subject, attempt!.paymentRequestId);
  // The notification must name the subject its attempt was started for.
  if (!attempt || !subject || !record || subjectReference(subject.subject) !== notice.subjectRef) {
    await deps.store.commit({ notification: markProcessed('unmatched') });
    return 'unmatched';
  }

  // A notification must be about the form we rendered: same mode (a TEST-key notification never
  // settles a PRODUCTION attempt) and, for a payment, the amount asked.
  if (notice.outcome.mode !== attempt.mode) {
    await deps.store.commit({
      notification: markProcessed('mode_mismatch'),
      history: subjectHistory(deps.ids, hotelId, subject.subject, [{ at: now.toISOString(), type: 'payment_mismatch', actor: 'psp', detail: { paymentRequestId: record.request.paymentRequestId, expectedMode: attempt.mode, receivedMode: notice.outcome.mode } }]),
    });
    return 'mismatch';
  }
  // What a payment does to its subject is that kind's own.
  switch (subject.kind) {
    case 'reservation': return settleReservationPayment(deps, { n, notice, gateway, subject, record, markProcessed, now });
    case 'charge': return settleChargePayment(deps, { n, notice, subject, record, markProcessed, now, provider: gateway.provider });
    case 'card-renewal': return settleCardRenewal(deps, { n, notice, gateway, subject, record, markProcessed, now });
  }
}

interface Settling<S> {
  readonly n: StoredNotification;
  readonly notice: PaymentNotice;
  readonly gateway: PspNotices;
  readonly subject: S;
  readonly record: PaymentRequestRecord;
  readonly markProcessed: (result: string) => Changes['notification'];
  readonly now: Date;
}

/**
 * A payment notice for a reservation's request: the outcome applied, the reservation confirmed on
 * success or brought due today on refusal, the card registered, the world told; one commit.
 */
async function settleReservationPayment(
  deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit'>,
  { n, notice, gateway, subject, record, markProcessed, now }: Settling<ReservationSubject>,
): Promise<ProcessResult> {
  const { hotelId } = n;
  const { agg, hotel } = subject;
  const { reservationId } = agg.reservation;
  const reported = notice.outcome;
  const wrongAmount = reported.kind === 'succeeded' && record.request.type !== 'guarantee'
    && (reported.amount.amount !== record.request.amount.amount || reported.amount.currency !== record.request.amount.currency);
  // Money taken for another amount is recorded, but settles nothing: the front desk sorts it out.
  const outcome = wrongAmount ? { ...reported, kind: 'pending' as const } : reported;
  const existingTx = agg.transactions.find((t) => t.psp.transactionUuid === reported.pspTransactionId);
  const tx: Transaction | null = recordOutcome(existingTx, reported, {
    now, transactionId: existingTx?.transactionId ?? deps.ids.newId(), hotelId, reservationId, paymentRequestId: record.request.paymentRequestId, provider: gateway.provider,
    ...(record.request.type === 'preauthorisation' ? {
      preauthorisation: { warningHoursBefore: holdPolicy(hotel.hotel.policy).warningHoursBefore, departureEnd: endOfLocalDay(agg.reservation.departure, hotel.hotel.timezone).toISOString() },
    } : {}),
  });
  let request = applyOutcome(record.request, outcome, { now, ...(tx && outcome.kind === 'succeeded' ? { transactionId: tx.transactionId } : {}) });
  const becameSucceeded = record.request.status !== 'succeeded' && request.status === 'succeeded';
  const becameFailed = request.status === 'failed' && outcome.kind === 'failed';

  let change: ReservationChange | null = null;
  if (becameSucceeded && tx) change = confirmReservation(agg.reservation, { now, paymentRequestId: request.paymentRequestId, transactionId: tx.transactionId });
  else if (becameFailed) {
    change = forceDeadlineToToday(agg.reservation, { now, timezone: hotel.hotel.timezone, paymentRequestId: request.paymentRequestId });
    // The link follows the option's (possibly forced) deadline, so the guest's retry page, the
    // reminder and a new request all see the same date; written below with this request's version.
    const after = change?.reservation ?? agg.reservation;
    if (after.status === 'option') request = followOptionDeadline(request, after.optionDeadline);
  }

  const at = now.toISOString();
  const entries: Omit<HistoryEntry, 'hotelId' | 'reservationId' | 'entryId'>[] = [{
    at, type: wrongAmount ? 'payment_mismatch' : HISTORY_TYPE[outcome.kind], actor: 'psp',
    detail: {
      ...(wrongAmount ? { expectedAmount: record.request.amount } : {}),
      paymentRequestId: request.paymentRequestId, pspStatus: outcome.pspStatus, attempt: outcome.attemptRef, amount: outcome.amount,
      ...(tx ? { transactionId: tx.transactionId } : {}),
      ...(record.request.status === 'succeeded' ? { note: 'request already succeeded; recorded only' } : {}),
    },
  }, ...(change?.history ?? [])];

  const reservation = change?.reservation ?? agg.reservation;
  const meta = () => ({ id: deps.ids.newId(), occurredAt: now, hotelId });
  const events: Envelope[] = [];
  if (becameSucceeded && tx && reservation.status === 'confirmed') {
    events.push(makeEvent(paymentSucceeded, meta(), { reservationId, paymentRequestId: request.paymentRequestId, transactionId: tx.transactionId, type: request.type, amount: request.amount }));
    if (agg.reservation.status !== 'confirmed') {
      events.push(makeEvent(reservationConfirmed, meta(), { reservationId, paymentRequestId: request.paymentRequestId }));
    }
  } else if (becameSucceeded && tx) {
    // Paid after the option lapsed (or was cancelled): no "booking confirmed" to anyone; the hotel decides.
    events.push(makeEvent(paymentReceivedAfterClose, meta(), { reservationId, paymentRequestId: request.paymentRequestId, transactionId: tx.transactionId, amount: tx.amount, reservationStatus: reservation.status }));
  } else if (record.request.status === 'succeeded' && outcome.kind === 'succeeded' && tx && !existingTx && (tx.type === 'payment' || tx.type === 'preauthorisation')) {
    events.push(makeEvent(paymentReceivedTwice, meta(), { reservationId, paymentRequestId: request.paymentRequestId, transactionId: tx.transactionId, amount: tx.amount }));
  } else if (becameFailed) {
    events.push(makeEvent(paymentFailed, meta(), {
      reservationId, paymentRequestId: request.paymentRequestId, pspStatus: outcome.pspStatus, optionDeadline: reservation.optionDeadline,
      type: request.type, amount: request.amount, attemptRef: outcome.attemptRef, linkExpiresAt: request.expiresAt, deadlineForced: change !== null,
      ...(outcome.authResult ? { authResult: outcome.authResult } : {}),
      ...(outcome.refusal ? { reason: outcome.refusal } : {}),
    }));
  }

  // A registered card (guarantee): the token goes to the vault, sealed under the card's own context.
  const card = becameSucceeded && outcome.tokenCreated ? await registeredCard(deps, gateway, n, notice, agg, hotel.hotel, now) : undefined;

  await deps.store.commit({
    notification: markProcessed(outcome.kind),
    paymentRequests: [{ value: { ...record, request }, expectedVersion: record.request.version }],
    ...(card ? { cards: card.cards, cardSecrets: [card.secrets], audit: [card.audit], ...(card.watch?.length ? { cardWatches: card.watch } : {}) } : {}),
    ...(tx ? { transactions: [{ value: tx, expectedVersion: existingTx ? existingTx.version : null }] } : {}),
    ...(change ? { reservation: { value: change.reservation, expectedVersion: agg.reservation.version } } : {}),
    history: stampHistory(deps.ids, hotelId, reservationId, entries),
    events,
  });
  return 'applied';
}
