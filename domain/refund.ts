import { InvalidInput, RuleViolated } from './errors';
import type { Money } from './money';
import type { GiveBackCall } from './psp-operation';
import type { RefundDetails, RefundOrigin, Transaction } from './transaction';

/**
 * Refunds: money going back to the card a payment was taken from. A refund is a transaction of
 * type `refund` whose parent is the payment; the payment's `refundable` is what may still be
 * asked back (held as soon as a refund is requested, released if it fails). docs/refunds.md.
 */
export type Refund = Transaction & { readonly type: 'refund'; readonly parentTransactionId: string; readonly refund: RefundDetails };

export const isRefund = (t: Transaction): t is Refund => t.type === 'refund' && t.refund !== undefined;

/** The transactions that take money from a card, and so may be refunded once they succeeded. */
export const TAKES_MONEY: readonly Transaction['type'][] = ['payment', 'preauthorisation', 'charge'];

/**
 * What may still be refunded on a payment (older payments, stored before holds existed, have it
 * all), or on a pre-authorisation once captured (what the capture took, less refunds).
 */
export function refundableOf(t: Transaction): number {
  if (t.status !== 'succeeded') return 0;
  if (t.type === 'payment' || t.type === 'charge') return t.refundable ?? t.amount.amount;
  if (t.type === 'preauthorisation') return t.refundable ?? 0;
  return 0;
}

/** What the PSP took on a payment (a pre-authorisation: what its capture took), before refunds. */
export const takenOf = (t: Transaction): number => (t.type === 'preauthorisation' ? (t.hold?.captured ?? 0) : t.amount.amount);

/** Checks a refund request against the payment; returns the amount to hold (the remainder when none was given). */
export function refundAmount(payment: Transaction, asked: Money | undefined): Money {
  if (payment.type === 'preauthorisation' && payment.status === 'succeeded' && !payment.hold?.captured) {
    throw new RuleViolated('not_captured', 'Nothing was taken on this pre-authorisation: release its hold instead of refunding it');
  }
  if (!TAKES_MONEY.includes(payment.type) || payment.status !== 'succeeded') {
    throw new RuleViolated('not_refundable', `Only succeeded payments can be refunded; this transaction is a ${payment.status} ${payment.type}`);
  }
  const left = refundableOf(payment);
  if (left <= 0) throw new RuleViolated('nothing_to_refund', 'This payment has been refunded in full');
  if (!asked) return { amount: left, currency: payment.amount.currency };
  if (asked.currency !== payment.amount.currency) {
    throw new RuleViolated('currency_mismatch', `The payment was made in ${payment.amount.currency}; a refund goes back in the same currency`);
  }
  if (!Number.isSafeInteger(asked.amount) || asked.amount <= 0) throw new InvalidInput('invalid_amount', 'amount.amount must be a positive integer in minor units');
  if (asked.amount > left) {
    throw new RuleViolated('amount_exceeds_refundable', `At most ${left} (minor units) can still be refunded on this payment`, { refundable: { amount: left, currency: payment.amount.currency } });
  }
  return asked;
}

export function newRefund(payment: Transaction, amount: Money, ctx: { now: Date; refundId: string; origin: RefundOrigin; reason?: string }): Refund {
  const at = ctx.now.toISOString();
  return {
    hotelId: payment.hotelId,
    reservationId: payment.reservationId,
    transactionId: ctx.refundId,
    paymentRequestId: payment.paymentRequestId,
    type: 'refund',
    status: 'pending',
    amount,
    createdAt: at,
    updatedAt: at,
    parentTransactionId: payment.transactionId,
    psp: { provider: payment.psp.provider, transactionUuid: '', attemptRef: '', status: '', mode: payment.psp.mode },
    refund: { status: 'requested', origin: ctx.origin, requestedAt: at, ...(ctx.reason ? { reason: ctx.reason } : {}) },
    version: 1,
  };
}

/**
 * What a failed refund gives back to its payment's `refundable`: its hold, but never more than the
 * PSP still holds beyond what is already refundable. Money given back meanwhile by another way (the
 * PSP's back office, recorded while this hold was taken) stays given back.
 * `leftAtPsp` unknown (the PSP could not be read): the whole hold.
 */
export function holdToRelease(refundAmount: number, refundableNow: number, leftAtPsp?: number): number {
  if (leftAtPsp === undefined) return refundAmount;
  return Math.min(refundAmount, Math.max(0, leftAtPsp - refundableNow));
}

/** What our ledger records as given back on a payment: succeeded refunds. */
export const returnedInLedger = (transactions: readonly Transaction[], paymentId: string): number =>
  transactions.filter((t) => isRefund(t) && t.parentTransactionId === paymentId && t.refund.status === 'succeeded').reduce((s, t) => s + t.amount.amount, 0);

export function refundSucceeded(r: Refund, now: Date, psp: { uuid?: string; status?: string; operation?: GiveBackCall; reconciled?: boolean }): Refund {
  const at = now.toISOString();
  const { pspCall, ...details } = r.refund;
  return {
    ...r, status: 'succeeded', updatedAt: at, version: r.version + 1,
    psp: { ...r.psp, ...(psp.uuid ? { transactionUuid: psp.uuid } : {}), ...(psp.status ? { status: psp.status } : {}) },
    refund: {
      ...details, status: 'succeeded', completedAt: at,
      ...(psp.operation ?? pspCall?.operation ? { operation: psp.operation ?? pspCall?.operation } : {}),
      ...(psp.reconciled ? { reconciled: true } : {}),
    },
  };
}

export function refundFailed(r: Refund, now: Date, failure: { code: string; message: string }): Refund {
  const at = now.toISOString();
  const { pspCall: _call, ...details } = r.refund;
  return { ...r, status: 'failed', updatedAt: at, version: r.version + 1, refund: { ...details, status: 'failed', completedAt: at, failure } };
}

/**
 * Splits an amount to refund over the payments that still hold money, newest first, so a
 * cancellation can give back part of several deposits.
 */
export function allocateRefund(payments: readonly Transaction[], total: Money): Array<{ payment: Transaction; amount: Money }> {
  const held = payments.filter((p) => refundableOf(p) > 0 && p.amount.currency === total.currency)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const available = held.reduce((s, p) => s + refundableOf(p), 0);
  if (total.amount > available) {
    throw new RuleViolated('amount_exceeds_refundable', `At most ${available} (minor units) of deposit can be refunded`, { refundable: { amount: available, currency: total.currency } });
  }
  const out: Array<{ payment: Transaction; amount: Money }> = [];
  let left = total.amount;
  for (const p of held) {
    if (left <= 0) break;
    const take = Math.min(left, refundableOf(p));
    out.push({ payment: p, amount: { amount: take, currency: total.currency } });
    left -= take;
  }
  return out;
}

/** Money still held on a reservation, per currency (normally one). */
export function heldDeposits(transactions: readonly Transaction[]): Money[] {
  const byCurrency = new Map<string, number>();
  for (const t of transactions) {
    const left = refundableOf(t);
    if (left > 0) byCurrency.set(t.amount.currency, (byCurrency.get(t.amount.currency) ?? 0) + left);
  }
  return [...byCurrency].map(([currency, amount]) => ({ amount, currency }));
}

/** What to do with a deposit when the booking is cancelled. */
export type DepositChoice = 'keep' | 'refund' | { readonly refund: Money };

/** A refund's PSP call moved on (claimed, unanswered, failed before sending): a new version of it. */
export const withCall = (r: Refund, now: Date, refund: RefundDetails): Refund => ({ ...r, updatedAt: now.toISOString(), version: r.version + 1, refund });
