import type { Wired } from '../../app/deps';
import { processHoldOperation, requestHoldOperation } from '../../app/hold-operations';
import { cancelBooking } from '../../app/cancel-reservation';
import { getPolicy, setPolicy } from '../../app/policy';
import { upsertReservation } from '../../app/upsert-reservation';
import { watchHolds } from '../../app/watch-holds';
import { planning } from '../../app/planning';
import { sendEmailsFor } from '../../app/send-emails';
import { readOutbox } from '../../local/outbox';
import { endOfLocalDay } from '../../domain/time';
import { processRefund } from '../../app/process-refund';
import { requestRefund } from '../../app/request-refund';
import { getReservation } from '../../app/reservation-view';
import { DomainError } from '../../domain/errors';
import type { Transaction } from '../../domain/transaction';
import type { FakeClock } from '../support/aws';
import { pspTest, type PspHarness } from '../support/psp-harness';
import { ask, committedEvents, reserve, stay } from '../support/scenario';

/** Pre-authorisations against moto and the PSP sandbox: held on the page, then captured or released over REST. */
let clock: FakeClock;
let deps: Wired;
let table: string;
let psp: PspHarness;

beforeEach(async () => ({ deps, clock, table, psp } = await pspTest()));
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

describe('the hold-watch job', () => {
  const budget = { maxItems: 100 };
  const ops = async (hotelId: string, id: string) => (await deps.store.getReservation(hotelId, id))!.transactions.filter((t) => t.type === 'capture' || t.type === 'release');

  it('warns the hotel before the hold lapses (24 h by default), once, and does nothing more by default', async () => {
    const { hotelId, preauth } = await held('PW-1');
    expect(preauth.hold!.warnAt).toBe(new Date(Date.parse(preauth.hold!.expiresAt) - 24 * 3600_000).toISOString());
    expect(preauth.hold!.releaseAt).toBeUndefined(); // the stay ends after the lapse
    expect(await watchHolds(deps, budget)).toMatchObject({ examined: 0 });
    clock.advance(6 * 86_400_000 + 60_000);
    expect(await watchHolds(deps, budget)).toMatchObject({ warned: 1 });
    expect(await watchHolds(deps, budget)).toMatchObject({ examined: 0 });
    expect((await tx(hotelId, 'PW-1', preauth.transactionId)).hold).toMatchObject({ held: 15_000, warned: { action: 'none' } });
    expect((await committedEvents(table, 'hold.lapse-warning')).map((e) => e.data)).toEqual([
      { reservationId: 'PW-1', transactionId: preauth.transactionId, held: EUR(15_000), holdExpiresAt: preauth.hold!.expiresAt, action: 'none' },
    ]);
    expect(await ops(hotelId, 'PW-1')).toEqual([]);
    // The front desk's day lists the hold lapsing by tomorrow's lead time.
    const day = await planning(deps, hotelId, { limit: 50, group: 'holdsLapsing' });
    expect(day.groups.holdsLapsing!.entries).toEqual([expect.objectContaining({
      reservationId: 'PW-1', reason: 'hold_lapsing', hold: { transactionId: preauth.transactionId, held: EUR(15_000), expiresAt: preauth.hold!.expiresAt, warned: true },
    })]);

    // The hotel's e-mail, in its language, with the amount and the lapse in its time.
    const [warning] = await committedEvents(table, 'hold.lapse-warning');
    expect(await sendEmailsFor(deps, warning!)).toBe(1);
    const desk = (await deps.store.getHotel(hotelId))!.hotel.email;
    const [mail] = (await readOutbox(process.env.MOTO_ENDPOINT!)).filter((m) => m.to.includes(desk));
    expect(mail!.subject).toContain('PW-1');
    expect(mail!.text).toMatch(/150,00\u00a0€/);

    // Nobody acted: past its lapse the bank has dropped it; it is marked so, and nothing can be captured.
    clock.advance(86_400_000);
    expect(await watchHolds(deps, budget)).toMatchObject({ lapsed: 1 });
    expect(await watchHolds(deps, budget)).toMatchObject({ examined: 0 });
    const view = await getReservation(deps, hotelId, 'PW-1');
    expect(view.transactions).toEqual([expect.objectContaining({ type: 'preauthorisation', held: EUR(0), holdLapsedAt: expect.any(String) })]);
    expect(view.history.map((h) => h.type)).toContain('hold_lapsed');
    expect(await codeOf(requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', {}))).toBe('rule_violated:nothing_held');
  });

  it('captures the whole hold at the warning when the policy says so', async () => {
    const { hotelId, preauth } = await held('PW-2');
    await setPolicy(deps, hotelId, { ...(await getPolicy(deps, hotelId)), onHoldLapse: 'capture' });
    clock.advance(6 * 86_400_000 + 60_000);
    expect(await watchHolds(deps, budget)).toMatchObject({ warned_captured: 1 });
    const [op] = await ops(hotelId, 'PW-2');
    expect(op).toMatchObject({ type: 'capture', amount: EUR(15_000), holdOperation: { status: 'requested' } });
    expect(await processHoldOperation(deps, hotelId, 'PW-2', op!.transactionId)).toBe('succeeded');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'AUTHORISED', amount: 15_000 });
    expect((await committedEvents(table, 'hold.lapse-warning'))[0]!.data).toMatchObject({ action: 'capture', operationId: op!.transactionId });
  });

  it('releases what is still held at the end of the departure day, unless the policy says otherwise', async () => {
    const hotelId = await psp.hotel();
    const soon = (id: string) => upsertReservation(deps, hotelId, id, { ...stay(addDaysIso(1)), arrival: addDaysIso(1), departure: addDaysIso(3) });
    await soon('PD-1');
    await psp.pay((await ask(deps, hotelId, 'PD-1', 'preauthorisation')).url);
    const preauth = (await deps.store.getReservation(hotelId, 'PD-1'))!.transactions.find((t) => t.type === 'preauthorisation')!;
    expect(preauth.hold!.releaseAt).toBe(endOfLocalDay(addDaysIso(3), 'Europe/Paris').toISOString());
    clock.current = new Date(Date.parse(preauth.hold!.releaseAt!) + 60_000);
    expect(await watchHolds(deps, budget)).toMatchObject({ released: 1 });
    const [op] = await ops(hotelId, 'PD-1');
    expect(op).toMatchObject({ type: 'release', holdOperation: { status: 'requested' } });
    expect(await processHoldOperation(deps, hotelId, 'PD-1', op!.transactionId)).toBe('succeeded');
    expect(ledger(preauth.psp.transactionUuid)).toMatchObject({ detailedStatus: 'CANCELLED' });

    // The policy turned off: the hold stays for the hotel, and the job lets it be.
    await setPolicy(deps, hotelId, { ...(await getPolicy(deps, hotelId)), releaseHoldsAtDeparture: false });
    clock.current = new Date();
    await soon('PD-2');
    await psp.pay((await ask(deps, hotelId, 'PD-2', 'preauthorisation')).url);
    const kept = (await deps.store.getReservation(hotelId, 'PD-2'))!.transactions.find((t) => t.type === 'preauthorisation')!;
    clock.current = new Date(Date.parse(kept.hold!.releaseAt!) + 60_000);
    expect(await watchHolds(deps, budget)).toMatchObject({ kept: 1 });
    expect(await ops(hotelId, 'PD-2')).toEqual([]);
    expect((await tx(hotelId, 'PD-2', kept.transactionId)).hold).toMatchObject({ held: 15_000 });
  });
});
