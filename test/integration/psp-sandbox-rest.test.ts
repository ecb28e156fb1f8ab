import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sign, verify } from '../../adapters/psp/systempay/signature';
import { SystempayRest, type PspCredentials } from '../../adapters/psp/systempay/rest';
import type { PspCallResult } from '../../app/psp';
import { createPspSandbox, type PspSandbox, type PspSandboxOptions } from '../../local/psp-sandbox';

/**
 * The REST V4 side of the sandbox, driven over real HTTP by the production client: a session is
 * paid through the hosted page, then read, refunded, cancelled and updated with SystempayRest.
 */

const SITE_ID = '12345678';
const TEST_KEY = 'sandboxTestKey7Hq2Lw9Zp4';
const PROD_KEY = 'sandboxProdKey3Vx8Nc1Rt6';
const ACCEPTED_CARD = '4970100000000014';
const REFUSED_CARD = '4970100000000071';

interface Received {
  readonly fields: Record<string, string>;
}

interface Harness {
  readonly sandbox: PspSandbox;
  readonly base: string;
  readonly restBase: string;
  readonly received: Received[];
  readonly ipnUrl: string;
  readonly test: PspCredentials;
  readonly production: PspCredentials;
  readonly logs: Array<{ msg: string; fields?: Record<string, unknown> }>;
  client(timeoutMs?: number): SystempayRest;
}

const servers: Server[] = [];
const sandboxes: PspSandbox[] = [];

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function start(options: Partial<PspSandboxOptions> = {}): Promise<Harness> {
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
  sandbox = createPspSandbox({ publicBaseUrl: base, ipnRetryIntervalMs: 20, log: (msg, fields) => logs.push({ msg, ...(fields ? { fields } : {}) }), ...options });
  sandboxes.push(sandbox);
  const creds = sandbox.provisionShop({ siteId: SITE_ID, testKey: TEST_KEY, productionKey: PROD_KEY });

  const received: Received[] = [];
  const receiver = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      received.push({ fields: Object.fromEntries(new URLSearchParams(raw)) });
      res.writeHead(200);
      res.end('OK');
    });
  });
  const ipnUrl = `${await listen(receiver)}/ipn`;
  const restBase = `${base}/psp-sandbox/api-payment/V4/`;
  return {
    sandbox, base, restBase, received, ipnUrl, logs,
    test: { siteId: SITE_ID, mode: 'TEST', password: creds.testPassword },
    production: { siteId: SITE_ID, mode: 'PRODUCTION', password: creds.productionPassword ?? '' },
    client: (timeoutMs = 5000) => new SystempayRest(restBase, { timeoutMs }),
  };
}

afterEach(async () => {
  for (const s of sandboxes.splice(0)) s.stop();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => {
    s.closeAllConnections();
    s.close(() => resolve());
  })));
});

const vadsDate = (): string => new Date().toISOString().replace(/\D/g, '').slice(0, 14);

/** Pays a hosted-page session and returns the transaction's uuid. */
async function pay(h: Harness, opts: { mode?: 'TEST' | 'PRODUCTION'; card?: string; amount?: string; overrides?: Record<string, string> } = {}): Promise<string> {
  const mode = opts.mode ?? 'TEST';
  const fields: Record<string, string> = {
    vads_action_mode: 'INTERACTIVE', vads_amount: opts.amount ?? '12345', vads_ctx_mode: mode, vads_currency: '978',
    vads_page_action: 'PAYMENT', vads_payment_config: 'SINGLE', vads_site_id: SITE_ID, vads_trans_date: vadsDate(),
    vads_trans_id: randomBytes(3).toString('hex'), vads_version: 'V2', vads_order_id: 'RES-1001', vads_cust_email: 'guest@example.com',
    vads_ext_info_hotel: 'H1', vads_url_check: h.ipnUrl,
    ...opts.overrides,
  };
  const form = new URLSearchParams({ ...fields, signature: sign(fields, mode === 'TEST' ? TEST_KEY : PROD_KEY) });
  const opened = await fetch(`${h.base}/psp-sandbox/vads-payment/`, { method: 'POST', body: form, redirect: 'manual' });
  expect(opened.status).toBe(303);
  const sessionUrl = opened.headers.get('location') ?? '';
  const card = { cardNumber: opts.card ?? ACCEPTED_CARD, expiryMonth: '12', expiryYear: String(new Date().getUTCFullYear() + 2), cvv: '123' };
  const paid = await fetch(`${sessionUrl}/pay`, { method: 'POST', body: new URLSearchParams(card), redirect: 'manual' });
  expect([200, 303]).toContain(paid.status);
  await h.sandbox.idle();
  const ipn = h.received.at(-1)!.fields;
  expect(ipn.vads_trans_id).toBe(fields.vads_trans_id);
  return ipn.vads_trans_uuid!;
}

async function control(h: Harness, path: string, body?: unknown, method = 'POST'): Promise<Response> {
  return fetch(`${h.base}/psp-sandbox/control${path}`, {
    method, headers: { 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function capture(h: Harness, uuid: string): Promise<void> {
  const res = await control(h, `/transactions/${uuid}/capture`);
  expect(res.status).toBe(200);
  expect(((await res.json()) as { transaction: { detailedStatus: string } }).transaction.detailedStatus).toBe('CAPTURED');
}

/** A raw REST call, to look at what the client does not expose (HTTP status, envelope). */
async function rawCall(h: Harness, webService: string, body: string, password: string | undefined): Promise<{ status: number; json: Record<string, any> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (password !== undefined) headers.authorization = `Basic ${Buffer.from(`${SITE_ID}:${password}`).toString('base64')}`;
  const res = await fetch(`${h.restBase}${webService}`, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

function ok<T>(r: PspCallResult<T>): T {
  if (!r.ok) throw new Error(`expected success, got ${r.failure} ${r.code}: ${r.message}`);
  return r.value;
}

describe('PSP sandbox REST — Transaction/Get', () => {
  it('reads a paid session as a V4/Transaction', async () => {
    const h = await start();
    const uuid = await pay(h);
    expect(ok(await h.client().getTransaction(h.test, uuid))).toEqual({ uuid, amount: 12345, currency: 'EUR', detailedStatus: 'AUTHORISED', refundedAmount: 0, authResult: '00', maskedPan: '497010XXXXXX0014' });

    const { status, json } = await rawCall(h, 'Transaction/Get', JSON.stringify({ uuid }), h.test.password);
    expect(status).toBe(200);
    expect(json).toMatchObject({ webService: 'Transaction/Get', version: 'V4', status: 'SUCCESS', _type: 'V4/WebService/Response' });
    expect(json.answer).toMatchObject({
      shopId: SITE_ID, uuid, amount: 12345, currency: 'EUR', status: 'PAID', detailedStatus: 'AUTHORISED', operationType: 'DEBIT',
      orderDetails: { orderId: 'RES-1001', mode: 'TEST' }, _type: 'V4/Transaction',
      transactionDetails: { cardDetails: { pan: '497010XXXXXX0014', effectiveBrand: 'CB', captureResponse: { refundAmount: null } } },
    });
    expect(JSON.stringify(json)).not.toContain(ACCEPTED_CARD);
  });

  it('records refused payments as REFUSED / UNPAID and registrations as ACCEPTED VERIFICATION', async () => {
    const h = await start();
    const refused = await pay(h, { card: REFUSED_CARD });
    expect(ok(await h.client().getTransaction(h.test, refused)).detailedStatus).toBe('REFUSED');
    const register = await pay(h, { overrides: { vads_page_action: 'REGISTER' } });
    const tx = h.sandbox.transactions();
    expect(tx.find((t) => t.uuid === refused)).toMatchObject({ detailedStatus: 'REFUSED', operationType: 'DEBIT' });
    expect(tx.find((t) => t.uuid === register)).toMatchObject({ detailedStatus: 'ACCEPTED', operationType: 'VERIFICATION' });
    const { json } = await rawCall(h, 'Transaction/Get', JSON.stringify({ uuid: refused }), h.test.password);
    expect(json.answer).toMatchObject({ status: 'UNPAID', errorCode: 'ACQ_001', detailedErrorCode: '51' });
    const cancel = await h.client().cancel(h.test, { uuid: refused, comment: '' });
    expect(cancel).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_011' });
  });

  it('answers PSP_010 for an unknown uuid', async () => {
    const h = await start();
    expect(await h.client().getTransaction(h.test, 'f'.repeat(32))).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_010' });
  });
});

describe('PSP sandbox REST — refunds and cancellations', () => {
  it('refunds a captured payment in part, then the rest, then answers PSP_104', async () => {
    const h = await start();
    const client = h.client();
    const uuid = await pay(h);
    await capture(h, uuid);
    expect(ok(await client.getTransaction(h.test, uuid)).detailedStatus).toBe('CAPTURED');

    const first = ok(await client.refund(h.test, { uuid, amount: { amount: 2345, currency: 'EUR' }, comment: 'partial' }));
    expect(first).toMatchObject({ detailedStatus: 'CAPTURED', operationType: 'CREDIT' });
    expect(first.uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(first.uuid).not.toBe(uuid);
    expect(ok(await client.getTransaction(h.test, uuid))).toMatchObject({ amount: 12345, detailedStatus: 'CAPTURED', refundedAmount: 2345 });

    expect(await client.refund(h.test, { uuid, amount: { amount: 10001, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_020' });
    expect(await client.cancel(h.test, { uuid, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_075' });
    const second = ok(await client.refund(h.test, { uuid, amount: { amount: 10000, currency: 'EUR' }, comment: 'rest' }));
    expect(ok(await client.getTransaction(h.test, uuid)).refundedAmount).toBe(12345);
    expect(ok(await client.getTransaction(h.test, second.uuid))).toMatchObject({ amount: 10000, detailedStatus: 'CAPTURED' });
    expect(await client.refund(h.test, { uuid, amount: { amount: 1, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_104' });

    const credits = h.sandbox.transactions().filter((t) => t.operationType === 'CREDIT');
    expect(credits.map((c) => [c.parentUuid, c.amount])).toEqual([[uuid, 2345], [uuid, 10000]]);
    for (const c of credits) expect(Number(c.transId)).toBeGreaterThanOrEqual(900000);
    // A refund is a CREDIT: the parent's own view shows the total refunded.
    const { json } = await rawCall(h, 'Transaction/Get', JSON.stringify({ uuid: second.uuid }), h.test.password);
    expect(json.answer).toMatchObject({ operationType: 'CREDIT', transactionDetails: { parentTransactionUuid: uuid } });
  });

  it('refunds what is left when no amount is given (no resolution mode)', async () => {
    const h = await start();
    const uuid = await pay(h);
    await capture(h, uuid);
    const { json } = await rawCall(h, 'Transaction/CancelOrRefund', JSON.stringify({ uuid }), h.test.password);
    expect(json).toMatchObject({ status: 'SUCCESS', answer: { operationType: 'CREDIT', amount: 12345 } });
  });

  it('cancels an uncaptured payment in full, then answers PSP_105', async () => {
    const h = await start();
    const client = h.client();
    const uuid = await pay(h);
    expect(await client.refund(h.test, { uuid, amount: { amount: 12345, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_076' });
    const partial = await rawCall(h, 'Transaction/CancelOrRefund', JSON.stringify({ uuid, amount: 100, currency: 'EUR' }), h.test.password);
    expect(partial.json).toMatchObject({ status: 'ERROR', answer: { errorCode: 'PSP_020' } });
    expect(partial.json.answer.detailedErrorMessage).toContain('Transaction/Update');

    expect(ok(await client.cancel(h.test, { uuid, comment: 'released' }))).toEqual({ uuid, detailedStatus: 'CANCELLED', operationType: 'DEBIT' });
    expect(ok(await client.getTransaction(h.test, uuid)).detailedStatus).toBe('CANCELLED');
    expect(await client.cancel(h.test, { uuid, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_105' });
    expect(await client.refund(h.test, { uuid, amount: { amount: 1, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, code: 'PSP_105' });
    // Cancelling in full with no resolution mode and the full amount works too.
    const other = await pay(h);
    const full = await rawCall(h, 'Transaction/CancelOrRefund', JSON.stringify({ uuid: other, amount: 12345, currency: 'EUR' }), h.test.password);
    expect(full.json).toMatchObject({ status: 'SUCCESS', answer: { uuid: other, detailedStatus: 'CANCELLED' } });
  });

  it('lowers the amount of an uncaptured payment, only downward, and not after capture', async () => {
    const h = await start();
    const client = h.client();
    const uuid = await pay(h);
    expect(ok(await client.lowerAmount(h.test, { uuid, newAmount: { amount: 10000, currency: 'EUR' }, comment: 'shorter stay' })))
      .toEqual({ uuid, detailedStatus: 'AUTHORISED', operationType: 'DEBIT' });
    expect(ok(await client.getTransaction(h.test, uuid))).toMatchObject({ amount: 10000, detailedStatus: 'AUTHORISED' });
    expect(await client.lowerAmount(h.test, { uuid, newAmount: { amount: 11000, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_020' });
    expect(await client.lowerAmount(h.test, { uuid, newAmount: { amount: 100, currency: 'USD' }, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'INT_902' });
    await capture(h, uuid);
    expect(await client.lowerAmount(h.test, { uuid, newAmount: { amount: 5000, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_011' });
    // The captured amount is the lowered one: that is all there is to refund.
    expect(ok(await client.refund(h.test, { uuid, amount: { amount: 10000, currency: 'EUR' }, comment: '' })).operationType).toBe('CREDIT');
    expect(await client.refund(h.test, { uuid, amount: { amount: 1, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, code: 'PSP_104' });
  });

  it('captures by itself after captureAfterMs on the injected clock', async () => {
    let offset = 0;
    const h = await start({ captureAfterMs: 60_000, now: () => new Date(Date.now() + offset) });
    const uuid = await pay(h);
    expect(ok(await h.client().getTransaction(h.test, uuid)).detailedStatus).toBe('AUTHORISED');
    offset = 60_000;
    expect(ok(await h.client().getTransaction(h.test, uuid)).detailedStatus).toBe('CAPTURED');
    expect(ok(await h.client().refund(h.test, { uuid, amount: { amount: 45, currency: 'EUR' }, comment: '' })).operationType).toBe('CREDIT');
  });
});

describe('PSP sandbox REST — authentication', () => {
  it('answers 401 with INT_905 for a wrong or missing password, and an unknown shop', async () => {
    const h = await start();
    const uuid = await pay(h);
    const wrong = await h.client().getTransaction({ ...h.test, password: 'testpassword_wrong' }, uuid);
    expect(wrong).toMatchObject({ ok: false, failure: 'permanent', code: 'INT_905' });
    expect(await h.client().getTransaction({ ...h.test, siteId: '87654321' }, uuid)).toMatchObject({ ok: false, code: 'INT_905' });
    const missing = await rawCall(h, 'Transaction/Get', JSON.stringify({ uuid }), undefined);
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ status: 'ERROR', answer: { errorCode: 'INT_905' } });
    expect(h.sandbox.restCalls().filter((c) => c.errorCode === 'INT_905')).toHaveLength(3);
  });

  it('keeps TEST and PRODUCTION apart: a transaction is reached with the password of its mode only', async () => {
    const h = await start();
    const client = h.client();
    const testTx = await pay(h);
    const prodTx = await pay(h, { mode: 'PRODUCTION' });
    expect(ok(await client.getTransaction(h.production, prodTx))).toMatchObject({ uuid: prodTx, detailedStatus: 'AUTHORISED' });
    expect(await client.getTransaction(h.test, prodTx)).toMatchObject({ ok: false, failure: 'permanent', code: 'PSP_010' });
    expect(await client.cancel(h.test, { uuid: prodTx, comment: '' })).toMatchObject({ ok: false, code: 'PSP_010' });
    expect(await client.getTransaction(h.production, testTx)).toMatchObject({ ok: false, code: 'PSP_010' });
    expect(h.sandbox.transactions().find((t) => t.uuid === prodTx)?.detailedStatus).toBe('AUTHORISED');
    expect(h.sandbox.restCalls().map((c) => c.mode)).toEqual(['PRODUCTION', 'TEST', 'TEST', 'PRODUCTION']);
  });

  it('rejects a body that is not JSON and an unknown web service with INT_902, and echoes Charge/SDKTest', async () => {
    const h = await start();
    expect((await rawCall(h, 'Transaction/Get', 'uuid=1', h.test.password)).json).toMatchObject({ status: 'ERROR', answer: { errorCode: 'INT_902' } });
    expect((await rawCall(h, 'Transaction/Get', '{}', h.test.password)).json).toMatchObject({ status: 'ERROR', answer: { errorCode: 'INT_902' } });
    const unknown = await rawCall(h, 'Transaction/Refund', '{}', h.test.password);
    expect(unknown.json).toMatchObject({ status: 'ERROR', answer: { errorCode: 'INT_902' } });
    expect(unknown.json.answer.detailedErrorMessage).toContain('Transaction/CancelOrRefund');
    const echo = await rawCall(h, 'Charge/SDKTest', JSON.stringify({ value: 'my testing value' }), h.test.password);
    expect(echo.json).toMatchObject({ status: 'SUCCESS', answer: { value: 'my testing value' } });
    const get = await fetch(`${h.restBase}Transaction/Get`);
    expect(get.status).toBe(405);
  });
});

describe('PSP sandbox REST — injected faults', () => {
  it('http_503 and http_500 are transient on a read, maybe-done on an operation, and only for the calls they target', async () => {
    const h = await start();
    const client = h.client();
    const uuid = await pay(h);
    h.sandbox.injectFault({ webService: 'Transaction/Get', kind: 'http_503', times: 2 });
    h.sandbox.injectFault({ webService: 'Transaction/Update', kind: 'http_500' });
    expect(await client.getTransaction(h.test, uuid)).toMatchObject({ ok: false, failure: 'transient', code: 'http_503' });
    expect(ok(await client.cancel(h.test, { uuid, comment: '' })).detailedStatus).toBe('CANCELLED');
    expect(await client.getTransaction(h.test, uuid)).toMatchObject({ ok: false, failure: 'transient', code: 'http_503' });
    expect(ok(await client.getTransaction(h.test, uuid)).detailedStatus).toBe('CANCELLED');
    expect(await client.lowerAmount(h.test, { uuid, newAmount: { amount: 1, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'ambiguous', code: 'http_500' });
    expect(h.sandbox.restCalls().map((c) => [c.webService, c.outcome, c.httpStatus])).toEqual([
      ['Transaction/Get', 'http_503', 503], ['Transaction/CancelOrRefund', 'SUCCESS', 200], ['Transaction/Get', 'http_503', 503],
      ['Transaction/Get', 'SUCCESS', 200], ['Transaction/Update', 'http_500', 500],
    ]);
    // Counted whole, beyond the latest calls it keeps (the chaos run reports these).
    expect(h.sandbox.restCallTotals()).toEqual({ calls: 5, byOutcome: { http_503: 2, SUCCESS: 2, http_500: 1 }, byErrorCode: {} });
  });

  it('timeout is ambiguous for the client; without applied the operation is not done', async () => {
    const h = await start();
    const uuid = await pay(h);
    await capture(h, uuid);
    h.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout' });
    const started = Date.now();
    const r = await h.client(200).refund(h.test, { uuid, amount: { amount: 500, currency: 'EUR' }, comment: '' });
    expect(r).toMatchObject({ ok: false, failure: 'ambiguous', code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(ok(await h.client().getTransaction(h.test, uuid)).refundedAmount).toBe(0);
    expect(h.sandbox.restCalls()[0]).toMatchObject({ webService: 'Transaction/CancelOrRefund', outcome: 'timeout', httpStatus: null, applied: false, uuid });
  });

  it('timeout with applied: the refund is done although the answer is lost', async () => {
    const h = await start();
    const uuid = await pay(h);
    await capture(h, uuid);
    h.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout', applied: true });
    const r = await h.client(200).refund(h.test, { uuid, amount: { amount: 500, currency: 'EUR' }, comment: '' });
    expect(r).toMatchObject({ ok: false, failure: 'ambiguous', code: 'timeout' });
    expect(h.sandbox.transactions().find((t) => t.uuid === uuid)?.refundedAmount).toBe(500);
    expect(h.sandbox.transactions().filter((t) => t.operationType === 'CREDIT')).toHaveLength(1);
    // Looking before trying again shows it was done.
    expect(ok(await h.client().getTransaction(h.test, uuid)).refundedAmount).toBe(500);
  });

  it('refuse answers an error envelope: permanent, or transient for a "try later" code', async () => {
    const h = await start();
    const uuid = await pay(h);
    h.sandbox.injectFault({ kind: 'refuse' });
    h.sandbox.injectFault({ kind: 'refuse', code: 'PSP_999', message: 'technical error' });
    expect(await h.client().cancel(h.test, { uuid, comment: '' })).toMatchObject({ ok: false, failure: 'permanent', code: 'ACQ_001', message: expect.stringContaining('payment refused') });
    expect(await h.client().getTransaction(h.test, uuid)).toMatchObject({ ok: false, failure: 'transient', code: 'PSP_999' });
    expect(ok(await h.client().getTransaction(h.test, uuid)).detailedStatus).toBe('AUTHORISED');
  });

  it('is driven over HTTP too: POST and DELETE control/faults', async () => {
    const h = await start();
    const uuid = await pay(h);
    const bad = await control(h, '/faults', { kind: 'explode' });
    expect(bad.status).toBe(400);
    const added = await control(h, '/faults', { kind: 'http_503', times: 3 });
    expect(added.status).toBe(201);
    expect(await added.json()).toEqual({ faults: [{ kind: 'http_503', times: 3 }] });
    expect(await h.client().getTransaction(h.test, uuid)).toMatchObject({ ok: false, code: 'http_503' });
    expect((await control(h, '/faults', undefined, 'DELETE')).status).toBe(200);
    expect(ok(await h.client().getTransaction(h.test, uuid)).uuid).toBe(uuid);
  });

  it('stop() cuts calls held by a timeout fault', async () => {
    const h = await start();
    const uuid = await pay(h);
    h.sandbox.injectFault({ kind: 'timeout' });
    const pending = h.client(30_000).getTransaction(h.test, uuid);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    h.sandbox.stop();
    expect(await pending).toMatchObject({ ok: false, failure: 'ambiguous' });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('PSP sandbox — back office', () => {
  it('refunds from the back office and sends a signed MERCH_BO IPN for the CREDIT', async () => {
    const h = await start();
    const uuid = await pay(h);
    await capture(h, uuid);
    const before = Date.now();
    const res = await control(h, `/transactions/${uuid}/refund`, { amount: 2000 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { transaction: Record<string, unknown>; parent: Record<string, unknown> };
    expect(body.transaction).toMatchObject({ operationType: 'CREDIT', amount: 2000, detailedStatus: 'CAPTURED', parentUuid: uuid, maskedPan: '497010XXXXXX0014' });
    expect(body.parent).toMatchObject({ uuid, refundedAmount: 2000 });
    await h.sandbox.idle();

    expect(h.received).toHaveLength(2);
    const f = h.received[1]!.fields;
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({
      vads_url_check_src: 'MERCH_BO', vads_operation_type: 'CREDIT', vads_trans_status: 'CAPTURED', vads_trans_uuid: body.transaction.uuid,
      vads_amount: '2000', vads_currency: '978', vads_order_id: 'RES-1001', vads_site_id: SITE_ID, vads_ctx_mode: 'TEST',
      vads_card_number: '497010XXXXXX0014', vads_card_brand: 'CB', vads_ext_info_hotel: 'H1', vads_cust_email: 'guest@example.com', vads_result: '00',
    });
    expect(Number(f.vads_trans_id)).toBeGreaterThanOrEqual(900000);
    expect(Number(f.vads_trans_id)).toBeLessThanOrEqual(999999);
    expect(f.vads_trans_id).toBe(body.transaction.transId);
    const date = f.vads_trans_date!;
    const at = Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8), +date.slice(8, 10), +date.slice(10, 12), +date.slice(12, 14));
    expect(Math.abs(at - before)).toBeLessThan(5000);
    expect(f.vads_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(f.vads_page_action).toBeUndefined();
    expect(h.sandbox.deliveries().at(-1)).toMatchObject({ src: 'MERCH_BO', transStatus: 'CAPTURED', status: 200 });
    // The REST view agrees.
    expect(ok(await h.client().getTransaction(h.test, uuid)).refundedAmount).toBe(2000);
  });

  it('cancels an uncaptured payment from the back office (src BO): CANCELLED DEBIT with its own uuid', async () => {
    const h = await start();
    const uuid = await pay(h);
    const partial = await control(h, `/transactions/${uuid}/refund`, { amount: 100 });
    expect(partial.status).toBe(409);
    expect(((await partial.json()) as { error: { code: string } }).error.code).toBe('PSP_020');
    const res = await control(h, `/transactions/${uuid}/refund`, { src: 'BO' });
    expect(res.status).toBe(200);
    await h.sandbox.idle();
    const f = h.received.at(-1)!.fields;
    expect(verify(f, f.signature, TEST_KEY)).toBe(true);
    expect(f).toMatchObject({ vads_url_check_src: 'BO', vads_operation_type: 'DEBIT', vads_trans_status: 'CANCELLED', vads_trans_uuid: uuid, vads_amount: '12345' });
    expect(ok(await h.client().getTransaction(h.test, uuid)).detailedStatus).toBe('CANCELLED');
    expect((await control(h, `/transactions/${uuid}/refund`, {})).status).toBe(409);
    expect((await control(h, `/transactions/${'0'.repeat(32)}/capture`)).status).toBe(404);
  });

  it('lists transactions on the index page with back-office forms that work form-encoded', async () => {
    const h = await start();
    const uuid = await pay(h);
    const page = await (await fetch(`${h.base}/psp-sandbox/`)).text();
    expect(page).toContain(`/psp-sandbox/control/transactions/${uuid}/capture`);
    expect(page).toContain('497010XXXXXX0014');
    const captured = await fetch(`${h.base}/psp-sandbox/control/transactions/${uuid}/capture`, { method: 'POST', body: new URLSearchParams({}), redirect: 'manual' });
    expect(captured.status).toBe(303);
    const refundForm = await (await fetch(`${h.base}/psp-sandbox/`)).text();
    expect(refundForm).toContain(`/psp-sandbox/control/transactions/${uuid}/refund`);
    const refunded = await fetch(`${h.base}/psp-sandbox/control/transactions/${uuid}/refund`, {
      method: 'POST', body: new URLSearchParams({ amount: '345', src: 'MERCH_BO' }), redirect: 'manual',
    });
    expect(refunded.status).toBe(303);
    const tooMuch = await fetch(`${h.base}/psp-sandbox/control/transactions/${uuid}/refund`, { method: 'POST', body: new URLSearchParams({ amount: '99999' }) });
    expect(tooMuch.status).toBe(409);
    expect(await tooMuch.text()).toContain('PSP_020');
    await h.sandbox.idle();
    expect(h.sandbox.transactions().find((t) => t.uuid === uuid)?.refundedAmount).toBe(345);
    const final = await (await fetch(`${h.base}/psp-sandbox/`)).text();
    for (const secret of [TEST_KEY, PROD_KEY, h.test.password, h.production.password, ACCEPTED_CARD]) expect(final.replace(/<code>\d{16}<\/code>/g, '')).not.toContain(secret);
  });
});

describe('PSP sandbox REST — secrets', () => {
  it('keeps passwords, keys, Authorization headers and card numbers out of logs, call records and the ledger', async () => {
    const h = await start();
    const uuid = await pay(h);
    await h.client().getTransaction({ ...h.test, password: 'testpassword_wrong' }, uuid);
    await h.client().getTransaction(h.test, uuid);
    await capture(h, uuid);
    await h.client().refund(h.test, { uuid, amount: { amount: 100, currency: 'EUR' }, comment: '' });
    await control(h, `/transactions/${uuid}/refund`, {});
    h.sandbox.injectFault({ kind: 'timeout', applied: true });
    await h.client(100).getTransaction(h.test, uuid);
    await h.sandbox.idle();
    const everything = JSON.stringify([h.logs, h.sandbox.restCalls(), h.sandbox.transactions(), h.sandbox.deliveries()]);
    const basic = Buffer.from(`${SITE_ID}:${h.test.password}`).toString('base64');
    for (const secret of [TEST_KEY, PROD_KEY, h.test.password, h.production.password, basic, 'testpassword_wrong', ACCEPTED_CARD]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toMatch(/authorization/i);
  });
});
