import type { PspCallResult } from '../../../app/psp';
import type { Money } from '../../../domain/money';

/** The shop's REST API credentials for one mode (the PSP's "password", kept sealed with the hotel). */
export interface PspCredentials {
  readonly siteId: string;
  readonly mode: 'TEST' | 'PRODUCTION';
  readonly password: string;
}

/** What the PSP says of one of its transactions now. Amounts in minor units. */
export interface PspTransactionState {
  readonly uuid: string;
  /** Current amount: lowered by an amount update before capture. */
  readonly amount: number;
  readonly currency: string;
  /** e.g. AUTHORISED, AUTHORISED_TO_VALIDATE, CAPTURED, CANCELLED, REFUSED. */
  readonly detailedStatus: string;
  /** Refunded so far after capture (`captureResponse.refundAmount`), 0 when none. */
  readonly refundedAmount: number;
  /** The bank's answer code (`authorizationResponse.authorizationResult`, `vads_auth_result`), when the PSP gives one. */
  readonly authResult?: string;
  /** Why the PSP refused, in its words (`detailedErrorMessage`, else `errorMessage`). */
  readonly refusal?: string;
  /** The card as the PSP shows it (`497010XXXXXX0055`). */
  readonly maskedPan?: string;
}

export interface PspOperationResult {
  /** The transaction the operation produced: a new CREDIT for a refund, the same one for a cancel/update. */
  readonly uuid: string;
  readonly detailedStatus: string;
  readonly operationType?: string;
}

/**
 * Systempay REST API V4 client for the server-to-server operations (reference §6): every call is a
 * `POST <base>/<WebService>` with a JSON body and HTTP Basic auth `siteId:password`, answered by a
 * `{status, answer}` envelope.
 *
 * Each outcome is classified for the caller (see `PspCallResult`):
 * - `ok`: HTTP 200 with `status: "SUCCESS"`.
 * - `permanent`: the PSP said no (error envelope, on HTTP 200 or 401 — Lyra's own clients parse
 *   both, reference §6.1), or any other HTTP status (400, 403, 404…): trying again will not help.
 * - `transient`: not done, safe to retry: 429, the connection refused or the host not found (the
 *   request never left), and for a read (Transaction/Get) also a 5xx or one of the PSP codes that
 *   say "technical problem, try later" (TRANSIENT_PSP_CODES).
 * - `ambiguous`: may have been done: timeout, connection lost after sending, an unreadable 200
 *   answer, and for an operation that moves money a 5xx or a "technical problem" code: the
 *   failure may have come after the PSP booked it, so the caller looks before calling again.
 *
 * Error messages never carry the password, the Authorization header or a card number.
 */

export interface SystempayRestOptions {
  /** Per call, connection to last byte of the answer. Default 10 s. */
  readonly timeoutMs?: number;
  /** Injected for tests. */
  readonly fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * PSP error codes that mean "technical problem, try again later". Kept short on purpose: any code
 * not listed is permanent, so an unknown code never causes a retry loop ("New error codes can be
 * added in the future", reference §6.1).
 * - PSP_999: technical error on the gateway side (Lyra's client messages: an error occurred during
 *   the payment process).
 * - ACQ_999: technical error on the acquirer side (Lyra REST error reference, ACQ errors: "Technical
 *   error"; ACQ_001 is the refusal, which stays permanent).
 * - PSP_099: too many attempts (Lyra's client messages: "try again later").
 */
export const TRANSIENT_PSP_CODES: ReadonlySet<string> = new Set(['PSP_999', 'ACQ_999', 'PSP_099']);

/** Connection errors that happen before anything is sent: nothing can have been done. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

const MAX_MESSAGE = 300;

type Failure = Extract<PspCallResult<never>, { ok: false }>;
type Json = Record<string, unknown>;

const fail = (failure: Failure['failure'], code: string, message: string): Failure => ({ ok: false, failure, code, message: clean(message) });

/** PSP messages may echo input values; nothing that looks like a card number goes further. */
function clean(message: string): string {
  const scrubbed = message.replace(/\d[\d ]{11,22}\d/g, (m) => (m.replace(/\D/g, '').length >= 13 ? '[redacted]' : m));
  return scrubbed.length > MAX_MESSAGE ? `${scrubbed.slice(0, MAX_MESSAGE - 1)}…` : scrubbed;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined);

function path(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys) {
    if (!isObject(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** The error code of a failed fetch: undici puts the socket error in `cause` (an AggregateError when several addresses were tried). */
function networkCode(err: unknown): string | undefined {
  const cause = isObject(err) || err instanceof Error ? (err as { cause?: unknown }).cause : undefined;
  if (!isObject(cause) && !(cause instanceof Error)) return undefined;
  const code = str((cause as { code?: unknown }).code);
  if (code) return code;
  const errors = (cause as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const codes = errors.map((e) => (isObject(e) || e instanceof Error ? str((e as { code?: unknown }).code) : undefined));
    const first = codes[0];
    if (first && codes.every((c) => c === first)) return first;
  }
  return undefined;
}

/** Duck-typed: DOMExceptions are not `instanceof Error` in every realm (jest's, for one). */
function errorName(err: unknown): string | undefined {
  return isObject(err) || err instanceof Error ? str((err as { name?: unknown }).name) : undefined;
}

function classifyThrown(err: unknown, timeoutMs: number, webService: string): Failure {
  const name = errorName(err);
  if (name === 'TimeoutError') return fail('ambiguous', 'timeout', `${webService}: no answer within ${timeoutMs} ms`);
  if (name === 'AbortError') return fail('ambiguous', 'timeout', `${webService}: call aborted before the answer`);
  const code = networkCode(err);
  if (code && NOT_SENT_CODES.has(code)) return fail('transient', 'network', `${webService}: could not connect (${code})`);
  return fail('ambiguous', 'network', `${webService}: connection failed${code ? ` (${code})` : ''}; the call may have reached the PSP`);
}

/** Only a read is plainly safe to repeat; an operation that failed "technically" may have been done. */
const isRead = (webService: string): boolean => webService === 'Transaction/Get' || webService === 'Order/Get';

function pspError(answer: unknown, httpStatus: number, webService: string): Failure {
  const code = str(path(answer, 'errorCode'));
  const parts = [str(path(answer, 'errorMessage')), str(path(answer, 'detailedErrorMessage'))].filter((s): s is string => !!s);
  const detailed = str(path(answer, 'detailedErrorCode'));
  const message = `${webService}: ${parts.join(' — ') || 'refused without a message'}${detailed ? ` (detailed code ${detailed})` : ''}`;
  if (!code) return fail('permanent', httpStatus === 401 ? 'http_401' : 'psp_error', message);
  if (!TRANSIENT_PSP_CODES.has(code)) return fail('permanent', code, message);
  return fail(isRead(webService) ? 'transient' : 'ambiguous', code, message);
}

function basicAuth(creds: PspCredentials): string {
  return `Basic ${Buffer.from(`${creds.siteId}:${creds.password}`, 'utf8').toString('base64')}`;
}

function toOperationResult(answer: Json, fallbackUuid?: string): PspOperationResult | undefined {
  const uuid = str(answer.uuid) ?? fallbackUuid;
  const detailedStatus = str(answer.detailedStatus) ?? (fallbackUuid ? '' : undefined);
  if (!uuid || detailedStatus === undefined) return undefined;
  const operationType = str(answer.operationType);
  return { uuid, detailedStatus, ...(operationType ? { operationType } : {}) };
}

function toTransactionState(answer: Json): PspTransactionState | undefined {
  const uuid = str(answer.uuid);
  const amount = int(answer.amount);
  const currency = str(answer.currency);
  const detailedStatus = str(answer.detailedStatus);
  const refund = path(answer, 'transactionDetails', 'cardDetails', 'captureResponse', 'refundAmount');
  const refundedAmount = refund === null || refund === undefined ? 0 : int(refund);
  if (!uuid || amount === undefined || !currency || !detailedStatus || refundedAmount === undefined) return undefined;
  const authResult = str(path(answer, 'transactionDetails', 'cardDetails', 'authorizationResponse', 'authorizationResult'));
  const refusal = str(answer.detailedErrorMessage) ?? str(answer.errorMessage);
  const maskedPan = str(path(answer, 'transactionDetails', 'cardDetails', 'pan'));
  return { uuid, amount, currency, detailedStatus, refundedAmount, ...(authResult ? { authResult } : {}), ...(refusal ? { refusal: clean(refusal) } : {}), ...(maskedPan ? { maskedPan } : {}) };
}

/** The first transaction of a V4/Payment (the answer of Charge/CreatePayment). */
function paymentTransaction(answer: Json): PspTransactionState | undefined {
  const list = answer.transactions;
  return Array.isArray(list) && isObject(list[0]) ? toTransactionState(list[0]) : undefined;
}

/** The DEBIT transactions of a V4/Order (the answer of Order/Get); undefined when it cannot be read. */
function orderTransactions(answer: Json): PspTransactionState[] | undefined {
  const list = answer.transactions;
  if (!Array.isArray(list)) return undefined;
  const states = list.filter(isObject).map(toTransactionState);
  return states.every((t): t is PspTransactionState => t !== undefined) ? states : undefined;
}

export class SystempayRest {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;

  constructor(baseUrl: string, options: SystempayRestOptions = {}) {
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  }

  getTransaction(creds: PspCredentials, uuid: string): Promise<PspCallResult<PspTransactionState>> {
    return this.call(creds, 'Transaction/Get', { uuid }, toTransactionState);
  }

  refund(creds: PspCredentials, op: { uuid: string; amount: Money; comment: string }): Promise<PspCallResult<PspOperationResult>> {
    return this.call(creds, 'Transaction/CancelOrRefund', {
      uuid: op.uuid, amount: op.amount.amount, currency: op.amount.currency, resolutionMode: 'REFUND_ONLY', comment: op.comment,
    }, (a) => toOperationResult(a));
  }

  cancel(creds: PspCredentials, op: { uuid: string; comment: string }): Promise<PspCallResult<PspOperationResult>> {
    return this.call(creds, 'Transaction/CancelOrRefund', { uuid: op.uuid, resolutionMode: 'CANCELLATION_ONLY', comment: op.comment }, (a) => toOperationResult(a));
  }

  /** The documented answer type of Transaction/Update is `Common/ResponseCodeAnswer` (reference §6.5, §11): uuid and status may be missing. */
  lowerAmount(creds: PspCredentials, op: { uuid: string; newAmount: Money; comment: string }): Promise<PspCallResult<PspOperationResult>> {
    return this.call(creds, 'Transaction/Update', {
      uuid: op.uuid, comment: op.comment, cardUpdate: { amount: op.newAmount.amount, currency: op.newAmount.currency },
    }, (a) => toOperationResult(a, op.uuid));
  }

  /** Validates a transaction waiting for validation, for its whole amount (reference §6.6). */
  validate(creds: PspCredentials, op: { uuid: string; comment: string }): Promise<PspCallResult<PspOperationResult>> {
    return this.call(creds, 'Transaction/Validate', { uuid: op.uuid, comment: op.comment }, (a) => toOperationResult(a, op.uuid));
  }

  /**
   * Lowers a transaction waiting for validation to the amount captured and switches it to automatic
   * validation, in one call (reference §6.5: the amount may be lowered and manual validation turned
   * to automatic, "but not the other way around").
   */
  capturePart(creds: PspCredentials, op: { uuid: string; amount: Money; comment: string }): Promise<PspCallResult<PspOperationResult>> {
    return this.call(creds, 'Transaction/Update', {
      uuid: op.uuid, comment: op.comment, cardUpdate: { amount: op.amount.amount, currency: op.amount.currency, manualValidation: 'NO' },
    }, (a) => toOperationResult(a, op.uuid));
  }

  /**
   * A merchant-initiated payment of a stored token (reference §6.2): `formAction: "SILENT"`, no
   * cardholder present, chained to the token's initial authorisation so issuers do not soft-decline.
   */
  chargeToken(creds: PspCredentials, op: { token: string; chainingRef?: string; amount: Money; orderId: string; metadata: Record<string, string> }): Promise<PspCallResult<PspTransactionState>> {
    return this.call(creds, 'Charge/CreatePayment', {
      formAction: 'SILENT', paymentMethodToken: op.token, amount: op.amount.amount, currency: op.amount.currency, orderId: op.orderId, metadata: op.metadata,
      transactionOptions: { cardOptions: { paymentSource: 'EC', ...(op.chainingRef ? { initialIssuerTransactionIdentifier: op.chainingRef } : {}) } },
    }, paymentTransaction);
  }

  /** The DEBIT transactions made under an order id (reference §6.7), oldest first. */
  getOrder(creds: PspCredentials, orderId: string): Promise<PspCallResult<PspTransactionState[]>> {
    return this.call(creds, 'Order/Get', { orderId, operationType: 'DEBIT' }, orderTransactions);
  }

  private async call<T>(creds: PspCredentials, webService: string, body: Json, map: (answer: Json) => T | undefined): Promise<PspCallResult<T>> {
    let res: Response;
    try {
      res = await this.fetchFn(`${this.baseUrl}${webService}`, {
        method: 'POST',
        headers: { authorization: basicAuth(creds), 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      return classifyThrown(err, this.timeoutMs, webService);
    }

    const status = res.status;
    if (status !== 200 && status !== 401) {
      await res.body?.cancel().catch(() => undefined);
      if (status === 429) return fail('transient', 'http_429', `${webService}: HTTP 429 from the PSP`);
      // A 5xx came from somewhere after our request left: for an operation that moves money it may
      // have been done (a proxy failing after the PSP applied it). Only a read is plainly retryable.
      if (status >= 500) {
        return isRead(webService)
          ? fail('transient', `http_${status}`, `${webService}: HTTP ${status} from the PSP`)
          : fail('ambiguous', `http_${status}`, `${webService}: HTTP ${status} from the PSP; the operation may have been done`);
      }
      return fail('permanent', `http_${status}`, `${webService}: HTTP ${status} from the PSP`);
    }

    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      // The status line came back but the body did not: the PSP got the call.
      const failure = classifyThrown(err, this.timeoutMs, webService);
      return status === 401 ? fail('permanent', 'http_401', `${webService}: HTTP 401 from the PSP`) : { ...failure, failure: 'ambiguous' };
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(text);
    } catch {
      envelope = undefined;
    }
    if (!isObject(envelope) || typeof envelope.status !== 'string') {
      return status === 401
        ? fail('permanent', 'http_401', `${webService}: HTTP 401 from the PSP (credentials refused)`)
        : fail('ambiguous', 'bad_response', `${webService}: the answer is not a REST V4 envelope`);
    }
    if (envelope.status !== 'SUCCESS' || status === 401) return pspError(envelope.answer, status, webService);
    const answer = envelope.answer;
    const value = isObject(answer) ? map(answer) : undefined;
    if (value === undefined) return fail('ambiguous', 'bad_response', `${webService}: SUCCESS without the expected answer fields`);
    return { ok: true, value };
  }
}
