import { randomBytes, randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sign } from '../../adapters/psp/systempay/signature';
import { findTestCard, maskCardNumber } from './cards';
import { checkForm, formatVadsDate, ShopInputError, ShopRegistry, TransIdRegistry, type AcceptedForm, type ShopCredentials, type ShopInput } from './gateway';
import { HttpError, methodNotAllowed, readBody, readForm, redirect, sendHtml, sendJson } from './http';
import { IpnDispatcher, type Delivery, type SentNotification } from './ipn';
import { ERRORS, Ledger, publicView, restPayment, type LedgerEntry, type LedgerTransaction, type OperationError } from './ledger';
import { abandonedFields, backOfficeFields, DAY_MS, paidEntry, paidFields, registersCard, returnUrlFor, type CardExpiry } from './outcome';
import { AUTO_POST_SCRIPT_HASH, autoPostPage, expiredPage, formErrorPage, indexPage, messagePage, paymentPage, resultPage } from './pages';
import { FaultInputError, RestApi, validateFault, type RestCall, type RestCallTotals, type RestFault } from './rest';
import { merchantInitiatedOutcome } from './cards';
import { TokenStore } from './tokens';

export { TEST_CARDS, type TestCard } from './cards';
export { MAX_ATTEMPTS } from './ipn';
export type { LedgerTransaction } from './ledger';
export { AUTH_ERROR, WEB_SERVICES, type FaultKind, type RestCall, type RestCallTotals, type RestFault } from './rest';
export { AUTHENTICATION_REQUIRED_AUTH_RESULT, SOFT_DECLINE_AUTH_RESULT } from './charge';

export interface PspSandboxOptions {
  basePath?: string;
  /** e.g. 'http://127.0.0.1:3000' — used to build absolute URLs in pages and redirects. */
  publicBaseUrl: string;
  /** The real gateway retries at the next quarter-hour; locally that would only slow feedback down. */
  ipnRetryIntervalMs?: number;
  sessionTimeoutMs?: number;
  ipnTimeoutMs?: number;
  /** The sandbox's clock; `advanceClock` and `POST …/control/clock` move it further. */
  now?: () => Date;
  /**
   * An AUTHORISED payment counts as CAPTURED once this long has passed since it was made (the real
   * gateway captures the same evening). Default: never by itself; capture it through the control
   * endpoint or `capture()`.
   */
  captureAfterMs?: number;
  /** Never receives card numbers, CVVs, keys or passwords. */
  log?: (msg: string, fields?: Record<string, unknown>) => void;
}

export interface PspSandbox {
  /** Handles a request under basePath; returns false (without touching res) for other paths. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Registers (or updates) a shop; returns its REST credentials. */
  provisionShop(shop: ShopInput): ShopCredentials;
  /** Every IPN delivery attempt so far. No secrets. */
  deliveries(): ReadonlyArray<Delivery>;
  /** Waits until no IPN delivery is in flight or scheduled. */
  idle(): Promise<void>;
  /** Clears timers; pending retries are dropped, calls held by a timeout fault are cut. */
  stop(): void;
  /** The next `times` (default 1) REST calls to `webService` (or to any) fail as told. Throws on invalid input. */
  injectFault(fault: RestFault): void;
  clearFaults(): void;
  /** A share of REST calls fail at random from now on (chaos runs); undefined stops it. */
  randomFaults(options: { rate: number; random: () => number } | undefined): void;
  /** Every notification sent so far: which transaction and status, delivered or given up. */
  notifications(): ReadonlyArray<SentNotification>;
  /** Sends notification `index` again, as the Back Office's manual resend does. */
  resendNotification(index: number): boolean;
  /** Snapshot of the transaction ledger (payments, refunds). No keys, no IPN URLs, masked cards only. */
  transactions(): LedgerTransaction[];
  /** The latest REST calls, up to 1,000 (web service, uuid, outcome). No credentials. */
  restCalls(): ReadonlyArray<RestCall>;
  /** Every REST call so far, counted by outcome and error code. */
  restCallTotals(): RestCallTotals;
  /** AUTHORISED → CAPTURED, as the gateway's nightly capture would. */
  capture(uuid: string): BackOfficeResult;
  /**
   * A refund (captured) or full cancellation (not captured) made in the Back Office, notified to the
   * payment's `vads_url_check` with `vads_url_check_src` = src (default MERCH_BO).
   */
  backOfficeRefund(uuid: string, options?: { amount?: number; src?: 'MERCH_BO' | 'BO' }): BackOfficeResult;
  /**
   * Moves the sandbox's clock forward (for authorisations that expire, captures after
   * `captureAfterMs`, sessions that time out) and applies what became due. Returns the new time.
   */
  advanceClock(ms: number): Date;
  /** Back to the clock it was created with. */
  resetClock(): void;
  /** The sandbox's time now. */
  now(): Date;
}

export type BackOfficeResult =
  | { readonly ok: true; readonly transaction: LedgerTransaction; readonly parent?: LedgerTransaction }
  | { readonly ok: false; readonly status: number; readonly error: OperationError };

type SessionState = 'open' | 'paid' | 'cancelled' | 'expired';

interface Session {
  readonly id: string;
  readonly form: AcceptedForm;
  readonly createdAt: number;
  readonly expiresAt: number;
  /** One uuid per transaction: every delivery and retry of its IPN carries the same one. */
  readonly transUuid: string;
  state: SessionState;
  timer?: NodeJS.Timeout;
  result?: { readonly transStatus: string; readonly maskedCard?: string };
}

const DEFAULT_SESSION_TIMEOUT_MS = 10 * 60_000; // "The maximum length of a payment session is 10 minutes."
const DEFAULT_IPN_TIMEOUT_MS = 35_000;
const DEFAULT_RETRY_INTERVAL_MS = 2_000;
/** Finished sessions stay around this long so the browser's back button still finds a result page. */
const FINISHED_SESSION_TTL_MS = 60 * 60_000;
const SESSION_ROUTE = /^\/sessions\/([0-9a-f]{32})(\/pay|\/cancel)?\/?$/;
const REST_ROUTE = /^\/api-payment\/V4\/(.+)$/;
const CONTROL_TX_ROUTE = /^\/control\/transactions\/([0-9a-f]{32})\/(capture|refund)\/?$/;
/** How far the clock may move in one step: enough for any authorisation, capture delay or card expiry. */
const MAX_CLOCK_STEP_MS = 3660 * DAY_MS;
const BO_SOURCES = ['MERCH_BO', 'BO'] as const;

function normaliseBasePath(path: string): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash.replace(/\/+$/, '');
}

function parseExpiry(monthText: string | undefined, yearText: string | undefined, now: Date): CardExpiry | string {
  const month = Number(monthText?.trim());
  const yearRaw = yearText?.trim() ?? '';
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'Expiry month must be between 1 and 12.';
  if (!/^(\d{2}|\d{4})$/.test(yearRaw)) return 'Expiry year must have 2 or 4 digits.';
  const year = yearRaw.length === 2 ? 2000 + Number(yearRaw) : Number(yearRaw);
  if (year * 12 + month < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) return 'This card has expired.';
  return { month, year };
}

export function createPspSandbox(options: PspSandboxOptions): PspSandbox {
  const basePath = normaliseBasePath(options.basePath ?? '/psp-sandbox');
  const publicBase = options.publicBaseUrl.replace(/\/+$/, '');
  const sessionTimeoutMs = options.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS;
  const baseNow = options.now ?? (() => new Date());
  let clockOffsetMs = 0;
  const now = (): Date => new Date(baseNow().getTime() + clockOffsetMs);
  const log = (msg: string, fields?: Record<string, unknown>): void => {
    try {
      options.log?.(msg, fields);
    } catch {
      // a broken logger must not break a payment
    }
  };

  const shops = new ShopRegistry();
  const transIds = new TransIdRegistry();
  const sessions = new Map<string, Session>();
  const ipn = new IpnDispatcher({
    retryIntervalMs: options.ipnRetryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS,
    timeoutMs: options.ipnTimeoutMs ?? DEFAULT_IPN_TIMEOUT_MS,
    now,
    log,
  });
  const sessionUrl = (id: string, action = ''): string => `${publicBase}${basePath}/sessions/${id}${action}`;
  const ledger = new Ledger({ now, captureAfterMs: options.captureAfterMs, onExpired: (entry) => expired(entry) });
  const tokens = new TokenStore();

  /** Refunds made by the gateway get a trans id from the range reserved to it (900000–999999), dated now. */
  function reservedTransId(siteId: string): { transId: string; transDate: string } {
    const at = now();
    const transDate = formatVadsDate(at);
    const day = transDate.slice(0, 8);
    for (let i = 0; i < 10_000; i++) {
      const transId = String(randomInt(900_000, 1_000_000));
      if (!transIds.isUsed(siteId, day, transId)) {
        transIds.markUsed(siteId, day, transId, at);
        return { transId, transDate };
      }
    }
    throw new Error('no gateway trans id left for this shop today');
  }

  const restApi = new RestApi({ shops, ledger, now, log, newTransId: reservedTransId, tokens, notifyPayment: (entry) => notifyRest(entry) });

  /**
   * The REST IPN of a payment made through the REST API (reference §3.1, §6.9), signed with the
   * shop's REST password of the payment's mode. `src` is only what the delivery records show.
   */
  function notifyRest(entry: LedgerEntry, src?: string): void {
    const shop = shops.get(entry.siteId);
    const password = entry.ctxMode === 'TEST' ? shop?.testPassword : shop?.productionPassword;
    if (!password || !entry.restNotify) return;
    ipn.send({
      kind: 'rest',
      url: entry.restNotify.url,
      answer: JSON.stringify(restPayment(entry, now(), entry.restNotify.customerEmail)),
      password,
      ctxMode: entry.ctxMode,
      about: { siteId: entry.siteId, orderId: entry.orderId ?? '', transId: entry.transId, transStatus: entry.detailedStatus },
      ...(src ? { src } : {}),
    });
  }

  /**
   * A manual-validation payment expired unvalidated (reference §8). The gateway notifies it only
   * under the "on batch change" rule (§5.2: "transaction expires (To be validated → Expired)",
   * disabled by default), with `vads_url_check_src=BATCH` (§5.3); the rule for operations coming
   * from the Back Office does not cover it (an expiry is no merchant operation).
   */
  function expired(entry: LedgerEntry): void {
    log('transaction expired without validation', { siteId: entry.siteId, uuid: entry.uuid, transId: entry.transId });
    if (!shops.get(entry.siteId)?.notifyOnBatchChange) return;
    if (entry.notify) {
      ipn.send({
        url: entry.notify.url, fields: backOfficeFields(entry, entry, now()), key: entry.notify.key,
        algorithm: entry.notify.algorithm, ctxMode: entry.ctxMode, src: 'BATCH',
      });
    } else if (entry.restNotify) {
      notifyRest(entry, 'BATCH');
    }
  }

  function advanceClock(ms: number): Date {
    if (!(Number.isFinite(ms) && ms > 0 && ms <= MAX_CLOCK_STEP_MS)) throw new RangeError(`the clock moves forward by 1 ms to ${MAX_CLOCK_STEP_MS} ms at a time`);
    clockOffsetMs += ms;
    const at = now();
    log('sandbox clock moved', { now: at.toISOString(), offsetMs: clockOffsetMs });
    ledger.sweep();
    for (const session of sessions.values()) expireIfDue(session);
    return at;
  }

  function notify(form: AcceptedForm, fields: Record<string, string>): void {
    ipn.send({ url: form.fields.vads_url_check, fields, key: form.key, algorithm: form.shop.algorithm, ctxMode: form.ctxMode });
  }

  function closeSession(session: Session, state: Exclude<SessionState, 'open'>): void {
    session.state = state;
    if (session.timer) clearTimeout(session.timer);
    delete session.timer;
  }

  function expire(session: Session): void {
    if (session.state !== 'open') return;
    closeSession(session, 'expired');
    session.result = { transStatus: 'ABANDONED' };
    log('payment session expired', { siteId: session.form.shop.siteId, transId: session.form.transId, sessionId: session.id });
    notify(session.form, abandonedFields(session.form, session.transUuid));
  }

  /** The timer may not have fired yet when an injected clock runs ahead of real time. */
  function expireIfDue(session: Session): void {
    if (session.state === 'open' && now().getTime() >= session.expiresAt) expire(session);
  }

  function pruneSessions(at: number): void {
    for (const [id, s] of sessions) {
      if (s.state !== 'open' && at - s.createdAt > sessionTimeoutMs + FINISHED_SESSION_TTL_MS) sessions.delete(id);
    }
  }

  function openSession(form: AcceptedForm, at: Date): Session {
    pruneSessions(at.getTime());
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      form,
      createdAt: at.getTime(),
      expiresAt: at.getTime() + sessionTimeoutMs,
      transUuid: randomBytes(16).toString('hex'),
      state: 'open',
    };
    session.timer = setTimeout(() => expire(session), sessionTimeoutMs);
    session.timer.unref();
    sessions.set(session.id, session);
    return session;
  }

  /** Sends the buyer back to the shop the way `vads_return_mode` asks, or shows the result here. */
  function returnToShop(res: ServerResponse, session: Session, fields: Record<string, string>, outcome: 'success' | 'refused' | 'cancel'): void {
    const { form } = session;
    const target = returnUrlFor(form, outcome);
    if (!target) {
      sendHtml(res, 200, resultPage({ transStatus: session.result?.transStatus ?? '', transId: form.transId, ...resultExtras(session) }));
      return;
    }
    const mode = form.fields.vads_return_mode;
    if (mode !== 'GET' && mode !== 'POST') {
      redirect(res, target);
      return;
    }
    // The browser return carries the IPN fields except vads_url_check_src and vads_hash (reference §4.9).
    const returned = { ...fields, signature: sign(fields, form.key, form.shop.algorithm) };
    if (mode === 'GET') {
      const url = new URL(target);
      for (const [name, value] of Object.entries(returned)) url.searchParams.set(name, value);
      redirect(res, url.toString());
    } else {
      sendHtml(res, 200, autoPostPage(target, returned), AUTO_POST_SCRIPT_HASH);
    }
  }

  function resultExtras(session: Session): { orderId?: string; maskedCard?: string } {
    const orderId = session.form.fields.vads_order_id;
    return { ...(orderId ? { orderId } : {}), ...(session.result?.maskedCard ? { maskedCard: session.result.maskedCard } : {}) };
  }

  function showClosedSession(res: ServerResponse, session: Session): void {
    if (session.state === 'expired') {
      const page = expiredPage();
      sendHtml(res, page.status, page.html);
      return;
    }
    sendHtml(res, 409, resultPage({ transStatus: session.result?.transStatus ?? '', transId: session.form.transId, ...resultExtras(session) }));
  }

  function showPaymentPage(res: ServerResponse, session: Session, status = 200, error?: string): void {
    sendHtml(res, status, paymentPage({
      form: session.form,
      payUrl: sessionUrl(session.id, '/pay'),
      cancelUrl: sessionUrl(session.id, '/cancel'),
      expiresAt: new Date(session.expiresAt),
      defaultExpiryYear: now().getUTCFullYear() + 2,
      ...(error ? { error } : {}),
    }));
  }

  async function acceptForm(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const fields = await readForm(req);
    const at = now();
    const check = checkForm(fields, shops, transIds, at);
    if (!check.ok) {
      log('payment form rejected', { code: check.error.code, field: check.error.field, siteId: fields.vads_site_id, transId: fields.vads_trans_id });
      sendHtml(res, 400, formErrorPage(check.error, check.ctxMode !== 'PRODUCTION'));
      return;
    }
    const { form } = check;
    const identifier = form.fields.vads_identifier;
    if (registersCard(form) && identifier && tokens.get(form.shop.siteId, identifier)) {
      // "a registration with an existing identifier is rejected" (reference §4.10).
      const error = { code: '30', field: 'vads_identifier', reason: 'is already a token of this shop' };
      log('payment form rejected', { code: error.code, field: error.field, siteId: form.shop.siteId, transId: form.transId });
      sendHtml(res, 400, formErrorPage(error, form.ctxMode !== 'PRODUCTION'));
      return;
    }
    // Burnt as soon as accepted: a buyer who cancels must come back with a new trans id (reference §4.3).
    transIds.markUsed(form.shop.siteId, form.transDay, form.transId, at);
    const session = openSession(form, at);
    log('payment form accepted', { siteId: form.shop.siteId, transId: form.transId, pageAction: form.pageAction, ctxMode: form.ctxMode, sessionId: session.id });
    redirect(res, sessionUrl(session.id));
  }

  async function pay(req: IncomingMessage, res: ServerResponse, session: Session): Promise<void> {
    const body = await readForm(req);
    expireIfDue(session);
    if (session.state !== 'open') return showClosedSession(res, session);

    const cardNumber = (body.cardNumber ?? '').replace(/[\s-]/g, '');
    const card = findTestCard(cardNumber);
    if (!card) return showPaymentPage(res, session, 422, 'This card number is not a sandbox test card. Use one of the cards listed below.');
    const at = now();
    const expiry = parseExpiry(body.expiryMonth, body.expiryYear, at);
    if (typeof expiry === 'string') return showPaymentPage(res, session, 422, expiry);
    if (!/^\d{3,4}$/.test(body.cvv ?? '')) return showPaymentPage(res, session, 422, 'The CVV must have 3 or 4 digits.');

    // State changes before any await so a double submit cannot pay twice.
    closeSession(session, 'paid');
    const fields = paidFields(session.form, card, cardNumber, expiry, session.transUuid, at);
    const transStatus = fields.vads_trans_status ?? '';
    session.result = { transStatus, maskedCard: maskCardNumber(cardNumber) };
    ledger.add(paidEntry(session.form, fields, at));
    if (fields.vads_identifier_status === 'CREATED' && fields.vads_identifier && fields.vads_initial_issuer_transaction_identifier) {
      tokens.add({
        token: fields.vads_identifier,
        siteId: session.form.shop.siteId,
        ctxMode: session.form.ctxMode,
        cardBrand: card.cardBrand,
        maskedPan: maskCardNumber(cardNumber),
        expiryMonth: expiry.month,
        expiryYear: expiry.year,
        outcome: merchantInitiatedOutcome(card),
        initialIssuerTransactionIdentifier: fields.vads_initial_issuer_transaction_identifier,
        ...(session.form.fields.vads_cust_email ? { email: session.form.fields.vads_cust_email } : {}),
        createdAt: at.getTime(),
        creationUuid: session.transUuid,
      });
    }
    log('payment processed', { siteId: session.form.shop.siteId, transId: session.form.transId, transStatus, cardBrand: card.cardBrand, uuid: session.transUuid });
    notify(session.form, fields);
    returnToShop(res, session, fields, fields.vads_result === '00' ? 'success' : 'refused');
  }

  async function cancel(req: IncomingMessage, res: ServerResponse, session: Session): Promise<void> {
    await readBody(req);
    expireIfDue(session);
    if (session.state !== 'open') return showClosedSession(res, session);
    closeSession(session, 'cancelled');
    session.result = { transStatus: 'ABANDONED' };
    log('payment cancelled by the buyer', { siteId: session.form.shop.siteId, transId: session.form.transId });
    const fields = abandonedFields(session.form, session.transUuid);
    notify(session.form, fields);
    returnToShop(res, session, fields, 'cancel');
  }

  async function provisionOverHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let input: unknown;
    try {
      input = JSON.parse(await readBody(req));
    } catch (err) {
      if (err instanceof HttpError) throw err;
      return sendJson(res, 400, { error: 'body must be JSON' });
    }
    try {
      const credentials = shops.provision(input as ShopInput);
      log('shop provisioned', { siteId: credentials.siteId });
      sendJson(res, 201, credentials);
    } catch (err) {
      if (!(err instanceof ShopInputError)) throw err;
      sendJson(res, 400, { error: err.message });
    }
  }

  function capture(uuid: string): BackOfficeResult {
    const entry = ledger.get(uuid);
    if (!entry) return { ok: false, status: 404, error: { ...ERRORS.notFound, detail: `no transaction ${uuid}` } };
    const outcome = ledger.capture(entry);
    if (!outcome.ok) return { ok: false, status: 409, error: outcome.error };
    log('transaction captured', { siteId: entry.siteId, uuid, transId: entry.transId });
    return { ok: true, transaction: publicView(outcome.entry) };
  }

  function backOfficeRefund(uuid: string, opts: { amount?: number; src?: 'MERCH_BO' | 'BO' } = {}): BackOfficeResult {
    const { amount } = opts;
    const src = opts.src ?? 'MERCH_BO';
    if (amount !== undefined && !(Number.isSafeInteger(amount) && amount > 0)) {
      return { ok: false, status: 400, error: { ...ERRORS.invalidInput, detail: 'amount must be a positive integer in minor units' } };
    }
    if (!(BO_SOURCES as readonly string[]).includes(src)) {
      return { ok: false, status: 400, error: { ...ERRORS.invalidInput, detail: `src must be one of ${BO_SOURCES.join(', ')}` } };
    }
    const entry = ledger.get(uuid);
    if (!entry) return { ok: false, status: 404, error: { ...ERRORS.notFound, detail: `no transaction ${uuid}` } };
    const captured = entry.detailedStatus === 'CAPTURED';
    const outcome = ledger.cancelOrRefund(
      entry,
      { amount, mode: captured ? 'REFUND_ONLY' : 'CANCELLATION_ONLY', comment: captured ? 'Refund from the Back Office' : 'Cancellation from the Back Office' },
      () => reservedTransId(entry.siteId),
    );
    if (!outcome.ok) return { ok: false, status: 409, error: outcome.error };
    const result = outcome.entry;
    const at = now();
    log(captured ? 'back-office refund' : 'back-office cancellation', {
      siteId: entry.siteId, uuid: result.uuid, ...(captured ? { parentUuid: entry.uuid } : {}), amount: result.amount, transId: result.transId, src,
    });
    if (entry.notify) {
      ipn.send({
        url: entry.notify.url, fields: backOfficeFields(entry, result, at), key: entry.notify.key,
        algorithm: entry.notify.algorithm, ctxMode: entry.ctxMode, src,
      });
    } else if (entry.restNotify) {
      // A payment made through the REST API is notified in the REST format, at its own IPN URL.
      notifyRest(result, src);
    }
    return { ok: true, transaction: publicView(result), ...(captured ? { parent: publicView(entry) } : {}) };
  }

  /** Control endpoints take JSON (tests, scripts) or a form (the index page's buttons). */
  async function readControlBody(req: IncomingMessage): Promise<{ data: Record<string, unknown>; fromForm: boolean }> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    const raw = await readBody(req);
    if (type === 'application/x-www-form-urlencoded') {
      const data: Record<string, unknown> = {};
      for (const [name, value] of new URLSearchParams(raw)) if (value !== '') data[name] = value;
      return { data, fromForm: true };
    }
    if (raw.trim() === '') return { data: {}, fromForm: false };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new HttpError(400, 'body must be JSON or a form');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new HttpError(400, 'body must be a JSON object');
    return { data: parsed as Record<string, unknown>, fromForm: false };
  }

  async function controlFaults(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    if (method === 'GET') return sendJson(res, 200, { faults: restApi.faults() });
    if (method === 'DELETE') {
      await readBody(req);
      restApi.clearFaults();
      log('REST faults cleared');
      return sendJson(res, 200, { faults: [] });
    }
    if (method !== 'POST') return methodNotAllowed(res, 'GET, POST, DELETE');
    const { data, fromForm } = await readControlBody(req);
    if (fromForm && typeof data.times === 'string') data.times = Number(data.times);
    if (fromForm && typeof data.applied === 'string') data.applied = data.applied === 'true';
    try {
      const fault = validateFault(data);
      restApi.injectFault(fault);
      log('REST fault injected', { ...fault });
      return sendJson(res, 201, { faults: restApi.faults() });
    } catch (err) {
      if (!(err instanceof FaultInputError)) throw err;
      return sendJson(res, 400, { error: err.message });
    }
  }

  /**
   * The sandbox's clock, local only: GET shows it, POST `{ advanceDays }` or `{ advanceMs }` moves
   * it forward (then expiries and captures that became due are applied), DELETE puts it back.
   */
  async function controlClock(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const state = () => ({ now: now().toISOString(), offsetMs: clockOffsetMs });
    if (method === 'GET') return sendJson(res, 200, state());
    if (method === 'DELETE') {
      await readBody(req);
      clockOffsetMs = 0;
      log('sandbox clock reset', { now: now().toISOString() });
      return sendJson(res, 200, state());
    }
    if (method !== 'POST') return methodNotAllowed(res, 'GET, POST, DELETE');
    const { data, fromForm } = await readControlBody(req);
    const number = (v: unknown): unknown => (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v);
    const days = number(data.advanceDays);
    const ms = number(data.advanceMs);
    const invalid = (days === undefined) === (ms === undefined)
      || (days !== undefined && typeof days !== 'number') || (ms !== undefined && typeof ms !== 'number');
    const step = invalid ? NaN : Math.round(days !== undefined ? (days as number) * DAY_MS : (ms as number));
    if (!(step > 0 && step <= MAX_CLOCK_STEP_MS)) {
      const error = `give either advanceDays or advanceMs: a positive number, at most ${MAX_CLOCK_STEP_MS / DAY_MS} days`;
      if (fromForm) {
        const page = messagePage('Clock not moved', error, 400);
        return sendHtml(res, page.status, page.html);
      }
      return sendJson(res, 400, { error });
    }
    advanceClock(step);
    if (fromForm) return redirect(res, `${publicBase}${basePath}/`);
    return sendJson(res, 200, state());
  }

  async function controlTransaction(req: IncomingMessage, res: ServerResponse, uuid: string, action: string): Promise<void> {
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    const { data, fromForm } = await readControlBody(req);
    let result: BackOfficeResult;
    if (action === 'capture') {
      result = capture(uuid);
    } else {
      const amount = typeof data.amount === 'string' && /^\d+$/.test(data.amount) ? Number(data.amount) : data.amount;
      if (amount !== undefined && typeof amount !== 'number') {
        result = { ok: false, status: 400, error: { ...ERRORS.invalidInput, detail: 'amount must be a positive integer in minor units' } };
      } else if (data.src !== undefined && !(BO_SOURCES as readonly unknown[]).includes(data.src)) {
        result = { ok: false, status: 400, error: { ...ERRORS.invalidInput, detail: `src must be one of ${BO_SOURCES.join(', ')}` } };
      } else {
        result = backOfficeRefund(uuid, { ...(amount !== undefined ? { amount } : {}), ...(data.src !== undefined ? { src: data.src as 'MERCH_BO' | 'BO' } : {}) });
      }
    }
    if (fromForm) {
      if (result.ok) return redirect(res, `${publicBase}${basePath}/`);
      const page = messagePage('Back-office operation refused', `${result.error.code}: ${result.error.message}${result.error.detail ? ` (${result.error.detail})` : ''}`, result.status);
      return sendHtml(res, page.status, page.html);
    }
    if (!result.ok) return sendJson(res, result.status, { error: result.error });
    const { ok: _ok, ...body } = result;
    return sendJson(res, 200, body);
  }

  async function route(req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (rest === '' || rest === '/') {
      if (method !== 'GET') return methodNotAllowed(res, 'GET');
      return sendHtml(res, 200, indexPage({
        siteIds: shops.siteIds(),
        deliveries: ipn.deliveries(),
        transactions: ledger.all().map(publicView),
        controlUrl: `${publicBase}${basePath}/control`,
        now: now(),
        clockOffsetMs,
      }));
    }
    const restCall = REST_ROUTE.exec(rest);
    if (restCall?.[1]) {
      if (method !== 'POST') return methodNotAllowed(res, 'POST');
      return restApi.handle(req, res, restCall[1].replace(/\/+$/, ''));
    }
    if (rest === '/control/faults' || rest === '/control/faults/') return controlFaults(req, res);
    if (rest === '/control/clock' || rest === '/control/clock/') return controlClock(req, res);
    const control = CONTROL_TX_ROUTE.exec(rest);
    if (control?.[1] && control[2]) return controlTransaction(req, res, control[1], control[2]);
    if (rest === '/shops') {
      if (method !== 'POST') return methodNotAllowed(res, 'POST');
      return provisionOverHttp(req, res);
    }
    if (rest === '/vads-payment/' || rest === '/vads-payment') {
      if (method !== 'POST') return methodNotAllowed(res, 'POST');
      return acceptForm(req, res);
    }
    const match = SESSION_ROUTE.exec(rest);
    const session = match?.[1] ? sessions.get(match[1]) : undefined;
    if (!match || !session) {
      const page = messagePage('Not found', match ? 'Unknown payment session.' : 'Nothing here.', 404);
      return sendHtml(res, page.status, page.html);
    }
    const action = match[2];
    if (!action) {
      if (method !== 'GET') return methodNotAllowed(res, 'GET');
      expireIfDue(session);
      return session.state === 'open' ? showPaymentPage(res, session) : showClosedSession(res, session);
    }
    if (method !== 'POST') return methodNotAllowed(res, 'POST');
    return action === '/pay' ? pay(req, res, session) : cancel(req, res, session);
  }

  return {
    async handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://sandbox.invalid').pathname;
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return false;
      try {
        await route(req, res, path.slice(basePath.length));
      } catch (err) {
        const status = err instanceof HttpError ? err.status : 500;
        if (!(err instanceof HttpError)) log('sandbox error', { error: err instanceof Error ? err.message : String(err) });
        if (res.headersSent) {
          res.end();
        } else {
          const page = messagePage(status === 500 ? 'Sandbox error' : 'Bad request', err instanceof HttpError ? err.message : 'Unexpected error.', status);
          sendHtml(res, page.status, page.html);
        }
      }
      return true;
    },
    provisionShop: (shop) => shops.provision(shop),
    deliveries: () => ipn.deliveries(),
    idle: () => ipn.idle(),
    stop() {
      for (const session of sessions.values()) if (session.timer) clearTimeout(session.timer);
      ipn.stop();
      restApi.stop();
    },
    injectFault: (fault) => restApi.injectFault(fault),
    clearFaults: () => restApi.clearFaults(),
    randomFaults: (o) => restApi.randomFaults(o),
    notifications: () => ipn.notifications(),
    resendNotification: (index) => ipn.resend(index),
    transactions: () => ledger.all().map(publicView),
    restCalls: () => restApi.restCalls(),
    restCallTotals: () => restApi.restCallTotals(),
    capture,
    backOfficeRefund,
    advanceClock,
    resetClock() {
      clockOffsetMs = 0;
    },
    now,
  };
}
