import { chromium, type Browser } from 'playwright-core';
import { addDays, localDate } from '../../domain/time';
import type { LocalStack } from '../../local/runtime';
import { Client, startTestStack } from '../support/local-stack';
import { readOutbox } from '../../local/outbox';
import { registerSecret } from '../support/secrets';

/** A guest in a real browser (Debian's Chromium): open the link, pay in the sandbox, come back. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const today = localDate(new Date(), 'Europe/Paris');

let stack: LocalStack;
let browser: Browser;
let api: Client;

beforeAll(async () => {
  stack = await startTestStack();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const created = await new Client(stack.url, stack.adminApiKey).req('POST', '/v1/hotels', {
    name: 'Hôtel Belvédère', email: 'reception@belvedere.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId: '24681357', mode: 'TEST', testKey: 'BrowserTestKey12345' },
  });
  registerSecret('BrowserTestKey12345', created.body.apiKey);
  api = new Client(stack.url, created.body.apiKey);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function depositLink(reservationId: string, request: Record<string, unknown> = { type: 'deposit', percent: 25, delivery: 'link' }): Promise<string> {
  await api.req('PUT', `/v1/reservations/${reservationId}`, {
    guest: { title: 'mrs', firstName: 'Claire', lastName: 'Moreau', email: 'claire.moreau@example.com', language: 'fr' },
    arrival: addDays(today, 30), departure: addDays(today, 32), total: { amount: 36_000, currency: 'EUR' }, optionDeadline: addDays(today, 5),
  });
  const pr = await api.req('POST', `/v1/reservations/${reservationId}/payment-requests`, request);
  expect(pr.status).toBe(201);
  return pr.body.url as string;
}

async function payInBrowser(url: string, card: string, shows = '90,00') {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await page.goto(url);
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  const text = await page.locator('body').innerText();
  expect(text).toContain('Hôtel Belvédère');
  expect(text).toContain(shows);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/payment-page.png`, fullPage: true });
  await Promise.all([page.waitForURL(/\/psp-sandbox\/sessions\//), page.click('#pay-button')]);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/sandbox.png`, fullPage: true });
  await page.fill('input[name="cardNumber"]', card);
  await page.fill('input[name="expiryMonth"]', '12');
  await page.fill('input[name="expiryYear"]', '2030');
  await page.fill('input[name="cvv"]', '123');
  await Promise.all([page.waitForURL(/\/result$/), page.click('#pay')]);
  await stack.settle();
  await page.reload();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/result-${card.slice(-4)}.png`, fullPage: true });
  const result = await page.locator('body').innerText();
  await page.close();
  return result;
}

describe('hosted payment page in Chromium', () => {
  it('pays a deposit with an accepted test card and confirms the reservation', async () => {
    const url = await depositLink('BRW-1');
    const result = await payInBrowser(url, '4970100000000014');
    expect(result).toContain('Hôtel Belvédère');
    const r = (await api.req('GET', '/v1/reservations/BRW-1')).body;
    expect(r.status).toBe('confirmed');
    expect(r.transactions).toEqual([expect.objectContaining({ status: 'succeeded', amount: { amount: 9_000, currency: 'EUR' } })]);
  });

  it('registers a card for a guarantee taken by phone at the front desk, and keeps it in the vault', async () => {
    const url = await depositLink('BRW-3', { type: 'guarantee', delivery: 'terminal' });
    await payInBrowser(url, '5970100300000067', 'Hôtel Belvédère');
    const r = (await api.req('GET', '/v1/reservations/BRW-3')).body;
    expect(r.status).toBe('confirmed');
    const { cards } = (await api.req('GET', '/v1/reservations/BRW-3/cards')).body;
    expect(cards).toEqual([expect.objectContaining({ origin: 'psp', verification: 'verified', brand: 'MASTERCARD', maskedNumber: '597010XXXXXX0067', last4: '0067', primary: true })]);
    expect(JSON.stringify(r)).not.toContain('5970100300000067');
  });

  it('keeps the reservation on option, due today, when the card is refused', async () => {
    const url = await depositLink('BRW-2');
    await payInBrowser(url, '4970100000000071');
    const r = (await api.req('GET', '/v1/reservations/BRW-2')).body;
    expect(r.status).toBe('option');
    expect(localDate(new Date(r.optionDeadline), 'Europe/Paris')).toBe(today);
    expect(r.paymentRequests[0].status).toBe('failed');
  });

  it('pre-authorises with a test card; the hotel captures part, the rest is released, and the PSP ledger agrees', async () => {
    const url = await depositLink('BRW-4', { type: 'preauthorisation', amount: { amount: 20_000, currency: 'EUR' }, delivery: 'link' });
    await payInBrowser(url, '4970100000000014', '200,00');
    const held = (await api.req('GET', '/v1/reservations/BRW-4')).body;
    expect(held.status).toBe('confirmed');
    const preauth = held.transactions.find((t: { type: string }) => t.type === 'preauthorisation');
    expect(preauth).toMatchObject({ status: 'succeeded', held: { amount: 20_000, currency: 'EUR' }, holdExpiresAt: expect.any(String) });
    const uuid = preauth.psp.transactionUuid as string;
    expect(stack.sandbox.transactions().find((t) => t.uuid === uuid)).toMatchObject({ detailedStatus: 'AUTHORISED_TO_VALIDATE', amount: 20_000 });

    const capture = await api.req('POST', `/v1/transactions/${preauth.transactionId}/capture`, { amount: { amount: 12_500, currency: 'EUR' } }, undefined, { 'idempotency-key': 'brw-4-capture' });
    expect(capture.status).toBe(202);
    await stack.settle();
    const after = (await api.req('GET', '/v1/reservations/BRW-4')).body;
    expect(after.transactions).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'preauthorisation', held: { amount: 0, currency: 'EUR' }, captured: { amount: 12_500, currency: 'EUR' }, refundable: { amount: 12_500, currency: 'EUR' } }),
      expect.objectContaining({ type: 'capture', operationStatus: 'succeeded', amount: { amount: 12_500, currency: 'EUR' } }),
    ]));
    // The PSP took 125 € and validated it; the other 75 € are no longer held.
    expect(stack.sandbox.transactions().find((t) => t.uuid === uuid)).toMatchObject({ detailedStatus: 'AUTHORISED', amount: 12_500, initialAmount: 20_000 });
  });

  it('charges a registered card; the bank wants the guest to authenticate, and the guest pays the e-mailed link', async () => {
    const url = await depositLink('BRW-5', { type: 'guarantee', delivery: 'link' });
    await payInBrowser(url, '4970115000000228', 'Hôtel Belvédère');
    const charged = await api.req('POST', '/v1/reservations/BRW-5/charges', { amount: { amount: 4_500, currency: 'EUR' }, reason: 'no_show' }, undefined, { 'idempotency-key': 'brw-5-no-show' });
    expect(charged.status).toBe(202);
    await stack.settle();
    const waiting = (await api.req('GET', '/v1/reservations/BRW-5')).body.transactions.find((t: { chargeId?: string }) => t.chargeId === charged.body.chargeId);
    expect(waiting).toMatchObject({ chargeStatus: 'action_required', failure: { code: 'authentication_required' } });

    // The guest's e-mail, in French, carries the link.
    const mail = (await readOutbox(stack.motoEndpoint)).find((m) => m.to.includes('claire.moreau@example.com') && /\/pay\//.test(m.text ?? '') && (m.text ?? '').includes('45,00'));
    expect(mail).toBeDefined();
    const link = /(https?:\/\/\S+\/pay\/[A-Za-z0-9_-]+)/.exec(mail!.text ?? '')![1]!;
    const result = await payInBrowser(link, '4970115000000228', '45,00');
    expect(result).toContain('Hôtel Belvédère');
    const done = (await api.req('GET', '/v1/reservations/BRW-5')).body.transactions.find((t: { chargeId?: string }) => t.chargeId === charged.body.chargeId);
    expect(done).toMatchObject({ status: 'succeeded', chargeStatus: 'succeeded', refundable: { amount: 4_500, currency: 'EUR' } });
    // At the PSP: the merchant-initiated attempt refused (nothing taken), then the guest's payment.
    const ledger = stack.sandbox.transactions();
    expect(ledger.find((t) => t.uuid === done.psp.transactionUuid)).toMatchObject({ amount: 4_500, operationType: 'DEBIT', origin: 'FORM' });
    expect(ledger.filter((t) => t.orderId === `CHG-${charged.body.chargeId}`).map((t) => t.detailedStatus)).toEqual(['REFUSED']);
  });

  it("shows the sandbox back office's action buttons on a 1280 px screen, without scrolling sideways", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${stack.url}/psp-sandbox/`);
    const buttons = page.locator('td.actions button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    }
    const overflow = await page.$$eval('.table', (tables) => tables.map((t) => t.scrollWidth - t.clientWidth));
    expect(Math.max(...overflow)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('opens the API reference at /docs, offline, with every route', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const external: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(stack.url)) external.push(r.url()); });
    await page.goto(`${stack.url}/docs`);
    const text = await page.locator('body').innerText();
    expect(text).toContain('/v1/reservations/{reservationId}/charges');
    expect(text).toContain('/v1/webhook-endpoints');
    expect(text).toContain('idempotency_key_required');
    expect(external).toEqual([]);
    await page.close();
  });
});
