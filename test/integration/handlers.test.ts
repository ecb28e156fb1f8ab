import { createHash } from 'node:crypto';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { sqsClient } from '../../adapters/aws/client-sqs';
import * as entities from '../../adapters/dynamo/entities';
import { notificationId } from '../../adapters/psp/systempay/form';
import { sign } from '../../adapters/psp/systempay/signature';
import { makeEvent, pspNotificationReceived } from '../../events';
import { setContainer } from '../../functions/shared/container';
import { handler as createHotel } from '../../functions/http/create-hotel';
import { handler as upsert } from '../../functions/http/upsert-reservation';
import { handler as getReservation } from '../../functions/http/get-reservation';
import { handler as createRequest } from '../../functions/http/create-payment-request';
import { handler as paymentPage } from '../../functions/http/payment-page';
import { handler as receiveIpn } from '../../functions/http/receive-psp-notification';
import { handler as processIpn } from '../../functions/queues/process-psp-notification';
import { handler as dispatch } from '../../functions/streams/dispatch-events';
import { lambdaContext } from '../../local/gateway';
import { apiEvent, call, sqsBatch } from '../support/api';
import { FakeClock, freshDeps } from '../support/aws';
import { registerSecret } from '../support/secrets';

const ADMIN = 'admin-key-for-handler-tests-0123456789';
const TEST_KEY = 'TestKeyHandlers1234';
const clock = new FakeClock(new Date('2026-11-22T09:00:00Z'));
let ctx: Awaited<ReturnType<typeof freshDeps>>;
let hotelId: string;
let apiKey: string;

const hotelBody = {
  name: 'Hôtel des Tests', email: 'frontdesk@hotel-tests.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
  psp: { provider: 'systempay', siteId: '11112222', mode: 'TEST', testKey: TEST_KEY },
};
const reservationBody = {
  guest: { title: 'mr', firstName: 'Jean', lastName: 'Martin', email: 'jean.martin@example.com', language: 'fr' },
  arrival: '2026-12-10', departure: '2026-12-12', total: { amount: 40_000, currency: 'EUR' }, optionDeadline: '2026-11-28',
};

const put = (id: string, body: unknown, key = apiKey) => call(upsert as never, apiEvent('PUT', `/v1/reservations/${id}`, { body, key, params: { reservationId: id } }));
const get = (id: string, key = apiKey) => call(getReservation as never, apiEvent('GET', `/v1/reservations/${id}`, { key, params: { reservationId: id } }));
const request = (id: string, body: unknown) => call(createRequest as never, apiEvent('POST', `/v1/reservations/${id}/payment-requests`, { body, key: apiKey, params: { reservationId: id } }));

/** What the PSP would post after a payment on the form the page rendered. */
function ipnFor(form: Record<string, string>, status: string, extra: Record<string, string> = {}, key = TEST_KEY): Record<string, string> {
  const fields: Record<string, string> = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('vads_')));
  Object.assign(fields, {
    vads_trans_status: status, vads_trans_uuid: createHash('md5').update(form.vads_trans_id + status).digest('hex'), vads_url_check_src: 'PAY',
    vads_hash: createHash('sha256').update(String(Math.random())).digest('hex'), vads_card_number: '497010XXXXXX0014', vads_card_brand: 'CB',
    vads_operation_type: form.vads_page_action === 'REGISTER' ? 'VERIFICATION' : 'DEBIT', vads_result: status === 'REFUSED' ? '05' : '00', ...extra,
  });
  return { ...fields, signature: sign(fields, key) };
}

function resign(fields: Record<string, string>, key = TEST_KEY): Record<string, string> {
  const { signature: _s, ...rest } = fields;
  return { ...rest, signature: sign(rest, key) };
}

async function openForm(url: string): Promise<Record<string, string>> {
  const token = url.split('/pay/')[1]!;
  const page = await call(paymentPage as never, apiEvent('GET', `/pay/${token}`, { params: { token } }));
  expect(page.status).toBe(200);
  return Object.fromEntries([...String(page.body).matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')]));
}

const ipn = (fields: Record<string, string>, hotel = hotelId) =>
  call(receiveIpn as never, apiEvent('POST', `/psp/systempay/${hotel}/ipn`, { form: fields, params: { provider: 'systempay', hotelId: hotel } }));
const processBatch = (ids: string[]) => (processIpn as unknown as (e: unknown, c: unknown) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>)(
  sqsBatch(ids.map((id) => makeEvent(pspNotificationReceived, { id: `ev-${id}`, occurredAt: clock.now(), hotelId }, { notificationId: id }))),
  lambdaContext('process-psp-notification'),
);

beforeAll(async () => {
  ctx = await freshDeps(clock);
  Object.assign(process.env, {
    ADMIN_API_KEY_HASH: createHash('sha256').update(ADMIN).digest('hex'),
    PSP_FORM_URL: 'https://psp.example.com/vads-payment/', PUBLIC_BASE_URL: 'https://api.example.com',
  });
  setContainer(ctx.deps);
  registerSecret(ADMIN, TEST_KEY);
});

describe('hotel administration', () => {
  it('needs the admin key and valid input, and then shows the API key once', async () => {
    expect((await call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: hotelBody }))).status).toBe(401);
    expect((await call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: hotelBody, key: 'wrong' }))).body.error.code).toBe('invalid_api_key');
    const bad = await call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: { ...hotelBody, timezone: 'Mars/Olympus', currency: 'XXX' }, key: ADMIN }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['currency', 'timezone']);
    expect((await call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: '{oops', key: ADMIN }))).body.error.code).toBe('malformed_json');
    const ok = await call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: hotelBody, key: ADMIN }));
    expect(ok.status).toBe(201);
    ({ hotelId, apiKey } = ok.body);
    registerSecret(apiKey);
    expect(apiKey).toMatch(new RegExp(`^hk_${hotelId}\\.[A-Za-z0-9_-]{43}$`));
    const stored = await ctx.deps.store.getHotel(hotelId);
    expect(JSON.stringify(stored)).not.toContain(TEST_KEY);
    expect(JSON.stringify(stored)).not.toContain(apiKey);
  });
});

describe('reservations', () => {
  it('creates, updates, and isolates hotels', async () => {
    expect((await put('R-100', reservationBody)).status).toBe(201);
    const updated = await put('R-100', { ...reservationBody, departure: '2026-12-13' });
    expect(updated.status).toBe(200);
    expect(updated.body.history.map((h: { type: string }) => h.type)).toEqual(['created', 'updated']);
    expect((await put('R-100', { ...reservationBody, departure: '2026-12-13' })).body.history).toHaveLength(2);
    expect((await put('bad id!', reservationBody)).status).toBe(400);
    expect((await put('R-101', { ...reservationBody, total: { amount: 10.5, currency: 'EUR' } })).status).toBe(400);
    expect((await put('R-102', { ...reservationBody, total: { amount: 100, currency: 'USD' } })).body.error.code).toBe('currency_mismatch');
    expect((await put('R-103', { ...reservationBody, optionDeadline: '2026-11-28T18:00' })).status).toBe(400); // no offset: ambiguous
    expect((await put('R-103', { ...reservationBody, optionDeadline: '2026-11-28T18:00:00+01:00' })).body.optionDeadline).toBe('2026-11-28T17:00:00.000Z');
    expect((await get('R-102')).status).toBe(404);
    expect((await get('R-103')).status).toBe(200);
    expect((await get('R-100', 'hk_unknown_key_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).status).toBe(401);
    const other = await call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: { ...hotelBody, psp: { ...hotelBody.psp, siteId: '99990000' } }, key: ADMIN }));
    registerSecret(other.body.apiKey);
    expect((await get('R-100', other.body.apiKey)).status).toBe(404);
  });
});

describe('deposit by link, paid', () => {
  it('confirms the reservation once, whatever the PSP replays or says later', async () => {
    await put('R-200', reservationBody);
    expect((await request('R-200', { type: 'deposit', delivery: 'link' })).body.error.code).toBe('amount_or_percent_required');
    expect((await request('R-200', { type: 'deposit', amount: { amount: 50_000, currency: 'EUR' }, delivery: 'link' })).status).toBe(422);
    const created = await request('R-200', { type: 'deposit', percent: 30, delivery: 'link' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', amount: { amount: 12_000, currency: 'EUR' }, expiresAt: '2026-11-28T22:59:59.999Z' });
    expect((await request('R-200', { type: 'guarantee', delivery: 'link' })).body.error.code).toBe('payment_request_open');

    const form = await openForm(created.body.url);
    expect(form).toMatchObject({ vads_amount: '12000', vads_currency: '978', vads_order_id: 'R-200', vads_page_action: 'PAYMENT', vads_url_check: `https://api.example.com/psp/systempay/${hotelId}/ipn` });

    const accepted = ipnFor(form, 'AUTHORISED');
    expect((await ipn({ ...accepted, vads_amount: '1' })).status).toBe(401); // altered field
    expect((await ipn({ ...accepted, vads_site_id: '99999999' })).body.error.code).toBe('unknown_shop');
    expect((await ipn(accepted, 'NOHOTEL')).status).toBe(404);
    expect((await get('R-200')).body.status).toBe('option');

    const first = await ipn(accepted);
    expect(first).toMatchObject({ status: 200, body: 'OK-stored' });
    expect((await ipn(resign({ ...accepted, vads_url_check_src: 'RETRY', vads_hash: 'b'.repeat(64) }))).body).toBe('OK-already-received');
    const id = notificationId(accepted);
    expect(await processBatch([id, id])).toEqual({ batchItemFailures: [] });

    const late = ipnFor(form, 'REFUSED', { vads_trans_uuid: 'f'.repeat(32) });
    await ipn(late);
    await processBatch([notificationId(late)]);

    const r = (await get('R-200')).body;
    expect(r.status).toBe('confirmed');
    expect(r.optionDeadline).toBe('2026-11-28T22:59:59.999Z');
    expect(r.paymentRequests[0]).toMatchObject({ status: 'succeeded', url: created.body.url });
    expect(r.transactions.map((t: { status: string }) => t.status)).toEqual(['succeeded', 'failed']);
    expect(r.transactions[0]).toMatchObject({ type: 'payment', amount: { amount: 12_000, currency: 'EUR' } });
    expect(r.history.filter((h: { type: string }) => h.type === 'confirmed')).toHaveLength(1);
    const token = created.body.url.split('/pay/')[1];
    const used = await call(paymentPage as never, apiEvent('GET', `/pay/${token}`, { params: { token } }));
    expect(used.status).toBe(410);
    expect(used.body).not.toContain('<form');
  });
});

describe('payment request creation', () => {
  it('opens one link per reservation even when the PMS sends the request twice at once', async () => {
    await put('R-250', reservationBody);
    const both = await Promise.all([
      request('R-250', { type: 'deposit', percent: 30, delivery: 'email' }),
      request('R-250', { type: 'deposit', percent: 30, delivery: 'email' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await get('R-250')).body.paymentRequests).toHaveLength(1);
  });
});

describe('guarantee refused', () => {
  it('keeps the option, due today, and lets the guest try again', async () => {
    await put('R-300', reservationBody);
    const created = await request('R-300', { type: 'guarantee', delivery: 'link' });
    const form = await openForm(created.body.url);
    expect(form.vads_page_action).toBe('REGISTER');
    const refused = ipnFor(form, 'REFUSED', { vads_identifier_status: 'NOT_CREATED' });
    await ipn(refused);
    await processBatch([notificationId(refused)]);
    let r = (await get('R-300')).body;
    expect(r).toMatchObject({ status: 'option', optionDeadline: '2026-11-22T22:59:59.999Z' });
    expect(r.paymentRequests[0].status).toBe('failed');
    expect(r.history.map((h: { type: string }) => h.type)).toContain('option_deadline_forced');

    const second = await openForm(created.body.url);
    expect(second.vads_trans_id).not.toBe(form.vads_trans_id);
    const ok = ipnFor(second, 'ACCEPTED', { vads_identifier: 'a'.repeat(32), vads_identifier_status: 'CREATED' });
    await ipn(ok);
    await processBatch([notificationId(ok)]);
    r = (await get('R-300')).body;
    expect(r.status).toBe('confirmed');
    expect(r.transactions.at(-1)).toMatchObject({ type: 'verification', status: 'succeeded', amount: { amount: 0 } });
    const stored = await ctx.deps.store.getNotification(hotelId, notificationId(ok));
    expect(JSON.stringify(stored)).not.toContain('a'.repeat(32));
  });
});

describe('queue and stream plumbing', () => {
  it('fails only the bad message of a batch', async () => {
    const out = await (processIpn as unknown as (e: unknown, c: unknown) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>)(
      sqsBatch(['not json', makeEvent(pspNotificationReceived, { id: 'ev-x', occurredAt: clock.now(), hotelId }, { notificationId: 'unknown' })]),
      lambdaContext('process-psp-notification'),
    );
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }]);
  });

  it('relays outbox inserts to the queues that consume them', async () => {
    const event = makeEvent(pspNotificationReceived, { id: 'ev-relay', occurredAt: clock.now(), hotelId }, { notificationId: 'n1' });
    const record = (eventName: 'INSERT' | 'MODIFY', entity: string) => ({
      eventID: eventName, eventName, eventSource: 'aws:dynamodb', awsRegion: 'eu-west-3',
      dynamodb: { SequenceNumber: '1', NewImage: marshall({ ...entities.outbox.key('ev-relay'), entity, event }) as never },
    });
    const streamEvent = { Records: [record('INSERT', 'outbox'), record('INSERT', 'history'), record('MODIFY', 'outbox')] } as unknown as DynamoDBStreamEvent;
    await (dispatch as unknown as (e: unknown, c: unknown) => Promise<unknown>)(streamEvent, lambdaContext('dispatch-events'));
    const got = await sqsClient().send(new ReceiveMessageCommand({ QueueUrl: ctx.resources.queueUrls['psp-notifications'], MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    expect((got.Messages ?? []).map((m) => JSON.parse(m.Body!).id)).toEqual(['ev-relay']);
  });
});
