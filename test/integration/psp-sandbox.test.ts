import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sign, verify, type SignatureAlgorithm } from '../../adapters/psp/systempay/signature';
import { createPspSandbox, TEST_CARDS, type PspSandbox, type PspSandboxOptions } from '../../local/psp-sandbox';

const SITE_ID = '12345678';
const TEST_KEY = 'sandboxTestKey7Hq2Lw9Zp4';
const PROD_KEY = 'sandboxProdKey3Vx8Nc1Rt6';
const ACCEPTED_CARD = '4970100000000014';
const LIMIT_EXCEEDED_CARD = '4970100000000071';
const ALL_CARD_NUMBERS = TEST_CARDS.map((c) => c.number);

interface Received {
  readonly contentType: string | undefined;
  readonly raw: string;
  readonly fields: Record<string, string>;
}

/** The merchant's IPN endpoint: records what it gets and answers the statuses it is told to. */
interface Receiver {
  readonly url: string;
  readonly received: Received[];
  answer(statuses: number[]): void;
  waitFor(count: number): Promise<void>;
}

interface Harness {
  readonly sandbox: PspSandbox;
  readonly base: string;
  readonly receiver: Receiver;
  readonly logs: Array<{ msg: string; fields?: Record<string, unknown> }>;
}

const servers: Server[] = [];
const sandboxes: PspSandbox[] = [];

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let plan: number[] = [];
  let waiters: Array<{ count: number; resolve: () => void }> = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      received.push({ contentType: req.headers['content-type'], raw, fields: Object.fromEntries(new URLSearchParams(raw)) });
      const status = plan.shift() ?? 200;
      res.writeHead(status, status >= 300 && status < 400 ? { location: 'http://127.0.0.1:9/elsewhere' } : {});
      res.end(status < 300 ? 'OK' : 'KO');
      waiters = waiters.filter((w) => (received.length >= w.count ? (w.resolve(), false) : true));
    });
  });
  const url = `${await listen(server)}/ipn`;
  return {
    url,
    received,
    answer: (statuses) => (plan = [...statuses]),
    waitFor: (count) => (received.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
  };
}

async function start(options: Partial<PspSandboxOptions> = {}, algorithm: SignatureAlgorithm = 'HMAC-SHA-256'): Promise<Harness> {
  const logs: Harness['logs'] = [];
  let sandbox: PspSandbox | undefined;
  const server = createServer((req, res) => {
    void sandbox?.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end('not the sandbox');
      }
    });
  });
  const base = await listen(server);
  sandbox = createPspSandbox({
    publicBaseUrl: base,
    ipnRetryIntervalMs: 20,
    log: (msg, fields) => logs.push({ msg, ...(fields ? { fields } : {}) }),
    ...options,
  });
  sandboxes.push(sandbox);
  sandbox.provisionShop({ siteId: SITE_ID, testKey: TEST_KEY, algorithm });
  return { sandbox, base, receiver: await startReceiver(), logs };
}

afterEach(async () => {
  for (const s of sandboxes.splice(0)) s.stop();
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    })),
  );
});

const vadsDate = (offsetMs = 0): string => new Date(Date.now() + offsetMs).toISOString().replace(/\D/g, '').slice(0, 14);
const newTransId = (): string => randomBytes(3).toString('hex');

function paymentForm(h: Harness, overrides: Record<string, string | undefined> = {}, key = TEST_KEY, algorithm: SignatureAlgorithm = 'HMAC-SHA-256'): Record<string, string> {
  const merged: Record<string, string | undefined> = {
    vads_action_mode: 'INTERACTIVE',
    vads_amount: '12345',
    vads_ctx_mode: 'TEST',
    vads_currency: '978',
    vads_page_action: 'PAYMENT',
    vads_payment_config: 'SINGLE',
    vads_site_id: SITE_ID,
    vads_trans_date: vadsDate(),
    vads_trans_id: newTransId(),
    vads_version: 'V2',
    vads_order_id: 'RES-1001',
    vads_cust_email: 'guest@example.com',
    vads_ext_info_room: '',
    vads_url_check: h.receiver.url,
    vads_url_success: 'https://shop.example/success',
    vads_url_refused: 'https://shop.example/refused',
    vads_url_cancel: 'https://shop.example/cancel',
    ...overrides,
  };
  const fields = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
  return { ...fields, signature: sign(fields, key, algorithm) };
}

const post = (url: string, fields: Record<string, string>): Promise<Response> =>
  fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

async function openSession(h: Harness, form: Record<string, string>): Promise<string> {
  const res = await post(`${h.base}/psp-sandbox/vads-payment/`, form);
  expect(res.status).toBe(303);
  const location = res.headers.get('location') ?? '';
  expect(location).toMatch(new RegExp(`^${h.base}/psp-sandbox/sessions/[0-9a-f]{32}$`));
  return location;
}

const card = (number: string, cvv = '123'): Record<string, string> => ({
  cardNumber: number, expiryMonth: '12', expiryYear: String(new Date().getUTCFullYear() + 2), cvv,
});

async function rejection(h: Harness, form: Record<string, string>): Promise<string> {
  const res = await post(`${h.base}/psp-sandbox/vads-payment/`, form);
  expect(res.status).toBe(400);
  const html = await res.text();
  expect(html).toContain('Payment request rejected');
  expect(html).not.toContain(TEST_KEY);
  return html;
}

describe('PSP sandbox — payment form', () => {
  it('accepts a valid form with a 303 to a session page listing the test cards', async () => {
    const h = await start();
    const sessionUrl = await openSession(h, paymentForm(h));
    const res = await fetch(sessionUrl);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Systempay sandbox — TEST');
    for (const number of ALL_CARD_NUMBERS) expect(html).toContain(number);
    expect(html).toContain('€123.45');
    expect(html).toContain('RES-1001');
    for (const name of ['cardNumber', 'expiryMonth', 'expiryYear', 'cvv']) expect(html).toContain(`name="${name}"`);
    expect(html).toMatch(/<button[^>]*id="pay"[^>]*>Pay<\/button>/);
    expect(html).toMatch(/<button[^>]*id="cancel"[^>]*>Cancel and return to shop<\/button>/);
  });

  it('rejects a wrong signature with error 00', async () => {
    const h = await start();
    const html = await rejection(h, { ...paymentForm(h), vads_amount: '99999' });
    expect(html).toContain('Error 00 — signature');
  });

  it('rejects an unknown shop (02), a bad mode (11) and PRODUCTION without a production key', async () => {
    const h = await start();
    expect(await rejection(h, paymentForm(h, { vads_site_id: '87654321' }))).toContain('Error 02 — vads_site_id');
    expect(await rejection(h, paymentForm(h, { vads_ctx_mode: 'DEV' }))).toContain('Error 11 — vads_ctx_mode');
    expect(await rejection(h, paymentForm(h, { vads_ctx_mode: 'PRODUCTION' }, PROD_KEY))).toContain('Error 11');
  });

  it('rejects a trans id reused the same UTC day, whatever its case (03)', async () => {
    const h = await start();
    await openSession(h, paymentForm(h, { vads_trans_id: 'abc12x' }));
    expect(await rejection(h, paymentForm(h, { vads_trans_id: 'abc12x' }))).toContain('Error 03 — vads_trans_id');
    expect(await rejection(h, paymentForm(h, { vads_trans_id: 'ABC12X' }))).toContain('Error 03 — vads_trans_id');
    expect(await rejection(h, paymentForm(h, { vads_trans_id: 'ab-123' }))).toContain('Error 03 — vads_trans_id');
  });

  it('rejects a stale, future or malformed trans date (04)', async () => {
    const h = await start();
    expect(await rejection(h, paymentForm(h, { vads_trans_date: vadsDate(-31 * 60_000) }))).toContain('Error 04 — vads_trans_date');
    expect(await rejection(h, paymentForm(h, { vads_trans_date: vadsDate(91 * 60_000) }))).toContain('Error 04 — vads_trans_date');
    expect(await rejection(h, paymentForm(h, { vads_trans_date: '20251332250000' }))).toContain('Error 04 — vads_trans_date');
    await openSession(h, paymentForm(h, { vads_trans_date: vadsDate(-29 * 60_000) }));
  });

  it('checks the other documented formats', async () => {
    const h = await start();
    const cases: Array<[Record<string, string | undefined>, string]> = [
      [{ vads_version: 'V1' }, 'Error 01 — vads_version'],
      [{ vads_page_action: 'PAY' }, 'Error 46 — vads_page_action'],
      [{ vads_action_mode: 'INTER' }, 'Error 47 — vads_action_mode'],
      [{ vads_amount: '0' }, 'Error 09 — vads_amount'],
      [{ vads_amount: '12.50' }, 'Error 09 — vads_amount'],
      [{ vads_currency: '999' }, 'Error 10 — vads_currency'],
      [{ vads_payment_config: 'single' }, 'Error 07 — vads_payment_config'],
      [{ vads_order_id: 'RES 1001' }, 'Error 13 — vads_order_id'],
      [{ vads_url_check: 'ftp://shop.example/ipn' }, 'Error 33 — vads_url_check'],
      [{ vads_page_action: 'REGISTER', vads_cust_email: undefined }, 'Error 15 — vads_cust_email'],
    ];
    for (const [overrides, expected] of cases) expect(await rejection(h, paymentForm(h, overrides))).toContain(expected);
  });

  it('hides the field name in PRODUCTION mode', async () => {
    const h = await start();
    h.sandbox.provisionShop({ siteId: SITE_ID, testKey: TEST_KEY, productionKey: PROD_KEY });
    const html = await rejection(h, paymentForm(h, { vads_ctx_mode: 'PRODUCTION', vads_version: 'V1' }, PROD_KEY));
    expect(html).toContain('Error 01');
    expect(html).not.toContain('vads_version');
    expect(html).not.toContain(PROD_KEY);
  });
});

describe('PSP sandbox — payment outcomes and IPN', () => {
  it('pays with an accepted card: signed AUTHORISED IPN with a masked card, then 303 to the success URL', async () => {
    const h = await start();
    const form = paymentForm(h);
    const sessionUrl = await openSession(h, form);
    const res = await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('https://shop.example/success');
    await h.sandbox.idle();

    expect(h.receiver.received).toHaveLength(1);
    const [ipn] = h.receiver.received;
    const f = ipn!.fields;
    expect(ipn!.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({
      vads_trans_status: 'AUTHORISED', vads_result: '00', vads_extra_result: '', vads_auth_result: '00', vads_auth_mode: 'FULL',
      vads_card_brand: 'CB', vads_card_number: '497010XXXXXX0014', vads_operation_type: 'DEBIT', vads_url_check_src: 'PAY',
      vads_effective_amount: '12345', vads_effective_currency: '978', vads_sequence_number: '1', vads_expiry_month: '12',
      vads_trans_id: form.vads_trans_id, vads_order_id: 'RES-1001', vads_ext_info_room: '', vads_warranty_result: 'YES',
    });
    expect(f.vads_trans_uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(f.vads_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(f.vads_auth_number).toMatch(/^[0-9a-f]{6}$/);
    expect(f.vads_presentation_date).toMatch(/^\d{14}$/);
    expect(f.vads_threeds_enrolled).toBe('Y');
    expect(ipn!.raw).not.toContain(ACCEPTED_CARD);

    expect(h.sandbox.deliveries()).toEqual([
      expect.objectContaining({ url: h.receiver.url, attempt: 1, status: 200, transId: form.vads_trans_id, transStatus: 'AUTHORISED', src: 'PAY' }),
    ]);

    // A session is paid once; the page now shows the result, never the full number.
    const again = await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    expect(again.status).toBe(409);
    const page = await (await fetch(sessionUrl)).text();
    expect(page).toContain('497010XXXXXX0014');
    expect(page).not.toContain(ACCEPTED_CARD);
    await h.sandbox.idle();
    expect(h.receiver.received).toHaveLength(1);

    const index = await (await fetch(`${h.base}/psp-sandbox/`)).text();
    expect(index).toContain(SITE_ID);
    expect(index).toContain(form.vads_trans_id!);
    for (const secret of [TEST_KEY, ACCEPTED_CARD.slice(0, 12)]) expect(index.replace(/<code>\d{16}<\/code>/g, '')).not.toContain(secret);
    const everything = JSON.stringify([h.logs, h.sandbox.deliveries()]);
    expect(everything).not.toContain(TEST_KEY);
    expect(everything).not.toContain(ACCEPTED_CARD);
  });

  it('signs with SHA-1 for a SHA-1 shop', async () => {
    const h = await start({}, 'SHA-1');
    const sessionUrl = await openSession(h, paymentForm(h, {}, TEST_KEY, 'SHA-1'));
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();
    const f = h.receiver.received[0]!.fields;
    expect(f.signature).toMatch(/^[0-9a-f]{40}$/);
    expect(verify(f, f.signature, TEST_KEY, 'SHA-1')).toBe(true);
  });

  it('refuses a limit-exceeded card and sends the buyer to the refused URL', async () => {
    const h = await start();
    const sessionUrl = await openSession(h, paymentForm(h));
    const res = await post(`${sessionUrl}/pay`, card(LIMIT_EXCEEDED_CARD));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('https://shop.example/refused');
    await h.sandbox.idle();
    const f = h.receiver.received[0]!.fields;
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({ vads_trans_status: 'REFUSED', vads_result: '05', vads_auth_result: '51', vads_operation_type: 'DEBIT', vads_card_number: '497010XXXXXX0071' });
    expect(f.vads_auth_number).toBeUndefined();
  });

  it('re-shows the page for an unknown card, without IPN, and still lets the buyer pay', async () => {
    const h = await start();
    const sessionUrl = await openSession(h, paymentForm(h));
    const res = await post(`${sessionUrl}/pay`, card('4111111111111111'));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('not a sandbox test card');
    expect(html).not.toContain('4111111111111111');
    await h.sandbox.idle();
    expect(h.receiver.received).toHaveLength(0);
    expect((await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD))).status).toBe(303);
  });

  it('sends ABANDONED without operation type when the buyer cancels', async () => {
    const h = await start();
    const sessionUrl = await openSession(h, paymentForm(h));
    const res = await post(`${sessionUrl}/cancel`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('https://shop.example/cancel');
    await h.sandbox.idle();
    const f = h.receiver.received[0]!.fields;
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({ vads_trans_status: 'ABANDONED', vads_result: '17', vads_url_check_src: 'PAY' });
    expect(f.vads_trans_uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(f.vads_operation_type).toBeUndefined();
    expect(f.vads_card_number).toBeUndefined();
    expect((await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD))).status).toBe(409);
  });

  it('registers a card (REGISTER) with an ACCEPTED verification and a new identifier', async () => {
    const h = await start();
    const form = paymentForm(h, { vads_page_action: 'REGISTER', vads_amount: undefined, vads_payment_config: undefined });
    const sessionUrl = await openSession(h, form);
    expect(await (await fetch(sessionUrl)).text()).toContain('Card registration, no charge');
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();
    const f = h.receiver.received[0]!.fields;
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({ vads_trans_status: 'ACCEPTED', vads_operation_type: 'VERIFICATION', vads_identifier_status: 'CREATED' });
    expect(f.vads_identifier).toMatch(/^[0-9a-f]{32}$/);
  });

  it('creates a token with the payment (REGISTER_PAY) and refuses one on a declined card', async () => {
    const h = await start();
    await post(`${await openSession(h, paymentForm(h, { vads_page_action: 'REGISTER_PAY' }))}/pay`, card(ACCEPTED_CARD));
    await post(`${await openSession(h, paymentForm(h, { vads_page_action: 'REGISTER_PAY' }))}/pay`, card(LIMIT_EXCEEDED_CARD));
    await h.sandbox.idle();
    const [ok, ko] = h.receiver.received.map((r) => r.fields);
    expect(ok).toMatchObject({ vads_trans_status: 'AUTHORISED', vads_operation_type: 'DEBIT', vads_identifier_status: 'CREATED' });
    expect(ok!.vads_identifier).toMatch(/^[0-9a-f]{32}$/);
    expect(ko).toMatchObject({ vads_trans_status: 'REFUSED', vads_identifier_status: 'NOT_CREATED' });
    expect(ko!.vads_identifier).toBeUndefined();
  });

  it('returns the signed result in the query string with vads_return_mode=GET, without IPN-only fields', async () => {
    const h = await start();
    const sessionUrl = await openSession(h, paymentForm(h, { vads_return_mode: 'GET' }));
    const res = await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://shop.example/success');
    const returned = Object.fromEntries(location.searchParams);
    expect(verify(returned, returned.signature, TEST_KEY)).toBe(true);
    expect(returned.vads_trans_status).toBe('AUTHORISED');
    expect(returned.vads_hash).toBeUndefined();
    expect(returned.vads_url_check_src).toBeUndefined();
    await h.sandbox.idle();
  });

  it('answers the browser with a result page when the shop gave no return URL', async () => {
    const h = await start();
    const sessionUrl = await openSession(h, paymentForm(h, { vads_url_success: undefined, vads_url_refused: undefined, vads_url_cancel: undefined }));
    const res = await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Payment accepted');
    expect(html).not.toContain(ACCEPTED_CARD);
    await h.sandbox.idle();
  });

  it('records a delivery error when the form had no vads_url_check', async () => {
    const h = await start();
    const sessionUrl = await openSession(h, paymentForm(h, { vads_url_check: undefined }));
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();
    expect(h.sandbox.deliveries()).toEqual([expect.objectContaining({ url: '', attempt: 1, status: null, error: expect.stringContaining('vads_url_check') })]);
  });
});

describe('PSP sandbox — IPN retries and timeouts', () => {
  it('retries after failures with vads_url_check_src=RETRY and the same trans uuid', async () => {
    const h = await start();
    h.receiver.answer([500, 500]);
    const sessionUrl = await openSession(h, paymentForm(h));
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();

    const received = h.receiver.received.map((r) => r.fields);
    expect(received.map((f) => f.vads_url_check_src)).toEqual(['PAY', 'RETRY', 'RETRY']);
    expect(new Set(received.map((f) => f.vads_trans_uuid)).size).toBe(1);
    expect(new Set(received.map((f) => f.vads_hash)).size).toBe(3);
    for (const f of received) expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(h.sandbox.deliveries().map((d) => [d.attempt, d.status, d.src])).toEqual([[1, 500, 'PAY'], [2, 500, 'RETRY'], [3, 200, 'RETRY']]);
    const messages = h.logs.map((l) => l.msg);
    expect(messages.some((m) => m.includes('[unsuccessful attempt #1]'))).toBe(true);
    expect(messages.some((m) => m.includes('[unsuccessful attempt #2]'))).toBe(true);
  });

  it('gives up after exactly 4 attempts', async () => {
    const h = await start();
    h.receiver.answer([500, 500, 500, 500, 500, 500]);
    const sessionUrl = await openSession(h, paymentForm(h));
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();
    expect(h.receiver.received).toHaveLength(4);
    expect(h.sandbox.deliveries().map((d) => d.status)).toEqual([500, 500, 500, 500]);
    expect(h.logs.filter((l) => l.msg.includes('[unsuccessful attempt #last]'))).toHaveLength(1);
  });

  it('counts a 302 answer as delivered and does not follow it', async () => {
    const h = await start();
    h.receiver.answer([302]);
    const sessionUrl = await openSession(h, paymentForm(h));
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();
    expect(h.receiver.received).toHaveLength(1);
    expect(h.sandbox.deliveries()).toEqual([expect.objectContaining({ attempt: 1, status: 302 })]);
    expect(h.sandbox.deliveries()[0]!.error).toBeUndefined();
  });

  it('records a network error as a failed attempt without crashing', async () => {
    const h = await start();
    const closed = createServer();
    const deadUrl = `${await listen(closed)}/ipn`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sessionUrl = await openSession(h, paymentForm(h, { vads_url_check: deadUrl }));
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();
    const deliveries = h.sandbox.deliveries();
    expect(deliveries).toHaveLength(4);
    for (const d of deliveries) expect(d).toMatchObject({ status: null, error: expect.any(String) });
  });

  it('fails an attempt when the merchant does not answer within ipnTimeoutMs', async () => {
    const h = await start({ ipnTimeoutMs: 50 });
    const silent = createServer(() => undefined); // never answers
    const silentUrl = `${await listen(silent)}/ipn`;
    const sessionUrl = await openSession(h, paymentForm(h, { vads_url_check: silentUrl }));
    await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD));
    await h.sandbox.idle();
    expect(h.sandbox.deliveries().map((d) => d.error)).toEqual(Array(4).fill('timeout after 50 ms'));
  });

  it('sends ABANDONED when the payment session times out', async () => {
    const h = await start({ sessionTimeoutMs: 50 });
    const sessionUrl = await openSession(h, paymentForm(h));
    await h.receiver.waitFor(1);
    await h.sandbox.idle();
    const f = h.receiver.received[0]!.fields;
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({ vads_trans_status: 'ABANDONED', vads_result: '17', vads_url_check_src: 'PAY' });
    expect(f.vads_operation_type).toBeUndefined();

    const page = await fetch(sessionUrl);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('session expired');
    expect((await post(`${sessionUrl}/pay`, card(ACCEPTED_CARD))).status).toBe(410);
    await h.sandbox.idle();
    expect(h.receiver.received).toHaveLength(1);
  });
});

describe('PSP sandbox — shops and routing', () => {
  it('provisions a shop over HTTP and generates REST passwords', async () => {
    const h = await start();
    const res = await fetch(`${h.base}/psp-sandbox/shops`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ siteId: '11112222', testKey: 'k1', productionKey: 'k2' }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, string>;
    expect(body.siteId).toBe('11112222');
    expect(body.testPassword).toMatch(/^testpassword_[A-Za-z0-9]+$/);
    expect(body.productionPassword).toMatch(/^prodpassword_[A-Za-z0-9]+$/);
    expect(h.sandbox.provisionShop({ siteId: '11112222', testKey: 'k1' }).testPassword).toBe(body.testPassword);
    const bad = await fetch(`${h.base}/psp-sandbox/shops`, { method: 'POST', body: JSON.stringify({ siteId: 'x' }) });
    expect(bad.status).toBe(400);
  });

  it('leaves other paths to the host server', async () => {
    const h = await start();
    const res = await fetch(`${h.base}/api/other`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('not the sandbox');
    expect((await fetch(`${h.base}/psp-sandbox-other`)).status).toBe(404);
    expect((await fetch(`${h.base}/psp-sandbox/sessions/${'0'.repeat(32)}`)).status).toBe(404);
  });
});
