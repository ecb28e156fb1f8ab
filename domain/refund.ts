import { InvalidInput, RuleViolated } from './errors';
import type { Money } from './money';
import type { Transaction } from './transaction';

/**
 * Refunds: money going back to the card a payment was taken from. A refund is a transaction of
 * type `refund` whose parent is the payment; the payment's `refundable` is what may still be
 * asked back (held as soon as a refund is requested, released if it fails). docs/refunds.md.
 */
export type RefundStatus = 'requested' | 'succeeded' | 'failed';
export type RefundOrigin = 'api' | 'cancellation' | 'psp_back_office';
export type PspOperation = 'refund' | 'cancel' | 'lower_amount';

/** Lease on a PSP call: well over the client's timeout (10 s) plus the write that records the answer. */
export const PSP_CALL_LEASE_MS = 60_000;

export interface RefundDetails {
  readonly status: RefundStatus;
  readonly origin: RefundOrigin;
  readonly reason?: string;
  readonly requestedAt: string;
  readonly completedAt?: string;
  readonly failure?: { readonly code: string; readonly message: string };
  /**
   * The PSP call: `calling` (in progress until the lease runs out), `unanswered` (it ended without
   * an answer: it may have been done), `failed_transient` (not done). While `calling` or
   * `unanswered`, the refund holds its payment's PSP lock.
   */
  readonly pspCall?: { readonly state: 'calling' | 'unanswered' | 'failed_transient'; readonly attempt: number; readonly at: string; readonly leaseUntil: string; readonly operation: PspOperation };
  readonly operation?: PspOperation;
  /** Set when the outcome was read back from the PSP after a call that never answered. */
  readonly reconciled?: boolean;
}

export type Refund = Transaction & { readonly type: 'refund'; readonly parentTransactionId: string; readonly refund: RefundDetails };

export const isRefund = (t: Transaction): t is Refund => t.type === 'refund' && t.refund !== undefined;

/** What may still be refunded on a payment (older payments, stored before holds existed, have it all). */
export const refundableOf = (t: Transaction): number =>
  t.type === 'payment' && t.status === 'succeeded' ? (t.refundable ?? t.amount.amount) : 0;

/** Checks a refund request against the payment; returns the amount to hold (the remainder when none was given). */
export function refundAmount(payment: Transaction, asked: Money | undefined): Money {
  if (payment.type !== 'payment' || payment.status !== 'succeeded') {
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
    psp: { provider: 'systempay', transactionUuid: '', attemptRef: '', status: '', mode: payment.psp.mode },
    refund: { status: 'requested', origin: ctx.origin, requestedAt: at, ...(ctx.reason ? { reason: ctx.reason } : {}) },
    version: 1,
  };
}

/**
 * How the PSP's state says a payment should be given back (reference §6.4/§6.5): a captured
 * payment is refunded; one not yet captured is cancelled in full or lowered for a part.
 */
export function chooseOperation(pspStatus: string, currentAmount: number, refund: Money): PspOperation | { refused: string } {
  if (pspStatus === 'CAPTURED') return 'refund';
  if (['AUTHORISED', 'AUTHORISED_TO_VALIDATE', 'WAITING_AUTHORISATION', 'WAITING_AUTHORISATION_TO_VALIDATE'].includes(pspStatus)) {
    if (refund.amount === currentAmount) return 'cancel';
    if (refund.amount < currentAmount) return 'lower_amount';
    return { refused: `The PSP holds only ${currentAmount} (minor units) on this payment` };
  }
  return { refused: `The PSP reports this payment as ${pspStatus}: there is nothing to give back` };
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

/** What the PSP has given back on a payment so far, from its current state. */
export function returnedAtPsp(pspStatus: string, original: number, currentAmount: number, refundedAmount: number): number {
  if (pspStatus === 'CANCELLED') return original;
  if (pspStatus === 'CAPTURED') return refundedAmount + (original - currentAmount);
  return original - currentAmount;
}

/** What our ledger records as given back on a payment: succeeded refunds. */
export const returnedInLedger = (transactions: readonly Transaction[], paymentId: string): number =>
  transactions.filter((t) => isRefund(t) && t.parentTransactionId === paymentId && t.refund.status === 'succeeded').reduce((s, t) => s + t.amount.amount, 0);

export function claimPspCall(r: Refund, now: Date, operation: PspOperation): Refund {
  const at = now.toISOString();
  const attempt = (r.refund.pspCall?.attempt ?? 0) + 1;
  return {
    ...r, updatedAt: at, version: r.version + 1,
    refund: { ...r.refund, pspCall: { state: 'calling', attempt, at, leaseUntil: new Date(now.getTime() + PSP_CALL_LEASE_MS).toISOString(), operation } },
  };
}

export const callInFlight = (r: Refund, now: Date): boolean =>
  r.refund.pspCall?.state === 'calling' && Date.parse(r.refund.pspCall.leaseUntil) > now.getTime();

/** A call that may have reached the PSP without us learning the answer (the refund holds the payment's PSP lock). */
export const callUnanswered = (r: Refund): boolean => r.refund.pspCall?.state === 'calling' || r.refund.pspCall?.state === 'unanswered';

export function callWentUnanswered(r: Refund, now: Date): Refund {
  const call = r.refund.pspCall;
  if (!call) return r;
  return { ...r, updatedAt: now.toISOString(), version: r.version + 1, refund: { ...r.refund, pspCall: { ...call, state: 'unanswered' } } };
}

export function refundSucceeded(r: Refund, now: Date, psp: { uuid?: string; status?: string; operation?: PspOperation; reconciled?: boolean }): Refund {
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

export function callFailedTransiently(r: Refund, now: Date): Refund {
  const call = r.refund.pspCall;
  if (!call) return r;
  return { ...r, updatedAt: now.toISOString(), version: r.version + 1, refund: { ...r.refund, pspCall: { ...call, state: 'failed_transient' } } };
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
