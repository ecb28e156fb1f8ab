import { createHash } from 'node:crypto';
import { Conflict, NotFound, RuleViolated } from '../domain/errors';
import {
  captureAmount, captured, holdCall, holdDoneAtPsp, holdGivenBack, holdOperationFailed, holdOperationSucceeded, isHoldOperation, isPreauthorisation,
  newHoldOperation, releaseAmount, withHoldCall, type HoldOperation,
} from '../domain/hold';
import type { Money } from '../domain/money';
import type { HoldCall, HoldOperationType, Transaction } from '../domain/transaction';
import { captureFailed, captureRequested, captureSucceeded, makeEvent, releaseFailed, releaseRequested, releaseSucceeded, type Envelope } from '../events';
import type { Needs } from './deps';
import { byKey, stampHistory } from './history';
import type { Changes } from './ports';
import { lookUpPayment, releaseIfHeld, runPspOperation, type Done, type Failure, type OperationKind, type OperationDeps, type OperationResult } from './psp-operations';
import { hashSecret } from './secrets';

/**
 * Captures and releases of a pre-authorisation's hold (docs/preauthorisations.md): asked by the
 * hotel (202), taken to the PSP by the PSP-operation core, at most one call each.
 */

export interface HoldOperationAccepted {
  readonly operationId: string;
  readonly status: 'requested' | 'succeeded' | 'failed';
  readonly type: HoldOperationType;
  readonly amount: Money;
  readonly transactionId: string;
  readonly reservationId: string;
}

const accepted = (op: HoldOperation): HoldOperationAccepted => ({
  operationId: op.transactionId, status: op.holdOperation.status, type: op.type, amount: op.amount, transactionId: op.parentTransactionId, reservationId: op.reservationId,
});

const REQUESTED = { capture: captureRequested, release: releaseRequested } as const;
const SUCCEEDED = { capture: captureSucceeded, release: releaseSucceeded } as const;
const FAILED = { capture: captureFailed, release: releaseFailed } as const;

/**
 * 1. Find the pre-authorisation (404 for another hotel's); it must hold something (a capture: no
 *    more than held, and not lapsed).
 * 2. Commit the operation, the pre-authorisation with nothing held any more (under its version:
 *    of two concurrent asks, one wins and the other finds nothing held), the Idempotency-Key's
 *    record (only if the key is new), history and the `capture.requested` / `release.requested`
 *    event for the worker.
 * 3. A lost commit, or a refusal (nothing held any more may be this very operation), reads the
 *    key's record: a known key answers with the operation it made (another body under it: 422).
 *    The route wrapper answers repeats first; this record is the backstop for a lost answer, read
 *    only then, never before a write.
 */
export async function requestHoldOperation(
  deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:payments' | 'store:reservations'>, hotelId: string, transactionId: string, type: HoldOperationType, input: { readonly amount?: Money }, idempotencyKey?: string, keyId?: string,
): Promise<HoldOperationAccepted> {
  const scope = type;
  const keyHash = idempotencyKey ? hashSecret(idempotencyKey) : undefined;
  const requestHash = createHash('sha256').update(JSON.stringify([type, transactionId, input.amount ?? null])).digest('hex');
  const replay = async (): Promise<HoldOperationAccepted | undefined> => {
    const known = keyHash ? await deps.store.getIdempotency(hotelId, scope, keyHash) : undefined;
    if (!known) return undefined;
    if (known.requestHash !== requestHash) throw new RuleViolated('idempotency_key_reused', `This Idempotency-Key was used with another request; use a new key for a new ${type}`);
    const op = (await deps.store.getReservation(hotelId, known.reservationId))?.transactions.find((t) => t.transactionId === known.resultId);
    if (!op || !isHoldOperation(op)) throw new RuleViolated('idempotency_key_reused', `This Idempotency-Key belongs to a ${type} that no longer exists`);
    return accepted(op);
  };
  for (let attempt = 0; ; attempt++) {
    const reservationId = await deps.store.findTransactionReservation(hotelId, transactionId);
    const agg = reservationId ? await deps.store.getReservation(hotelId, reservationId) : undefined;
    const preauth = agg?.transactions.find((t) => t.transactionId === transactionId);
    if (!agg || !preauth) throw new NotFound('transaction_not_found', `No transaction ${transactionId}`);
    const now = deps.clock.now();
    let amount: Money;
    try {
      amount = type === 'capture' ? captureAmount(preauth, input.amount, now) : releaseAmount(preauth);
    } catch (e) {
      const known = e instanceof RuleViolated ? await replay() : undefined;
      if (known) return known;
      throw e;
    }
    if (!isPreauthorisation(preauth)) throw new Error('unreachable: captureAmount and releaseAmount accept only a pre-authorisation');
    const made = newHoldOperation(preauth, type, amount, { now, operationId: deps.ids.newId() });
    const { op } = made;
    const { history, event } = holdOperationChanges(deps, op, now, 'pms', keyId);
    try {
      await deps.store.commit({
        transactions: [{ value: op, expectedVersion: null }, { value: made.preauth, expectedVersion: preauth.version }],
        history,
        events: [event],
        ...(keyHash ? { idempotency: { hotelId, scope, keyHash, requestHash, resultId: op.transactionId, reservationId: preauth.reservationId, createdAt: now.toISOString() } } : {}),
      });
      return accepted(op);
    } catch (e) {
      if (!(e instanceof Conflict)) throw e;
      // This very ask, retried, got there first: its answer. Another one did: look again at what is held.
      const known = await replay();
      if (known) return known;
      if (attempt >= 4) throw e;
    }
  }
}

/** What asking for a capture or release writes besides the operation and its pre-authorisation: history and the event for the worker. */
export function holdOperationChanges(deps: Needs<'ids'>, op: HoldOperation, now: Date, actor: 'pms' | 'system', keyId?: string): { history: NonNullable<Changes['history']>; event: Envelope } {
  return {
    history: stampHistory(deps.ids, op.hotelId, op.reservationId, byKey([{
      at: now.toISOString(), type: `${op.type}_requested` as const, actor, detail: { operationId: op.transactionId, transactionId: op.parentTransactionId, amount: op.amount },
    }], keyId)),
    event: makeEvent(REQUESTED[op.type], { id: deps.ids.newId(), occurredAt: now, hotelId: op.hotelId }, { ...eventData(op), ...(keyId ? { keyId } : {}) }),
  };
}

/** A capture or a release as a PSP operation: one kind, the call chosen from the PSP's state. */
export const holdOperationKind: OperationKind<HoldOperation, HoldCall> = {
  find(agg, operationId) {
    const op = agg.transactions.find((t) => t.transactionId === operationId);
    if (!op || !isHoldOperation(op)) return undefined;
    const payment = agg.transactions.find((t) => t.transactionId === op.parentTransactionId);
    return payment ? { op, payment } : undefined;
  },
  progress: (op) => op.holdOperation,
  look: lookUpPayment,
  withCall: (op, now, pspCall) => withHoldCall(op, now, { ...op.holdOperation, ...(pspCall ? { pspCall } : {}) }),
  doneAtPsp: (op, _payment, state) => holdDoneAtPsp(op, state),
  plan(op, state) {
    const call = holdCall(op, state);
    return typeof call === 'string' ? call : { code: op.type === 'capture' ? 'not_capturable_at_psp' : 'not_releasable_at_psp', message: call.refused };
  },
  call(gateway, account, op, payment, call) {
    const paymentRef = payment.psp.transactionUuid;
    const comment = `${op.type} ${op.transactionId}`;
    if (call === 'validate') return gateway.validate(account, { paymentRef, comment });
    if (call === 'capture_part') return gateway.capturePart(account, { paymentRef, amount: op.amount, comment });
    return gateway.cancel(account, { paymentRef, comment });
  },
  succeeded: (deps, op, payment, done) => succeeded(deps, op, payment, done),
  failed: (deps, op, payment, failure, state) => failed(deps, op, payment, failure, state ? state.status === 'to_validate' : true),
  siblings: (agg, op, payment) => agg.transactions.filter((t) => t.parentTransactionId === payment.transactionId && t.transactionId !== op.transactionId
    && ((isHoldOperation(t) && t.holdOperation.status === 'requested') || (t.refund !== undefined && t.refund.status === 'requested'))),
};

/** Takes a requested capture or release to the PSP, at most one call (app/psp-operations.ts). */
export const processHoldOperation = (deps: OperationDeps, hotelId: string, reservationId: string, operationId: string): Promise<OperationResult> =>
  runPspOperation(deps, holdOperationKind, hotelId, reservationId, operationId);

const eventData = (op: HoldOperation) => ({ reservationId: op.reservationId, operationId: op.transactionId, transactionId: op.parentTransactionId, amount: op.amount });

function succeeded(deps: Needs<'clock' | 'ids'>, op: HoldOperation, payment: Transaction, done: Done<HoldCall>): Changes {
  const now = deps.clock.now();
  const psp = done.reconciled ? { status: done.state.pspStatus, reconciled: true } : { status: done.movement.pspStatus, operation: done.call };
  const finished = holdOperationSucceeded(op, now, psp);
  // A capture makes what it took refundable; a release leaves nothing held (it was taken off at the ask).
  const preauth = op.type === 'capture' && isPreauthorisation(payment) ? [{ value: captured(payment, op.amount.amount, now), expectedVersion: payment.version }] : [];
  return {
    transactions: [{ value: finished, expectedVersion: op.version }, ...preauth],
    pspLocks: releaseIfHeld(op.holdOperation, op.transactionId, payment),
    history: stampHistory(deps.ids, op.hotelId, op.reservationId, [{
      at: now.toISOString(), type: `${op.type}_succeeded`, actor: 'psp',
      detail: { operationId: op.transactionId, transactionId: op.parentTransactionId, amount: op.amount, ...(finished.holdOperation.operation ? { operation: finished.holdOperation.operation } : {}), ...(done.reconciled ? { reconciled: true } : {}) },
    }]),
    events: [makeEvent(SUCCEEDED[op.type], { id: deps.ids.newId(), occurredAt: now, hotelId: op.hotelId }, eventData(op))],
  };
}

/** A refusal is final: the hold comes back as it was (unless the PSP no longer holds it) and the hotel is told why. */
function failed(deps: Needs<'clock' | 'ids'>, op: HoldOperation, payment: Transaction, failure: Failure, stillHeldAtPsp: boolean): Changes {
  const now = deps.clock.now();
  const preauth = isPreauthorisation(payment) ? [{ value: holdGivenBack(payment, op, now, stillHeldAtPsp), expectedVersion: payment.version }] : [];
  return {
    transactions: [{ value: holdOperationFailed(op, now, failure), expectedVersion: op.version }, ...preauth],
    pspLocks: releaseIfHeld(op.holdOperation, op.transactionId, payment),
    history: stampHistory(deps.ids, op.hotelId, op.reservationId, [{
      at: now.toISOString(), type: `${op.type}_failed`, actor: 'psp',
      detail: { operationId: op.transactionId, transactionId: op.parentTransactionId, amount: op.amount, code: failure.code, message: failure.message },
    }]),
    events: [makeEvent(FAILED[op.type], { id: deps.ids.newId(), occurredAt: now, hotelId: op.hotelId }, { ...eventData(op), ...failure })],
  };
}
