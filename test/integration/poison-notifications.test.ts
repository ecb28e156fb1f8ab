import { createHash } from 'node:crypto';
import { notificationId } from '../../adapters/psp/systempay/form';
import { sign } from '../../adapters/psp/systempay/signature';
import { createHotel } from '../../app/create-hotel';
import { openPaymentPage } from '../../app/payment-page';
import { makeEvent, pspNotificationReceived } from '../../events';
import { setContainer } from '../../functions/shared/container';
import { handler as receiveIpn } from '../../functions/http/receive-psp-notification';
import { handler as processIpn } from '../../functions/queues/process-psp-notification';
import { lambdaContext } from '../../local/gateway';
import { apiEvent, call, sqsBatch } from '../support/api';
import { FakeClock, freshDeps } from '../support/aws';
import { ask, committedEvents, reserve } from '../support/scenario';
import { registerSecret } from '../support/secrets';

/** Signed is not well-formed: a notification the PSP really sent, with fields we cannot act on. */
const TEST_KEY = 'PoisonTestKey123456';
registerSecret(TEST_KEY);
const clock = new FakeClock(new Date('2026-11-22T09:00:00Z'));
let ctx: Awaited<ReturnType<typeof freshDeps>>;
let hotelId: string;
let form: Record<string, string>;

beforeAll(async () => {
  ctx = await freshDeps(clock);
  setContainer(ctx.deps);
  const created = await createHotel(ctx.deps, {
    name: 'Hôtel Poison', email: 'desk@poison.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId: '27182818', mode: 'TEST', testKey: TEST_KEY },
  });
  hotelId = created.hotelId;
  registerSecret(created.apiKey);
  await reserve(ctx.deps, hotelId, 'P-1', '2026-11-28');
  const page = await openPaymentPage(ctx.deps, (await ask(ctx.deps, hotelId, 'P-1')).url.split('/pay/')[1]!, { publicBaseUrl: 'https://pay.example.com' });
  if (page.kind !== 'form') throw new Error(`no form: ${page.problem}`);
  form = page.form.fields;
});

afterAll(() => setContainer(undefined));

/** What the PSP posts after a payment on the rendered form, with `changes` (undefined: field left out), signed. */
function signedIpn(changes: Record<string, string | undefined>): Record<string, string> {
  const fields: Record<string, string> = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('vads_')));
  Object.assign(fields, {
    vads_trans_status: 'AUTHORISED', vads_trans_uuid: createHash('md5').update(JSON.stringify(changes)).digest('hex'), vads_url_check_src: 'PAY',
    vads_card_number: '497010XXXXXX0014', vads_card_brand: 'CB', vads_expiry_month: '6', vads_expiry_year: '2030', vads_operation_type: 'DEBIT', vads_result: '00',
    vads_effective_amount: form.vads_amount, vads_effective_currency: form.vads_currency,
  });
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete fields[k];
    else fields[k] = v;
  }
  return { ...fields, signature: sign(fields, TEST_KEY) };
}

const ipn = (fields: Record<string, string>) => call(receiveIpn as never, apiEvent('POST', `/psp/systempay/${hotelId}/ipn`, { form: fields, params: { provider: 'systempay', hotelId } }));
const processBatch = (ids: string[]) => (processIpn as unknown as (e: unknown, c: unknown) => Promise<{ batchItemFailures: unknown[] }>)(
  sqsBatch(ids.map((id) => makeEvent(pspNotificationReceived, { id: `ev-${id}`, occurredAt: clock.now(), hotelId }, { notificationId: id }))),
  lambdaContext('process-psp-notification'),
);

/** Structured log lines written while `fn` runs (warnings go to stderr, as in Lambda). */
async function logsOf<T>(fn: () => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const written: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  streams.forEach((stream, i) => {
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (originals[i] as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
  });
  try {
    const result = await fn();
    return { result, lines: written.flatMap((w) => w.split('\n')).filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>) };
  } finally {
    streams.forEach((stream, i) => { stream.write = originals[i]!; });
  }
}

const POISON: [string, Record<string, string | undefined>, string][] = [
  ['NaN amount', { vads_amount: 'NaN' }, 'vads_amount'],
  ['negative amount', { vads_amount: '-12000' }, 'vads_amount'],
  ['huge amount', { vads_effective_amount: '1e400' }, 'vads_effective_amount'],
  ['amount beyond 12 digits', { vads_amount: '9999999999999' }, 'vads_amount'],
  ['float amount', { vads_amount: '120.00' }, 'vads_amount'],
  ['empty amount', { vads_amount: '' }, 'vads_amount'],
  ['unknown status', { vads_trans_status: 'MAYBE_LATER' }, 'vads_trans_status'],
  ['missing status', { vads_trans_status: undefined }, 'vads_trans_status'],
  ['unknown currency', { vads_currency: '999' }, 'vads_currency'],
  ['alphabetic currency', { vads_effective_currency: 'EUR' }, 'vads_effective_currency'],
  ['impossible date', { vads_trans_date: '20261332250000' }, 'vads_trans_date'],
  ['short trans id', { vads_trans_id: '12345' }, 'vads_trans_id'],
  ['expiry month 13', { vads_expiry_month: '13' }, 'vads_expiry_month'],
  ['unicode in the amount', { vads_amount: '１２０００' }, 'vads_amount'],
  ['emoji and RTL in the status', { vads_trans_status: 'AUTHORISED\u202e😀' }, 'vads_trans_status'],
  ['NUL in the order id', { vads_order_id: 'P-1\u0000' }, 'vads_order_id'],
  ['a clear card number', { vads_card_number: '4970100000000014' }, 'vads_card_number'],
  ['a 100 kB field', { vads_cust_last_name: 'x'.repeat(100_000) }, '(fields)'],
  ['a 5 kB field', { vads_cust_last_name: 'x'.repeat(5_000) }, 'vads_cust_last_name'],
  ['very many fields', Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`vads_ext_info_f${i}`, 'v'])), '(fields)'],
];

describe('a signed notification that is not well-formed', () => {
  it.each(POISON)('%s: recorded as rejected, answered 200, no event, an alert, never retried', async (_name, changes, field) => {
    const fields = signedIpn(changes);
    const id = notificationId(fields);
    const before = (await committedEvents(ctx.resources.tableName, 'psp-notification.received')).length;
    const { result: res, lines } = await logsOf(() => ipn(fields));

    expect(res.status).toBe(200);
    expect(res.body).toMatch(new RegExp(`^OK-rejected: ${field.replace(/[()]/g, '\\$&')}`));
    const stored = (await ctx.deps.store.getNotification(hotelId, id))!;
    expect(stored).toMatchObject({ result: 'rejected', processedAt: clock.now().toISOString(), reason: expect.stringMatching(new RegExp(`^${field.replace(/[()]/g, '\\$&')}: `)), version: 1 });
    expect(stored.sealedSensitive).toBeUndefined();
    // The reason says which field and why, never the value; what is kept is small.
    for (const v of Object.values(changes)) if (v && v.length > 3) expect(stored.reason).not.toContain(v.slice(0, 64));
    expect(JSON.stringify(stored).length).toBeLessThan(40_000);
    expect((await committedEvents(ctx.resources.tableName, 'psp-notification.received')).length).toBe(before);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'WARN', message: 'notification_rejected', hotelId, notificationId: id, reason: stored.reason }));

    // Even if a message came for it, processing finds it settled: nothing to retry.
    expect((await processBatch([id])).batchItemFailures).toEqual([]);
    const agg = (await ctx.deps.store.getReservation(hotelId, 'P-1'))!;
    expect(agg.reservation.status).toBe('option');
    expect(agg.transactions).toEqual([]);
  });

  it('is acknowledged again as a duplicate, changing nothing', async () => {
    const fields = signedIpn({ vads_amount: 'NaN', vads_trans_uuid: 'd'.repeat(32) });
    expect((await ipn(fields)).body).toMatch(/^OK-rejected: vads_amount/);
    const first = await ctx.deps.store.getNotification(hotelId, notificationId(fields));
    clock.advance(60_000);
    const { result: again, lines } = await logsOf(() => ipn({ ...fields }));
    expect(again).toMatchObject({ status: 200, body: 'OK-already-received' });
    expect(await ctx.deps.store.getNotification(hotelId, notificationId(fields))).toEqual(first);
    expect(lines.map((l) => l.message)).not.toContain('notification_rejected');
  });

  it('stays a 4xx, storing nothing, when unsigned, badly signed, of another shop or ambiguous', async () => {
    const fields = signedIpn({ vads_amount: 'NaN', vads_trans_uuid: 'e'.repeat(32) });
    const { signature: _s, ...unsigned } = fields;
    expect((await ipn(unsigned)).status).toBe(401);
    expect((await ipn({ ...fields, signature: 'x'.repeat(44) })).status).toBe(401);
    expect((await ipn({ ...fields, vads_site_id: '11111111' })).body.error.code).toBe('unknown_shop');
    const twice = `${new URLSearchParams(fields).toString()}&vads_amount=12000`;
    const dup = await call(receiveIpn as never, { ...apiEvent('POST', `/psp/systempay/${hotelId}/ipn`, { form: {}, params: { provider: 'systempay', hotelId } }), body: twice });
    expect(dup).toMatchObject({ status: 400, body: { error: { code: 'malformed_form', message: expect.any(String) } } });
    expect(await ctx.deps.store.getNotification(hotelId, notificationId(fields))).toBeUndefined();
  });

  it('still settles a well-formed notification after the poison ones', async () => {
    const fields = signedIpn({ vads_trans_uuid: 'f'.repeat(32) });
    expect((await ipn(fields)).body).toBe('OK-stored');
    expect((await processBatch([notificationId(fields)])).batchItemFailures).toEqual([]);
    expect((await ctx.deps.store.getReservation(hotelId, 'P-1'))!.reservation.status).toBe('confirmed');
  });
});

describe('a notification stored before notifications were parsed', () => {
  it('is settled as rejected by processing instead of failing into the dead-letter queue', async () => {
    const fields = signedIpn({ vads_amount: 'NaN', vads_trans_uuid: '0'.repeat(32) });
    const id = notificationId(fields);
    await ctx.deps.store.recordNotification({ hotelId, notificationId: id, receivedAt: clock.now().toISOString(), fields, version: 1 }, []);
    const { result, lines } = await logsOf(() => processBatch([id]));
    expect(result.batchItemFailures).toEqual([]);
    expect(await ctx.deps.store.getNotification(hotelId, id)).toMatchObject({ result: 'rejected', reason: expect.stringMatching(/^vads_amount: /), processedAt: expect.any(String), version: 2 });
    expect(lines).toContainEqual(expect.objectContaining({ level: 'WARN', message: 'notification_rejected', notificationId: id }));
    expect((await processBatch([id])).batchItemFailures).toEqual([]);
  });
});
