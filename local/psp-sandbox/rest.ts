import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CtxMode, Shop, ShopRegistry } from './gateway';
import { readBody, sendJson } from './http';
import { createPayment } from './charge';
import { ERRORS, restPayment, restTransaction, type Ledger, type LedgerEntry, type OperationError, type OperationOutcome, type ResolutionMode } from './ledger';
import type { TokenStore } from './tokens';

/**
 * REST API V4 web services of the sandbox (reference §6): Basic auth with the shop's test or
 * production password, a JSON body, an `{status, answer}` envelope. Faults can be injected to see
 * how a client copes with an unavailable, slow or refusing PSP.
 */

export type FaultKind = 'http_500' | 'http_503' | 'timeout' | 'refuse';
export const FAULT_KINDS: readonly FaultKind[] = ['http_500', 'http_503', 'timeout', 'refuse'];

export interface RestFault {
  /** e.g. `Transaction/CancelOrRefund`; any web service when absent. */
  readonly webService?: string;
  readonly kind: FaultKind;
  /** How many calls fail this way; default 1. */
  readonly times?: number;
  /** For `refuse`: the error code and message (default ACQ_001 "payment refused"). */
  readonly code?: string;
  readonly message?: string;
  /**
   * For `timeout`: do the operation, then never answer ("done, but the answer was lost"). For
   * `refuse`: do it, then answer with the error (a technical error after the PSP booked it).
   */
  readonly applied?: boolean;
}

/** One REST call as the sandbox saw it. No credentials. */
export interface RestCall {
  readonly at: string;
  readonly webService: string;
  readonly siteId?: string;
  readonly mode?: CtxMode;
  readonly uuid?: string;
  /** null when the sandbox held the call without answering (timeout fault). */
  readonly httpStatus: number | null;
  /** SUCCESS, ERROR (see errorCode), or the injected fault: http_500, http_503, timeout. */
  readonly outcome: 'SUCCESS' | 'ERROR' | 'http_500' | 'http_503' | 'timeout';
  readonly errorCode?: string;
  /** For a timeout fault: whether the operation was done before the answer was withheld. */
  readonly applied?: boolean;
}

export const WEB_SERVICES = [
  'Charge/SDKTest', 'Charge/CreatePayment', 'Order/Get', 'Transaction/Get', 'Transaction/CancelOrRefund', 'Transaction/Update', 'Transaction/Validate',
] as const;

/**
 * Bad or missing credentials: HTTP 401 with an error envelope (Lyra's clients parse 401 bodies,
 * reference §6.1). INT_905 "invalid login or private key" is the code integrations of the Lyra
 * REST API report for a wrong shop id/password pair.
 */
export const AUTH_ERROR = { code: 'INT_905', message: 'invalid login or private key' } as const;
/** Default refusal of the `refuse` fault: the acquirer's "payment refused" (Lyra REST error reference, ACQ errors). */
const DEFAULT_REFUSAL = { code: 'ACQ_001', message: 'payment refused' } as const;

/** The calls kept for inspection (the latest); `restCallTotals` counts every one. */
const KEPT_CALLS = 1000;

/** Every REST call since the sandbox started, counted by outcome and by error code. */
export interface RestCallTotals {
  readonly calls: number;
  readonly byOutcome: Readonly<Partial<Record<RestCall['outcome'], number>>>;
  readonly byErrorCode: Readonly<Record<string, number>>;
}

interface ActiveFault {
  readonly fault: RestFault;
  remaining: number;
}

export interface RestApiDeps {
  readonly shops: ShopRegistry;
  readonly ledger: Ledger;
  readonly now: () => Date;
  readonly log: (msg: string, fields?: Record<string, unknown>) => void;
  /** A fresh gateway-reserved `vads_trans_id` (900000–999999) for a new CREDIT or a REST payment. */
  readonly newTransId: (siteId: string) => { transId: string; transDate: string };
  readonly tokens: TokenStore;
  /** Sends the REST IPN of a payment made by Charge/CreatePayment (reference §6.9). */
  readonly notifyPayment: (entry: LedgerEntry) => void;
}

/** The faults a random-fault run draws from, equally likely. */
const RANDOM_FAULTS: readonly RestFault[] = [
  { kind: 'http_500' }, { kind: 'http_503' },
  { kind: 'timeout', applied: false }, { kind: 'timeout', applied: true },
  { kind: 'refuse', applied: true, code: 'PSP_999', message: 'technical error' },
];

export class FaultInputError extends Error {}

export function validateFault(input: unknown): RestFault {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new FaultInputError('a fault is a JSON object');
  const f = input as Record<string, unknown>;
  if (!FAULT_KINDS.includes(f.kind as FaultKind)) throw new FaultInputError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  if (f.webService !== undefined && (typeof f.webService !== 'string' || f.webService === '')) throw new FaultInputError('webService must be a web service name, e.g. Transaction/Get');
  if (f.times !== undefined && (!Number.isInteger(f.times) || (f.times as number) < 1 || (f.times as number) > 1000)) throw new FaultInputError('times must be an integer from 1 to 1000');
  for (const name of ['code', 'message'] as const) {
    if (f[name] !== undefined && (typeof f[name] !== 'string' || (f[name] as string).length > 127)) throw new FaultInputError(`${name} must be a string of at most 127 characters`);
  }
  if (f.applied !== undefined && typeof f.applied !== 'boolean') throw new FaultInputError('applied must be true or false');
  return {
    kind: f.kind as FaultKind,
    ...(f.webService !== undefined ? { webService: f.webService as string } : {}),
    ...(f.times !== undefined ? { times: f.times as number } : {}),
    ...(f.code !== undefined ? { code: f.code as string } : {}),
    ...(f.message !== undefined ? { message: f.message as string } : {}),
    ...(f.applied !== undefined ? { applied: f.applied as boolean } : {}),
  };
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
const samePassword = (given: string, expected: string | undefined): boolean => expected !== undefined && timingSafeEqual(digest(given), digest(expected));

/** The mode of the password used, or undefined when the credentials are wrong. */
function authenticate(header: string | undefined, shops: ShopRegistry): { shop: Shop; mode: CtxMode } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const shop = shops.get(decoded.slice(0, colon));
  if (!shop) return undefined;
  const password = decoded.slice(colon + 1);
  if (samePassword(password, shop.testPassword)) return { shop, mode: 'TEST' };
  if (samePassword(password, shop.productionPassword)) return { shop, mode: 'PRODUCTION' };
  return undefined;
}

const RESOLUTION_MODES: readonly ResolutionMode[] = ['AUTO', 'REFUND_ONLY', 'CANCELLATION_ONLY'];
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= 999_999_999_999;

type Answer = { readonly ok: true; readonly answer: Record<string, unknown> } | { readonly ok: false; readonly error: OperationError };

const invalid = (detail: string): Answer => ({ ok: false, error: { ...ERRORS.invalidInput, detail } });
const fromOutcome = (o: OperationOutcome): Answer => (o.ok ? { ok: true, answer: restTransaction(o.entry) } : o);

export class RestApi {
  private faultQueue: ActiveFault[] = [];
  private random?: { rate: number; random: () => number };
  private readonly calls: RestCall[] = [];
  private readonly totals: { calls: number; byOutcome: Partial<Record<RestCall['outcome'], number>>; byErrorCode: Record<string, number> } = { calls: 0, byOutcome: {}, byErrorCode: {} };
  private readonly held = new Set<ServerResponse>();

  constructor(private readonly deps: RestApiDeps) {}

  injectFault(fault: RestFault): void {
    const valid = validateFault(fault);
    this.faultQueue.push({ fault: valid, remaining: valid.times ?? 1 });
  }

  clearFaults(): void {
    this.faultQueue = [];
  }

  faults(): RestFault[] {
    return this.faultQueue.map((f) => ({ ...f.fault, times: f.remaining }));
  }

  restCalls(): ReadonlyArray<RestCall> {
    return Object.freeze([...this.calls]);
  }

  restCallTotals(): RestCallTotals {
    return { calls: this.totals.calls, byOutcome: { ...this.totals.byOutcome }, byErrorCode: { ...this.totals.byErrorCode } };
  }

  /** Drops calls held by a timeout fault. */
  stop(): void {
    for (const res of this.held) res.destroy();
    this.held.clear();
  }

  async handle(req: IncomingMessage, res: ServerResponse, webService: string): Promise<void> {
    const raw = await readBody(req);
    const at = this.deps.now();
    const base = { at: at.toISOString(), webService };
    const reply = (httpStatus: number, answer: Answer, extra: Partial<RestCall> = {}): void => {
      const errorCode = answer.ok ? undefined : answer.error.code;
      this.record({ ...base, ...extra, httpStatus, outcome: answer.ok ? 'SUCCESS' : 'ERROR', ...(errorCode ? { errorCode } : {}) });
      sendJson(res, httpStatus, envelope(webService, answer, at, extra.mode));
    };

    const auth = authenticate(req.headers.authorization, this.deps.shops);
    if (!auth) {
      reply(401, { ok: false, error: { ...AUTH_ERROR, detail: 'check the shop id and the test or production REST password' } });
      return;
    }
    const who = { siteId: auth.shop.siteId, mode: auth.mode };
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      reply(200, invalid('the request body must be a JSON object'), who);
      return;
    }
    const params = body as Record<string, unknown>;
    const uuid = typeof params.uuid === 'string' ? params.uuid : undefined;
    const call = { ...who, ...(uuid ? { uuid } : {}) };
    if (!(WEB_SERVICES as readonly string[]).includes(webService)) {
      reply(200, invalid(`unknown web service ${webService}; the sandbox simulates ${WEB_SERVICES.join(', ')}`), call);
      return;
    }

    const fault = this.takeFault(webService);
    if (fault?.kind === 'http_500' || fault?.kind === 'http_503') {
      const status = fault.kind === 'http_500' ? 500 : 503;
      this.record({ ...base, ...call, httpStatus: status, outcome: fault.kind });
      this.deps.log('REST call failed on purpose (injected fault)', { webService, ...call, fault: fault.kind });
      if (status === 503) {
        res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5' });
        res.end('<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>');
      } else {
        res.writeHead(500, { 'content-length': '0' });
        res.end();
      }
      return;
    }
    if (fault?.kind === 'refuse') {
      const error = { code: fault.code ?? DEFAULT_REFUSAL.code, message: fault.message ?? DEFAULT_REFUSAL.message };
      if (fault.applied === true) this.run(webService, params, auth);
      this.deps.log('REST call refused on purpose (injected fault)', { webService, ...call, errorCode: error.code });
      reply(200, { ok: false, error }, call);
      return;
    }

    if (fault?.kind === 'timeout') {
      const applied = fault.applied === true;
      if (applied) this.run(webService, params, auth);
      this.record({ ...base, ...call, httpStatus: null, outcome: 'timeout', applied });
      this.deps.log('REST call held without an answer (injected fault)', { webService, ...call, applied });
      this.held.add(res);
      res.on('close', () => this.held.delete(res));
      // A random run cuts the connection after a while rather than holding it for the client's
      // whole timeout: the same "sent, no answer" for the merchant, without the wait.
      if (this.random) setTimeout(() => res.destroy(), 1000).unref();
      return;
    }

    const answer = this.run(webService, params, auth);
    // A payment is recorded with the uuid of the transaction it created.
    const created = answer.ok && webService === 'Charge/CreatePayment' ? paymentUuid(answer.answer) : undefined;
    const recorded = created ? { ...call, uuid: created } : call;
    this.deps.log('REST call', { webService, ...recorded, outcome: answer.ok ? 'SUCCESS' : answer.error.code });
    reply(200, answer, recorded);
  }

  private run(webService: string, params: Record<string, unknown>, auth: { shop: Shop; mode: CtxMode }): Answer {
    if (webService === 'Charge/SDKTest') {
      return { ok: true, answer: { value: typeof params.value === 'string' ? params.value : null, _type: 'V4/Type/String' } };
    }
    if (webService === 'Charge/CreatePayment') {
      const outcome = createPayment(params, auth, this.deps);
      if (!outcome.ok) return outcome;
      this.deps.notifyPayment(outcome.entry);
      return { ok: true, answer: restPayment(outcome.entry, this.deps.now(), outcome.token.email) };
    }
    if (webService === 'Order/Get') return this.order(params, auth);
    if (typeof params.uuid !== 'string' || params.uuid === '') return invalid('uuid is required');
    const entry = this.find(params.uuid, auth);
    if (!entry) return { ok: false, error: { ...ERRORS.notFound, detail: `no ${auth.mode} transaction ${params.uuid} for shop ${auth.shop.siteId}` } };
    const comment = typeof params.comment === 'string' ? params.comment.slice(0, 255) : undefined;

    switch (webService) {
      case 'Transaction/Get':
        return { ok: true, answer: restTransaction(entry) };
      case 'Transaction/CancelOrRefund': {
        if (params.amount !== undefined && !isAmount(params.amount)) return invalid('amount must be a positive integer in minor units');
        if (params.currency !== undefined && typeof params.currency !== 'string') return invalid('currency must be an ISO 4217 alpha-3 code');
        const mode = params.resolutionMode ?? 'AUTO';
        if (!RESOLUTION_MODES.includes(mode as ResolutionMode)) return invalid(`resolutionMode must be one of ${RESOLUTION_MODES.join(', ')}`);
        return fromOutcome(this.deps.ledger.cancelOrRefund(
          entry,
          { amount: params.amount as number | undefined, currency: params.currency as string | undefined, mode: mode as ResolutionMode, comment },
          () => this.deps.newTransId(entry.siteId),
        ));
      }
      case 'Transaction/Update': {
        const update = params.cardUpdate;
        if (typeof update !== 'object' || update === null) return invalid('cardUpdate is required');
        const { amount, currency, manualValidation } = update as Record<string, unknown>;
        if (!isAmount(amount)) return invalid('cardUpdate.amount must be a positive integer in minor units');
        if (typeof currency !== 'string') return invalid('cardUpdate.currency is required (ISO 4217 alpha-3)');
        if (manualValidation !== undefined && manualValidation !== 'YES' && manualValidation !== 'NO') return invalid('cardUpdate.manualValidation must be YES or NO');
        return fromOutcome(this.deps.ledger.update(entry, { amount, currency, comment, manualValidation }));
      }
      case 'Transaction/Validate':
        // "Returns a Transaction" (reference §6.6).
        return fromOutcome(this.deps.ledger.validate(entry, { comment }));
      default:
        return invalid(`unknown web service ${webService}`);
    }
  }

  /**
   * Order/Get (reference §6.7): every transaction of the shop's mode made under an order id,
   * oldest first, optionally only DEBITs or CREDITs (`operationType`, as Lyra's clients pass it).
   * An order id nothing was made under answers an empty list.
   */
  private order(params: Record<string, unknown>, auth: { shop: Shop; mode: CtxMode }): Answer {
    const { orderId, operationType } = params;
    if (typeof orderId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(orderId)) return invalid('orderId is required: 1 to 64 characters from a-z, A-Z, 0-9, _ and -');
    if (operationType !== undefined && operationType !== 'DEBIT' && operationType !== 'CREDIT') return invalid('operationType must be DEBIT or CREDIT');
    const transactions = this.deps.ledger.all()
      .filter((e) => e.orderId === orderId && e.siteId === auth.shop.siteId && e.ctxMode === auth.mode && (operationType === undefined || e.operationType === operationType))
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((e) => ({ ...restTransaction(e), _type: 'V4/PaymentTransaction' }));
    return { ok: true, answer: { orderId, transactions, _type: 'V4/Order' } };
  }

  /** A transaction is only reachable by its shop, with the password of the mode it was made in. */
  private find(uuid: string, auth: { shop: Shop; mode: CtxMode }): LedgerEntry | undefined {
    const entry = this.deps.ledger.get(uuid);
    return entry && entry.siteId === auth.shop.siteId && entry.ctxMode === auth.mode ? entry : undefined;
  }

  /**
   * From now on a share `rate` of calls fail at random (undefined: never): 5xx, no answer (done
   * or not), or a technical error after the operation was booked — the PSP faults a merchant
   * must survive. Faults queued with injectFault come first.
   */
  randomFaults(options: { rate: number; random: () => number } | undefined): void {
    this.random = options;
  }

  private takeFault(webService: string): RestFault | undefined {
    if (this.random && !this.faultQueue.length && this.random.random() < this.random.rate) {
      const pick = RANDOM_FAULTS[Math.floor(this.random.random() * RANDOM_FAULTS.length)]!;
      return { ...pick, times: 1 };
    }
    const active = this.faultQueue.find((f) => f.fault.webService === undefined || f.fault.webService === webService);
    if (!active) return undefined;
    active.remaining--;
    if (active.remaining <= 0) this.faultQueue = this.faultQueue.filter((f) => f !== active);
    return active.fault;
  }

  private record(call: RestCall): void {
    this.totals.calls++;
    this.totals.byOutcome[call.outcome] = (this.totals.byOutcome[call.outcome] ?? 0) + 1;
    if (call.errorCode) this.totals.byErrorCode[call.errorCode] = (this.totals.byErrorCode[call.errorCode] ?? 0) + 1;
    this.calls.push(call);
    if (this.calls.length > KEPT_CALLS) this.calls.splice(0, this.calls.length - KEPT_CALLS);
  }
}

function paymentUuid(payment: Record<string, unknown>): string | undefined {
  const first = Array.isArray(payment.transactions) ? (payment.transactions[0] as Record<string, unknown> | undefined) : undefined;
  return typeof first?.uuid === 'string' ? first.uuid : undefined;
}

function envelope(webService: string, answer: Answer, at: Date, mode: CtxMode | undefined): Record<string, unknown> {
  return {
    webService,
    version: 'V4',
    applicationVersion: 'sandbox',
    status: answer.ok ? 'SUCCESS' : 'ERROR',
    answer: answer.ok
      ? answer.answer
      : {
          errorCode: answer.error.code,
          errorMessage: answer.error.message,
          detailedErrorCode: null,
          detailedErrorMessage: answer.error.detail ?? null,
          _type: 'V4/WebService/WebServiceError',
        },
    ticket: null,
    serverDate: at.toISOString().replace(/\.\d{3}Z$/, '+00:00'),
    applicationProvider: 'SANDBOX',
    metadata: null,
    mode: mode ?? null,
    _type: 'V4/WebService/Response',
  };
}
