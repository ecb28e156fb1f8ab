import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { addDays, endOfLocalDay, localDate } from '../../domain/time';
import { sign } from '../../adapters/psp/systempay/signature';
import type { LocalStack } from '../../local/runtime';
import { Client, payOnSandbox, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/** The contract, end to end over HTTP: API, hosted pages, PSP sandbox, notifications, queues, SES outbox. */
const TZ = 'Europe/Paris';
const today = localDate(new Date(), TZ);
const TEST_KEY = 'E2eTestKey0123456789';

let stack: LocalStack;
let admin: Client;
let api: Client;
let hotelId: string;

const reservation = (overrides: Record<string, unknown> = {}) => ({
  guest: { title: 'ms', firstName: 'Emma', lastName: 'Wilson', email: 'emma.wilson@example.com', language: 'en' },
  arrival: addDays(today, 20), departure: addDays(today, 23), total: { amount: 60_000, currency: 'EUR' }, optionDeadline: addDays(today, 7),
  ...overrides,
});

async function outboxFor(to: string) {
  const { body } = await new Client(stack.url).req('GET', '/local/outbox');
  return (body.emails as Array<{ to: string[]; subject: string; html?: string; text?: string; sentAt: string }>).filter((e) => e.to.includes(to));
}

beforeAll(async () => {
  stack = await startTestStack();
  admin = new Client(stack.url, stack.adminApiKey);
  const created = await admin.req('POST', '/v1/hotels', {
    name: 'Grand Hôtel Riviera', email: 'desk@riviera.example', defaultLanguage: 'fr', currency: 'EUR', timezone: TZ,
    psp: { provider: 'systempay', siteId: '87654321', mode: 'TEST', testKey: TEST_KEY },
  });
  expect(created.status).toBe(201);
  hotelId = created.body.hotelId;
  registerSecret(TEST_KEY, created.body.apiKey);
  api = new Client(stack.url, created.body.apiKey);
});

afterAll(async () => {
  await stack?.stop();
});

describe('local stack', () => {
  it('lists its jobs and answers unknown routes with the error shape', async () => {
    const c = new Client(stack.url);
    expect((await c.req('GET', '/local/jobs')).body).toEqual({ jobs: expect.any(Array) });
    expect((await c.req('GET', '/v1/nothing-here')).body.error.code).toBe('route_not_found');
    expect((await c.req('DELETE', '/v1/hotels')).status).toBe(405);
    expect((await c.req('POST', '/v1/hotels', {})).status).toBe(401);
    expect((await admin.req('POST', '/v1/hotels', { name: '' })).status).toBe(400);
  });

  it('runs a job as of another instant, and refuses an instant without its offset', async () => {
    const c = new Client(stack.url);
    for (const at of ['tomorrow', '2026-12-03T08:30:00', '2026-13-03T08:30:00Z']) {
      const res = await c.req('POST', `/local/jobs/payment-digest?at=${encodeURIComponent(at)}`);
      expect({ at, status: res.status, code: res.body.error?.code }).toEqual({ at, status: 400, code: 'invalid_instant' });
    }
    const later = await c.req('POST', `/local/jobs/payment-digest?at=${encodeURIComponent(new Date(Date.now() + 2 * 86_400_000).toISOString())}`);
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ job: 'payment-digest', result: { remaining: false } });
  });

  it('takes a 30 % deposit by link: page in the guest language, paid in the sandbox, reservation confirmed', async () => {
    expect((await api.req('PUT', '/v1/reservations/DEP-1', reservation())).status).toBe(201);
    const pr = await api.req('POST', '/v1/reservations/DEP-1/payment-requests', { type: 'deposit', percent: 30, delivery: 'link' });
    expect(pr.status).toBe(201);
    expect(pr.body).toMatchObject({ status: 'pending', amount: { amount: 18_000, currency: 'EUR' }, url: expect.stringMatching(/\/pay\/[A-Za-z0-9_-]{43}$/) });

    const page = await fetch(pr.body.url);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Grand Hôtel Riviera');
    expect(html).toContain('€180.00');
    expect(html).toMatch(/name="vads_url_check" value="[^"]*\/psp\/systempay\/[^"]+\/ipn"/);

    const paid = await payOnSandbox(html, { card: '4970100000000014' });
    expect(paid.resultUrl).toBe(`${pr.body.url}/result`);
    await stack.settle();

    const r = (await api.req('GET', '/v1/reservations/DEP-1')).body;
    expect(r.status).toBe('confirmed');
    expect(r.paymentRequests).toEqual([expect.objectContaining({ paymentRequestId: pr.body.paymentRequestId, type: 'deposit', status: 'succeeded', amount: { amount: 18_000, currency: 'EUR' }, url: pr.body.url, expiresAt: pr.body.expiresAt })]);
    expect(r.transactions).toEqual([expect.objectContaining({ type: 'payment', status: 'succeeded', amount: { amount: 18_000, currency: 'EUR' }, transactionId: expect.any(String), createdAt: expect.any(String) })]);
    expect(r.history.map((h: { type: string }) => h.type)).toEqual(['created', 'payment_requested', 'payment_succeeded', 'confirmed']);

    const result = await (await fetch(paid.resultUrl!)).text();
    expect(result).toContain('Grand Hôtel Riviera');
    const again = await fetch(pr.body.url);
    expect(again.status).toBe(410);
    expect(await again.text()).not.toContain('<form');

    const guestMails = await outboxFor('emma.wilson@example.com');
    expect(guestMails.map((m) => m.subject)).toEqual([expect.stringMatching(/confirmed/i)]);
    expect((await outboxFor('desk@riviera.example')).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the option after a refused card, due today, and records the refusal', async () => {
    await api.req('PUT', '/v1/reservations/DEP-2', reservation());
    const pr = await api.req('POST', '/v1/reservations/DEP-2/payment-requests', { type: 'deposit', amount: { amount: 10_000, currency: 'EUR' }, delivery: 'link' });
    await payOnSandbox(await (await fetch(pr.body.url)).text(), { card: '4970100000000071' });
    await stack.settle();
    const r = (await api.req('GET', '/v1/reservations/DEP-2')).body;
    expect(r.status).toBe('option');
    expect(r.optionDeadline).toBe(endOfLocalDay(today, TZ).toISOString());
    expect(r.paymentRequests[0].status).toBe('failed');
    expect(r.transactions).toEqual([expect.objectContaining({ status: 'failed', type: 'payment' })]);
    // The guest may try another card on the same link.
    expect((await fetch(pr.body.url)).status).toBe(200);
  });

  it('records an abandoned payment without changing the reservation', async () => {
    await api.req('PUT', '/v1/reservations/DEP-3', reservation());
    const pr = await api.req('POST', '/v1/reservations/DEP-3/payment-requests', { type: 'deposit', percent: 10, delivery: 'link' });
    await payOnSandbox(await (await fetch(pr.body.url)).text(), 'cancel');
    await stack.settle();
    const r = (await api.req('GET', '/v1/reservations/DEP-3')).body;
    expect(r).toMatchObject({ status: 'option', optionDeadline: endOfLocalDay(addDays(today, 7), TZ).toISOString() });
    expect(r.paymentRequests[0]).toMatchObject({ status: 'pending', attempts: [expect.objectContaining({ outcome: 'abandoned', pspStatus: 'ABANDONED' })] });
    expect(r.transactions).toEqual([]);
  });

  it('e-mails a guarantee request in the guest language with the salutation and the link', async () => {
    await api.req('PUT', '/v1/reservations/GAR-1', reservation({ guest: { title: 'mr', firstName: 'Luca', lastName: 'Bianchi', email: 'luca.bianchi@example.com', language: 'it' } }));
    const pr = await api.req('POST', '/v1/reservations/GAR-1/payment-requests', { type: 'guarantee', delivery: 'email' });
    expect(pr.status).toBe(201);
    await stack.settle();
    const [mail] = await outboxFor('luca.bianchi@example.com');
    expect(mail).toBeDefined();
    expect(mail!.text).toContain('Gentile Sig. Bianchi');
    expect(mail!.text).toContain(pr.body.url);
    expect(mail!.html).toContain(pr.body.url);
    expect(mail!.subject).toContain('Grand Hôtel Riviera');

    const html = await (await fetch(pr.body.url)).text();
    expect(html).toContain('<html lang="it"');
    expect(html).toContain('name="vads_page_action" value="REGISTER"');
    await payOnSandbox(html, { card: '5970100300000067' });
    await stack.settle();
    const r = (await api.req('GET', '/v1/reservations/GAR-1')).body;
    expect(r.status).toBe('confirmed');
    expect(r.transactions[0]).toMatchObject({ type: 'verification', status: 'succeeded' });
  });

  it('refuses notifications it cannot trust and changes nothing', async () => {
    await api.req('PUT', '/v1/reservations/SEC-1', reservation());
    const pr = await api.req('POST', '/v1/reservations/SEC-1/payment-requests', { type: 'deposit', percent: 20, delivery: 'link' });
    const html = await (await fetch(pr.body.url)).text();
    const fields = Object.fromEntries([...html.matchAll(/name="(vads_[a-z_]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]));
    const forged = { ...fields, vads_trans_status: 'AUTHORISED', vads_trans_uuid: 'a'.repeat(32), vads_operation_type: 'DEBIT' };
    const post = (body: Record<string, string>, hotel = hotelId) => fetch(`${stack.url}/psp/systempay/${hotel}/ipn`, { method: 'POST', body: new URLSearchParams(body) });
    expect((await post({ ...forged, signature: sign(forged, 'not-the-key-0000') })).status).toBe(401);
    expect((await post({ ...forged, vads_site_id: '11111111', signature: sign({ ...forged, vads_site_id: '11111111' }, TEST_KEY) })).status).toBe(400);
    expect((await post({ ...forged, signature: sign(forged, TEST_KEY) }, 'UNKNOWNHOTEL')).status).toBe(404);
    // Each provider has its own path; a provider we do not know of has none.
    const otherProvider = await fetch(`${stack.url}/psp/otherpsp/${hotelId}/ipn`, { method: 'POST', body: new URLSearchParams({ ...forged, signature: sign(forged, TEST_KEY) }) });
    expect(otherProvider.status).toBe(404);
    expect(await otherProvider.json()).toMatchObject({ error: { code: 'hotel_not_found' } });
    await stack.settle();
    expect((await api.req('GET', '/v1/reservations/SEC-1')).body).toMatchObject({ status: 'option', transactions: [] });
  });

  it('turns the bad input of a PMS into 4xx errors with codes, changing nothing', async () => {
    expect((await api.req('PUT', '/v1/reservations/BAD-1', { ...reservation(), arrival: '2026-02-30' })).body.error).toMatchObject({ code: 'invalid_input', details: [expect.objectContaining({ path: 'arrival' })] });
    expect((await api.req('GET', '/v1/reservations/BAD-1')).status).toBe(404);
    expect((await api.req('PUT', '/v1/reservations/BAD-1', reservation(), 'hk_wrong_key_wrong_key_wrong_key_wrong_key_00')).status).toBe(401);
    await api.req('PUT', '/v1/reservations/BAD-2', reservation({ optionDeadline: addDays(today, -1) }));
    expect((await api.req('POST', '/v1/reservations/BAD-2/payment-requests', { type: 'guarantee', delivery: 'link' })).body.error.code).toBe('option_deadline_passed');
    expect((await api.req('POST', '/v1/reservations/BAD-2/payment-requests', { type: 'deposit', percent: 30, amount: { amount: 1, currency: 'EUR' }, delivery: 'link' })).status).toBe(400);
    expect((await api.req('POST', '/v1/reservations/NOPE/payment-requests', { type: 'guarantee', delivery: 'link' })).status).toBe(404);
    expect((await api.req('GET', '/v1/reservations/BAD-2')).body.paymentRequests).toEqual([]);
    expect((await fetch(`${stack.url}/pay/not-a-real-token-at-all-xxxxxxxxx`)).status).toBe(404);
  });

  it('dead-letters a message that keeps failing, after the queue\'s maxReceiveCount', async () => {
    const sqs = new SQSClient({});
    const { queueUrls, dlqUrls } = stack.resources;
    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrls.emails, MessageBody: '{"not":"an envelope"}' }));
    const depth = async () => Number((await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrls.emails, AttributeNames: ['ApproximateNumberOfMessages'] }))).Attributes?.ApproximateNumberOfMessages);
    for (let i = 0; i < 40 && (await depth()) === 0; i++) await stack.settle();
    expect(await depth()).toBe(1);
  });
});
