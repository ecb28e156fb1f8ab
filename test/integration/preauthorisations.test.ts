import type { Wired } from '../../app/deps';
import { processHoldOperation, requestHoldOperation } from '../../app/hold-operations';
import { cancelBooking } from '../../app/cancel-reservation';
import { processRefund } from '../../app/process-refund';
import { requestRefund } from '../../app/request-refund';
import { getReservation } from '../../app/reservation-view';
import { DomainError } from '../../domain/errors';
import type { Transaction } from '../../domain/transaction';
import { FakeClock, freshDeps } from '../support/aws';
import { startPspHarness, type PspHarness } from '../support/psp-harness';
import { ask, committedEvents, reserve } from '../support/scenario';

/** Pre-authorisations against moto and the PSP sandbox: held on the page, then captured or released over REST. */
let clock: FakeClock;
let deps: Wired;
let table: string;
let psp: PspHarness;

beforeEach(async () => {
  clock = new FakeClock(new Date());
  const fresh = await freshDeps(clock);
  table = fresh.resources.tableName;
  psp = await startPspHarness(fresh.deps);
  deps = psp.deps;
});
afterEach(async () => psp.stop());

const addDaysIso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof DomainError ? `${e.kind}:${e.code}` : `thrown:${(e as Error).message}`));
const tx = async (hotelId: string, reservationId: string, id: string) => (await deps.store.getReservation(hotelId, reservationId))!.transactions.find((t) => t.transactionId === id)!;
const ledger = (uuid: string) => psp.sandbox.transactions().find((t) => t.uuid === uuid)!;
const EUR = (amount: number) => ({ amount, currency: 'EUR' });

/** A reservation (total 50 000) with a 30 % pre-authorisation (15 000) the guest authorised. */
async function held(id: string): Promise<{ hotelId: string; preauth: Transaction }> {
  const hotelId = await psp.hotel();
  await reserve(deps, hotelId, id, addDaysIso(3));
  await psp.pay((await ask(deps, hotelId, id, 'preauthorisation')).url);
  const agg = (await deps.store.getReservation(hotelId, id))!;
  const preauth = agg.transactions.find((t) => t.type === 'preauthorisation' && t.status === 'succeeded');
  if (!preauth) throw new Error('the pre-authorisation was not given');
  return { hotelId, preauth };
}

describe('a pre-authorisation', () => {
  it('is held, not taken, at the PSP; the reservation is confirmed and shows the hold with its lapse date', async () => {
    const { hotelId, preauth } = await held('P-1');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'AUTHORISED_TO_VALIDATE', amount: 15_000 });
    expect(preauth.hold).toMatchObject({ held: 15_000 });
    expect(Date.parse(preauth.hold!.expiresAt) - Date.parse(preauth.createdAt)).toBe(7 * 86_400_000);
    const view = await getReservation(deps, hotelId, 'P-1');
    expect(view.status).toBe('confirmed');
    expect(view.transactions).toEqual([expect.objectContaining({ type: 'preauthorisation', status: 'succeeded', amount: EUR(15_000), held: EUR(15_000), holdExpiresAt: preauth.hold!.expiresAt })]);
    expect((view.transactions as Record<string, unknown>[])[0]!.refundable).toBeUndefined();
    // Nothing was taken: there is nothing to refund.
    expect(await codeOf(requestRefund(deps, hotelId, preauth.transactionId, {}))).toBe('rule_violated:not_captured');
  });

  it('captures a part in one PSP call; the rest is given back; what was taken is refundable', async () => {
    const { hotelId, preauth } = await held('P-2');
    const asked = await requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', { amount: EUR(12_000) });
    expect(asked).toMatchObject({ status: 'requested', type: 'capture', amount: EUR(12_000), transactionId: preauth.transactionId, reservationId: 'P-2' });
    expect((await tx(hotelId, 'P-2', preauth.transactionId)).hold!.held).toBe(0);
    // A second ask finds nothing held.
    expect(await codeOf(requestHoldOperation(deps, hotelId, preauth.transactionId, 'release', {}))).toBe('rule_violated:nothing_held');

    const before = psp.sandbox.restCalls().length;
    expect(await processHoldOperation(deps, hotelId, 'P-2', asked.operationId)).toBe('succeeded');
    const calls = psp.sandbox.restCalls().slice(before).map((c) => c.webService);
    expect(calls).toEqual(['Transaction/Get', 'Transaction/Update']);
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'AUTHORISED', amount: 12_000 });
    expect(await processHoldOperation(deps, hotelId, 'P-2', asked.operationId)).toBe('already_final');

    const after = await tx(hotelId, 'P-2', preauth.transactionId);
    expect(after.hold).toMatchObject({ held: 0, captured: 12_000 });
    expect(after.refundable).toBe(12_000);
    expect(await tx(hotelId, 'P-2', asked.operationId)).toMatchObject({ type: 'capture', status: 'succeeded', holdOperation: { status: 'succeeded', operation: 'capture_part' } });

    // Refunds work on it as on a deposit: a part now (the PSP lowers what it will capture tonight).
    const refund = await requestRefund(deps, hotelId, preauth.transactionId, { amount: EUR(2_000) });
    expect(await processRefund(deps, hotelId, 'P-2', refund.refundId)).toBe('succeeded');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ amount: 10_000 });
    expect((await tx(hotelId, 'P-2', preauth.transactionId)).refundable).toBe(10_000);
    expect(await codeOf(requestRefund(deps, hotelId, preauth.transactionId, { amount: EUR(10_001) }))).toBe('rule_violated:amount_exceeds_refundable');

    const types = (await committedEvents(table)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['capture.requested', 'capture.succeeded', 'refund.succeeded']));
  });

  it('captures everything held by validating it', async () => {
    const { hotelId, preauth } = await held('P-3');
    const asked = await requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', {});
    expect(asked.amount).toEqual(EUR(15_000));
    expect(await processHoldOperation(deps, hotelId, 'P-3', asked.operationId)).toBe('succeeded');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'AUTHORISED', amount: 15_000 });
    expect((await tx(hotelId, 'P-3', asked.operationId)).holdOperation).toMatchObject({ status: 'succeeded', operation: 'validate' });
  });

  it('is released: cancelled at the PSP, nothing taken, nothing refundable', async () => {
    const { hotelId, preauth } = await held('P-4');
    const asked = await requestHoldOperation(deps, hotelId, preauth.transactionId, 'release', {}, 'release-P-4');
    // The same key answers the same operation.
    expect(await requestHoldOperation(deps, hotelId, preauth.transactionId, 'release', {}, 'release-P-4')).toEqual(asked);
    expect(await processHoldOperation(deps, hotelId, 'P-4', asked.operationId)).toBe('succeeded');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'CANCELLED' });
    const after = await tx(hotelId, 'P-4', preauth.transactionId);
    expect(after.hold).toMatchObject({ held: 0 });
    expect(after.hold!.captured).toBeUndefined();
    expect(await codeOf(requestRefund(deps, hotelId, preauth.transactionId, {}))).toBe('rule_violated:not_captured');
  });

  it('refuses a capture above the hold, in another currency, or on what is not a hold, and changes nothing', async () => {
    const { hotelId, preauth } = await held('P-5');
    expect(await codeOf(requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', { amount: EUR(15_001) }))).toBe('rule_violated:amount_exceeds_held');
    expect(await codeOf(requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', { amount: { amount: 100, currency: 'USD' } }))).toBe('rule_violated:currency_mismatch');
    expect(await codeOf(requestHoldOperation(deps, hotelId, 'nope', 'capture', {}))).toBe('not_found:transaction_not_found');
    expect((await tx(hotelId, 'P-5', preauth.transactionId)).version).toBe(preauth.version);
    // A deposit is not a hold.
    await reserve(deps, hotelId, 'P-6', addDaysIso(3));
    await psp.pay((await ask(deps, hotelId, 'P-6')).url);
    const payment = (await deps.store.getReservation(hotelId, 'P-6'))!.transactions.find((t) => t.type === 'payment')!;
    expect(await codeOf(requestHoldOperation(deps, hotelId, payment.transactionId, 'release', {}))).toBe('rule_violated:not_a_hold');
  });

  it('gives the hold back when the PSP refuses the capture (the authorisation lapsed there)', async () => {
    const { hotelId, preauth } = await held('P-7');
    const asked = await requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', {});
    psp.sandbox.advanceClock(8 * 86_400_000);
    expect(await processHoldOperation(deps, hotelId, 'P-7', asked.operationId)).toBe('failed');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'EXPIRED' });
    expect(await tx(hotelId, 'P-7', asked.operationId)).toMatchObject({ status: 'failed', holdOperation: { status: 'failed', failure: { code: 'not_capturable_at_psp' } } });
    // The PSP no longer holds it: nothing is held in our ledger either.
    expect((await tx(hotelId, 'P-7', preauth.transactionId)).hold!.held).toBe(0);
    expect((await committedEvents(table, 'capture.failed'))).toHaveLength(1);
  });
});

describe('cancelling a reservation that holds a pre-authorisation', () => {
  it('asks what to do with the hold, then releases it or keeps part of it as a deposit', async () => {
    const { hotelId, preauth } = await held('PC-1');
    expect(await codeOf(cancelBooking(deps, hotelId, 'PC-1', undefined))).toBe('rule_violated:hold_choice_required');
    expect(await codeOf(cancelBooking(deps, hotelId, 'PC-1', undefined, { capture: EUR(15_001) }))).toBe('rule_violated:amount_exceeds_held');
    expect((await deps.store.getReservation(hotelId, 'PC-1'))!.reservation.status).toBe('confirmed');

    const view = await cancelBooking(deps, hotelId, 'PC-1', undefined, { capture: EUR(5_000) });
    expect(view).toMatchObject({ status: 'cancelled', cancellation: { deposit: 'none', hold: 'captured' } });
    const op = (await deps.store.getReservation(hotelId, 'PC-1'))!.transactions.find((t) => t.type === 'capture')!;
    expect(await processHoldOperation(deps, hotelId, 'PC-1', op.transactionId)).toBe('succeeded');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'AUTHORISED', amount: 5_000 });
    expect((await tx(hotelId, 'PC-1', preauth.transactionId)).hold).toMatchObject({ held: 0, captured: 5_000 });
    const cancelled = await committedEvents(table, 'reservation.cancelled');
    expect(cancelled.map((e) => e.data)).toEqual([expect.objectContaining({ reservationId: 'PC-1', hold: 'captured', holdOperationIds: [op.transactionId] })]);

    const other = await held('PC-2');
    expect(await cancelBooking(deps, other.hotelId, 'PC-2', undefined, 'release')).toMatchObject({ status: 'cancelled', cancellation: { hold: 'released' } });
    const release = (await deps.store.getReservation(other.hotelId, 'PC-2'))!.transactions.find((t) => t.type === 'release')!;
    expect(await processHoldOperation(deps, other.hotelId, 'PC-2', release.transactionId)).toBe('succeeded');
    expect(ledger(other.preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'CANCELLED' });
  });
});
