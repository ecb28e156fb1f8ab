/**
 * The OpenAPI document says what the handlers answer: every documented route is called through
 * its handler, as API Gateway calls it, along a hotel's life (a deposit paid, refunded, the
 * booking cancelled, a card stored, revealed and erased), and each answer is held against the
 * document: a status it lists, a body its schema takes with no field it does not describe, and on
 * errors a code it lists for that route under that status.
 */
import * as z from 'zod/mini';
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { sign } from '../../adapters/psp/systempay/signature';
import { notificationId } from '../../adapters/psp/systempay/form';
import { makeEvent, pspNotificationReceived } from '../../events';
import { FUNCTIONS } from '../../functions/catalog';
import { errorSchema } from '../../functions/http/answer-schemas';
import { ERROR_CODES, NOT_DOCUMENTED, OPERATIONS, errorCodesOf, type DocumentedRoute, type ErrorCode } from '../../functions/openapi';
import { setContainer } from '../../functions/shared/container';
import { handler as paymentPage } from '../../functions/http/payment-page';
import { handler as receiveIpn } from '../../functions/http/receive-psp-notification';
import { handler as processIpn } from '../../functions/queues/process-psp-notification';
import { compileRoute, lambdaContext, matchRoute } from '../../local/gateway';
import { apiEvent, call, sqsBatch } from '../support/api';
import { FakeClock, freshDeps } from '../support/aws';
import { registerSecret } from '../support/secrets';
import { committedEvents } from '../support/scenario';
import { handleWebhookMessage } from '../../app/deliver-webhooks';
import { isWebhookEventType } from '../../domain/webhook';
import type { Wired } from '../../app/deps';

const ADMIN = 'admin-key-for-openapi-answers-0123456789';
const TEST_KEY = 'OpenApiAnswersKey1234';
const PIN = '40271938';
const clock = new FakeClock(new Date('2026-11-22T09:00:00Z'));
registerSecret(ADMIN, TEST_KEY, PIN);

let hotelId = '';
let apiKey = '';
/** Every route and status seen, and the routes answered with success. */
const seen = new Set<string>();

type Answer = Awaited<ReturnType<typeof call>>;

/** Calls a documented route's handler and holds its answer against the document. */
async function api(name: DocumentedRoute, method: string, path: string, opts: { body?: unknown; key?: string | null; params?: Record<string, string>; query?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Answer> {
  const fn = FUNCTIONS.find((f) => f.name === name)!;
  const trigger = fn.trigger.kind === 'http' ? fn.trigger : undefined;
  // The call is one the route serves.
  expect({ name, params: matchRoute(compileRoute(trigger!.method, trigger!.path), method, path) }).toEqual({ name, params: opts.params ?? {} });
  const key = opts.key === null ? undefined : opts.key ?? apiKey;
  const event: APIGatewayProxyEvent = {
    ...apiEvent(method, path, { ...(opts.body !== undefined ? { body: opts.body } : {}), ...(key ? { key } : {}), ...(opts.params ? { params: opts.params } : {}), resource: trigger!.path }),
  };
  if (opts.query) event.queryStringParameters = opts.query;
  if (opts.headers) Object.assign(event.headers, opts.headers);
  const { handler } = (await import(`../../${fn.entry}`)) as { handler: never };
  const res = await call(handler, event);
  seen.add(`${name} ${res.status}`);

  const doc = OPERATIONS[name];
  const contentType = String(res.headers['content-type'] ?? '');
  if (res.status < 400) {
    const answer = doc.answers[res.status];
    expect({ name, status: res.status, documented: answer !== undefined }).toEqual({ name, status: res.status, documented: true });
    if (/json/.test(contentType) && answer!.schema) {
      const parsed = z.safeParse(answer!.schema, res.body);
      expect({ name, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ name, issues: [] });
      // Parsing drops what the schema does not describe: the answer must come out whole.
      expect(parsed.data).toEqual(res.body);
    } else if (!answer!.schema && !answer!.content) {
      // An answer documented without a body (204) has none.
      expect({ name, body: res.body }).toEqual({ name, body: '' });
    } else {
      // An answer with nothing to say (204) has no content type.
      expect({ name, contentType: contentType.split(';')[0] || undefined }).toEqual({ name, contentType: answer!.content?.mediaType });
    }
  } else {
    expect(errorSchema.parse(res.body)).toEqual(res.body);
    const code = res.body.error.code as ErrorCode;
    expect({ name, code, listed: errorCodesOf(name).includes(code), status: res.status })
      .toEqual({ name, code, listed: true, status: ERROR_CODES[code]?.[0] });
  }
  return res;
}

/** What the PSP would post after a payment on the form the hosted page rendered. */
function ipnFor(form: Record<string, string>, status: string, extra: Record<string, string> = {}): Record<string, string> {
  const fields: Record<string, string> = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('vads_')));
  Object.assign(fields, extra, {
    vads_trans_status: status, vads_trans_uuid: createHash('md5').update(form.vads_trans_id + status).digest('hex'), vads_url_check_src: 'PAY',
    vads_hash: 'a'.repeat(64), vads_card_number: '497010XXXXXX0014', vads_card_brand: 'CB', vads_operation_type: 'DEBIT', vads_result: '00',
  });
  return { ...fields, signature: sign(fields, TEST_KEY) };
}

async function pay(url: string, status = 'AUTHORISED', extra: Record<string, string> = {}): Promise<void> {
  const token = url.split('/pay/')[1]!;
  const page = await call(paymentPage as never, apiEvent('GET', `/pay/${token}`, { params: { token } }));
  expect(page.status).toBe(200);
  const form = Object.fromEntries([...String(page.body).matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')]));
  const fields = ipnFor(form, status, extra);
  const received = await call(receiveIpn as never, apiEvent('POST', `/psp/systempay/${hotelId}/ipn`, { form: fields, params: { provider: 'systempay', hotelId } }));
  expect(received.body).toBe('OK-stored');
  const processed = await (processIpn as unknown as (e: unknown, c: unknown) => Promise<{ batchItemFailures: unknown[] }>)(
    sqsBatch([makeEvent(pspNotificationReceived, { id: `ev-${notificationId(fields)}`, occurredAt: clock.now(), hotelId }, { notificationId: notificationId(fields) })]),
    lambdaContext('process-psp-notification'),
  );
  expect(processed.batchItemFailures).toEqual([]);
}

const reservation = {
  guest: { title: 'mrs', firstName: 'Anna', lastName: 'Schmidt', email: 'anna@example.com', language: 'de' },
  arrival: '2026-12-20', departure: '2026-12-23', total: { amount: 54_000, currency: 'EUR' }, optionDeadline: '2026-12-01',
};

let deps: Wired;
let tableName = '';

beforeAll(async () => {
  const ctx = await freshDeps(clock);
  ({ deps } = ctx);
  tableName = ctx.resources.tableName;
  Object.assign(process.env, {
    ADMIN_API_KEY_HASH: createHash('sha256').update(ADMIN).digest('hex'),
    PSP_FORM_URL: 'https://psp.example.com/vads-payment/', PUBLIC_BASE_URL: 'https://api.example.com',
  });
  setContainer(ctx.deps);
});
afterAll(() => setContainer(undefined));

describe('the handlers answer what the OpenAPI document says', () => {
  it('administration, reservations, payment requests, transactions and option control', async () => {
    expect((await api('create-hotel', 'POST', '/v1/hotels', { body: {}, key: 'not-the-admin-key' })).status).toBe(401);
    expect((await api('create-hotel', 'POST', '/v1/hotels', { body: '{oops', key: ADMIN })).status).toBe(400);
    const hotel = await api('create-hotel', 'POST', '/v1/hotels', {
      key: ADMIN,
      body: { ...(OPERATIONS['create-hotel'].bodyExample as object), psp: { provider: 'systempay', siteId: '31415926', mode: 'TEST', testKey: TEST_KEY } },
    });
    expect(hotel.status).toBe(201);
    ({ hotelId, apiKey } = hotel.body);
    registerSecret(apiKey);

    expect((await api('get-policy', 'GET', '/v1/hotel/policy', { key: null })).status).toBe(401);
    expect((await api('get-policy', 'GET', '/v1/hotel/policy')).status).toBe(200);
    expect((await api('put-policy', 'PUT', '/v1/hotel/policy', { body: { defaultOptionDays: 2, reminderHoursBefore: 12, onLapse: 'report' } })).status).toBe(200);

    const params = { reservationId: 'RES-1' };
    expect((await api('upsert-reservation', 'PUT', '/v1/reservations/RES-1', { params, body: reservation })).status).toBe(201);
    expect((await api('upsert-reservation', 'PUT', '/v1/reservations/RES-1', { params, body: { ...reservation, departure: '2026-12-24' } })).status).toBe(200);
    expect((await api('upsert-reservation', 'PUT', '/v1/reservations/RES-2', { params: { reservationId: 'RES-2' }, body: { ...reservation, total: { amount: 1, currency: 'USD' } } })).status).toBe(422);
    expect((await api('get-reservation', 'GET', '/v1/reservations/NOPE', { params: { reservationId: 'NOPE' } })).status).toBe(404);

    const path = '/v1/reservations/RES-1/payment-requests';
    expect((await api('create-payment-request', 'POST', path, { params, body: { type: 'deposit', delivery: 'link' } })).status).toBe(400);
    const asked = await api('create-payment-request', 'POST', path, { params, body: { type: 'deposit', percent: 30, delivery: 'link' } });
    expect(asked.status).toBe(201);
    expect((await api('create-payment-request', 'POST', path, { params, body: { type: 'guarantee', delivery: 'link' } })).status).toBe(409);
    await pay(asked.body.url);

    const paid = await api('get-reservation', 'GET', '/v1/reservations/RES-1', { params });
    expect(paid.body).toMatchObject({ status: 'confirmed', paymentRequests: [{ status: 'succeeded', attempts: [{ outcome: 'succeeded' }] }], transactions: [{ type: 'payment', refundable: { amount: 16_200 } }] });
    const payment = paid.body.transactions[0].transactionId as string;

    const refunds = `/v1/transactions/${payment}/refunds`;
    const refundParams = { transactionId: payment };
    const refund = await api('create-refund', 'POST', refunds, { params: refundParams, body: { amount: { amount: 5000, currency: 'EUR' }, reason: 'room change' }, headers: { 'Idempotency-Key': 'refund-1' } });
    expect(refund.status).toBe(202);
    const replayed = await api('create-refund', 'POST', refunds, { params: refundParams, body: { amount: { amount: 5000, currency: 'EUR' }, reason: 'room change' }, headers: { 'Idempotency-Key': 'refund-1' } });
    expect(replayed).toMatchObject({ status: 202, body: refund.body, headers: { 'idempotent-replayed': 'true' } });
    expect((await api('create-refund', 'POST', refunds, { params: refundParams, body: { amount: { amount: 6000, currency: 'EUR' } }, headers: { 'Idempotency-Key': 'refund-1' } })).status).toBe(422);
    // The history names the key that asked for the refund.
    expect((await api('get-reservation', 'GET', '/v1/reservations/RES-1', { params })).body.history)
      .toEqual(expect.arrayContaining([expect.objectContaining({ type: 'refund_requested', actor: 'pms', detail: expect.objectContaining({ refundId: refund.body.refundId, keyId: hotel.body.keyId }) })]));
    expect((await api('create-refund', 'POST', refunds, { params: refundParams, body: { amount: { amount: 999_999, currency: 'EUR' } } })).status).toBe(422);
    expect((await api('create-refund', 'POST', '/v1/transactions/NOPE/refunds', { params: { transactionId: 'NOPE' } })).status).toBe(404);

    const listed = await api('list-transactions', 'GET', '/v1/transactions', { query: { limit: '1' } });
    expect(listed.body).toMatchObject({ transactions: [{ type: 'payment' }], nextCursor: expect.any(String) });
    const next = await api('list-transactions', 'GET', '/v1/transactions', { query: { limit: '1', cursor: listed.body.nextCursor } });
    expect(next.body.transactions[0]).toMatchObject({ type: 'refund', refundStatus: 'requested', origin: 'api', reason: 'room change', parentTransactionId: payment });
    const csv = await api('list-transactions', 'GET', '/v1/transactions', { query: { format: 'csv' } });
    expect(String(csv.body).split('\r\n')[0]).toBe((OPERATIONS['list-transactions'].answers[200]!.content!.schema.description as string));
    // For a spreadsheet in the hotel's language (French): BOM, semicolons, decimal commas, Paris time named.
    const excel = String((await api('list-transactions', 'GET', '/v1/transactions', { query: { format: 'csv', dialect: 'excel' } })).body);
    const [head, first] = excel.split('\r\n');
    expect(head).toBe(`\ufefftransaction_id;created_at (Europe/Paris);${(OPERATIONS['list-transactions'].answers[200]!.content!.schema.description as string).split(',').slice(2).join(';')}`);
    expect(first).toMatch(/^[^;]+;\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};RES-1;payment;succeeded;162,00;EUR;/);
    expect((await api('list-transactions', 'GET', '/v1/transactions', { query: { from: '2026-11-23', to: '2026-11-01' } })).status).toBe(400);

    // A pre-authorisation, held: captured in part (then nothing is held), or released.
    const held = async (reservationId: string): Promise<string> => {
      const p = { reservationId };
      await api('upsert-reservation', 'PUT', `/v1/reservations/${reservationId}`, { params: p, body: reservation });
      const preauth = await api('create-payment-request', 'POST', `/v1/reservations/${reservationId}/payment-requests`, { params: p, body: { type: 'preauthorisation', amount: { amount: 20_000, currency: 'EUR' }, delivery: 'link' } });
      expect(preauth.body).toMatchObject({ type: 'preauthorisation', amount: { amount: 20_000 } });
      await pay(preauth.body.url, 'AUTHORISED_TO_VALIDATE');
      const view = await api('get-reservation', 'GET', `/v1/reservations/${reservationId}`, { params: p });
      expect(view.body).toMatchObject({ status: 'confirmed', transactions: [{ type: 'preauthorisation', status: 'succeeded', held: { amount: 20_000 }, holdExpiresAt: expect.any(String) }] });
      return view.body.transactions[0].transactionId as string;
    };
    const preauth = await held('RES-4');
    const capture = (id: string, body?: unknown, key?: string) => api('capture-hold', 'POST', `/v1/transactions/${id}/capture`, {
      params: { transactionId: id }, ...(body !== undefined ? { body } : {}), ...(key ? { headers: { 'Idempotency-Key': key } } : {}),
    });
    expect((await capture(preauth, { amount: { amount: 20_001, currency: 'EUR' } })).status).toBe(422);
    expect((await capture(payment)).status).toBe(422);
    expect((await capture('NOPE')).status).toBe(404);
    expect((await capture(preauth, { amount: { amount: -1, currency: 'EUR' } })).status).toBe(400);
    const captured = await capture(preauth, { amount: { amount: 15_000, currency: 'EUR' } }, 'capture-1');
    expect(captured.status).toBe(202);
    expect(captured.body).toMatchObject({ status: 'requested', type: 'capture', amount: { amount: 15_000 }, transactionId: preauth });
    expect((await capture(preauth, { amount: { amount: 15_000, currency: 'EUR' } }, 'capture-1')).body).toEqual(captured.body);
    expect((await capture(preauth, { amount: { amount: 14_000, currency: 'EUR' } }, 'capture-1')).status).toBe(422);
    const release = (id: string) => api('release-hold', 'POST', `/v1/transactions/${id}/release`, { params: { transactionId: id } });
    expect((await release(preauth)).status).toBe(422);
    const other = await held('RES-5');
    expect((await release(other)).body).toMatchObject({ status: 'requested', type: 'release', amount: { amount: 20_000 }, transactionId: other });
    expect((await release('NOPE')).status).toBe(404);
    const after = await api('get-reservation', 'GET', '/v1/reservations/RES-4', { params: { reservationId: 'RES-4' } });
    expect(after.body.transactions).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'preauthorisation', held: { amount: 0, currency: 'EUR' } }),
      expect.objectContaining({ type: 'capture', operationId: captured.body.operationId, operationStatus: 'requested', parentTransactionId: preauth }),
    ]));

    // A charge of a card registered through a guarantee (taken to the PSP after the answer).
    const charges = '/v1/reservations/RES-6/charges';
    const p6 = { reservationId: 'RES-6' };
    await api('upsert-reservation', 'PUT', '/v1/reservations/RES-6', { params: p6, body: reservation });
    const charge = (body: unknown, key?: string) => api('create-charge', 'POST', charges, { params: p6, body, ...(key ? { headers: { 'Idempotency-Key': key } } : {}) });
    const balance = { amount: { amount: 18_000, currency: 'EUR' }, reason: 'balance' };
    expect((await charge(balance, 'charge-0')).body.error.code).toBe('no_registered_card');
    const guarantee = await api('create-payment-request', 'POST', `/v1/reservations/RES-6/payment-requests`, { params: p6, body: { type: 'guarantee', delivery: 'link' } });
    await pay(guarantee.body.url, 'ACCEPTED', {
      vads_identifier: 'a'.repeat(32), vads_identifier_status: 'CREATED', vads_initial_issuer_transaction_identifier: '736070123450709304', vads_expiry_month: '12', vads_expiry_year: '2030',
    });
    expect((await charge(balance)).body.error.code).toBe('idempotency_key_required');
    expect((await charge({ ...balance, reason: 'tip' }, 'charge-1')).status).toBe(400);
    const charged = await charge(balance, 'charge-1');
    expect(charged.status).toBe(202);
    expect(charged.body).toMatchObject({ status: 'requested', amount: { amount: 18_000 }, reason: 'balance', reservationId: 'RES-6' });
    expect((await charge(balance, 'charge-1')).body).toEqual(charged.body);
    expect((await charge({ ...balance, reason: 'stay' }, 'charge-1')).status).toBe(422);
    expect((await charge({ ...balance, amount: { amount: 100, currency: 'USD' } }, 'charge-2')).body.error.code).toBe('currency_mismatch');
    expect((await api('create-charge', 'POST', '/v1/reservations/NOPE/charges', { params: { reservationId: 'NOPE' }, body: balance, headers: { 'Idempotency-Key': 'charge-3' } })).status).toBe(404);
    const withCharge = await api('get-reservation', 'GET', '/v1/reservations/RES-6', { params: p6 });
    expect(withCharge.body.transactions).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'charge', chargeId: charged.body.chargeId, chargeStatus: 'requested', reason: 'balance' })]));

    // Planning: a reservation due today, and its unanswered request.
    const due = { reservationId: 'RES-3' };
    await api('upsert-reservation', 'PUT', '/v1/reservations/RES-3', { params: due, body: { ...reservation, optionDeadline: '2026-11-22' } });
    await api('create-payment-request', 'POST', '/v1/reservations/RES-3/payment-requests', { params: due, body: { type: 'guarantee', delivery: 'email' } });
    const day = await api('get-planning', 'GET', '/v1/planning', { query: { date: '2026-11-22' } });
    expect(day.body.groups.dueToday.entries).toEqual([expect.objectContaining({ reservationId: 'RES-3', reason: 'option_due_today' })]);
    expect(day.body.groups.unanswered.entries).toEqual([expect.objectContaining({ reservationId: 'RES-3', paymentRequest: expect.objectContaining({ type: 'guarantee' }) })]);
    expect((await api('get-planning', 'GET', '/v1/planning', { query: { cursor: 'abc', group: 'overdue' } })).status).toBe(400);

    const cancel = '/v1/reservations/RES-1/cancel';
    expect((await api('cancel-reservation', 'POST', cancel, { params })).body.error.code).toBe('deposit_choice_required');
    const cancelled = await api('cancel-reservation', 'POST', cancel, { params, body: { deposit: 'keep' } });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancellation: { deposit: 'kept' } });
    expect((await api('create-payment-request', 'POST', path, { params, body: { type: 'guarantee', delivery: 'link' } })).body.error.code).toBe('reservation_not_on_option');
  });

  it('the card vault', async () => {
    const params = { reservationId: 'RES-3' };
    const cards = '/v1/reservations/RES-3/cards';
    expect((await api('import-card', 'POST', cards, { params, body: { ...(OPERATIONS['import-card'].bodyExample as object), number: '4970100000000015' } })).body.error.code).toBe('invalid_card_number');
    const card = await api('import-card', 'POST', cards, { params, body: OPERATIONS['import-card'].bodyExample });
    expect(card.status).toBe(201);
    expect((await api('list-cards', 'GET', cards, { params })).body.cards).toHaveLength(1);
    const withCard = await api('get-reservation', 'GET', '/v1/reservations/RES-3', { params });
    expect(withCard.body.cards).toHaveLength(1);

    const user = { userId: 'frontdesk', name: 'Front desk', roles: ['cards:reveal', 'cards:manage'], pin: PIN };
    expect((await api('create-user', 'POST', '/v1/users', { body: user })).status).toBe(201);
    expect((await api('create-user', 'POST', '/v1/users', { body: user })).body.error.code).toBe('user_exists');
    expect((await api('create-user', 'POST', '/v1/users', { body: { ...user, userId: 'weak', pin: '123456' } })).body.error.code).toBe('weak_pin');

    const cardId = card.body.cardId as string;
    const cardParams = { cardId };
    expect((await api('reveal-card', 'POST', `/v1/cards/${cardId}/reveal`, { params: cardParams, body: { userId: 'frontdesk', pin: '99999999' } })).body.error.code).toBe('wrong_pin');
    expect((await api('unlock-user', 'POST', '/v1/users/frontdesk/unlock', { params: { userId: 'frontdesk' } })).body).toMatchObject({ failedAttempts: 0, locked: false });
    expect((await api('unlock-user', 'POST', '/v1/users/nobody/unlock', { params: { userId: 'nobody' } })).status).toBe(404);
    const revealed = await api('reveal-card', 'POST', `/v1/cards/${cardId}/reveal`, { params: cardParams, body: { userId: 'frontdesk', pin: PIN } });
    expect(revealed.body).toMatchObject({ cvv: '123' });
    expect((await api('erase-card', 'POST', `/v1/cards/${cardId}/erase`, { params: cardParams, body: { userId: 'frontdesk', pin: PIN } })).body).toMatchObject({ status: 'purged', erasedBy: 'frontdesk' });
    expect((await api('reveal-card', 'POST', `/v1/cards/${cardId}/reveal`, { params: cardParams, body: { userId: 'frontdesk', pin: PIN } })).body.error.code).toBe('card_erased');
    expect((await api('card-audit', 'GET', `/v1/cards/${cardId}/audit`, { params: cardParams })).body.entries.map((e: { action: string }) => e.action))
      .toEqual(['store', 'reveal', 'reveal', 'erase', 'reveal']);
    expect((await api('card-audit', 'GET', '/v1/cards/NOPE/audit', { params: { cardId: 'NOPE' } })).status).toBe(404);
  });

  it('API keys', async () => {
    const made = await api('create-api-key', 'POST', '/v1/api-keys', { body: OPERATIONS['create-api-key'].bodyExample });
    expect(made.status).toBe(201);
    registerSecret(made.body.apiKey);
    const keyParams = { keyId: made.body.keyId as string };
    expect((await api('create-api-key', 'POST', '/v1/api-keys', { body: { name: 'Refunds', scopes: ['refunds:write'] }, key: made.body.apiKey })).body.error.code).toBe('missing_scope');
    expect((await api('list-api-keys', 'GET', '/v1/api-keys')).body.apiKeys).toHaveLength(2);
    const rotated = await api('rotate-api-key', 'POST', `/v1/api-keys/${made.body.keyId}/rotate`, { params: keyParams });
    expect(rotated.status).toBe(201);
    registerSecret(rotated.body.apiKey);
    expect((await api('revoke-api-key', 'DELETE', `/v1/api-keys/${made.body.keyId}`, { params: keyParams })).status).toBe(204);
    expect((await api('revoke-api-key', 'DELETE', `/v1/api-keys/${made.body.keyId}`, { params: keyParams })).status).toBe(404);
    expect((await api('rotate-api-key', 'POST', `/v1/api-keys/${made.body.keyId}/rotate`, { params: keyParams })).status).toBe(404);
    const byAdmin = await api('create-hotel-api-key', 'POST', `/v1/hotels/${hotelId}/api-keys`, { key: ADMIN, params: { hotelId }, body: OPERATIONS['create-hotel-api-key'].bodyExample });
    expect(byAdmin.status).toBe(201);
    registerSecret(byAdmin.body.apiKey);
    expect((await api('create-hotel-api-key', 'POST', '/v1/hotels/NOPE/api-keys', { key: ADMIN, params: { hotelId: 'NOPE' }, body: OPERATIONS['create-hotel-api-key'].bodyExample })).status).toBe(404);
  });

  it('webhooks and the event feed', async () => {
    const create = (body: unknown) => api('create-webhook-endpoint', 'POST', '/v1/webhook-endpoints', { body });
    expect((await create({ url: 'http://pms.example/hooks', events: ['*'] })).body.error.code).toBe('invalid_url');
    expect((await create({ url: 'https://10.0.0.8/hooks', events: ['*'] })).body.error.code).toBe('blocked_url');
    expect((await create({ url: 'https://pms.example/hooks', events: ['payment.paid'] })).body.error.code).toBe('unknown_event_type');
    expect((await create({ url: 'https://pms.example/hooks', events: ['*', 'payment.failed'] })).body.error.code).toBe('invalid_events');
    const created = await create(OPERATIONS['create-webhook-endpoint'].bodyExample);
    expect(created.status).toBe(201);
    registerSecret(created.body.secret);
    const endpointId = created.body.endpointId as string;
    const params = { endpointId };
    const path = `/v1/webhook-endpoints/${endpointId}`;
    expect((await api('list-webhook-endpoints', 'GET', '/v1/webhook-endpoints')).body.endpoints).toHaveLength(1);
    expect((await api('get-webhook-endpoint', 'GET', path, { params })).body).toMatchObject({ endpointId, enabled: true });
    const unknown = { endpointId: '01JDX0M6Q4G5W3C3V9Z8K7Y6XB' };
    expect((await api('get-webhook-endpoint', 'GET', '/v1/webhook-endpoints/01JDX0M6Q4G5W3C3V9Z8K7Y6XB', { params: unknown })).status).toBe(404);
    expect((await api('update-webhook-endpoint', 'PATCH', path, { params, body: {} })).status).toBe(400);
    expect((await api('update-webhook-endpoint', 'PATCH', path, { params, body: OPERATIONS['update-webhook-endpoint'].bodyExample })).body).toMatchObject({ events: ['*'] });

    // What the delivery worker does with the events committed so far: the feed, and a delivery each.
    for (const e of await committedEvents(tableName)) if (isWebhookEventType(e.type)) await handleWebhookMessage(deps, e, { scale: 1 });
    const feed = await api('list-events', 'GET', '/v1/events', { query: { limit: '2' } });
    expect(feed.body).toMatchObject({ events: [expect.objectContaining({ hotelId }), expect.anything()], nextCursor: expect.any(String) });
    expect((await api('list-events', 'GET', '/v1/events', { query: { type: 'payment.succeeded' } })).body.events[0]).toMatchObject({ type: 'payment.succeeded' });
    expect((await api('list-events', 'GET', '/v1/events', { query: { type: 'payment.paid' } })).body.error.code).toBe('unknown_event_type');
    const eventId = feed.body.events[0].id as string;
    const replayed = await api('redeliver-event', 'POST', `/v1/events/${eventId}/redeliver`, { params: { eventId }, body: { endpointId } });
    expect(replayed.body.deliveries).toEqual([expect.objectContaining({ endpointId, eventId })]);
    expect((await api('redeliver-event', 'POST', '/v1/events/01JDX0M6Q4G5W3C3V9Z8K7Y6XB/redeliver', { params: { eventId: '01JDX0M6Q4G5W3C3V9Z8K7Y6XB' } })).status).toBe(404);
    expect((await api('test-webhook-endpoint', 'POST', `${path}/test`, { params })).body).toMatchObject({ endpointId, status: 'pending' });
    const log = await api('list-webhook-deliveries', 'GET', `${path}/deliveries`, { params });
    expect(log.body.deliveries.map((d: { origin: string }) => d.origin)).toEqual(expect.arrayContaining(['test', 'redelivery', 'event']));
    const rotated = await api('rotate-webhook-secret', 'POST', `${path}/rotate-secret`, { params, body: OPERATIONS['rotate-webhook-secret'].bodyExample });
    registerSecret(rotated.body.secret);
    expect(rotated.body).toMatchObject({ endpointId, previousSecretRetiresAt: expect.any(String) });
    expect((await api('delete-webhook-endpoint', 'DELETE', path, { params })).status).toBe(204);
    expect((await api('delete-webhook-endpoint', 'DELETE', path, { params })).status).toBe(404);
    expect((await api('test-webhook-endpoint', 'POST', `${path}/test`, { params })).status).toBe(404);
  });

  it('the reference: the document, with this deployment\'s address, and its page', async () => {
    const doc = await api('openapi-document', 'GET', '/v1/openapi.json', { key: null });
    expect(doc.body).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./), servers: [{ url: 'https://api.example.com' }] });
    expect(doc.headers['access-control-allow-origin']).toBe('*');
    const page = await api('api-reference', 'GET', '/docs', { key: null });
    expect(String(page.body)).toContain('<a href="https://api.example.com/v1/openapi.json">openapi.json</a>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('has answered every documented route with success', () => {
    const documented = FUNCTIONS.filter((f) => f.trigger.kind === 'http' && !(f.name in NOT_DOCUMENTED)).map((f) => f.name);
    expect(documented.filter((name) => ![...seen].some((s) => s.startsWith(`${name} 2`)))).toEqual([]);
  });
});
