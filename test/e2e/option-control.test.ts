import { addDays, endOfLocalDay, localDate } from '../../domain/time';
import type { LocalStack } from '../../local/runtime';
import { Client, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/** Option control over HTTP: policy, scheduled jobs run on demand, planning, the hotel's digest. */
const TZ = 'Europe/Paris';
const today = localDate(new Date(), TZ);
let stack: LocalStack;
let api: Client;
let local: Client;

const booking = (first: string, optionDeadline?: string) => ({
  guest: { title: 'mr', firstName: first, lastName: 'Keller', email: `${first.toLowerCase()}@example.com`, language: 'de' },
  arrival: addDays(today, 40), departure: addDays(today, 42), total: { amount: 30_000, currency: 'EUR' },
  ...(optionDeadline ? { optionDeadline } : {}),
});

beforeAll(async () => {
  stack = await startTestStack();
  local = new Client(stack.url);
  const created = await new Client(stack.url, stack.adminApiKey).req('POST', '/v1/hotels', {
    name: 'Hotel Alpenblick', email: 'empfang@alpenblick.example', defaultLanguage: 'de', currency: 'EUR', timezone: TZ,
    psp: { provider: 'systempay', siteId: '13572468', mode: 'TEST', testKey: 'AlpenblickTestKey1' },
  });
  registerSecret('AlpenblickTestKey1', created.body.apiKey);
  api = new Client(stack.url, created.body.apiKey);
});

afterAll(async () => {
  await stack?.stop();
});

describe('option control on the local stack', () => {
  it('lists the scheduled jobs', async () => {
    expect((await local.req('GET', '/local/jobs')).body.jobs.sort()).toEqual(['card-expiry-watch', 'card-purge', 'hold-watch', 'link-expiry', 'option-sweep', 'outbox-redrive', 'payment-digest', 'payment-reminders']);
    expect((await local.req('POST', '/local/jobs/nope')).status).toBe(404);
  });

  it('reads and changes the hotel policy, refusing bad values', async () => {
    expect((await api.req('GET', '/v1/hotel/policy')).body).toEqual({ defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'expire', cardRetentionDays: 7, holdWarningHoursBefore: 24, onHoldLapse: 'none', releaseHoldsAtDeparture: true, hotelPaymentEmails: 'each' });
    expect((await api.req('PUT', '/v1/hotel/policy', { defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'expire', cardRetentionDays: 30 })).status).toBe(400);
    expect((await api.req('PUT', '/v1/hotel/policy', { defaultOptionDays: -1, reminderHoursBefore: 24, onLapse: 'expire' })).status).toBe(400);
    expect((await api.req('PUT', '/v1/hotel/policy', { defaultOptionDays: 2, reminderHoursBefore: null, onLapse: 'sometimes' })).status).toBe(400);
    expect((await api.req('GET', '/v1/hotel/policy')).body.defaultOptionDays).toBe(3);
    expect((await api.req('PUT', '/v1/hotel/policy', { defaultOptionDays: 2, reminderHoursBefore: 48, onLapse: 'expire' })).body).toEqual({ defaultOptionDays: 2, reminderHoursBefore: 48, onLapse: 'expire', cardRetentionDays: 7, holdWarningHoursBefore: 24, onHoldLapse: 'none', releaseHoldsAtDeparture: true, hotelPaymentEmails: 'each' });
    const r = await api.req('PUT', '/v1/reservations/POL-1', booking('Jonas'));
    expect(r.body.optionDeadline).toBe(endOfLocalDay(addDays(today, 2), TZ).toISOString());
  });

  it('lapses a passed option on the sweep, kills its link, mails the hotel one digest, and plans the day', async () => {
    await api.req('PUT', '/v1/reservations/LAP-1', booking('Anton', addDays(today, 3)));
    const pr = await api.req('POST', '/v1/reservations/LAP-1/payment-requests', { type: 'guarantee', delivery: 'link' });
    // The PMS moves the deadline to the past: the option is now due for lapse.
    const moved = await api.req('PUT', '/v1/reservations/LAP-1', booking('Anton', new Date(Date.now() - 60_000).toISOString()));
    expect(moved.status).toBe(200);
    expect(moved.body.paymentRequests).toEqual([expect.objectContaining({ paymentRequestId: pr.body.paymentRequestId, url: pr.body.url })]);
    await api.req('PUT', '/v1/reservations/LAP-2', booking('Berta', new Date(Date.now() - 120_000).toISOString()));
    await api.req('PUT', '/v1/reservations/DUE-1', booking('Carl', today));

    const run = await local.req('POST', '/local/jobs/option-sweep');
    expect(run.status).toBe(200);
    expect(run.body.result).toMatchObject({ expired: 2, digests: 1, remaining: false });
    expect((await local.req('POST', '/local/jobs/option-sweep')).body.result).toMatchObject({ examined: 0 });

    const r = (await api.req('GET', '/v1/reservations/LAP-1')).body;
    expect(r.status).toBe('expired');
    expect(r.paymentRequests[0].status).toBe('expired');
    expect(r.history.map((h: { type: string }) => h.type)).toContain('expired');
    const page = await fetch(pr.body.url);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('<html lang="de"');
    expect(html).not.toContain('<form');

    await stack.settle();
    const mails = (await local.req('GET', '/local/outbox')).body.emails.filter((m: { to: string[] }) => m.to.includes('empfang@alpenblick.example'));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('2');
    expect(mails[0].text).toContain('LAP-1');
    expect(mails[0].text).toContain('Berta Keller');

    const plan = await api.req('GET', `/v1/planning?date=${today}`);
    expect(plan.status).toBe(200);
    expect(plan.body.groups.lapsed.entries.map((e: { reservationId: string }) => e.reservationId).sort()).toEqual(['LAP-1', 'LAP-2']);
    expect(plan.body.groups.dueToday.entries.map((e: { reservationId: string; reason: string }) => [e.reservationId, e.reason])).toEqual([['DUE-1', 'option_due_today']]);
    expect((await api.req('GET', '/v1/planning?date=2026-02-30')).status).toBe(400);
    expect((await api.req('GET', '/v1/planning?group=lapsed&cursor=bm9wZQ')).body.error.code).toBe('invalid_cursor');
    expect((await api.req('GET', '/v1/planning?cursor=abc')).status).toBe(400);
  });

  it('runs the link-expiry and reminder jobs on demand', async () => {
    expect((await local.req('POST', '/local/jobs/link-expiry')).body.result).toMatchObject({ remaining: false });
    expect((await local.req('POST', '/local/jobs/payment-reminders')).body.result).toMatchObject({ remaining: false });
  });
});
