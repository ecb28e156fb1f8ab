import { Webhook } from 'standardwebhooks';
import { addDays, localDate } from '../../domain/time';
import type { LocalStack } from '../../local/runtime';
import { Client, payOnSandbox, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/**
 * Webhooks on the local stack, as a PMS sees them: an endpoint at the stack's own receiver
 * (/local/webhooks), a deposit paid on the PSP sandbox delivered signed (verified here with the
 * standardwebhooks package), the endpoint failing and its retries in the delivery log, then a
 * catch-up from the event feed and a replay.
 */
const TZ = 'Europe/Paris';
const today = localDate(new Date(), TZ);
let stack: LocalStack;
let api: Client;
let receiver: Client;

interface Received { answered: number; headers: Record<string, string>; body: string; event: { id: string; type: string; data: Record<string, unknown> }; verified: boolean | null }

async function received(secret: string): Promise<Received[]> {
  return (await receiver.req('GET', `/local/webhooks/pms?secret=${encodeURIComponent(secret)}`)).body.received as Received[];
}

/** Asks again until `check` finds what it wants (the pipeline is asynchronous) or the time is up. */
async function eventually<T>(look: () => Promise<T>, check: (t: T) => boolean, withinMs = 30_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  let last = await look();
  while (!check(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    last = await look();
  }
  return last;
}

const reservation = (id: string) => ({
  guest: { firstName: 'Jonas', lastName: 'Weber', email: `${id.toLowerCase()}@example.com`, language: 'de' },
  arrival: addDays(today, 30), departure: addDays(today, 32), total: { amount: 30_000, currency: 'EUR' }, optionDeadline: addDays(today, 5),
});

beforeAll(async () => {
  stack = await startTestStack();
  const created = await new Client(stack.url, stack.adminApiKey).req('POST', '/v1/hotels', {
    name: 'Hôtel des Signaux', email: 'desk@signaux.example', defaultLanguage: 'de', currency: 'EUR', timezone: TZ,
    psp: { provider: 'systempay', siteId: '42424242', mode: 'TEST', testKey: 'WebhooksE2eKey0123' },
  });
  registerSecret('WebhooksE2eKey0123', created.body.apiKey);
  api = new Client(stack.url, created.body.apiKey);
  receiver = new Client(stack.url);
});
afterAll(async () => {
  await stack?.stop();
});

describe('webhooks on the local stack', () => {
  it('delivers a paid deposit signed, retries a failing endpoint, and replays from the feed', async () => {
    const url = `${stack.url}/local/webhooks/pms`;
    const endpoint = await api.req('POST', '/v1/webhook-endpoints', { url, events: ['*'], description: 'PMS' });
    expect(endpoint.status).toBe(201);
    const { endpointId, secret } = endpoint.body as { endpointId: string; secret: string };
    registerSecret(secret);
    // Bad input: a clear code, nothing registered.
    const refused = await api.req('POST', '/v1/webhook-endpoints', { url: 'http://pms.example/hooks', events: ['payment.done'] });
    expect(refused.status).toBe(400);
    expect((await api.req('GET', '/v1/webhook-endpoints')).body.endpoints).toHaveLength(1);

    // 1. A deposit paid on the sandbox: the PMS hears of it, signed.
    expect((await api.req('PUT', '/v1/reservations/WH-1', reservation('WH-1'))).status).toBe(201);
    const pr = await api.req('POST', '/v1/reservations/WH-1/payment-requests', { type: 'deposit', percent: 30, delivery: 'link' });
    await payOnSandbox(await (await fetch(pr.body.url)).text(), { card: '4970100000000014' });
    await stack.settle();
    const got = await eventually(() => received(secret), (list) => list.some((r) => r.event.type === 'payment.succeeded') && list.some((r) => r.event.type === 'reservation.confirmed'));
    const paid = got.find((r) => r.event.type === 'payment.succeeded')!;
    expect(paid.verified).toBe(true);
    // Verified here too, as a PMS would, with the Standard Webhooks library.
    const body = new Webhook(secret).verify(paid.body, paid.headers) as { id: string; type: string; hotelId: string; data: Record<string, unknown> };
    expect(body).toMatchObject({ type: 'payment.succeeded', data: { reservationId: 'WH-1', type: 'deposit', amount: { amount: 9000, currency: 'EUR' } } });
    expect(paid.headers['webhook-id']).toBe(body.id);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(paid.body, paid.headers)).toThrow();

    // 2. The endpoint fails: each event is retried, every attempt in the delivery log.
    expect((await api.req('PATCH', `/v1/webhook-endpoints/${endpointId}`, { url: `${url}?fail=500` })).status).toBe(200);
    expect((await api.req('PUT', '/v1/reservations/WH-2', reservation('WH-2'))).status).toBe(201);
    expect((await api.req('POST', '/v1/reservations/WH-2/payment-requests', { type: 'guarantee', delivery: 'link' })).status).toBe(201);
    type Delivery = { eventId: string; eventType: string; status: string; attempts: { statusCode?: number; latencyMs: number; response?: string }[] };
    const log = await eventually(
      async () => (await api.req('GET', `/v1/webhook-endpoints/${endpointId}/deliveries`)).body.deliveries as Delivery[],
      (list) => (list.find((d) => d.eventType === 'payment-request.created')?.attempts.length ?? 0) >= 3,
    );
    const failing = log.find((d) => d.eventType === 'payment-request.created')!;
    expect(failing.status).toBe('pending');
    expect(failing.attempts.length).toBeGreaterThanOrEqual(3);
    expect(failing.attempts.every((a) => a.statusCode === 500 && a.latencyMs >= 0)).toBe(true);
    expect(failing.attempts[0]!.response).toContain('failing on purpose');
    expect((await received(secret)).filter((r) => r.event.id === failing.eventId && r.answered === 500).length).toBeGreaterThanOrEqual(3);

    // 3. Fixed: the PMS catches up from the feed and asks for a replay.
    expect((await api.req('PATCH', `/v1/webhook-endpoints/${endpointId}`, { url })).status).toBe(200);
    const feed = await api.req('GET', '/v1/events?type=payment-request.created');
    expect(feed.status).toBe(200);
    const missed = (feed.body.events as { id: string; data: { reservationId: string } }[]).find((e) => e.data.reservationId === 'WH-2')!;
    expect(missed.id).toBe(failing.eventId);
    const all = await api.req('GET', '/v1/events?limit=100');
    const ids = (all.body.events as { id: string }[]).map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain(body.id);
    const after = await api.req('GET', `/v1/events?after=${body.id}&limit=100`);
    expect((after.body.events as { id: string }[]).every((e) => e.id > body.id)).toBe(true);

    const replay = await api.req('POST', `/v1/events/${missed.id}/redeliver`, { endpointId });
    expect(replay.status).toBe(202);
    const replayed = await eventually(() => received(secret), (list) => list.some((r) => r.event.id === missed.id && r.answered === 204));
    const delivered = replayed.find((r) => r.event.id === missed.id && r.answered === 204)!;
    expect(delivered.verified).toBe(true);
    expect(delivered.headers['webhook-id']).toBe(missed.id);
    const deliveries = (await api.req('GET', `/v1/webhook-endpoints/${endpointId}/deliveries`)).body.deliveries as (Delivery & { origin: string })[];
    expect(deliveries.some((d) => d.origin === 'redelivery' && d.eventId === missed.id)).toBe(true);

    // 4. A test event, on demand.
    const test = await api.req('POST', `/v1/webhook-endpoints/${endpointId}/test`);
    expect(test.status).toBe(202);
    const tested = await eventually(() => received(secret), (list) => list.some((r) => r.event.type === 'webhook.test'));
    expect(tested.find((r) => r.event.type === 'webhook.test')!.verified).toBe(true);
  });
});
