import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sign, verify } from '../../adapters/psp/systempay/signature';
import { SystempayRest, type PspCredentials } from '../../adapters/psp/systempay/rest';
import type { PspCallResult } from '../../app/psp';
import {
  AUTHENTICATION_REQUIRED_AUTH_RESULT, createPspSandbox, SOFT_DECLINE_AUTH_RESULT, type PspSandbox, type PspSandboxOptions,
} from '../../local/psp-sandbox';

/**
 * Pre-authorisation in the sandbox: manual validation (Transaction/Validate), expiry of an
 * unvalidated authorisation on the sandbox's clock, and merchant-initiated charges of a stored
 * token (Charge/CreatePayment, formAction SILENT), each over real HTTP.
 */

const SITE_ID = '12345678';
const OTHER_SITE_ID = '87654321';
const TEST_KEY = 'sandboxTestKey7Hq2Lw9Zp4';
const PROD_KEY = 'sandboxProdKey3Vx8Nc1Rt6';
const ACCEPTED_CARD = '4970100000000014';
const MASTERCARD_ACCEPTED = '5970100300000067';
const REFUSED_CARD = '4970100000000071';
const CHALLENGE_CARD = '4970115000000228';
const CHALLENGE_MASTERCARD = '5100010000000106';
const LIMIT_AFTER_REGISTRATION_CARD = '4970101000001002';
const DAY = 86_400_000;

interface Received {
  readonly path: string;
  readonly fields: Record<string, string>;
}

interface Harness {
  readonly sandbox: PspSandbox;
  readonly base: string;
  readonly restBase: string;
  readonly received: Received[];
  readonly receiverBase: string;
  readonly ipnUrl: string;
  readonly test: PspCredentials;
  readonly production: PspCredentials;
  readonly logs: Array<{ msg: string; fields?: Record<string, unknown> }>;
  readonly client: SystempayRest;
}

const servers: Server[] = [];
const sandboxes: PspSandbox[] = [];

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function start(options: Partial<PspSandboxOptions> = {}, shop: { notifyOnBatchChange?: boolean; restIpnUrl?: string } = {}): Promise<Harness> {
  const logs: Harness['logs'] = [];
  let sandbox: PspSandbox | undefined;
  const server = createServer((req, res) => {
    void sandbox?.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end('not the sandbox');
    });
  });
  const base = await listen(server);
  sandbox = createPspSandbox({ publicBaseUrl: base, ipnRetryIntervalMs: 20, log: (msg, fields) => logs.push({ msg, ...(fields ? { fields } : {}) }), ...options });
  sandboxes.push(sandbox);

  const received: Received[] = [];
  const receiver = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', fields: Object.fromEntries(new URLSearchParams(raw)) });
      res.writeHead(200).end('OK');
    });
  });
  const receiverBase = await listen(receiver);
  const creds = sandbox.provisionShop({ siteId: SITE_ID, testKey: TEST_KEY, productionKey: PROD_KEY, ...shop });
  const restBase = `${base}/psp-sandbox/api-payment/V4/`;
  return {
    sandbox, base, restBase, received, receiverBase, ipnUrl: `${receiverBase}/ipn`, logs,
    test: { siteId: SITE_ID, mode: 'TEST', password: creds.testPassword },
    production: { siteId: SITE_ID, mode: 'PRODUCTION', password: creds.productionPassword ?? '' },
    client: new SystempayRest(restBase, { timeoutMs: 5000 }),
  };
}

afterEach(async () => {
  for (const s of sandboxes.splice(0)) s.stop();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => {
    s.closeAllConnections();
    s.close(() => resolve());
  })));
});

/** Forms are dated on the sandbox's clock, which the tests move. */
const vadsDate = (h: Harness): string => h.sandbox.now().toISOString().replace(/\D/g, '').slice(0, 14);

interface PayOptions {
  mode?: 'TEST' | 'PRODUCTION';
  card?: string;
  expiry?: { month: number; year: number };
  overrides?: Record<string, string | undefined>;
}

/** Pays (or registers a card) on the hosted page; answers the IPN's fields. */
async function hostedPayment(h: Harness, opts: PayOptions = {}): Promise<Record<string, string>> {
  const mode = opts.mode ?? 'TEST';
  const merged: Record<string, string | undefined> = {
    vads_action_mode: 'INTERACTIVE', vads_amount: '12345', vads_ctx_mode: mode, vads_currency: '978',
    vads_page_action: 'PAYMENT', vads_payment_config: 'SINGLE', vads_site_id: SITE_ID, vads_trans_date: vadsDate(h),
    vads_trans_id: randomBytes(3).toString('hex'), vads_version: 'V2', vads_order_id: 'RES-1001', vads_cust_email: 'guest@example.com',
    vads_url_check: h.ipnUrl,
    ...opts.overrides,
  };
  const fields = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined));
  const form = new URLSearchParams({ ...fields, signature: sign(fields, mode === 'TEST' ? TEST_KEY : PROD_KEY) });
  const opened = await fetch(`${h.base}/psp-sandbox/vads-payment/`, { method: 'POST', body: form, redirect: 'manual' });
  expect(opened.status).toBe(303);
  const expiry = opts.expiry ?? { month: 12, year: h.sandbox.now().getUTCFullYear() + 2 };
  const card = { cardNumber: opts.card ?? ACCEPTED_CARD, expiryMonth: String(expiry.month), expiryYear: String(expiry.year), cvv: '123' };
  const paid = await fetch(`${opened.headers.get('location')}/pay`, { method: 'POST', body: new URLSearchParams(card), redirect: 'manual' });
  expect([200, 303]).toContain(paid.status);
  await h.sandbox.idle();
  const ipn = h.received.filter((r) => r.fields.vads_trans_id === fields.vads_trans_id).at(-1)!.fields;
  expect(verify(ipn, ipn.signature, mode === 'TEST' ? TEST_KEY : PROD_KEY)).toBe(true);
  return ipn;
}

const MANUAL = { vads_validation_mode: '1' };

/** Registers a card (REGISTER, no payment) and answers its token and chaining reference. */
async function register(h: Harness, opts: PayOptions = {}): Promise<{ token: string; chaining: string; ipn: Record<string, string> }> {
  const ipn = await hostedPayment(h, { ...opts, overrides: { vads_page_action: 'REGISTER', vads_amount: undefined, vads_payment_config: undefined, ...opts.overrides } });
  expect(ipn).toMatchObject({ vads_identifier_status: 'CREATED', vads_trans_status: 'ACCEPTED' });
  return { token: ipn.vads_identifier!, chaining: ipn.vads_initial_issuer_transaction_identifier!, ipn };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function rest(h: Harness, webService: string, body: unknown, creds: PspCredentials = h.test): Promise<{ status: number; json: Json }> {
  const res = await fetch(`${h.restBase}${webService}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${creds.siteId}:${creds.password}`).toString('base64')}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Json };
}

async function answer(h: Harness, webService: string, body: unknown, creds?: PspCredentials): Promise<Json> {
  const { status, json } = await rest(h, webService, body, creds);
  expect(status).toBe(200);
  expect(json).toMatchObject({ webService, status: 'SUCCESS' });
  return json.answer as Json;
}

async function refusal(h: Harness, webService: string, body: unknown, code: string, creds?: PspCredentials): Promise<Json> {
  const { status, json } = await rest(h, webService, body, creds);
  expect(status).toBe(200);
  expect(json).toMatchObject({ webService, status: 'ERROR', answer: { errorCode: code } });
  return json.answer as Json;
}

const get = (h: Harness, uuid: string, creds?: PspCredentials): Promise<Json> => answer(h, 'Transaction/Get', { uuid }, creds);

function ok<T>(r: PspCallResult<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.failure} ${r.code}: ${r.message}`);
  return r.value;
}

async function control(h: Harness, path: string, body?: unknown, method = 'POST'): Promise<Response> {
  return fetch(`${h.base}/psp-sandbox/control${path}`, {
    method, headers: { 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function advanceDays(h: Harness, days: number): Promise<Json> {
  const res = await control(h, '/clock', { advanceDays: days });
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

describe('PSP sandbox — manual validation (Transaction/Validate)', () => {
  it('takes a hold, lowers it, validates it, then it is captured and refundable', async () => {
    const h = await start();
    const uuid = (await hostedPayment(h, { overrides: MANUAL })).vads_trans_uuid!;
    expect(await get(h, uuid)).toMatchObject({
      detailedStatus: 'AUTHORISED_TO_VALIDATE', status: 'RUNNING', amount: 12345,
      transactionDetails: { cardDetails: { manualValidation: 'YES', authorizationResponse: { authorizationMode: 'FULL' } } },
    });

    expect(ok(await h.client.lowerAmount(h.test, { uuid, newAmount: { amount: 10000, currency: 'EUR' }, comment: 'two nights' })))
      .toEqual({ uuid, detailedStatus: 'AUTHORISED_TO_VALIDATE', operationType: 'DEBIT' });

    const validated = await answer(h, 'Transaction/Validate', { uuid, comment: 'guest checked in' });
    expect(validated).toMatchObject({ _type: 'V4/Transaction', uuid, detailedStatus: 'AUTHORISED', status: 'PAID', amount: 10000, operationType: 'DEBIT' });
    expect(h.sandbox.transactions().find((t) => t.uuid === uuid)).toMatchObject({ detailedStatus: 'AUTHORISED', comment: 'guest checked in', validatedAt: expect.any(String) });

    // Validated once: a second validation, and a lower amount after capture, are refused.
    const again = await refusal(h, 'Transaction/Validate', { uuid }, 'PSP_011');
    expect(again.detailedErrorMessage).toContain('AUTHORISED');
    const captured = await control(h, `/transactions/${uuid}/capture`);
    expect(captured.status).toBe(200);
    expect(ok(await h.client.getTransaction(h.test, uuid))).toMatchObject({ detailedStatus: 'CAPTURED', amount: 10000 });
    expect(ok(await h.client.refund(h.test, { uuid, amount: { amount: 10000, currency: 'EUR' }, comment: '' })).operationType).toBe('CREDIT');
    expect(await h.client.refund(h.test, { uuid, amount: { amount: 1, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, code: 'PSP_104' });
    // A REST operation is not notified: only the payment's own IPN arrived.
    await h.sandbox.idle();
    expect(h.received).toHaveLength(1);
  });

  it('is captured captureAfterMs after the validation, not after the payment', async () => {
    let offset = 0;
    const h = await start({ captureAfterMs: 60 * 60_000, now: () => new Date(Date.now() + offset) });
    const uuid = (await hostedPayment(h, { overrides: MANUAL })).vads_trans_uuid!;
    offset = 2 * 60 * 60_000;
    expect((await get(h, uuid)).detailedStatus).toBe('AUTHORISED_TO_VALIDATE');
    await answer(h, 'Transaction/Validate', { uuid });
    offset += 30 * 60_000;
    expect((await get(h, uuid)).detailedStatus).toBe('AUTHORISED');
    offset += 30 * 60_000;
    expect((await get(h, uuid)).detailedStatus).toBe('CAPTURED');
  });

  it('cancels a hold in full, after which it cannot be validated', async () => {
    const h = await start();
    const uuid = (await hostedPayment(h, { overrides: MANUAL })).vads_trans_uuid!;
    expect(await h.client.refund(h.test, { uuid, amount: { amount: 12345, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, code: 'PSP_076' });
    expect(ok(await h.client.cancel(h.test, { uuid, comment: 'no show' }))).toEqual({ uuid, detailedStatus: 'CANCELLED', operationType: 'DEBIT' });
    expect((await refusal(h, 'Transaction/Validate', { uuid }, 'PSP_011')).detailedErrorMessage).toContain('CANCELLED');
  });

  it('refuses to validate what is not to be validated: automatic, refused, unknown, another mode', async () => {
    const h = await start();
    const automatic = (await hostedPayment(h)).vads_trans_uuid!;
    await refusal(h, 'Transaction/Validate', { uuid: automatic }, 'PSP_011');
    expect((await get(h, automatic)).detailedStatus).toBe('AUTHORISED');
    const refused = (await hostedPayment(h, { card: REFUSED_CARD, overrides: MANUAL })).vads_trans_uuid!;
    await refusal(h, 'Transaction/Validate', { uuid: refused }, 'PSP_011');
    await refusal(h, 'Transaction/Validate', { uuid: 'f'.repeat(32) }, 'PSP_010');
    await refusal(h, 'Transaction/Validate', {}, 'INT_902');
    const manual = (await hostedPayment(h, { overrides: MANUAL })).vads_trans_uuid!;
    await refusal(h, 'Transaction/Validate', { uuid: manual }, 'PSP_010', h.production);
    expect((await get(h, manual)).detailedStatus).toBe('AUTHORISED_TO_VALIDATE');
  });

  it('validates a payment whose capture is beyond the authorisation validity into WAITING_AUTHORISATION', async () => {
    const h = await start();
    const ipn = await hostedPayment(h, { overrides: { ...MANUAL, vads_capture_delay: '10' } });
    expect(ipn).toMatchObject({ vads_trans_status: 'WAITING_AUTHORISATION_TO_VALIDATE', vads_auth_mode: 'MARK' });
    const uuid = ipn.vads_trans_uuid!;
    const before = await get(h, uuid);
    expect(before.transactionDetails.cardDetails.authorizationResponse.authorizationMode).toBe('MARK');
    expect(Date.parse(before.transactionDetails.cardDetails.expectedCaptureDate) - Date.parse(before.creationDate)).toBe(10 * DAY);
    expect(await answer(h, 'Transaction/Validate', { uuid })).toMatchObject({ detailedStatus: 'WAITING_AUTHORISATION', status: 'RUNNING' });
  });
});

describe('PSP sandbox — expiry of an unvalidated authorisation', () => {
  it('expires 7 days after the authorisation, on the clock moved over HTTP; EXPIRED is final', async () => {
    const h = await start();
    const uuid = (await hostedPayment(h, { overrides: MANUAL })).vads_trans_uuid!;
    const lowered = (await hostedPayment(h, { overrides: MANUAL })).vads_trans_uuid!;
    ok(await h.client.lowerAmount(h.test, { uuid: lowered, newAmount: { amount: 5000, currency: 'EUR' }, comment: '' }));

    const clock = await advanceDays(h, 6.99);
    expect(clock.offsetMs).toBe(Math.round(6.99 * DAY));
    expect(Math.abs(Date.parse(clock.now) - (Date.now() + 6.99 * DAY))).toBeLessThan(5000);
    expect((await get(h, uuid)).detailedStatus).toBe('AUTHORISED_TO_VALIDATE');

    await advanceDays(h, 0.02);
    expect(await get(h, uuid)).toMatchObject({ detailedStatus: 'EXPIRED', status: 'UNPAID' });
    expect(h.sandbox.transactions().find((t) => t.uuid === lowered)).toMatchObject({ detailedStatus: 'EXPIRED', amount: 5000 });
    await refusal(h, 'Transaction/Validate', { uuid }, 'PSP_011');
    expect(await h.client.lowerAmount(h.test, { uuid, newAmount: { amount: 100, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, code: 'PSP_011' });
    expect(await h.client.cancel(h.test, { uuid, comment: '' })).toMatchObject({ ok: false, code: 'PSP_011' });
    expect(await h.client.refund(h.test, { uuid, amount: { amount: 100, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, code: 'PSP_011' });
    expect((await control(h, `/transactions/${uuid}/refund`, {})).status).toBe(409);

    // The "on batch change" rule is off by default: the expiry is not notified.
    await h.sandbox.idle();
    expect(h.received.map((r) => r.fields.vads_trans_status)).toEqual(['AUTHORISED_TO_VALIDATE', 'AUTHORISED_TO_VALIDATE']);
  });

  it('applies the expiry lazily to whichever call comes first: Validate, Update, CancelOrRefund', async () => {
    let offset = 0;
    const h = await start({ now: () => new Date(Date.now() + offset) });
    const [a, b, c] = [await hostedPayment(h, { overrides: MANUAL }), await hostedPayment(h, { overrides: MANUAL }), await hostedPayment(h, { overrides: MANUAL })]
      .map((f) => f.vads_trans_uuid!);
    offset = 7 * DAY;
    expect((await refusal(h, 'Transaction/Validate', { uuid: a }, 'PSP_011')).detailedErrorMessage).toContain('EXPIRED');
    expect(await h.client.lowerAmount(h.test, { uuid: b!, newAmount: { amount: 100, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, code: 'PSP_011' });
    expect(await h.client.cancel(h.test, { uuid: c!, comment: '' })).toMatchObject({ ok: false, code: 'PSP_011' });
    expect(h.sandbox.transactions().map((t) => t.detailedStatus)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
  });

  it('does not expire automatic payments, validated ones, or a later capture before its capture date', async () => {
    const h = await start();
    const automatic = (await hostedPayment(h)).vads_trans_uuid!;
    const validated = (await hostedPayment(h, { overrides: MANUAL })).vads_trans_uuid!;
    await answer(h, 'Transaction/Validate', { uuid: validated });
    const later = (await hostedPayment(h, { overrides: { ...MANUAL, vads_capture_delay: '10' } })).vads_trans_uuid!;
    await advanceDays(h, 8);
    expect((await get(h, automatic)).detailedStatus).toBe('AUTHORISED');
    expect((await get(h, validated)).detailedStatus).toBe('AUTHORISED');
    // "If you do not validate the transaction before the requested capture date, the transaction expires."
    expect((await get(h, later)).detailedStatus).toBe('WAITING_AUTHORISATION_TO_VALIDATE');
    await advanceDays(h, 2);
    expect((await get(h, later)).detailedStatus).toBe('EXPIRED');
  });

  it('notifies the expiry (src BATCH) when the shop has the "on batch change" rule, as soon as the clock moves', async () => {
    const h = await start({}, { notifyOnBatchChange: true });
    const ipn = await hostedPayment(h, { overrides: { ...MANUAL, vads_ext_info_booking: 'B-7' } });
    await advanceDays(h, 7);
    await h.sandbox.idle();
    expect(h.received).toHaveLength(2);
    const f = h.received[1]!.fields;
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({
      vads_url_check_src: 'BATCH', vads_trans_status: 'EXPIRED', vads_trans_uuid: ipn.vads_trans_uuid, vads_trans_id: ipn.vads_trans_id,
      vads_operation_type: 'DEBIT', vads_amount: '12345', vads_order_id: 'RES-1001', vads_ext_info_booking: 'B-7', vads_card_number: '497010XXXXXX0014',
    });
    expect(f.vads_page_action).toBeUndefined();
    // Once: reading it again sends nothing more.
    expect((await get(h, ipn.vads_trans_uuid!)).detailedStatus).toBe('EXPIRED');
    await h.sandbox.idle();
    expect(h.received).toHaveLength(2);
    expect(h.sandbox.deliveries().at(-1)).toMatchObject({ src: 'BATCH', transStatus: 'EXPIRED', status: 200 });
  });

  it('shows, moves and resets the clock over HTTP, and rejects bad steps', async () => {
    const h = await start();
    const shown = (await (await control(h, '/clock', undefined, 'GET')).json()) as Json;
    expect(shown.offsetMs).toBe(0);
    for (const bad of [{}, { advanceDays: -1 }, { advanceDays: 0 }, { advanceDays: 'two' }, { advanceDays: 1, advanceMs: 5 }, { advanceDays: 100_000 }]) {
      expect((await control(h, '/clock', bad)).status).toBe(400);
    }
    expect(((await (await control(h, '/clock', { advanceMs: 1500 })).json()) as Json).offsetMs).toBe(1500);
    const fromPage = await fetch(`${h.base}/psp-sandbox/control/clock`, { method: 'POST', body: new URLSearchParams({ advanceDays: '2' }), redirect: 'manual' });
    expect(fromPage.status).toBe(303);
    expect(h.sandbox.now().getTime() - Date.now()).toBeGreaterThan(2 * DAY - 5000);
    const page = await (await fetch(`${h.base}/psp-sandbox/`)).text();
    expect(page).toContain('days ahead of the real clock');
    expect(page).toContain('/psp-sandbox/control/clock');

    // Forms are checked against the sandbox's time: one dated on the real clock is now stale (04).
    const fields: Record<string, string> = {
      vads_action_mode: 'INTERACTIVE', vads_amount: '100', vads_ctx_mode: 'TEST', vads_currency: '978', vads_page_action: 'PAYMENT',
      vads_payment_config: 'SINGLE', vads_site_id: SITE_ID, vads_trans_date: new Date().toISOString().replace(/\D/g, '').slice(0, 14),
      vads_trans_id: randomBytes(3).toString('hex'), vads_version: 'V2',
    };
    const stale = await fetch(`${h.base}/psp-sandbox/vads-payment/`, { method: 'POST', body: new URLSearchParams({ ...fields, signature: sign(fields, TEST_KEY) }), redirect: 'manual' });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain('Error 04');

    const reset = (await (await control(h, '/clock', undefined, 'DELETE')).json()) as Json;
    expect(reset.offsetMs).toBe(0);
    expect(Math.abs(h.sandbox.now().getTime() - Date.now())).toBeLessThan(5000);
  });
});

describe('PSP sandbox — merchant-initiated charge of a stored token (Charge/CreatePayment SILENT)', () => {
  const charge = (token: string, chaining: string | undefined, extra: Json = {}): Json => ({
    amount: 4500, currency: 'EUR', orderId: 'RES-1001-NS', formAction: 'SILENT', paymentMethodToken: token,
    ...(chaining !== undefined ? { transactionOptions: { cardOptions: { initialIssuerTransactionIdentifier: chaining } } } : {}),
    ...extra,
  });

  it('returns the chaining reference with the token, in the IPN and in Transaction/Get of the registration', async () => {
    const h = await start();
    const { token, chaining, ipn } = await register(h);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(chaining).toMatch(/^[0-9]{15}$/);
    expect(ipn.vads_operation_type).toBe('VERIFICATION');
    const verification = await get(h, ipn.vads_trans_uuid!);
    expect(verification).toMatchObject({
      operationType: 'VERIFICATION', detailedStatus: 'ACCEPTED', paymentMethodToken: token,
      transactionDetails: { cardDetails: { initialIssuerTransactionIdentifier: chaining } },
    });
    // A payment with token creation gives one too; a plain payment gives none.
    const withPayment = await hostedPayment(h, { overrides: { vads_page_action: 'REGISTER_PAY' } });
    expect(withPayment.vads_initial_issuer_transaction_identifier).toMatch(/^[0-9]{15}$/);
    expect(withPayment.vads_initial_issuer_transaction_identifier).not.toBe(chaining);
    const plain = await hostedPayment(h);
    expect(plain.vads_initial_issuer_transaction_identifier).toBeUndefined();
    expect((await get(h, plain.vads_trans_uuid!)).transactionDetails.cardDetails.initialIssuerTransactionIdentifier).toBeNull();
  });

  it('charges a token with its chaining reference: AUTHORISED V4/Payment, then read, captured and refunded like any payment', async () => {
    const h = await start();
    const { token, chaining } = await register(h, { card: MASTERCARD_ACCEPTED });
    const payment = await answer(h, 'Charge/CreatePayment', charge(token, chaining, { metadata: { reservation: 'R1' } }));
    expect(payment).toMatchObject({
      _type: 'V4/Payment', shopId: SITE_ID, orderCycle: 'CLOSED', orderStatus: 'PAID',
      orderDetails: { orderTotalAmount: 4500, orderCurrency: 'EUR', orderId: 'RES-1001-NS', mode: 'TEST' },
      customer: { email: 'guest@example.com' },
    });
    expect(payment.transactions).toHaveLength(1);
    const tx = payment.transactions[0] as Json;
    expect(tx).toMatchObject({
      _type: 'V4/PaymentTransaction', amount: 4500, currency: 'EUR', status: 'PAID', detailedStatus: 'AUTHORISED', operationType: 'DEBIT',
      paymentMethodToken: token, errorCode: null, metadata: { reservation: 'R1' },
      transactionDetails: {
        liabilityShift: 'NO',
        cardDetails: {
          manualValidation: 'NO', paymentSource: 'EC', effectiveBrand: 'MASTERCARD', pan: '597010XXXXXX0067', initialIssuerTransactionIdentifier: chaining,
          authorizationResponse: { authorizationResult: '00', authorizationMode: 'FULL' },
        },
      },
    });
    expect(Number(tx.transactionDetails.cardDetails.legacyTransId)).toBeGreaterThanOrEqual(900000);
    const uuid = tx.uuid as string;
    expect(await get(h, uuid)).toMatchObject({ uuid, detailedStatus: 'AUTHORISED', paymentMethodToken: token });
    expect(h.sandbox.transactions().find((t) => t.uuid === uuid)).toMatchObject({ origin: 'MERCHANT_INITIATED', tokenized: true, orderId: 'RES-1001-NS' });
    expect(h.sandbox.restCalls().at(-2)).toMatchObject({ webService: 'Charge/CreatePayment', outcome: 'SUCCESS', uuid });

    expect((await control(h, `/transactions/${uuid}/capture`)).status).toBe(200);
    const credit = ok(await h.client.refund(h.test, { uuid, amount: { amount: 1500, currency: 'EUR' }, comment: 'goodwill' }));
    expect(credit.operationType).toBe('CREDIT');
    expect(ok(await h.client.getTransaction(h.test, uuid)).refundedAmount).toBe(1500);

    // Another charge of the same token, cancelled before capture; the amount may also be a string.
    const second = await answer(h, 'Charge/CreatePayment', charge(token, chaining, { amount: '990' }));
    const secondUuid = second.transactions[0].uuid as string;
    expect(second.transactions[0].amount).toBe(990);
    expect(ok(await h.client.cancel(h.test, { uuid: secondUuid, comment: '' })).detailedStatus).toBe('CANCELLED');
  });

  it('holds with manualValidation YES: validated later, or expired after 7 days', async () => {
    const h = await start();
    const { token, chaining } = await register(h);
    const hold = (extra: Json = {}): Json => charge(token, chaining, { transactionOptions: { cardOptions: { initialIssuerTransactionIdentifier: chaining, manualValidation: 'YES' } }, ...extra });
    const first = await answer(h, 'Charge/CreatePayment', hold());
    expect(first).toMatchObject({ orderStatus: 'RUNNING', orderCycle: 'OPEN', transactions: [{ detailedStatus: 'AUTHORISED_TO_VALIDATE', status: 'RUNNING' }] });
    const second = await answer(h, 'Charge/CreatePayment', hold({ amount: 9000 }));
    const [a, b] = [first.transactions[0].uuid as string, second.transactions[0].uuid as string];
    ok(await h.client.lowerAmount(h.test, { uuid: b, newAmount: { amount: 6000, currency: 'EUR' }, comment: '' }));
    expect(await answer(h, 'Transaction/Validate', { uuid: a })).toMatchObject({ detailedStatus: 'AUTHORISED' });
    await advanceDays(h, 7);
    expect((await get(h, a)).detailedStatus).toBe('AUTHORISED');
    expect(await get(h, b)).toMatchObject({ detailedStatus: 'EXPIRED', amount: 6000 });
  });

  it('soft-declines a charge without the chaining reference, or with another one', async () => {
    const h = await start();
    const { token, chaining } = await register(h);
    for (const sent of [undefined, '123456789012345']) {
      const payment = await answer(h, 'Charge/CreatePayment', charge(token, sent));
      expect(payment).toMatchObject({ orderStatus: 'UNPAID', orderCycle: 'CLOSED' });
      expect(payment.transactions[0]).toMatchObject({
        detailedStatus: 'REFUSED', status: 'UNPAID', errorCode: 'ACQ_001', detailedErrorCode: SOFT_DECLINE_AUTH_RESULT,
        transactionDetails: { cardDetails: { initialIssuerTransactionIdentifier: null, authorizationResponse: { authorizationNumber: null } } },
      });
      expect(payment.transactions[0].detailedErrorMessage).toContain('soft decline');
      expect(payment.transactions[0].detailedErrorMessage).toContain(sent === undefined ? 'no chaining reference' : 'not the one given');
      // A refused payment is in the ledger, readable, and neither cancellable nor refundable.
      const uuid = payment.transactions[0].uuid as string;
      expect((await get(h, uuid)).detailedStatus).toBe('REFUSED');
      expect(await h.client.cancel(h.test, { uuid, comment: '' })).toMatchObject({ ok: false, code: 'PSP_011' });
    }
    expect(SOFT_DECLINE_AUTH_RESULT).toBe('57');
    expect((await answer(h, 'Charge/CreatePayment', charge(token, chaining))).orderStatus).toBe('PAID');
  });

  it('refuses with "authentication required" the token of a card that needs a 3-D Secure challenge', async () => {
    const h = await start();
    for (const card of [CHALLENGE_CARD, CHALLENGE_MASTERCARD]) {
      // On the payment page the cardholder authenticates (challenge) and the payment is accepted.
      const ipn = await hostedPayment(h, { card, overrides: { vads_page_action: 'REGISTER_PAY' } });
      expect(ipn).toMatchObject({ vads_trans_status: 'AUTHORISED', vads_threeds_auth_type: 'CHALLENGE', vads_identifier_status: 'CREATED' });
      const payment = await answer(h, 'Charge/CreatePayment', charge(ipn.vads_identifier!, ipn.vads_initial_issuer_transaction_identifier));
      expect(payment.transactions[0]).toMatchObject({ detailedStatus: 'REFUSED', errorCode: 'ACQ_001', detailedErrorCode: AUTHENTICATION_REQUIRED_AUTH_RESULT });
      expect(payment.transactions[0].detailedErrorMessage).toContain('authentication required');
    }
    expect(AUTHENTICATION_REQUIRED_AUTH_RESULT).toBe('63');
  });

  it('declines with the reason of a card registered fine whose payments are refused (limit exceeded)', async () => {
    const h = await start();
    // Its payments are refused on the payment page too.
    expect(await hostedPayment(h, { card: LIMIT_AFTER_REGISTRATION_CARD })).toMatchObject({ vads_trans_status: 'REFUSED', vads_auth_result: '51' });
    const { token, chaining } = await register(h, { card: LIMIT_AFTER_REGISTRATION_CARD });
    const payment = await answer(h, 'Charge/CreatePayment', charge(token, chaining));
    expect(payment.transactions[0]).toMatchObject({
      detailedStatus: 'REFUSED', errorCode: 'ACQ_001', detailedErrorCode: '51', detailedErrorMessage: 'Insufficient provision or exceeds credit',
      transactionDetails: { cardDetails: { authorizationResponse: { authorizationResult: '51' } } },
    });
    expect(h.sandbox.transactions().find((t) => t.uuid === payment.transactions[0].uuid)).toMatchObject({ detailedStatus: 'REFUSED', authResult: '51' });
  });

  it('answers an error for an unknown token, a token of another mode or shop, and an expired card', async () => {
    const h = await start();
    const { token, chaining } = await register(h);
    const unknown = await refusal(h, 'Charge/CreatePayment', charge('0'.repeat(32), chaining), 'PSP_030');
    expect(unknown.errorMessage).toBe('alias not found');
    await refusal(h, 'Charge/CreatePayment', charge(token, chaining), 'PSP_030', h.production);
    const other = h.sandbox.provisionShop({ siteId: OTHER_SITE_ID, testKey: 'otherKey' });
    await refusal(h, 'Charge/CreatePayment', charge(token, chaining), 'PSP_030', { siteId: OTHER_SITE_ID, mode: 'TEST', password: other.testPassword });

    // A card valid until the end of this month: next month its token cannot be charged.
    const now = h.sandbox.now();
    const expiring = await register(h, { expiry: { month: now.getUTCMonth() + 1, year: now.getUTCFullYear() } });
    await answer(h, 'Charge/CreatePayment', charge(expiring.token, expiring.chaining));
    await advanceDays(h, 32);
    const expired = await refusal(h, 'Charge/CreatePayment', charge(expiring.token, expiring.chaining), 'PSP_031');
    expect(expired.detailedErrorMessage).toContain('expired');
    expect(h.sandbox.transactions().filter((t) => t.origin === 'MERCHANT_INITIATED')).toHaveLength(1);
  });

  it('checks the request fields', async () => {
    const h = await start();
    const { token, chaining } = await register(h);
    const good = charge(token, chaining);
    const cases: Array<[Json, string]> = [
      [{ ...good, formAction: undefined }, 'INT_902'],
      [{ ...good, formAction: 'PAYMENT' }, 'INT_902'],
      [{ ...good, paymentMethodToken: undefined }, 'INT_030'],
      [{ ...good, amount: 0 }, 'INT_009'],
      [{ ...good, amount: 12.5 }, 'INT_009'],
      [{ ...good, currency: '978' }, 'INT_010'],
      [{ ...good, orderId: 'RES 1' }, 'INT_013'],
      [{ ...good, transactionOptions: { cardOptions: { initialIssuerTransactionIdentifier: chaining, manualValidation: 'MAYBE' } } }, 'INT_005'],
      [{ ...good, transactionOptions: { cardOptions: { initialIssuerTransactionIdentifier: chaining, captureDelay: -1 } } }, 'INT_006'],
      [{ ...good, ipnTargetUrl: 'ftp://shop.example/ipn' }, 'INT_902'],
      [{ ...good, metadata: { n: 1 } }, 'INT_902'],
    ];
    for (const [body, code] of cases) await refusal(h, 'Charge/CreatePayment', JSON.parse(JSON.stringify(body)), code);
    await refusal(h, 'Charge/CreatePayment', 'not json', 'INT_902');
    expect(h.sandbox.transactions().filter((t) => t.origin === 'MERCHANT_INITIATED')).toHaveLength(0);
  });

  it('notifies a REST IPN to ipnTargetUrl, else to the shop\'s REST IPN URL, accepted or refused', async () => {
    const h = await start();
    const { token, chaining } = await register(h);
    const accepted = await answer(h, 'Charge/CreatePayment', charge(token, chaining, { ipnTargetUrl: `${h.receiverBase}/rest-ipn` }));
    await h.sandbox.idle();
    const ipn = h.received.at(-1)!;
    expect(ipn.path).toBe('/rest-ipn');
    expect(ipn.fields).toMatchObject({ 'kr-hash-algorithm': 'sha256_hmac', 'kr-hash-key': 'password', 'kr-answer-type': 'V4/Payment' });
    expect(ipn.fields['kr-hash']).toBe(createHmac('sha256', h.test.password).update(ipn.fields['kr-answer']!, 'utf8').digest('hex'));
    const krAnswer = JSON.parse(ipn.fields['kr-answer']!) as Json;
    expect(krAnswer).toMatchObject({ _type: 'V4/Payment', orderStatus: 'PAID', transactions: [{ uuid: accepted.transactions[0].uuid, detailedStatus: 'AUTHORISED', paymentMethodToken: token }] });
    expect(Object.keys(ipn.fields).some((k) => k.startsWith('vads_'))).toBe(false);

    // No ipnTargetUrl and no REST IPN URL for the shop: nothing is sent, the delivery says why.
    const count = h.received.length;
    await answer(h, 'Charge/CreatePayment', charge(token, chaining));
    await h.sandbox.idle();
    expect(h.received).toHaveLength(count);
    expect(h.sandbox.deliveries().at(-1)).toMatchObject({ status: null, error: expect.stringContaining('ipnTargetUrl'), src: 'REST' });

    // The shop's REST IPN URL (Back Office rule) is used when the request names none; a refusal is notified too.
    h.sandbox.provisionShop({ siteId: SITE_ID, testKey: TEST_KEY, productionKey: PROD_KEY, restIpnUrl: `${h.receiverBase}/shop-rest-ipn` });
    const refused = await answer(h, 'Charge/CreatePayment', charge(token, undefined));
    await h.sandbox.idle();
    const last = h.received.at(-1)!;
    expect(last.path).toBe('/shop-rest-ipn');
    expect(JSON.parse(last.fields['kr-answer']!)).toMatchObject({ orderStatus: 'UNPAID', transactions: [{ uuid: refused.transactions[0].uuid, detailedStatus: 'REFUSED', detailedErrorCode: '57' }] });
  });

  it('notifies a back-office refund of a charge in the REST format, and an expiry under the batch-change rule', async () => {
    const h = await start({}, { notifyOnBatchChange: true, restIpnUrl: undefined });
    const { token, chaining } = await register(h);
    const target = { ipnTargetUrl: `${h.receiverBase}/rest-ipn` };
    const paid = await answer(h, 'Charge/CreatePayment', charge(token, chaining, target));
    const uuid = paid.transactions[0].uuid as string;
    expect((await control(h, `/transactions/${uuid}/capture`)).status).toBe(200);
    const refunded = await control(h, `/transactions/${uuid}/refund`, { amount: 500 });
    expect(refunded.status).toBe(200);
    const hold = await answer(h, 'Charge/CreatePayment', charge(token, chaining, {
      ...target, transactionOptions: { cardOptions: { initialIssuerTransactionIdentifier: chaining, manualValidation: 'YES' } },
    }));
    await advanceDays(h, 7);
    await h.sandbox.idle();
    const answers = h.received.filter((r) => r.path === '/rest-ipn').map((r) => JSON.parse(r.fields['kr-answer']!) as Json);
    expect(answers.map((a) => [a.transactions[0].operationType, a.transactions[0].detailedStatus])).toEqual([
      ['DEBIT', 'AUTHORISED'], ['CREDIT', 'CAPTURED'], ['DEBIT', 'AUTHORISED_TO_VALIDATE'], ['DEBIT', 'EXPIRED'],
    ]);
    expect(answers[1]!.transactions[0].transactionDetails.parentTransactionUuid).toBe(uuid);
    expect(answers[3]!.transactions[0].uuid).toBe(hold.transactions[0].uuid);
    expect(h.sandbox.deliveries().filter((d) => d.url.endsWith('/rest-ipn')).map((d) => d.src)).toEqual(['REST', 'MERCH_BO', 'REST', 'BATCH']);
  });

  it('keeps tokens, chaining references, passwords and card numbers out of logs, records and the index page', async () => {
    const h = await start();
    const { token, chaining } = await register(h);
    await answer(h, 'Charge/CreatePayment', charge(token, chaining, { ipnTargetUrl: `${h.receiverBase}/rest-ipn` }));
    await answer(h, 'Charge/CreatePayment', charge(token, undefined));
    await refusal(h, 'Charge/CreatePayment', charge('f'.repeat(32), chaining), 'PSP_030');
    await h.sandbox.idle();
    const page = await (await fetch(`${h.base}/psp-sandbox/`)).text();
    expect(page).toContain('Charge/CreatePayment');
    expect(page).toContain('Validate');
    expect(page).toContain('token charge');
    const everything = JSON.stringify([h.logs, h.sandbox.restCalls(), h.sandbox.transactions(), h.sandbox.deliveries(), h.sandbox.notifications()])
      + page.replace(/<code>\d{16}<\/code>/g, '');
    for (const secret of [token, chaining, h.test.password, TEST_KEY, ACCEPTED_CARD]) expect(everything).not.toContain(secret);
  });

  it('rejects a registration with an identifier the shop already has (error 30)', async () => {
    const h = await start();
    await register(h, { overrides: { vads_identifier: 'guest-card-1' } });
    const fields: Record<string, string> = {
      vads_action_mode: 'INTERACTIVE', vads_ctx_mode: 'TEST', vads_page_action: 'REGISTER', vads_site_id: SITE_ID, vads_trans_date: vadsDate(h),
      vads_trans_id: randomBytes(3).toString('hex'), vads_version: 'V2', vads_cust_email: 'guest@example.com', vads_identifier: 'guest-card-1',
    };
    const res = await fetch(`${h.base}/psp-sandbox/vads-payment/`, { method: 'POST', body: new URLSearchParams({ ...fields, signature: sign(fields, TEST_KEY) }), redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Error 30 — vads_identifier');
  });
});
