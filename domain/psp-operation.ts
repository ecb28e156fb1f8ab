import type { Money } from './money';

/**
 * The at-most-once rules every PSP money operation follows (a refund, a capture or a release of a
 * hold, a charge of a stored card). docs/psp-operations.md.
 *
 * An operation is requested (its money held in our ledger), then taken to the PSP by a worker:
 * - one call at a time per payment: the payment's PSP lock is taken with the claim;
 * - a claim is a lease (`PSP_CALL_LEASE_MS`): while it runs, another delivery waits;
 * - a call that ended without an answer (timeout, connection lost, a 5xx on a call that moves
 *   money) may have been done: the operation keeps the lock and, before any new call, the worker
 *   reads the payment at the PSP and compares it with the ledger;
 * - a call that was surely not done (refused before sending, 429) gives the lock back;
 * - an operation whose call may have gone through is never failed on its own.
 */

/** Lease on a PSP call: well over the client's timeout (10 s) plus the write that records the answer. */
export const PSP_CALL_LEASE_MS = 60_000;

/** The PSP call of an operation, with its kind of call (how a refund went: refund, cancel, lower amount…). */
export interface PspCall<Call extends string = string> {
  /**
   * `calling` (in progress until the lease runs out), `unanswered` (it ended without an answer: it
   * may have been done), `failed_transient` (not done). While `calling` or `unanswered`, the
   * operation holds its payment's PSP lock.
   */
  readonly state: 'calling' | 'unanswered' | 'failed_transient';
  readonly attempt: number;
  readonly at: string;
  readonly leaseUntil: string;
  readonly operation: Call;
}

/** What carries a PSP call: the operation's own details (a refund's `refund` block). */
export interface WithPspCall<Call extends string = string> {
  readonly pspCall?: PspCall<Call>;
}

/** A new call (the next attempt) with its lease. */
export function claimCall<C extends string>(d: WithPspCall<C>, now: Date, operation: C): { readonly pspCall: PspCall<C> } {
  const attempt = (d.pspCall?.attempt ?? 0) + 1;
  return { pspCall: { state: 'calling', attempt, at: now.toISOString(), leaseUntil: new Date(now.getTime() + PSP_CALL_LEASE_MS).toISOString(), operation } };
}

export const callInFlight = (d: WithPspCall, now: Date): boolean =>
  d.pspCall?.state === 'calling' && Date.parse(d.pspCall.leaseUntil) > now.getTime();

/** A call that may have reached the PSP without us learning the answer (the operation holds the payment's PSP lock). */
export const callUnanswered = (d: WithPspCall): boolean => d.pspCall?.state === 'calling' || d.pspCall?.state === 'unanswered';

export const callWentUnanswered = <D extends WithPspCall>(d: D): D => (d.pspCall ? { ...d, pspCall: { ...d.pspCall, state: 'unanswered' } } : d);

export const callFailedTransiently = <D extends WithPspCall>(d: D): D => (d.pspCall ? { ...d, pspCall: { ...d.pspCall, state: 'failed_transient' } } : d);

/**
 * A payment's state at the PSP, in our words: `to_validate` (authorised and held until we validate
 * it: a pre-authorisation), `held` (authorised, not yet captured: it can be cancelled or lowered),
 * `captured` (the money was taken: it can be refunded), `cancelled`,
 * `refused`, or `other` (waiting, under verification…). `pspStatus` keeps the PSP's own word.
 */
export interface PspPaymentState {
  readonly ref: string;
  readonly status: 'to_validate' | 'held' | 'captured' | 'cancelled' | 'refused' | 'other';
  readonly pspStatus: string;
  /** Current amount: lowered by an amount update before capture. Minor units. */
  readonly amount: number;
  readonly currency: string;
  /** Refunded so far after capture, 0 when none. */
  readonly refundedAmount: number;
  /** Why the PSP refused a payment, and whether the issuer asked for the cardholder to authenticate. */
  readonly refusal?: { readonly message: string; readonly authenticationRequired: boolean };
  /** The card as the PSP shows it, masked. */
  readonly maskedCard?: string;
}

/** What the PSP has given back on a payment so far, from its current state. */
export function returnedAtPsp(state: Pick<PspPaymentState, 'status' | 'amount' | 'refundedAmount'>, original: number): number {
  if (state.status === 'cancelled') return original;
  if (state.status === 'captured') return state.refundedAmount + (original - state.amount);
  return original - state.amount;
}

export type GiveBackCall = 'refund' | 'cancel' | 'lower_amount';

/**
 * How the PSP's state says money should be given back (reference §6.4/§6.5): a captured payment
 * is refunded, within what it has not refunded yet; one not yet captured is cancelled in full or
 * lowered for a part.
 */
export function giveBackCall(state: Pick<PspPaymentState, 'status' | 'pspStatus' | 'amount' | 'refundedAmount'>, amount: Money): GiveBackCall | { refused: string } {
  if (state.status === 'captured') {
    // Refunds made elsewhere (the PSP's back office) count: the PSP refuses more (PSP_104), so it is not asked.
    const left = state.amount - state.refundedAmount;
    return amount.amount <= left ? 'refund' : { refused: `The PSP has only ${left} (minor units) left to refund on this payment` };
  }
  if (state.status === 'held' || state.status === 'to_validate') {
    if (amount.amount === state.amount) return 'cancel';
    if (amount.amount < state.amount) return 'lower_amount';
    return { refused: `The PSP holds only ${state.amount} (minor units) on this payment` };
  }
  return { refused: `The PSP reports this payment as ${state.pspStatus}: there is nothing to give back` };
}
