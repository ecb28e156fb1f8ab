import { Conflict } from '../domain/errors';
import { callFailedTransiently, callInFlight, callUnanswered, callWentUnanswered, claimCall, type PspPaymentState, type WithPspCall } from '../domain/psp-operation';
import type { Transaction } from '../domain/transaction';
import type { Needs } from './deps';
import type { Changes, ReservationAggregate } from './ports';
import type { PspAccount, PspCallResult, PspMovement, PspOperations } from './psp';
import { openPspSecrets } from './secrets';

/** The PSP could not be reached or answer now: the queue brings the operation back later. */
export class RetryLater extends Error {
  constructor(readonly reason: string) {
    super(`PSP operation to retry later: ${reason}`);
    this.name = 'RetryLater';
  }
}

export type OperationResult = 'succeeded' | 'reconciled' | 'failed' | 'already_final' | 'missing';

export interface Failure {
  readonly code: string;
  readonly message: string;
}

/** How an operation was done: by this call (its movement at the PSP), or read back after an unanswered one. */
export type Done<Call extends string, State = PspPaymentState> =
  | { readonly call: Call; readonly movement: PspMovement; readonly reconciled?: never }
  | { readonly reconciled: true; readonly state: State };

/**
 * One kind of PSP money operation (a refund, a capture or release of a hold, a charge of a stored
 * card): where it is kept, what it asks of the PSP, and what its outcome writes. The at-most-once
 * rules are the core's (`runPspOperation`); a kind only says what differs.
 */
export interface OperationKind<Op extends Transaction, Call extends string, State = PspPaymentState> {
  /** The operation and the payment whose PSP lock its call takes; undefined when either is gone. */
  find(agg: ReservationAggregate, operationId: string): { readonly op: Op; readonly payment: Transaction } | undefined;
  /** Its progress: `requested` until the PSP's answer is recorded, and its PSP call. */
  progress(op: Op): WithPspCall<Call> & { readonly status: string };
  /** A new version of the operation with its PSP call moved on. */
  withCall(op: Op, now: Date, call: WithPspCall<Call>['pspCall']): Op;
  /**
   * What the PSP shows before a call: the payment's state (`lookUpPayment`), or what a kind that
   * creates a payment finds of it. `unanswered`: an earlier call ended without an answer.
   */
  look(gateway: PspOperations, account: PspAccount, op: Op, payment: Transaction, unanswered: boolean): Promise<PspCallResult<State>>;
  /**
   * After a call that ended without an answer: does the PSP's state show it done (true), or
   * refused for good by the PSP itself (a failure, recorded as such)?
   */
  doneAtPsp(op: Op, payment: Transaction, state: State, agg: ReservationAggregate): boolean | Failure;
  /** What to ask of the PSP given the payment's state there, or why it cannot be done. */
  plan(op: Op, state: State): Call | Failure;
  call(gateway: PspOperations, account: PspAccount, op: Op, payment: Transaction, call: Call, state: State, deps: Needs<'sealer' | 'store:vault'>): Promise<PspCallResult<PspMovement>>;
  /** The writes of a done operation (with its history and events). */
  succeeded(deps: OutcomeDeps, op: Op, payment: Transaction, done: Done<Call, State>): Changes | Promise<Changes>;
  /** The writes of a refused operation; `state` is the payment's at the PSP when it was read. */
  failed(deps: OutcomeDeps, op: Op, payment: Transaction, failure: Failure, state?: State): Changes | Promise<Changes>;
  /** Other operations on the same payment still open: the claim requires them unchanged. */
  siblings(agg: ReservationAggregate, op: Op, payment: Transaction): readonly Transaction[];
}

/** What running an operation uses: the operation's reservation and hotel, the vault for a charge's card, the PSP. */
export type OperationDeps = Needs<'clock' | 'ids' | 'pspOperations' | 'sealer' | 'store:commit' | 'store:hotels' | 'store:reservations' | 'store:vault'>;

/** What an outcome's writes may use: a charge's refusal may mint a payment link (sealed). */
export type OutcomeDeps = Needs<'clock' | 'ids' | 'sealer'>;

/** The look of an operation on an existing payment: its state at the PSP, read before every call. */
export const lookUpPayment = (gateway: PspOperations, account: PspAccount, _op: Transaction, payment: Transaction): Promise<PspCallResult<PspPaymentState>> =>
  gateway.lookUp(account, payment.psp.transactionUuid);

/**
 * Takes a requested operation to the PSP, at most one call per operation (docs/psp-operations.md):
 * 1. Load it; anything but `requested` is done. A call still in flight (lease) → later.
 * 2. Look at the PSP as the kind says: read the payment (a refund, a capture); for a charge, which
 *    has no payment before its call, nothing at first, and its order after an unanswered call.
 * 3. After a call that ended without an answer, ask the kind whether the PSP's state shows it
 *    done: then it succeeded, and the PSP is not called again. (Operations on one payment go one
 *    at a time under its PSP lock, so the difference can only be this one.)
 * 4. Plan the call from the PSP's state, or fail when it has no room for the operation (after an
 *    unanswered call too: 3 showed that call not done); claim the call and the payment's lock in one write, on
 *    condition that the payment and its other open operations are as read in 1 (a duplicate
 *    delivery, or another operation on the payment, loses here, so the state read in 2 is never
 *    stale); call; record the answer with its history and event, releasing the lock.
 * An operation whose call may have gone through is never failed automatically: it waits (and, in
 * the end, waits in the dead-letter queue) for the PSP to say.
 */
export async function runPspOperation<Op extends Transaction, Call extends string, State>(
  deps: OperationDeps, kind: OperationKind<Op, Call, State>, hotelId: string, reservationId: string, operationId: string,
): Promise<OperationResult> {
  const [agg, hotel] = await Promise.all([deps.store.getReservation(hotelId, reservationId), deps.store.getHotel(hotelId)]);
  const found = agg && hotel ? kind.find(agg, operationId) : undefined;
  if (!agg || !hotel || !found) return 'missing';
  let { op } = found;
  const { payment } = found;
  const read = op;
  if (kind.progress(op).status !== 'requested') return 'already_final';
  if (callInFlight(kind.progress(op), deps.clock.now())) throw new RetryLater('a PSP call for this operation is still in flight');
  const unanswered = callUnanswered(kind.progress(op));
  const refuse = (failure: Failure, state?: State): Promise<OperationResult> => {
    if (unanswered) throw new RetryLater(`cannot settle an operation whose PSP call went unanswered: ${failure.code}`);
    return settle(deps, kind.failed(deps, op, payment, failure, state), 'failed');
  };

  const gateway = deps.pspOperations.for(payment.psp.provider);
  const account: PspAccount = { settings: hotel.hotel.psp, secrets: await openPspSecrets(deps, hotel), mode: payment.psp.mode };
  const state = await kind.look(gateway, account, op, payment, unanswered);
  if (!state.ok) {
    if (state.failure !== 'permanent') throw new RetryLater(`look-up: ${state.code}`);
    return refuse({ code: state.code, message: state.message });
  }
  if (unanswered) {
    const done = kind.doneAtPsp(op, payment, state.value, agg);
    // The PSP's own record of the call: done, or refused by the PSP itself.
    if (done === true) return settle(deps, kind.succeeded(deps, op, payment, { reconciled: true, state: state.value }), 'reconciled');
    if (done !== false) return settle(deps, kind.failed(deps, op, payment, done, state.value), 'failed');
  }

  const planned = kind.plan(op, state.value);
  // A state with no room for the operation fails it, after an unanswered call too: the look above
  // showed that call not done, and had it gone through unseen, the state would still show room
  // for it (a refund overtaken by a back-office refund of the rest would otherwise wait for ever).
  if (typeof planned !== 'string') return settle(deps, kind.failed(deps, op, payment, planned, state.value), 'failed');

  const now = deps.clock.now();
  op = kind.withCall(op, now, claimCall(kind.progress(op), now, planned).pspCall);
  // Taking the lock afresh, the PSP state read above is only good if nothing touching this payment
  // moved since the ledger was read: another operation may have been called, answered and have
  // released the lock in between (its call then already changed the state read above).
  // An operation that makes its own payment (a charge) is its own lock: its version guards its call.
  const ownPayment = payment.transactionId === operationId;
  const unchanged = unanswered || ownPayment ? [] : [payment, ...kind.siblings(agg, read, payment)];
  try {
    await deps.store.commit({
      transactions: [{ value: op, expectedVersion: read.version }],
      ...(ownPayment ? {} : { pspLocks: [{ payment, holder: operationId, action: 'take' as const }] }),
      ...(unchanged.length ? { unchanged } : {}),
    });
  } catch (e) {
    if (!(e instanceof Conflict)) throw e;
    const latest = (await deps.store.getReservation(hotelId, reservationId)) ?? agg;
    const now2 = kind.find(latest, operationId)?.op;
    // Our operation moved on (another delivery claimed it): that delivery owns the call. This copy
    // of the message comes back later rather than being deleted, in case that delivery dies before
    // its outcome is recorded: the operation is never left without a message.
    if (!now2 || now2.version !== read.version) throw new RetryLater('another delivery is calling the PSP for this operation');
    throw new RetryLater('another operation on this payment is with the PSP');
  }

  const result = await kind.call(gateway, account, op, payment, planned, state.value, deps);
  if (result.ok) return settle(deps, kind.succeeded(deps, op, payment, { movement: result.value, call: planned }), 'succeeded');
  if (result.failure === 'permanent' && !unanswered) return settle(deps, kind.failed(deps, op, payment, { code: result.code, message: result.message }, state.value), 'failed');
  const progress = kind.progress(op);
  if (result.failure === 'transient' && !unanswered) {
    // Not done at the PSP: the lock goes back and the next attempt may call at once.
    await deps.store.commit({
      transactions: [{ value: kind.withCall(op, deps.clock.now(), callFailedTransiently(progress).pspCall), expectedVersion: op.version }],
      ...(ownPayment ? {} : { pspLocks: [{ payment, holder: operationId, action: 'release' as const }] }),
    });
  } else {
    // Maybe done, or refused after an earlier call that may have been done (the PSP may refuse
    // because the money already moved, and its figures can lag): the lock stays with this
    // operation and the next attempt looks before calling again; it is never failed on its own.
    await deps.store.commit({ transactions: [{ value: kind.withCall(op, deps.clock.now(), callWentUnanswered(progress).pspCall), expectedVersion: op.version }] });
  }
  throw new RetryLater(`${planned}: ${result.code}`);
}

async function settle(deps: Needs<'store:commit'>, changes: Changes | Promise<Changes>, result: OperationResult): Promise<OperationResult> {
  await deps.store.commit(await changes);
  return result;
}

/** An operation holding its payment's PSP lock gives it back with its outcome. */
export const releaseIfHeld = (op: WithPspCall, operationId: string, payment: Transaction): NonNullable<Changes['pspLocks']> =>
  callUnanswered(op) ? [{ payment, holder: operationId, action: 'release' }] : [];
