import { addDays, localDate } from '../../domain/time';
import type { LocalStack } from '../../local/runtime';
import { Client, payOnSandbox, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/** A pre-authorisation over HTTP on the local stack: asked, authorised on the sandbox's page, captured in part, refunded; another released. */
const TZ = 'Europe/Paris';
const today = localDate(new Date(), TZ);
let stack: LocalStack;
let api: Client;

beforeAll(async () => {
  stack = await startTestStack();
  const created = await new Client(stack.url, stack.adminApiKey).req('POST', '/v1/hotels', {
    name: 'Hôtel des Cimes', email: 'desk-preauth@hotel.example', defaultLanguage: 'fr', currency: 'EUR', timezone: TZ,
    psp: { provider: 'systempay', siteId: '55667788', mode: 'TEST', testKey: 'PreauthKey55667788' },
  });
  registerSecret('PreauthKey55667788', created.body.apiKey);
  api = new Client(stack.url, created.body.apiKey);
});
afterAll(async () => {
  await stack?.stop();
});

/** A reservation (total 40 000) whose guest authorised a hold of 25 % (10 000), e-mailed in their language. */
async function held(id: string): Promise<{ transactionId: string; uuid: string }> {
  await api.req('PUT', `/v1/reservations/${id}`, {
    guest: { firstName: 'Jonas', lastName: 'Weber', email: `${id.toLowerCase()}@example.com`, language: 'de' },
    arrival: addDays(today, 20), departure: addDays(today, 24), total: { amount: 40_000, currency: 'EUR' }, optionDeadline: addDays(today, 5),
  });
  const pr = await api.req('POST', `/v1/reservations/${id}/payment-requests`, { type: 'preauthorisation', percent: 25, delivery: 'email' });
  expect(pr).toMatchObject({ status: 201, body: { type: 'preauthorisation', amount: { amount: 10_000, currency: 'EUR' } } });
  const page = await (await fetch(pr.body.url)).text();
  expect(page).toContain('name="vads_validation_mode" value="1"');
  await payOnSandbox(page, { card: '4970100000000014' });
  await stack.settle();
  const r = (await api.req('GET', `/v1/reservations/${id}`)).body;
  expect(r.status).toBe('confirmed');
  const preauth = r.transactions.find((t: { type: string }) => t.type === 'preauthorisation');
  expect(preauth).toMatchObject({ status: 'succeeded', held: { amount: 10_000, currency: 'EUR' }, holdExpiresAt: expect.any(String) });
  return { transactionId: preauth.transactionId, uuid: preauth.psp.transactionUuid };
}

const ledger = (uuid: string) => stack.sandbox.transactions().find((t) => t.uuid === uuid)!;
const mails = async (to: string) => ((await new Client(stack.url).req('GET', '/local/outbox')).body.emails as { to: string[]; subject: string; text?: string }[]).filter((m) => m.to.includes(to));

describe('pre-authorisations on the local stack', () => {
  it('holds, captures part through the queue, and refunds from what was taken', async () => {
    const { transactionId, uuid } = await held('PA-1');
    expect(ledger(uuid)).toMatchObject({ detailedStatus: 'AUTHORISED_TO_VALIDATE', amount: 10_000 });
    // The guest's request e-mail and confirmation, in German, say the money is held, not taken.
    const guest = await mails('pa-1@example.com');
    expect(guest.length).toBeGreaterThanOrEqual(2);
    expect(guest.map((m) => m.text ?? '').join('\n')).toMatch(/Vorautorisierung/);

    const capture = await api.req('POST', `/v1/transactions/${transactionId}/capture`, { amount: { amount: 7_500, currency: 'EUR' } });
    expect(capture).toMatchObject({ status: 202, body: { status: 'requested', type: 'capture', amount: { amount: 7_500, currency: 'EUR' } } });
    await stack.settle();
    expect(ledger(uuid)).toMatchObject({ detailedStatus: 'AUTHORISED', amount: 7_500 });
    const r = (await api.req('GET', '/v1/reservations/PA-1')).body;
    expect(r.transactions).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'preauthorisation', held: { amount: 0, currency: 'EUR' }, captured: { amount: 7_500, currency: 'EUR' }, refundable: { amount: 7_500, currency: 'EUR' } }),
      expect.objectContaining({ type: 'capture', operationId: capture.body.operationId, operationStatus: 'succeeded', status: 'succeeded' }),
    ]));

    const refund = await api.req('POST', `/v1/transactions/${transactionId}/refunds`, { amount: { amount: 1_500, currency: 'EUR' } });
    expect(refund.status).toBe(202);
    await stack.settle();
    expect(ledger(uuid)).toMatchObject({ amount: 6_000 });
    expect((await api.req('GET', `/v1/transactions?type=capture`)).body.transactions).toEqual([expect.objectContaining({ operationId: capture.body.operationId })]);
  });

  it('releases a hold: nothing taken, and the hold cannot be captured afterwards', async () => {
    const { transactionId, uuid } = await held('PA-2');
    expect((await api.req('POST', `/v1/transactions/${transactionId}/release`, {})).status).toBe(202);
    await stack.settle();
    expect(ledger(uuid)).toMatchObject({ detailedStatus: 'CANCELLED' });
    const after = await api.req('POST', `/v1/transactions/${transactionId}/capture`, {});
    expect(after).toMatchObject({ status: 422, body: { error: { code: 'nothing_held' } } });
  });
});
