import { InvalidInput, RuleViolated } from './errors';
import type { Money } from './money';
import type { PspPaymentState } from './psp-operation';
import type { HoldCall, HoldDetails, HoldOperationDetails, HoldOperationType, Transaction } from './transaction';

/**
 * Pre-authorisations: money held on the guest's card, not taken, until the hotel captures all or
 * part of it or releases it (docs/preauthorisations.md). The pre-authorisation is a transaction
 * of type `preauthorisation` with its `hold`; each capture or release is a transaction of its own
 * (type `capture` / `release`, parent the pre-authorisation) and a PSP operation. Their shapes
 * live with the transaction (./transaction.ts), as a refund's do.
 */

export type Preauthorisation = Transaction & { readonly type: 'preauthorisation'; readonly hold: HoldDetails };
export type HoldOperation = Transaction & { readonly type: HoldOperationType; readonly parentTransactionId: string; readonly holdOperation: HoldOperationDetails };

export const isPreauthorisation = (t: Transaction): t is Preauthorisation => t.type === 'preauthorisation' && t.hold !== undefined;
export const isHoldOperation = (t: Transaction): t is HoldOperation =>
  (t.type === 'capture' || t.type === 'release') && t.parentTransactionId !== undefined && t.holdOperation !== undefined;

function assertHolding(t: Transaction): asserts t is Preauthorisation {
  if (!isPreauthorisation(t) || t.status !== 'succeeded') {
    throw new RuleViolated('not_a_hold', `Only an authorised pre-authorisation can be captured or released; this transaction is a ${t.status} ${t.type}`);
  }
  if (t.hold.held <= 0) {
    throw new RuleViolated('nothing_held', 'Nothing is held on this pre-authorisation any more: it was captured or released, or an operation on it is in progress');
  }
}

/** Checks a capture against the hold; returns what to capture (everything held when no amount is given). */
export function captureAmount(t: Transaction, asked: Money | undefined, now: Date): Money {
  assertHolding(t);
  assertNotLapsed(t, now);
  if (!asked) return { amount: t.hold.held, currency: t.amount.currency };
  if (asked.currency !== t.amount.currency) throw new RuleViolated('currency_mismatch', `The hold is in ${t.amount.currency}`);
  if (!Number.isSafeInteger(asked.amount) || asked.amount <= 0) throw new InvalidInput('invalid_amount', 'amount.amount must be a positive integer in minor units');
  if (asked.amount > t.hold.held) {
    throw new RuleViolated('amount_exceeds_held', `At most ${t.hold.held} (minor units) is held`, { held: { amount: t.hold.held, currency: t.amount.currency } });
  }
  return asked;
}

/** A release gives back everything held. */
export function releaseAmount(t: Transaction): Money {
  assertHolding(t);
  return { amount: t.hold.held, currency: t.amount.currency };
}

function assertNotLapsed(t: Preauthorisation, now: Date): void {
  if (Date.parse(t.hold.expiresAt) <= now.getTime()) {
    throw new RuleViolated('hold_lapsed', `The authorisation lapsed at ${t.hold.expiresAt}: the money is no longer held`);
  }
}

/** A capture or release, asked now: the whole hold is taken off the pre-authorisation with it. */
export function newHoldOperation(preauth: Preauthorisation, type: HoldOperationType, amount: Money, ctx: { now: Date; operationId: string }): { op: HoldOperation; preauth: Preauthorisation } {
  const at = ctx.now.toISOString();
  const op: HoldOperation = {
    hotelId: preauth.hotelId,
    reservationId: preauth.reservationId,
    transactionId: ctx.operationId,
    paymentRequestId: preauth.paymentRequestId,
    type,
    status: 'pending',
    amount,
    createdAt: at,
    updatedAt: at,
    parentTransactionId: preauth.transactionId,
    psp: { provider: preauth.psp.provider, transactionUuid: preauth.psp.transactionUuid, attemptRef: '', status: '', mode: preauth.psp.mode },
    holdOperation: { status: 'requested', requestedAt: at, heldBefore: preauth.hold.held },
    version: 1,
  };
  return { op, preauth: { ...preauth, hold: { ...preauth.hold, held: 0 }, updatedAt: at, version: preauth.version + 1 } };
}

/** What to ask of the PSP for a hold operation, given the payment's state there. */
export function holdCall(op: HoldOperation, state: Pick<PspPaymentState, 'status' | 'pspStatus' | 'amount'>): HoldCall | { refused: string } {
  if (op.type === 'release') {
    if (state.status === 'to_validate' || state.status === 'held') return 'cancel';
    return { refused: `The PSP reports this authorisation as ${state.pspStatus}: there is no hold to release` };
  }
  if (state.status !== 'to_validate') return { refused: `The PSP reports this authorisation as ${state.pspStatus}: it can no longer be captured` };
  if (op.amount.amount === state.amount) return 'validate';
  if (op.amount.amount < state.amount) return 'capture_part';
  return { refused: `The PSP holds only ${state.amount} (minor units) on this authorisation` };
}

/** After a call that went unanswered: does the PSP's state show the operation done? */
export function holdDoneAtPsp(op: HoldOperation, state: Pick<PspPaymentState, 'status' | 'amount'>): boolean {
  if (op.type === 'release') return state.status === 'cancelled';
  return (state.status === 'held' || state.status === 'captured') && state.amount === op.amount.amount;
}

export const withHoldCall = (op: HoldOperation, now: Date, holdOperation: HoldOperationDetails): HoldOperation =>
  ({ ...op, updatedAt: now.toISOString(), version: op.version + 1, holdOperation });

export function holdOperationSucceeded(op: HoldOperation, now: Date, psp: { status?: string; operation?: HoldCall; reconciled?: boolean }): HoldOperation {
  const at = now.toISOString();
  const { pspCall, ...details } = op.holdOperation;
  return {
    ...op, status: 'succeeded', updatedAt: at, version: op.version + 1,
    psp: { ...op.psp, ...(psp.status ? { status: psp.status } : {}) },
    holdOperation: {
      ...details, status: 'succeeded', completedAt: at,
      ...(psp.operation ?? pspCall?.operation ? { operation: psp.operation ?? pspCall?.operation } : {}),
      ...(psp.reconciled ? { reconciled: true } : {}),
    },
  };
}

export function holdOperationFailed(op: HoldOperation, now: Date, failure: { code: string; message: string }): HoldOperation {
  const at = now.toISOString();
  const { pspCall: _call, ...details } = op.holdOperation;
  return { ...op, status: 'failed', updatedAt: at, version: op.version + 1, holdOperation: { ...details, status: 'failed', completedAt: at, failure } };
}

/** The pre-authorisation once a capture went through: what was taken may now be refunded. */
export const captured = (preauth: Preauthorisation, amount: number, now: Date): Preauthorisation =>
  ({ ...preauth, hold: { ...preauth.hold, held: 0, captured: amount }, refundable: amount, updatedAt: now.toISOString(), version: preauth.version + 1 });

/**
 * The pre-authorisation once its operation failed: the hold comes back as it was, unless the PSP
 * shows it gone meanwhile (cancelled, expired, captured): then nothing is held any more.
 */
export const holdGivenBack = (preauth: Preauthorisation, op: HoldOperation, now: Date, stillHeldAtPsp: boolean): Preauthorisation =>
  ({ ...preauth, hold: { ...preauth.hold, held: stillHeldAtPsp ? op.holdOperation.heldBefore : 0 }, updatedAt: now.toISOString(), version: preauth.version + 1 });

/** What to do with a hold when the booking is cancelled: give it back, or keep it (all or part) as a deposit by capturing it. */
export type HoldChoice = 'release' | 'capture' | { readonly capture: Money };

/** Pre-authorisations still holding money. */
export const openHolds = (transactions: readonly Transaction[]): Preauthorisation[] =>
  transactions.filter((t): t is Preauthorisation => isPreauthorisation(t) && t.status === 'succeeded' && t.hold.held > 0);
