import type { Money } from '../domain/money';
import { callUnanswered } from '../domain/psp-operation';
import { isRefund, newRefund, refundableOf, refundSucceeded, returnedInLedger, type Refund } from '../domain/refund';
import type { Transaction } from '../domain/transaction';
import { makeEvent, refundSucceeded as refundSucceededEvent, type Envelope } from '../events';
import type { Needs } from './deps';
import { stampHistory } from './history';
import type { Changes, StoredNotification } from './ports';
import type { MoneyBackNotice, PaymentNotice } from './psp';

/**
 * Money given back at the PSP reaches us as a notification: a credit (refund), or a payment now
 * cancelled. Such notifications are not tied to a form we rendered (a credit's id is the PSP's
 * own), so they are matched by reservation (the notice's subject). Whatever the source (the
 * hotel's back office, the PSP's retry), what counts is the state: a cancellation of a payment we
 * hold as paid.
 */
export type MoneyBackResult = 'refund_recorded' | 'already_recorded' | 'unmatched' | 'not_settled' | 'not_money_back';

type Write = { value: Refund; expectedVersion: number | null };

/**
 * 1. Find the reservation and the payment the money came back from.
 * 2. A credit the PSP made for a refund of ours (its PSP transaction, or our call still without an
 *    answer, or a refund reconciled without the PSP's id, for the same amount) confirms that refund.
 * 3. Otherwise a refund of origin `psp_back_office` is recorded and held off the payment (never
 *    below zero). A cancelled payment also settles our refunds of it still waiting.
 * 4. Commit with the notification marked processed, history and `refund.succeeded`.
 */
export async function recordMoneyBack(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:reservations'>, n: StoredNotification, notice: MoneyBackNotice | PaymentNotice, markProcessed: (result: string) => Changes['notification']): Promise<MoneyBackResult> {
  const now = deps.clock.now();
  const isCredit = notice.kind === 'money_back';
  const uuid = isCredit ? notice.ref : notice.outcome.pspTransactionId ?? '';
  const agg = notice.subjectRef ? await deps.store.getReservation(n.hotelId, notice.subjectRef) : undefined;
  const paid = (agg?.transactions ?? []).filter((t) => t.type === 'payment' && t.status === 'succeeded');
  // A cancelled payment we never saw paid is an ordinary notification (an abandoned or refused one).
  if (!isCredit && !paid.some((p) => p.psp.transactionUuid === uuid)) return 'not_money_back';
  const done = async (result: MoneyBackResult, mark: string) => {
    await deps.store.commit({ notification: markProcessed(mark) });
    return result;
  };
  if (!agg) return done('unmatched', 'unmatched');
  // Money moves within one mode: a TEST notification (signed with the test key) never settles or
  // records anything against a PRODUCTION payment, nor the reverse.
  const mode = isCredit ? notice.mode : notice.outcome.mode;
  const payments = paid.filter((p) => p.psp.mode === mode);
  if (payments.length === 0) return done('unmatched', 'mode_mismatch');
  if (!isCredit && !payments.some((p) => p.psp.transactionUuid === uuid)) return done('unmatched', 'mode_mismatch');
  if (isCredit && !notice.settled) return done('not_settled', 'credit_not_settled');

  const refunds = agg.transactions.filter(isRefund).filter((r) => r.psp.mode === mode);
  const psp = { uuid, status: isCredit ? notice.pspStatus : notice.outcome.pspStatus, operation: isCredit ? 'refund' as const : 'cancel' as const };
  const writes: Write[] = [];
  const holds: Array<NonNullable<Changes['refundable']>[number]> = [];
  const locks: Array<NonNullable<Changes['pspLocks']>[number]> = [];
  let payment: Transaction | undefined;
  let amount: Money;

  if (isCredit) {
    if (uuid && refunds.some((r) => r.psp.transactionUuid === uuid)) return done('already_recorded', 'already_recorded');
    const currency = notice.amount.currency;
    amount = notice.amount;
    // Only a refund (not a cancellation or a lowered amount, which create no credit) can be this credit.
    const ours = refunds.find((r) => r.amount.amount === amount.amount && r.amount.currency === currency && (
      (r.refund.status === 'requested' && callUnanswered(r.refund) && r.refund.pspCall?.operation === 'refund')
      || (r.refund.status === 'succeeded' && r.refund.reconciled && !r.psp.transactionUuid && (r.refund.operation ?? 'refund') === 'refund')));
    if (ours) {
      payment = agg.transactions.find((t) => t.transactionId === ours.parentTransactionId);
      if (ours.refund.status === 'succeeded') {
        // Our refund, read back from the PSP after an unanswered call: now it has the PSP's id.
        await deps.store.commit({ notification: markProcessed('already_recorded'), transactions: [{ value: { ...ours, psp: { ...ours.psp, transactionUuid: uuid, status: psp.status }, version: ours.version + 1 }, expectedVersion: ours.version }] });
        return 'already_recorded';
      }
      writes.push({ value: refundSucceeded(ours, now, psp), expectedVersion: ours.version });
      if (payment) locks.push({ payment, holder: ours.transactionId, action: 'release' });
    } else {
      payment = [...payments].filter((p) => p.amount.currency === currency)
        .sort((a, b) => refundableOf(b) - refundableOf(a) || b.createdAt.localeCompare(a.createdAt))[0];
    }
  } else {
    payment = payments.find((p) => p.psp.transactionUuid === uuid)!;
    // The whole payment is gone back: our refunds of it still waiting are settled by it, and the
    // rest of what we had not recorded as given back is recorded now. Counted from the ledger, not
    // from `refundable`: a refund that failed meanwhile may have kept its hold (`holdToRelease`).
    const waiting = refunds.filter((x) => x.parentTransactionId === payment!.transactionId && x.refund.status === 'requested');
    for (const r of waiting) writes.push({ value: refundSucceeded(r, now, { ...psp, reconciled: true }), expectedVersion: r.version });
    const settled = waiting.reduce((sum, r) => sum + r.amount.amount, 0);
    amount = { amount: Math.max(0, payment.amount.amount - returnedInLedger(agg.transactions, payment.transactionId) - settled), currency: payment.amount.currency };
    if (writes.length) locks.push({ payment, holder: '', action: 'clear' });
  }
  if (!payment) return done('unmatched', 'unmatched');

  if (writes.length === 0 || (!isCredit && amount.amount > 0)) {
    if (amount.amount <= 0 && writes.length === 0) return done('already_recorded', 'already_recorded');
    if (amount.amount > 0) {
      const fresh = newRefund(payment, amount, { now, refundId: deps.ids.newId(), origin: 'psp_back_office', reason: 'refund made in the PSP back office' });
      writes.push({ value: { ...refundSucceeded(fresh, now, psp), version: 1 }, expectedVersion: null });
      const take = Math.min(refundableOf(payment), amount.amount);
      if (take > 0) holds.push({ payment, delta: -take });
    }
  }

  const events: Envelope[] = [];
  const history = stampHistory(deps.ids, n.hotelId, agg.reservation.reservationId, writes.map(({ value: r }) => {
    events.push(makeEvent(refundSucceededEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: n.hotelId }, {
      reservationId: agg.reservation.reservationId, refundId: r.transactionId, parentTransactionId: payment!.transactionId, amount: r.amount, origin: r.refund.origin,
    }));
    return {
      at: now.toISOString(), type: 'refund_succeeded' as const, actor: 'psp' as const,
      detail: { refundId: r.transactionId, transactionId: payment!.transactionId, amount: r.amount, origin: r.refund.origin, source: notice.source },
    };
  }));
  await deps.store.commit({ notification: markProcessed('refund_recorded'), transactions: writes, refundable: holds, pspLocks: locks, history, events });
  return 'refund_recorded';
}
