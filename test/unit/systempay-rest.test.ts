import { SystempayRest, TRANSIENT_PSP_CODES, type PspCredentials } from '../../adapters/psp/systempay/rest';
import type { PspCallResult } from '../../app/psp';

/** The HTTP boundary is faked here (not AWS): every request is recorded and answered as told. */
interface Recorded {
  readonly url: string;
  readonly init: RequestInit;
  readonly body: unknown;
}

type Answer = Response | (() => Response | Promise<Response>) | Error | DOMException;

function fakeFetch(answers: Answer[]): { fetch: typeof fetch; calls: Recorded[] } {
  const calls: Recorded[] = [];
  const fn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init: init ?? {}, body: JSON.parse(String(init?.body ?? 'null')) });
    const next = answers.shift();
    if (next === undefined) throw new Error('unexpected call');
    if (next instanceof Response) return next;
    if (typeof next === 'function') return next();
    throw next;
  };
  return { fetch: fn as typeof fetch, calls };
}

const PASSWORD = 'testpassword_S3cretRestPassw0rd';
const CREDS: PspCredentials = { siteId: '12345678', mode: 'TEST', password: PASSWORD };
const BASE = 'https://api.systempay.fr/api-payment/V4/';
const UUID = '0123456789abcdef0123456789abcdef';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const success = (answer: unknown): Response => json(200, { webService: 'x', version: 'V4', status: 'SUCCESS', answer, _type: 'V4/WebService/Response' });
const error = (errorCode: string, errorMessage = 'refused', detailedErrorMessage: string | null = null, status = 200): Response =>
  json(status, { status: 'ERROR', answer: { errorCode, errorMessage, detailedErrorCode: null, detailedErrorMessage, _type: 'V4/WebService/WebServiceError' } });

function transaction(overrides: Record<string, unknown> = {}, refundAmount: number | null = null): Record<string, unknown> {
  return {
    uuid: UUID, amount: 12345, currency: 'EUR', status: 'PAID', detailedStatus: 'CAPTURED', operationType: 'DEBIT',
    transactionDetails: { cardDetails: { pan: '497010XXXXXX0014', captureResponse: { refundAmount, refundCurrency: refundAmount ? 'EUR' : null } } },
    _type: 'V4/Transaction',
    ...overrides,
  };
}

/** A rejected fetch as undici makes it: a TypeError whose cause is the socket error. */
function networkError(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code }) });
}

function failure<T>(r: PspCallResult<T>): Extract<PspCallResult<T>, { ok: false }> {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r;
}

describe('SystempayRest — requests', () => {
  it('posts each operation as JSON with Basic auth to base + web service', async () => {
    const { fetch, calls } = fakeFetch([success(transaction()), success(transaction({ operationType: 'CREDIT' })), success(transaction()), success(transaction())]);
    const client = new SystempayRest(BASE, { fetch });
    await client.getTransaction(CREDS, UUID);
    await client.refund(CREDS, { uuid: UUID, amount: { amount: 2500, currency: 'EUR' }, comment: 'No-show fee returned' });
    await client.cancel(CREDS, { uuid: UUID, comment: 'Guarantee released' });
    await client.lowerAmount(CREDS, { uuid: UUID, newAmount: { amount: 10000, currency: 'EUR' }, comment: 'Stay shortened' });

    expect(calls.map((c) => c.url)).toEqual([
      `${BASE}Transaction/Get`, `${BASE}Transaction/CancelOrRefund`, `${BASE}Transaction/CancelOrRefund`, `${BASE}Transaction/Update`,
    ]);
    expect(calls.map((c) => c.body)).toEqual([
      { uuid: UUID },
      { uuid: UUID, amount: 2500, currency: 'EUR', resolutionMode: 'REFUND_ONLY', comment: 'No-show fee returned' },
      { uuid: UUID, resolutionMode: 'CANCELLATION_ONLY', comment: 'Guarantee released' },
      { uuid: UUID, comment: 'Stay shortened', cardUpdate: { amount: 10000, currency: 'EUR' } },
    ]);
    for (const { init } of calls) {
      expect(init.method).toBe('POST');
      const headers = new Headers(init.headers);
      expect(headers.get('authorization')).toBe(`Basic ${Buffer.from(`12345678:${PASSWORD}`).toString('base64')}`);
      expect(headers.get('content-type')).toBe('application/json');
      expect(init.signal).toBeInstanceOf(AbortSignal);
    }
  });

  it('adds the missing slash to the base URL', async () => {
    const { fetch, calls } = fakeFetch([success(transaction())]);
    await new SystempayRest('http://127.0.0.1:3000/psp-sandbox/api-payment/V4', { fetch }).getTransaction(CREDS, UUID);
    expect(calls[0]!.url).toBe('http://127.0.0.1:3000/psp-sandbox/api-payment/V4/Transaction/Get');
  });
});

describe('SystempayRest — successful answers', () => {
  it('maps Transaction/Get, reading the refunded amount from captureResponse (null → 0)', async () => {
    const { fetch } = fakeFetch([success(transaction()), success(transaction({ amount: 9000 }, 2500))]);
    const client = new SystempayRest(BASE, { fetch });
    expect(await client.getTransaction(CREDS, UUID)).toEqual({
      ok: true, value: { uuid: UUID, amount: 12345, currency: 'EUR', detailedStatus: 'CAPTURED', refundedAmount: 0, maskedPan: '497010XXXXXX0014' },
    });
    expect(await client.getTransaction(CREDS, UUID)).toEqual({
      ok: true, value: { uuid: UUID, amount: 9000, currency: 'EUR', detailedStatus: 'CAPTURED', refundedAmount: 2500, maskedPan: '497010XXXXXX0014' },
    });
  });

  it('returns the CREDIT a refund made, and the cancelled transaction of a cancel', async () => {
    const credit = 'fedcba9876543210fedcba9876543210';
    const { fetch } = fakeFetch([success(transaction({ uuid: credit, operationType: 'CREDIT', amount: 2500 })), success(transaction({ detailedStatus: 'CANCELLED' }))]);
    const client = new SystempayRest(BASE, { fetch });
    expect(await client.refund(CREDS, { uuid: UUID, amount: { amount: 2500, currency: 'EUR' }, comment: '' }))
      .toEqual({ ok: true, value: { uuid: credit, detailedStatus: 'CAPTURED', operationType: 'CREDIT' } });
    expect(await client.cancel(CREDS, { uuid: UUID, comment: '' }))
      .toEqual({ ok: true, value: { uuid: UUID, detailedStatus: 'CANCELLED', operationType: 'DEBIT' } });
  });

  it('accepts a Transaction/Update answer without uuid (documented as Common/ResponseCodeAnswer)', async () => {
    const { fetch } = fakeFetch([success({ responseCode: 0, _type: 'V4/Common/ResponseCodeAnswer' })]);
    const result = await new SystempayRest(BASE, { fetch }).lowerAmount(CREDS, { uuid: UUID, newAmount: { amount: 100, currency: 'EUR' }, comment: '' });
    expect(result).toEqual({ ok: true, value: { uuid: UUID, detailedStatus: '' } });
  });
});

describe('SystempayRest — failures', () => {
  const get = async (...answers: Answer[]): Promise<Extract<PspCallResult<unknown>, { ok: false }>> => {
    const { fetch } = fakeFetch(answers);
    return failure(await new SystempayRest(BASE, { fetch, timeoutMs: 50 }).getTransaction(CREDS, UUID));
  };

  it('keeps the PSP code and message of an error envelope: permanent', async () => {
    const f = await get(error('PSP_104', 'transaction already fully refunded', 'nothing left'));
    expect(f).toEqual({ ok: false, failure: 'permanent', code: 'PSP_104', message: expect.stringContaining('transaction already fully refunded') });
    expect(f.message).toContain('nothing left');
    expect((await get(error('ACQ_001', 'payment refused'))).failure).toBe('permanent');
    expect((await get(error('PSP_010'))).failure).toBe('permanent');
    expect((await get(json(200, { status: 'ERROR', answer: null }))).code).toBe('psp_error');
  });

  it('treats the documented "technical, try later" codes as transient on a read, maybe done on an operation, and only those', async () => {
    expect([...TRANSIENT_PSP_CODES].sort()).toEqual(['ACQ_999', 'PSP_099', 'PSP_999']);
    for (const code of TRANSIENT_PSP_CODES) {
      expect(await get(error(code))).toMatchObject({ failure: 'transient', code });
      // The fault may have come after the PSP booked the refund: the caller must look before calling again.
      const client = new SystempayRest(BASE, { fetch: fakeFetch([error(code), error(code), error(code)]).fetch });
      expect(await client.refund(CREDS, { uuid: UUID, amount: { amount: 100, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'ambiguous', code });
      expect(await client.cancel(CREDS, { uuid: UUID, comment: '' })).toMatchObject({ ok: false, failure: 'ambiguous', code });
      expect(await client.lowerAmount(CREDS, { uuid: UUID, newAmount: { amount: 50, currency: 'EUR' }, comment: '' })).toMatchObject({ ok: false, failure: 'ambiguous', code });
    }
    expect(await get(error('PSP_998'))).toMatchObject({ failure: 'permanent', code: 'PSP_998' });
  });

  it('parses a 401 envelope: bad credentials are permanent', async () => {
    expect(await get(error('INT_905', 'invalid login or private key', null, 401))).toMatchObject({ failure: 'permanent', code: 'INT_905' });
    expect(await get(new Response('Unauthorized', { status: 401 }))).toMatchObject({ failure: 'permanent', code: 'http_401' });
  });

  it('classifies HTTP statuses: a read\'s 5xx and any 429 transient, an operation\'s 5xx ambiguous, other 4xx permanent', async () => {
    expect(await get(new Response('<html>down</html>', { status: 503 }))).toMatchObject({ failure: 'transient', code: 'http_503' });
    expect(await get(new Response(null, { status: 500 }))).toMatchObject({ failure: 'transient', code: 'http_500' });
    expect(await get(new Response(null, { status: 502 }))).toMatchObject({ failure: 'transient', code: 'http_502' });
    expect(await get(new Response(null, { status: 429 }))).toMatchObject({ failure: 'transient', code: 'http_429' });
    expect(await get(new Response(null, { status: 504 }))).toMatchObject({ failure: 'transient', code: 'http_504' });
    for (const status of [500, 502, 503, 504]) {
      const { fetch } = fakeFetch([new Response(null, { status })]);
      const refund = await new SystempayRest(BASE, { fetch }).refund(CREDS, { uuid: UUID, amount: { amount: 100, currency: 'EUR' }, comment: '' });
      expect(refund).toMatchObject({ ok: false, failure: 'ambiguous', code: `http_${status}` });
    }
    for (const status of [400, 403, 404, 405]) expect(await get(new Response('no', { status }))).toMatchObject({ failure: 'permanent', code: `http_${status}` });
  });

  it('treats a refused connection or an unknown host as transient (nothing was sent)', async () => {
    expect(await get(networkError('ECONNREFUSED'))).toMatchObject({ failure: 'transient', code: 'network' });
    expect(await get(networkError('ENOTFOUND'))).toMatchObject({ failure: 'transient', code: 'network' });
    const both = new TypeError('fetch failed', {
      cause: Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), Object.assign(new Error('b'), { code: 'ECONNREFUSED' })]), {}),
    });
    expect(await get(both)).toMatchObject({ failure: 'transient', code: 'network' });
  });

  it('treats a connection lost after sending, or an unknown network error, as ambiguous', async () => {
    expect(await get(networkError('ECONNRESET'))).toMatchObject({ failure: 'ambiguous', code: 'network' });
    expect(await get(networkError('UND_ERR_SOCKET'))).toMatchObject({ failure: 'ambiguous', code: 'network' });
    expect(await get(new TypeError('fetch failed'))).toMatchObject({ failure: 'ambiguous', code: 'network' });
  });

  it('treats a timeout as ambiguous', async () => {
    // Never answers: only the client's own AbortSignal ends the call.
    const slow = ((_input: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as unknown as typeof fetch;
    const started = Date.now();
    const f = failure(await new SystempayRest(BASE, { fetch: slow, timeoutMs: 30 }).refund(CREDS, { uuid: UUID, amount: { amount: 1, currency: 'EUR' }, comment: '' }));
    expect(f).toMatchObject({ failure: 'ambiguous', code: 'timeout' });
    expect(f.message).toContain('30 ms');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await get(new DOMException('The operation was aborted.', 'AbortError'))).toMatchObject({ failure: 'ambiguous', code: 'timeout' });
  });

  it('treats an unreadable 200, or a SUCCESS without the expected fields, as ambiguous', async () => {
    expect(await get(new Response('<html>proxy page</html>', { status: 200 }))).toMatchObject({ failure: 'ambiguous', code: 'bad_response' });
    expect(await get(json(200, { answer: {} }))).toMatchObject({ failure: 'ambiguous', code: 'bad_response' });
    expect(await get(success({ uuid: UUID }))).toMatchObject({ failure: 'ambiguous', code: 'bad_response' });
    const { fetch } = fakeFetch([success({ _type: 'V4/Something' })]);
    const refund = await new SystempayRest(BASE, { fetch }).refund(CREDS, { uuid: UUID, amount: { amount: 1, currency: 'EUR' }, comment: '' });
    expect(failure(refund)).toMatchObject({ failure: 'ambiguous', code: 'bad_response' });
  });

  it('never puts the password, the Authorization header or a card number in a failure', async () => {
    const header = Buffer.from(`12345678:${PASSWORD}`).toString('base64');
    const failures = [
      await get(error('INT_902', 'web-service input data validation error', 'Invalid input value [name=pan, value=4970100000000014]')),
      await get(error('INT_905', 'invalid login or private key', null, 401)),
      await get(networkError('ECONNREFUSED')),
      await get(new Response(null, { status: 503 })),
    ];
    const text = JSON.stringify(failures);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(header);
    expect(text).not.toContain('4970100000000014');
    expect(failures[0]!.message).toContain('[redacted]');
  });
});
