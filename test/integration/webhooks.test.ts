import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { Wired } from '../../app/deps';
import { handleWebhookMessage } from '../../app/deliver-webhooks';
import { sendEmailsFor } from '../../app/send-emails';
import { makeEvent, paymentSucceeded, reservationConfirmed, webhookDeliveryDue, type Envelope } from '../../events';
import { setContainer } from '../../functions/shared/container';
import { handler as createEndpoint } from '../../functions/http/create-webhook-endpoint';
import { handler as listEndpoints } from '../../functions/http/list-webhook-endpoints';
import { handler as getEndpoint } from '../../functions/http/get-webhook-endpoint';
import { handler as updateEndpoint } from '../../functions/http/update-webhook-endpoint';
import { handler as deleteEndpoint } from '../../functions/http/delete-webhook-endpoint';
import { handler as rotateSecret } from '../../functions/http/rotate-webhook-secret';
import { handler as testEndpoint } from '../../functions/http/test-webhook-endpoint';
import { handler as listDeliveries } from '../../functions/http/list-webhook-deliveries';
import { handler as listEvents } from '../../functions/http/list-events';
import { handler as redeliver } from '../../functions/http/redeliver-event';
import { handler as deliverWebhooks } from '../../functions/queues/deliver-webhooks';
import { apiEvent, call, sqsBatch } from '../support/api';
import { FakeClock, freshDeps } from '../support/aws';
import { committedEvents } from '../support/scenario';
import { registerSecret } from '../support/secrets';
import { createHotel } from '../../app/create-hotel';

/**
 * Webhooks against moto: endpoints over their handlers, the worker's fan-out and attempts on a fake
 * clock, a receiver on 127.0.0.1 (the local stack's target rules). The worker's own messages are
 * taken from the publisher port as it sends them (with their delays), so each retry is walked in
 * clock time rather than waited for.
 */
const clock = new FakeClock(new Date('2026-12-01T09:00:00Z'));
let deps: Wired;
let tableName: string;
let hotelId = '';
let apiKey = '';
const sent: Array<{ event: Envelope; delaySeconds?: number; visibleAt: number }> = [];

interface Hit { headers: IncomingHttpHeaders; body: string; url: string }
const hits: Hit[] = [];
let answer = 204;
let server: Server;
let base = '';

beforeAll(async () => {
  const ctx = await freshDeps(clock);
  // As the local stack sets it: the receiver listens on 127.0.0.1.
  process.env.WEBHOOK_TARGETS = 'local';
  tableName = ctx.resources.tableName;
  deps = { ...ctx.deps, publisher: { publish: async (event, options) => {
    sent.push({ event, visibleAt: clock.now().getTime() + (options?.delaySeconds ?? 0) * 1000, ...(options?.delaySeconds ? { delaySeconds: options.delaySeconds } : {}) });
  } } };
  setContainer(deps);
  const created = await createHotel(deps, {
    name: 'Hôtel des Crochets', email: 'desk@crochets.example', defaultLanguage: 'de', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId: '31313131', mode: 'TEST', testKey: 'WebhooksKey0123456789' },
  });
  registerSecret(created.apiKey, 'WebhooksKey0123456789');
  ({ hotelId, apiKey } = created);
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), url: req.url ?? '' });
      res.writeHead(answer, { 'content-type': 'text/plain' });
      res.end(answer === 204 ? undefined : `failing ${answer} ${'x'.repeat(3000)}`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  delete process.env.WEBHOOK_TARGETS;
  setContainer(undefined);
  server?.close();
});

const http = (h: unknown, method: string, path: string, opts: { body?: unknown; params?: Record<string, string>; query?: Record<string, string> } = {}) => {
  const event = apiEvent(method, path, { key: apiKey, ...(opts.body !== undefined ? { body: opts.body } : {}), ...(opts.params ? { params: opts.params } : {}) });
  if (opts.query) event.queryStringParameters = opts.query;
  return call(h as never, event);
};

/** Runs every message the worker has asked for whose delay has passed, as SQS would deliver them. */
async function drain(): Promise<string[]> {
  const results: string[] = [];
  for (let round = 0; round < 20; round++) {
    const visible = sent.filter((m) => m.visibleAt <= clock.now().getTime());
    if (!visible.length) break;
    for (const m of visible) sent.splice(sent.indexOf(m), 1);
    for (const m of visible) results.push(await handleWebhookMessage(deps as never, m.event, { scale: 1 }));
  }
  return results;
}

/** The receiver's check, at the fake clock's time (the library refuses timestamps 5 minutes off its own clock). */
function verify(secret: string, hit: Hit): Envelope {
  const now = jest.spyOn(Date, 'now').mockReturnValue(clock.now().getTime());
  try {
    return new Webhook(secret).verify(hit.body, hit.headers as Record<string, string>) as Envelope;
  } finally {
    now.mockRestore();
  }
}

const event = (n: number) => makeEvent(reservationConfirmed, { id: deps.ids.newId(), occurredAt: clock.now(), hotelId }, { reservationId: `RES-${n}`, paymentRequestId: `PR-${n}` });

let endpointId = '';
let secret = '';

describe('webhook endpoints', () => {
  it('registers an endpoint and shows its secret once; refuses bad input with a code and changes nothing', async () => {
    for (const [body, code] of [
      [{ url: 'ftp://pms.example/h', events: ['*'] }, 'invalid_url'],
      [{ url: `${base}/h`, events: ['payment.succeeded', 'nope.never'] }, 'unknown_event_type'],
      [{ url: `${base}/h`, events: ['*', 'payment.failed'] }, 'invalid_events'],
      [{ url: `${base}/h`, events: [] }, 'invalid_input'],
      [{ url: `${base}/h`, events: ['*'], extra: true }, 'invalid_input'],
    ] as const) {
      const res = await http(createEndpoint, 'POST', '/v1/webhook-endpoints', { body });
      expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 400, code });
      expect(res.body.error.message).toEqual(expect.any(String));
    }
    expect((await http(listEndpoints, 'GET', '/v1/webhook-endpoints')).body).toEqual({ endpoints: [] });

    const created = await http(createEndpoint, 'POST', '/v1/webhook-endpoints', { body: { url: `${base}/pms`, events: ['reservation.confirmed', 'payment.succeeded'], description: 'PMS' } });
    expect(created.status).toBe(201);
    ({ endpointId, secret } = created.body);
    registerSecret(secret);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    const listed = await http(listEndpoints, 'GET', '/v1/webhook-endpoints');
    expect(listed.body.endpoints).toEqual([expect.objectContaining({ endpointId, url: `${base}/pms`, enabled: true, events: ['reservation.confirmed', 'payment.succeeded'] })]);
    expect(JSON.stringify(listed.body)).not.toContain('whsec_');
    expect((await http(getEndpoint, 'GET', `/v1/webhook-endpoints/${endpointId}`, { params: { endpointId } })).body).not.toHaveProperty('secret');
    expect((await http(getEndpoint, 'GET', '/v1/webhook-endpoints/01JDX0M6Q4G5W3C3V9Z8K7Y6XB', { params: { endpointId: '01JDX0M6Q4G5W3C3V9Z8K7Y6XB' } })).status).toBe(404);
  });

  it("shows another hotel's endpoint as unknown, and changes nothing for it", async () => {
    const other = await createHotel(deps, {
      name: 'Hôtel Voisin', email: 'desk@voisin.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
      psp: { provider: 'systempay', siteId: '31313132', mode: 'TEST', testKey: 'WebhooksOtherKey0123' },
    });
    registerSecret(other.apiKey, 'WebhooksOtherKey0123');
    const as = (h: unknown, method: string, p: string, body?: unknown) =>
      call(h as never, apiEvent(method, p, { key: other.apiKey, params: { endpointId }, ...(body !== undefined ? { body } : {}) }));
    const path = `/v1/webhook-endpoints/${endpointId}`;
    for (const res of [
      await as(getEndpoint, 'GET', path), await as(updateEndpoint, 'PATCH', path, { enabled: false }), await as(rotateSecret, 'POST', `${path}/rotate-secret`),
      await as(testEndpoint, 'POST', `${path}/test`), await as(listDeliveries, 'GET', `${path}/deliveries`), await as(deleteEndpoint, 'DELETE', path),
    ]) expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 404, code: 'webhook_endpoint_not_found' });
    expect((await call(listEndpoints as never, apiEvent('GET', '/v1/webhook-endpoints', { key: other.apiKey }))).body).toEqual({ endpoints: [] });
    expect((await http(getEndpoint, 'GET', path, { params: { endpointId } })).body).toMatchObject({ enabled: true, updatedAt: expect.any(String) });
  });

  it('fans an event out once per endpoint, even when the event comes twice, and signs what it posts', async () => {
    const e = event(1);
    await handleWebhookMessage(deps as never, e, { scale: 1 });
    await handleWebhookMessage(deps as never, e, { scale: 1 }); // the queue delivered it twice
    expect(sent.filter((m) => m.event.type === webhookDeliveryDue.type)).toHaveLength(2);
    expect(await drain()).toEqual(['succeeded', 'stale']);
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit.headers['webhook-id']).toBe(e.id);
    const body = verify(secret, hit);
    expect(body).toEqual({ id: e.id, type: 'reservation.confirmed', occurredAt: e.occurredAt, hotelId, data: { reservationId: 'RES-1', paymentRequestId: 'PR-1' } });
    // A type the endpoint did not subscribe to is in the feed but not delivered.
    await handleWebhookMessage(deps as never, makeEvent(paymentSucceeded, { id: deps.ids.newId(), occurredAt: clock.now(), hotelId }, {
      reservationId: 'RES-1', paymentRequestId: 'PR-1', transactionId: 'T-1', type: 'deposit', amount: { amount: 100, currency: 'EUR' },
    }), { scale: 1 });
    await drain();
    expect(hits).toHaveLength(2);
    await http(updateEndpoint, 'PATCH', `/v1/webhook-endpoints/${endpointId}`, { params: { endpointId }, body: { events: ['*'] } });
  });

  it('retries a failing endpoint with backoff, logs each attempt, and delivers when it answers again', async () => {
    answer = 500;
    const e = event(2);
    await handleWebhookMessage(deps as never, e, { scale: 1 });
    expect(await drain()).toEqual(['retrying']);
    // The next attempt is asked for 5 s later; a message arriving early waits again.
    expect(sent.map((m) => m.delaySeconds)).toEqual([5]);
    clock.advance(2000);
    expect(await handleWebhookMessage(deps as never, sent[0]!.event, { scale: 1 })).toBe('waiting');
    sent.splice(0, 1);
    expect(sent.map((m) => m.delaySeconds)).toEqual([3]);
    clock.advance(3000);
    expect(await drain()).toEqual(['retrying']);
    expect(sent.map((m) => m.delaySeconds)).toEqual([30]);
    answer = 204;
    clock.advance(30_000);
    expect(await drain()).toEqual(['succeeded']);

    const log = await http(listDeliveries, 'GET', `/v1/webhook-endpoints/${endpointId}/deliveries`, { params: { endpointId } });
    expect(log.status).toBe(200);
    const delivery = log.body.deliveries[0];
    expect(delivery).toMatchObject({ deliveryId: e.id, eventId: e.id, eventType: 'reservation.confirmed', origin: 'event', status: 'succeeded', attemptCount: 3 });
    expect(delivery.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 204]);
    for (const a of delivery.attempts) {
      expect(a.latencyMs).toEqual(expect.any(Number));
      expect(Buffer.byteLength(a.response ?? '')).toBeLessThanOrEqual(1024);
    }
    expect(delivery.attempts[0].response).toMatch(/^failing 500 x+$/);
    // Newest first, paged.
    const page = await http(listDeliveries, 'GET', `/v1/webhook-endpoints/${endpointId}/deliveries`, { params: { endpointId }, query: { limit: '1' } });
    expect(page.body.deliveries).toHaveLength(1);
    const next = await http(listDeliveries, 'GET', `/v1/webhook-endpoints/${endpointId}/deliveries`, { params: { endpointId }, query: { limit: '1', cursor: page.body.nextCursor } });
    expect(next.body.deliveries[0].deliveryId).not.toBe(page.body.deliveries[0].deliveryId);
    expect((await http(getEndpoint, 'GET', `/v1/webhook-endpoints/${endpointId}`, { params: { endpointId } })).body).not.toHaveProperty('failingSince');
  });

  it('takes over an attempt whose worker died holding its lease, when the lease ends', async () => {
    sent.length = 0;
    const e = event(5);
    await handleWebhookMessage(deps as never, e, { scale: 1 });
    const first = sent.shift()!;
    // A worker claimed the attempt and died before recording it.
    expect(await deps.store.claimDelivery({ hotelId, endpointId, deliveryId: e.id }, 0, clock.now().toISOString(), new Date(clock.now().getTime() + 30_000).toISOString())).toBe(true);
    expect(await handleWebhookMessage(deps as never, first.event, { scale: 1 })).toBe('busy');
    expect(sent.map((m) => m.delaySeconds)).toEqual([31]);
    clock.advance(31_000);
    expect(await drain()).toEqual(['succeeded']);
  });

  it('signs with both secrets during a rotation, then with the new one only', async () => {
    const rotated = await http(rotateSecret, 'POST', `/v1/webhook-endpoints/${endpointId}/rotate-secret`, { params: { endpointId }, body: { overlapHours: 1 } });
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.secret as string;
    registerSecret(fresh);
    expect(fresh).not.toBe(secret);
    expect(rotated.body.previousSecretRetiresAt).toBe(new Date(clock.now().getTime() + 3_600_000).toISOString());
    hits.length = 0;
    await handleWebhookMessage(deps as never, event(3), { scale: 1 });
    await drain();
    expect(String(hits[0]!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const s of [fresh, secret]) expect(verify(s, hits[0]!)).toBeDefined();
    clock.advance(3_600_001);
    await handleWebhookMessage(deps as never, event(4), { scale: 1 });
    await drain();
    expect(String(hits[1]!.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(() => verify(secret, hits[1]!)).toThrow();
    expect(verify(fresh, hits[1]!)).toBeDefined();
    secret = fresh;
  });

  it('lists the feed in order, by type and after an event; replays an event with its own id; sends a test', async () => {
    const all = await http(listEvents, 'GET', '/v1/events');
    expect(all.status).toBe(200);
    const ids = all.body.events.map((e: Envelope) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(all.body.events.map((e: Envelope) => e.type)).toEqual(['reservation.confirmed', 'payment.succeeded', 'reservation.confirmed', 'reservation.confirmed', 'reservation.confirmed', 'reservation.confirmed']);
    const byType = await http(listEvents, 'GET', '/v1/events', { query: { type: 'payment.succeeded' } });
    expect(byType.body.events.map((e: Envelope) => e.type)).toEqual(['payment.succeeded']);
    const after = await http(listEvents, 'GET', '/v1/events', { query: { after: ids[2], limit: '1' } });
    expect(after.body.events.map((e: Envelope) => e.id)).toEqual([ids[3]]);
    expect(after.body.nextCursor).toBe(ids[3]);
    expect((await http(listEvents, 'GET', '/v1/events', { query: { type: 'nope' } })).body.error.code).toBe('unknown_event_type');
    expect((await http(listEvents, 'GET', '/v1/events', { query: { after: 'x' } })).status).toBe(400);

    hits.length = 0;
    const replay = await http(redeliver, 'POST', `/v1/events/${ids[0]}/redeliver`, { params: { eventId: ids[0] } });
    expect(replay.status).toBe(202);
    expect(replay.body.deliveries).toEqual([expect.objectContaining({ endpointId, eventId: ids[0], status: 'pending' })]);
    // Committed with the delivery: the relay takes it to the queue; here it is taken from the outbox.
    const due = (await committedEvents(tableName, webhookDeliveryDue.type)).find((d) => d.data.deliveryId === replay.body.deliveries[0].deliveryId)!;
    expect(await handleWebhookMessage(deps as never, due, { scale: 1 })).toBe('succeeded');
    expect(hits[0]!.headers['webhook-id']).toBe(ids[0]);
    expect((await http(redeliver, 'POST', '/v1/events/01JDX0M6Q4G5W3C3V9Z8K7Y6XB/redeliver', { params: { eventId: '01JDX0M6Q4G5W3C3V9Z8K7Y6XB' } })).body.error.code).toBe('event_not_found');

    const test = await http(testEndpoint, 'POST', `/v1/webhook-endpoints/${endpointId}/test`, { params: { endpointId } });
    expect(test.status).toBe(202);
    const testDue = (await committedEvents(tableName, webhookDeliveryDue.type)).find((d) => d.data.deliveryId === test.body.deliveryId)!;
    // Through the queue handler, as SQS delivers it.
    expect(await deliverWebhooks(sqsBatch([testDue]), {} as never, () => undefined)).toEqual({ batchItemFailures: [] });
    const tested = verify(secret, hits[1]!);
    expect(tested).toMatchObject({ type: 'webhook.test', hotelId, data: { endpointId } });
    // Not part of the feed.
    expect((await http(listEvents, 'GET', '/v1/events')).body.events).toHaveLength(6);
  });

  it('disables an endpoint failing for 3 days, e-mails the hotel, and starts clean when turned on again', async () => {
    answer = 503;
    sent.length = 0;
    const e = event(9);
    await handleWebhookMessage(deps as never, e, { scale: 1 });
    const results: string[] = [];
    for (let i = 0; i < 1000 && sent.length; i++) {
      const m = sent.shift()!;
      clock.advance((m.delaySeconds ?? 0) * 1000);
      results.push(await handleWebhookMessage(deps as never, m.event, { scale: 1 }));
    }
    expect(results.at(-1)).toBe('failed');
    expect(results.filter((r) => r === 'retrying')).toHaveLength(14);
    const endpoint = await http(getEndpoint, 'GET', `/v1/webhook-endpoints/${endpointId}`, { params: { endpointId } });
    expect(endpoint.body).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const [disabled] = await committedEvents(tableName, 'webhook-endpoint.disabled');
    expect(disabled!.data).toMatchObject({ endpointId, lastResult: 'HTTP 503' });
    const mails: { subject: string; text: string }[] = [];
    await sendEmailsFor({ ...deps, mailer: { send: async (m) => { mails.push(m); } } }, disabled!);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('Webhook-Endpunkt deaktiviert');
    expect(mails[0]!.text).not.toContain('whsec_');

    // Disabled: a test is refused, nothing is sent; turned on again it is not failing any more.
    expect((await http(testEndpoint, 'POST', `/v1/webhook-endpoints/${endpointId}/test`, { params: { endpointId } })).body.error.code).toBe('webhook_endpoint_disabled');
    const on = await http(updateEndpoint, 'PATCH', `/v1/webhook-endpoints/${endpointId}`, { params: { endpointId }, body: { enabled: true } });
    expect(on.body).toMatchObject({ enabled: true });
    expect(on.body).not.toHaveProperty('failingSince');
    expect(on.body).not.toHaveProperty('disabledReason');
    answer = 204;
  });

  it('ends the pending deliveries of a deleted endpoint as failed', async () => {
    sent.length = 0;
    answer = 500;
    await handleWebhookMessage(deps as never, event(10), { scale: 1 });
    expect(await drain()).toEqual(['retrying']);
    const del = await http(deleteEndpoint, 'DELETE', `/v1/webhook-endpoints/${endpointId}`, { params: { endpointId } });
    expect(del.status).toBe(204);
    expect((await http(deleteEndpoint, 'DELETE', `/v1/webhook-endpoints/${endpointId}`, { params: { endpointId } })).status).toBe(404);
    clock.advance(5000);
    expect(await drain()).toEqual(['endpoint_deleted']);
    answer = 204;
  });

  it('keeps the feed 30 days: older events are neither listed nor replayed (before DynamoDB deletes them)', async () => {
    const listed = (await http(listEvents, 'GET', '/v1/events', { query: { limit: '100' } })).body.events as Envelope[];
    expect(listed.length).toBeGreaterThan(0);
    clock.advance(31 * 86_400_000);
    expect((await http(listEvents, 'GET', '/v1/events')).body.events).toEqual([]);
    const eventId = listed[0]!.id;
    expect((await http(redeliver, 'POST', `/v1/events/${eventId}/redeliver`, { params: { eventId } })).body.error.code).toBe('event_not_found');
  });
});
