import { currencyByNumeric } from '../domain/money';
import { isRefund, newRefund, refundableOf, refundSucceeded, type Refund } from '../domain/refund';
import type { Transaction } from '../domain/transaction';
import { outcomeKind } from '../adapters/systempay/form';
import { makeEvent, refundSucceeded as refundSucceededEvent } from '../events';
import type { Deps } from './deps';
import { stampHistory } from './history';
import type { Changes, StoredNotification } from './ports';

/**
 * Money given back from the PSP's own back office reaches us as a notification: a CREDIT (refund)
 * or a CANCELLED payment. Such notifications are not tied to a form we rendered (their trans id
 * is the gateway's own), so they are matched by reservation (`vads_order_id`).
 */
export const isMoneyBack = (f: Readonly<Record<string, string>>): boolean =>
  f.vads_operation_type === 'CREDIT'
  || (['BO', 'MERCH_BO'].includes(f.vads_url_check_src ?? '') && f.vads_trans_status === 'CANCELLED');

export type MoneyBackResult = 'refund_recorded' | 'already_recorded' | 'unmatched' | 'not_settled';

/**
 * 1. Find the reservation and the payment the money came back from (the cancelled payment itself;
 *    for a credit, the payment in that currency with the most left to refund).
 * 2. A refund of ours that the PSP confirms (same PSP transaction, or our call still waiting for
 *    its answer with the same amount) is marked succeeded; anything else becomes a refund of
 *    origin `psp_back_office`, held off the payment (never below zero).
 * 3. Commit with the notification marked processed, history and `refund.succeeded`.
 */
export async function recordMoneyBack(deps: Deps, n: StoredNotification, markProcessed: (result: string) => Changes['notification']): Promise<MoneyBackResult> {
  const f = n.fields;
  const now = deps.clock.now();
  const agg = f.vads_order_id ? await deps.store.getReservation(n.hotelId, f.vads_order_id) : undefined;
  if (!agg) {
    await deps.store.commit({ notification: markProcessed('unmatched') });
    return 'unmatched';
  }
  const uuid = f.vads_trans_uuid ?? '';
  const isCredit = f.vads_operation_type === 'CREDIT';
  if (isCredit && outcomeKind(f.vads_trans_status ?? '') !== 'succeeded') {
    await deps.store.commit({ notification: markProcessed('credit_not_settled') });
    return 'not_settled';
  }
  const currency = currencyByNumeric(f.vads_currency ?? '') ?? '';
  const payments = agg.transactions.filter((t) => t.type === 'payment' && t.status === 'succeeded');
  const payment: Transaction | undefined = isCredit
    ? [...payments].filter((p) => p.amount.currency === currency).sort((a, b) => refundableOf(b) - refundableOf(a) || b.createdAt.localeCompare(a.createdAt))[0]
    : payments.find((p) => p.psp.transactionUuid === uuid);
  const amount = { amount: isCredit ? Number(f.vads_amount ?? 0) : payment ? refundableOf(payment) : 0, currency: payment?.amount.currency ?? currency };
  const refunds = agg.transactions.filter(isRefund);
  const known = isCredit && uuid ? refunds.find((r) => r.psp.transactionUuid === uuid) : undefined;
  if (!payment || known || amount.amount <= 0) {
    await deps.store.commit({ notification: markProcessed(payment ? 'already_recorded' : 'unmatched') });
    return payment ? 'already_recorded' : 'unmatched';
  }

  const waiting = refunds.find((r) => r.refund.status === 'requested' && r.parentTransactionId === payment.transactionId
    && r.refund.pspCall?.state === 'calling' && r.amount.amount === amount.amount);
  const psp = { uuid, status: f.vads_trans_status ?? '', operation: isCredit ? 'refund' as const : 'cancel' as const };
  let write: { value: Refund; expectedVersion: number | null };
  let hold: Changes['refundable'] = [];
  if (waiting) {
    write = { value: refundSucceeded(waiting, now, psp), expectedVersion: waiting.version };
  } else {
    const fresh = newRefund(payment, amount, { now, refundId: deps.ids.newId(), origin: 'psp_back_office', reason: 'refund made in the PSP back office' });
    write = { value: { ...refundSucceeded(fresh, now, psp), version: 1 }, expectedVersion: null };
    const take = Math.min(refundableOf(payment), amount.amount);
    if (take > 0) hold = [{ payment, delta: -take }];
  }
  const refund = write.value;
  await deps.store.commit({
    notification: markProcessed('refund_recorded'),
    transactions: [write],
    refundable: hold,
    history: stampHistory(deps.ids, n.hotelId, agg.reservation.reservationId, [{
      at: now.toISOString(), type: 'refund_succeeded', actor: 'psp',
      detail: { refundId: refund.transactionId, transactionId: payment.transactionId, amount, origin: refund.refund.origin, source: f.vads_url_check_src ?? '', ...(amount.amount > refundableOf(payment) && !waiting ? { note: 'more than was left to refund on this payment' } : {}) },
    }]),
    events: [makeEvent(refundSucceededEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: n.hotelId }, {
      reservationId: agg.reservation.reservationId, refundId: refund.transactionId, parentTransactionId: payment.transactionId, amount, origin: refund.refund.origin,
    })],
  });
  return 'refund_recorded';
}
