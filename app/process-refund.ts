import {
  callFailedTransiently, callInFlight, callUnanswered, callWentUnanswered, chooseOperation, claimPspCall, holdToRelease, isRefund, refundableOf, refundFailed, refundSucceeded, returnedAtPsp,
  returnedInLedger,
  type PspOperation, type Refund,
} from '../domain/refund';
import type { Transaction } from '../domain/transaction';
import { Conflict } from '../domain/errors';
import { makeEvent, refundFailed as refundFailedEvent, refundSucceeded as refundSucceededEvent } from '../events';
import type { Deps } from './deps';
import { stampHistory } from './history';
import type { Changes, PspCallResult, PspCredentials, PspOperationResult } from './ports';
import { openPspSecrets } from './secrets';

export type RefundResult = 'succeeded' | 'reconciled' | 'failed' | 'already_final' | 'missing';

/** The PSP could not be reached or answer now: the queue brings the refund back later. */
export class RetryLater extends Error {
  constructor(readonly reason: string) {
    super(`Refund to retry later: ${reason}`);
    this.name = 'RetryLater';
  }
}

/**
 * Takes a requested refund to the PSP, at most one call per refund (docs/refunds.md):
 * 1. Load it; anything but `requested` is done. A call still in flight (lease) → later.
 * 2. Read the payment at the PSP (Transaction/Get).
 * 3. After a call that ended without an answer, compare what the PSP gave back with our ledger:
 *    if this refund is there, it succeeded, and the PSP is not called again. (Operations on one
 *    payment go one at a time under its PSP lock, so the difference can only be this refund.)
 * 4. Choose refund / cancel / lower amount from the PSP's status; claim the call and the payment's
 *    lock in one write, on condition that the payment and its other open refunds are as read in 1
 *    (a duplicate delivery, or another refund of the payment, loses here, so the PSP state read in
 *    2 is never stale); call;
 *    record the answer with its history and event, releasing the lock.
 * A refund whose call may have gone through is never failed automatically: it waits (and, in the
 * end, waits in the dead-letter queue) for the PSP to say.
 */
export async function processRefund(deps: Deps, hotelId: string, reservationId: string, refundId: string): Promise<RefundResult> {
  if (!deps.psp) throw new Error('No PSP client wired for refunds');
  const [agg, hotel] = await Promise.all([deps.store.getReservation(hotelId, reservationId), deps.store.getHotel(hotelId)]);
  const found = agg?.transactions.find((t) => t.transactionId === refundId);
  if (!agg || !hotel || !found || !isRefund(found)) return 'missing';
  let refund: Refund = found;
  const payment = agg.transactions.find((t) => t.transactionId === refund.parentTransactionId);
  if (!payment) return 'missing';
  if (refund.refund.status !== 'requested') return 'already_final';
  if (callInFlight(refund, deps.clock.now())) throw new RetryLater('a PSP call for this refund is still in flight');
  const unanswered = callUnanswered(refund);
  const refuse = (failure: { code: string; message: string }, leftAtPsp?: number) => {
    if (unanswered) throw new RetryLater(`cannot settle a refund whose PSP call went unanswered: ${failure.code}`);
    return fail(deps, refund, payment, failure, leftAtPsp);
  };

  const secrets = await openPspSecrets(deps, hotel);
  const password = payment.psp.mode === 'PRODUCTION' ? secrets.productionPassword : secrets.testPassword;
  if (!password) return refuse({ code: 'psp_credentials_missing', message: `The hotel has no ${payment.psp.mode} REST password for its PSP shop` });
  const creds: PspCredentials = { siteId: hotel.hotel.psp.siteId, mode: payment.psp.mode, password };

  const state = await deps.psp.getTransaction(creds, payment.psp.transactionUuid);
  if (!state.ok) {
    if (state.failure !== 'permanent') throw new RetryLater(`Transaction/Get: ${state.code}`);
    return refuse({ code: state.code, message: state.message });
  }

  const atPsp = returnedAtPsp(state.value.detailedStatus, payment.amount.amount, state.value.amount, state.value.refundedAmount);
  const leftAtPsp = payment.amount.amount - atPsp;
  if (unanswered) {
    if (atPsp >= returnedInLedger(agg.transactions, payment.transactionId) + refund.amount.amount) {
      return succeed(deps, refund, payment, { status: state.value.detailedStatus, reconciled: true }, 'reconciled');
    }
  }

  const operation = chooseOperation(state.value.detailedStatus, state.value.amount, refund.amount);
  if (typeof operation !== 'string') return refuse({ code: 'not_refundable_at_psp', message: operation.refused }, leftAtPsp);

  refund = claimPspCall(refund, deps.clock.now(), operation);
  // Taking the lock afresh, the PSP state read above is only good if nothing touching this payment
  // moved since the ledger was read: another refund may have been called, answered and released
  // the lock in between (its Update then already lowered the amount read above).
  const siblings = unanswered ? [] : [payment, ...agg.transactions.filter((t) => isRefund(t) && t.parentTransactionId === payment.transactionId && t.transactionId !== refundId && t.refund.status === 'requested')];
  try {
    await deps.store.commit({
      transactions: [{ value: refund, expectedVersion: found.version }],
      pspLocks: [{ payment, refundId, action: 'take' }],
      ...(siblings.length ? { unchanged: siblings } : {}),
    });
  } catch (e) {
    if (!(e instanceof Conflict)) throw e;
    const now = (await deps.store.getReservation(hotelId, reservationId))?.transactions.find((t) => t.transactionId === refundId);
    // Our refund moved on (another delivery claimed it): that delivery owns the call. This copy of
    // the message comes back later rather than being deleted, in case that delivery dies before
    // its outcome is recorded: the refund is never left without a message.
    if (!now || now.version !== found.version) throw new RetryLater('another delivery is calling the PSP for this refund');
    throw new RetryLater('another refund of this payment is with the PSP');
  }

  const result = await call(deps, creds, payment, refund, operation, state.value.amount);
  if (result.ok) return succeed(deps, refund, payment, { uuid: result.value.uuid, status: result.value.detailedStatus, operation }, 'succeeded');
  if (result.failure === 'permanent' && !unanswered) return fail(deps, refund, payment, { code: result.code, message: result.message }, leftAtPsp);
  if (result.failure === 'transient' && !unanswered) {
    // Not done at the PSP: the lock goes back and the next attempt may call at once.
    await deps.store.commit({
      transactions: [{ value: callFailedTransiently(refund, deps.clock.now()), expectedVersion: refund.version }],
      pspLocks: [{ payment, refundId, action: 'release' }],
    });
  } else {
    // Maybe done, or refused after an earlier call that may have been done (the PSP may refuse
    // because the money already went back, and its figures can lag): the lock stays with this
    // refund and the next attempt looks before calling again; it is never failed on its own.
    await deps.store.commit({ transactions: [{ value: callWentUnanswered(refund, deps.clock.now()), expectedVersion: refund.version }] });
  }
  throw new RetryLater(`${operation}: ${result.code}`);
}

/** A refund holding its payment's PSP lock gives it back with its outcome. */
const releaseIfHeld = (refund: Refund, payment: Transaction): NonNullable<Changes['pspLocks']> =>
  callUnanswered(refund) ? [{ payment, refundId: refund.transactionId, action: 'release' }] : [];

function call(deps: Deps, creds: PspCredentials, payment: Transaction, refund: Refund, operation: PspOperation, current: number): Promise<PspCallResult<PspOperationResult>> {
  const psp = deps.psp!;
  const uuid = payment.psp.transactionUuid;
  const comment = `refund ${refund.transactionId}`;
  if (operation === 'refund') return psp.refund(creds, { uuid, amount: refund.amount, comment });
  if (operation === 'cancel') return psp.cancel(creds, { uuid, comment });
  return psp.lowerAmount(creds, { uuid, newAmount: { amount: current - refund.amount.amount, currency: refund.amount.currency }, comment });
}

async function succeed(deps: Deps, refund: Refund, payment: Transaction, psp: Parameters<typeof refundSucceeded>[2], result: RefundResult): Promise<RefundResult> {
  const now = deps.clock.now();
  const done = refundSucceeded(refund, now, psp);
  await deps.store.commit({
    transactions: [{ value: done, expectedVersion: refund.version }],
    pspLocks: releaseIfHeld(refund, payment),
    history: stampHistory(deps.ids, refund.hotelId, refund.reservationId, [{
      at: now.toISOString(), type: 'refund_succeeded', actor: 'psp',
      detail: { refundId: refund.transactionId, transactionId: payment.transactionId, amount: refund.amount, ...(done.refund.operation ? { operation: done.refund.operation } : {}), ...(psp.reconciled ? { reconciled: true } : {}) },
    }]),
    events: [makeEvent(refundSucceededEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: refund.hotelId }, {
      reservationId: refund.reservationId, refundId: refund.transactionId, parentTransactionId: payment.transactionId, amount: refund.amount, origin: refund.refund.origin,
    })],
  });
  return result;
}

/**
 * A refusal is final: the hold goes back to the payment (no more than the PSP still holds, when it
 * was read: `holdToRelease`) and the hotel is told why.
 */
async function fail(deps: Deps, refund: Refund, payment: Transaction, failure: { code: string; message: string }, leftAtPsp?: number): Promise<RefundResult> {
  const now = deps.clock.now();
  const release = holdToRelease(refund.amount.amount, refundableOf(payment), leftAtPsp);
  await deps.store.commit({
    transactions: [{ value: refundFailed(refund, now, failure), expectedVersion: refund.version }],
    ...(release > 0 ? { refundable: [{ payment, delta: release }] } : {}),
    pspLocks: releaseIfHeld(refund, payment),
    history: stampHistory(deps.ids, refund.hotelId, refund.reservationId, [{
      at: now.toISOString(), type: 'refund_failed', actor: 'psp',
      detail: { refundId: refund.transactionId, transactionId: payment.transactionId, amount: refund.amount, code: failure.code, message: failure.message },
    }]),
    events: [makeEvent(refundFailedEvent, { id: deps.ids.newId(), occurredAt: now, hotelId: refund.hotelId }, {
      reservationId: refund.reservationId, refundId: refund.transactionId, parentTransactionId: payment.transactionId, amount: refund.amount, ...failure,
    })],
  });
  return 'failed';
}
