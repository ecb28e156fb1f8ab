import { giveBackCall, returnedAtPsp, type GiveBackCall } from '../domain/psp-operation';
import type { Transaction } from '../domain/transaction';
import { holdToRelease, isRefund, refundableOf, refundFailed, refundSucceeded, returnedInLedger, takenOf, withCall, type Refund } from '../domain/refund';
import { makeEvent, refundFailed as refundFailedEvent, refundSucceeded as refundSucceededEvent } from '../events';
import type { Needs } from './deps';
import { stampHistory } from './history';
import type { Changes } from './ports';
import { lookUpPayment, releaseIfHeld, runPspOperation, type Done, type Failure, type OperationKind, type OperationDeps, type OperationResult } from './psp-operations';

export { RetryLater } from './psp-operations';
export type RefundResult = OperationResult;

/**
 * A refund as a PSP operation (docs/refunds.md): money goes back from one payment, by the call
 * the PSP's state asks for (refund a captured payment; cancel or lower one not yet captured).
 */
export const refundOperation: OperationKind<Refund, GiveBackCall> = {
  find(agg, refundId) {
    const op = agg.transactions.find((t) => t.transactionId === refundId);
    if (!op || !isRefund(op)) return undefined;
    const payment = agg.transactions.find((t) => t.transactionId === op.parentTransactionId);
    return payment ? { op, payment } : undefined;
  },
  progress: (r) => r.refund,
  look: lookUpPayment,
  withCall: (r, now, pspCall) => withCall(r, now, { ...r.refund, ...(pspCall ? { pspCall } : {}) }),
  // This refund is done when the PSP has given back what our ledger has, plus this refund.
  doneAtPsp: (r, payment, state, agg) =>
    returnedAtPsp(state, takenOf(payment)) >= returnedInLedger(agg.transactions, payment.transactionId) + r.amount.amount,
  plan(r, state) {
    const call = giveBackCall(state, r.amount);
    return typeof call === 'string' ? call : { code: 'not_refundable_at_psp', message: call.refused };
  },
  call(gateway, account, r, payment, call, state) {
    const paymentRef = payment.psp.transactionUuid;
    const comment = `refund ${r.transactionId}`;
    if (call === 'refund') return gateway.refund(account, { paymentRef, amount: r.amount, comment });
    if (call === 'cancel') return gateway.cancel(account, { paymentRef, comment });
    return gateway.lowerAmount(account, { paymentRef, newAmount: { amount: state.amount - r.amount.amount, currency: r.amount.currency }, comment });
  },
  succeeded: (deps, r, payment, done) => succeeded(deps, r, payment, done),
  failed: (deps, r, payment, failure, state) => failed(deps, r, payment, failure, state ? takenOf(payment) - returnedAtPsp(state, takenOf(payment)) : undefined),
  siblings: (agg, r, payment) => agg.transactions.filter((t) => isRefund(t) && t.parentTransactionId === payment.transactionId && t.transactionId !== r.transactionId && t.refund.status === 'requested'),
};

/** Takes a requested refund to the PSP, at most one call per refund (app/psp-operations.ts). */
export const processRefund = (deps: OperationDeps, hotelId: string, reservationId: string, refundId: string): Promise<RefundResult> =>
  runPspOperation(deps, refundOperation, hotelId, reservationId, refundId);

function succeeded(deps: Needs<'clock' | 'ids'>, refund: Refund, payment: Transaction, done: Done<GiveBackCall>): Changes {
  const now = deps.clock.now();
  const psp = done.reconciled ? { status: done.state.pspStatus, reconciled: true } : { uuid: done.movement.ref, status: done.movement.pspStatus, operation: done.call };
  const finished = refundSucceeded(refund, now, psp);
  return {
    transactions: [{ value: finished, expectedVersion: refund.version }],
    pspLocks: releaseIfHeld(refund.refund, refund.transactionId, payment),
    history: stampHistory(deps.ids, refund.hotelId, refund.reservationId, [{
      at: now.toISOString(), type: 'refund_succeeded', actor: 'psp',
      detail: { refundId: refund.transactionId, transactionId: payment.transactionId, amount: refund.amount, ...(finished.refund.operation ? { operation: finished.refund.operation } : {}), ...(done.reconciled ? { reconciled: true } : {}) },
    }]),
    events: [makeEvent(refundSucceededEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: refund.hotelId }, {
      reservationId: refund.reservationId, refundId: refund.transactionId, parentTransactionId: payment.transactionId, amount: refund.amount, origin: refund.refund.origin,
    })],
  };
}

/**
 * A refusal is final: the hold goes back to the payment (no more than the PSP still holds, when it
 * was read: `holdToRelease`) and the hotel is told why.
 */
function failed(deps: Needs<'clock' | 'ids'>, refund: Refund, payment: Transaction, failure: Failure, leftAtPsp?: number): Changes {
  const now = deps.clock.now();
  const release = holdToRelease(refund.amount.amount, refundableOf(payment), leftAtPsp);
  return {
    transactions: [{ value: refundFailed(refund, now, failure), expectedVersion: refund.version }],
    ...(release > 0 ? { refundable: [{ payment, delta: release }] } : {}),
    pspLocks: releaseIfHeld(refund.refund, refund.transactionId, payment),
    history: stampHistory(deps.ids, refund.hotelId, refund.reservationId, [{
      at: now.toISOString(), type: 'refund_failed', actor: 'psp',
      detail: { refundId: refund.transactionId, transactionId: payment.transactionId, amount: refund.amount, code: failure.code, message: failure.message },
    }]),
    events: [makeEvent(refundFailedEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: refund.hotelId }, {
      reservationId: refund.reservationId, refundId: refund.transactionId, parentTransactionId: payment.transactionId, amount: refund.amount, ...failure,
    })],
  };
}
