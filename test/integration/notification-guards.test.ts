import type { Wired } from '../../app/deps';
import { createHotel } from '../../app/create-hotel';
import { openPaymentPage } from '../../app/payment-page';
import { receiveNotification } from '../../app/receive-notification';
import { processNotification } from '../../app/process-notification';
import { sweepOptions } from '../../app/lapse-options';
import { sign } from '../../adapters/psp/systempay/signature';
import { FakeClock, freshDeps } from '../support/aws';
import { ask, committedEvents, reserve } from '../support/scenario';
import { registerSecret } from '../support/secrets';

/** Notifications that verify but must not settle what they claim to. */
let clock: FakeClock;
let deps: Wired;
let table: string;
const TEST_KEY = 'GuardsTestKey12345';
const PROD_KEY = 'GuardsProductionKey12345';
registerSecret(TEST_KEY, PROD_KEY);

beforeEach(async () => {
  clock = new FakeClock(new Date('2026-11-20T09:00:00Z'));
  ({ deps, resources: { tableName: table } } = await freshDeps(clock));
});

async function hotel(mode: 'TEST' | 'PRODUCTION') {
  const { hotelId, apiKey } = await createHotel(deps, {
    name: 'Hôtel Garde', email: 'desk@garde.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId: '31415926', mode, testKey: TEST_KEY, productionKey: PROD_KEY },
  });
  registerSecret(apiKey);
  return hotelId;
}

async function formFor(url: string): Promise<Record<string, string>> {
  const page = await openPaymentPage(deps, url.split('/pay/')[1]!, { publicBaseUrl: 'https://pay.example.com' });
  if (page.kind !== 'form') throw new Error(`no form: ${page.problem}`);
  return page.form.fields;
}

async function notify(hotelId: string, form: Record<string, string>, changes: Record<string, string>, key: string) {
  const fields = Object.fromEntries(Object.entries({ ...form, vads_trans_uuid: 'c'.repeat(32), vads_operation_type: 'DEBIT', vads_url_check_src: 'PAY', ...changes }).filter(([k]) => k.startsWith('vads_')));
  const receipt = await receiveNotification(deps, 'systempay', hotelId, { ...fields, signature: sign(fields, key) });
  return processNotification(deps, hotelId, receipt.notificationId);
}

describe('notification guards', () => {
  it('never lets a TEST-mode notification settle a PRODUCTION payment', async () => {
    const h = await hotel('PRODUCTION');
    await reserve(deps, h, 'G-1', '2026-11-25');
    const form = await formFor((await ask(deps, h, 'G-1')).url);
    expect(form.vads_ctx_mode).toBe('PRODUCTION');
    expect(await notify(h, form, { vads_ctx_mode: 'TEST', vads_trans_status: 'AUTHORISED' }, TEST_KEY)).toBe('mismatch');
    const agg = (await deps.store.getReservation(h, 'G-1'))!;
    expect(agg.reservation.status).toBe('option');
    expect(agg.history.map((x) => x.type)).toContain('payment_mismatch');
    expect(await notify(h, form, { vads_trans_status: 'AUTHORISED' }, PROD_KEY)).toBe('applied');
    expect((await deps.store.getReservation(h, 'G-1'))!.reservation.status).toBe('confirmed');
  });

  it('records money taken for another amount without confirming anything', async () => {
    const h = await hotel('TEST');
    await reserve(deps, h, 'G-2', '2026-11-25');
    const form = await formFor((await ask(deps, h, 'G-2')).url);
    expect(await notify(h, form, { vads_trans_status: 'AUTHORISED', vads_amount: '100' }, TEST_KEY)).toBe('applied');
    const agg = (await deps.store.getReservation(h, 'G-2'))!;
    expect(agg.reservation.status).toBe('option');
    expect(agg.requests[0]!.request.status).toBe('pending');
    expect(agg.transactions).toEqual([expect.objectContaining({ status: 'succeeded', amount: { amount: 100, currency: 'EUR' } })]);
    expect(agg.history.at(-1)).toMatchObject({ type: 'payment_mismatch', detail: expect.objectContaining({ expectedAmount: { amount: 15_000, currency: 'EUR' } }) });
    expect(await committedEvents(table, 'payment.succeeded')).toEqual([]);
  });

  it('tells nobody "confirmed" when the money arrives after the option lapsed', async () => {
    const h = await hotel('TEST');
    await reserve(deps, h, 'G-3', '2026-11-20');
    const form = await formFor((await ask(deps, h, 'G-3')).url);
    clock.current = new Date('2026-11-21T08:00:00Z');
    await sweepOptions(deps, { maxItems: 10 });
    expect(await notify(h, form, { vads_trans_status: 'AUTHORISED' }, TEST_KEY)).toBe('applied');
    const agg = (await deps.store.getReservation(h, 'G-3'))!;
    expect(agg.reservation.status).toBe('expired');
    expect(agg.transactions).toEqual([expect.objectContaining({ status: 'succeeded' })]);
    expect(agg.history.map((x) => x.type)).toContain('payment_after_close');
    expect(await committedEvents(table, 'payment.succeeded')).toEqual([]);
    expect((await committedEvents(table, 'payment.received-after-close')).map((e) => e.data.reservationId)).toEqual(['G-3']);
  });

  it('keeps no card token in a notification once processed, whatever came of it', async () => {
    const h = await hotel('PRODUCTION');
    await reserve(deps, h, 'G-5', '2026-11-25');
    const url = (await ask(deps, h, 'G-5', 'guarantee')).url;
    const [tabOne, tabTwo] = [await formFor(url), await formFor(url)];
    const registered = { vads_identifier: 'd'.repeat(32), vads_identifier_status: 'CREATED', vads_card_number: '497010XXXXXX0014', vads_card_brand: 'VISA', vads_expiry_month: '6', vads_expiry_year: '2028' };
    const store = async (form: Record<string, string>, changes: Record<string, string>, key = PROD_KEY) => {
      const fields = Object.fromEntries(Object.entries({ ...form, vads_trans_uuid: 'e'.repeat(32), vads_operation_type: 'VERIFICATION', vads_url_check_src: 'PAY', ...registered, ...changes }).filter(([k]) => k.startsWith('vads_')));
      return (await receiveNotification(deps, 'systempay', h, { ...fields, signature: sign(fields, key) })).notificationId;
    };
    const cases: [string, string, string][] = [
      [await store(tabOne, { vads_ctx_mode: 'TEST', vads_trans_status: 'ACCEPTED' }, TEST_KEY), 'mismatch', 'mode_mismatch'],
      [await store({ ...tabOne, vads_trans_id: '999999' }, { vads_trans_status: 'ACCEPTED' }), 'unmatched', 'unmatched'],
      [await store(tabOne, { vads_trans_status: 'ACCEPTED' }), 'applied', 'succeeded'],
      // The link already paid: a second registration is recorded, its token not kept anywhere.
      [await store(tabTwo, { vads_trans_status: 'ACCEPTED', vads_trans_uuid: 'f'.repeat(32) }), 'applied', 'succeeded'],
    ];
    for (const [id, outcome, result] of cases) {
      expect((await deps.store.getNotification(h, id))!.sealedSensitive).toBeDefined();
      expect(await processNotification(deps, h, id)).toBe(outcome);
      const settled = (await deps.store.getNotification(h, id))!;
      expect(settled).toMatchObject({ result, processedAt: expect.any(String) });
      expect(settled.sealedSensitive).toBeUndefined();
      // Processed again (a queue redelivery): nothing to do, nothing brought back.
      expect(await processNotification(deps, h, id)).toBe('already_processed');
    }
    const agg = (await deps.store.getReservation(h, 'G-5'))!;
    expect(agg.reservation.status).toBe('confirmed');
    expect(agg.cards).toEqual([expect.objectContaining({ origin: 'psp', last4: '0014' })]);
  });

  it('flags a second payment on a link already paid (two tabs) for the hotel to refund', async () => {
    const h = await hotel('TEST');
    await reserve(deps, h, 'G-4', '2026-11-25');
    const url = (await ask(deps, h, 'G-4')).url;
    const tabOne = await formFor(url);
    const tabTwo = await formFor(url);
    await notify(h, tabOne, { vads_trans_status: 'AUTHORISED', vads_trans_uuid: '1'.repeat(32) }, TEST_KEY);
    await notify(h, tabTwo, { vads_trans_status: 'AUTHORISED', vads_trans_uuid: '2'.repeat(32) }, TEST_KEY);
    const agg = (await deps.store.getReservation(h, 'G-4'))!;
    expect(agg.transactions.filter((t) => t.status === 'succeeded')).toHaveLength(2);
    expect((await committedEvents(table, 'payment.succeeded'))).toHaveLength(1);
    expect((await committedEvents(table, 'payment.received-twice')).map((e) => e.data.reservationId)).toEqual(['G-4']);
  });
});
