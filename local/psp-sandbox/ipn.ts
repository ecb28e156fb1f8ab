import { createHmac, randomBytes } from 'node:crypto';
import { sign, type SignatureAlgorithm } from '../../adapters/psp/systempay/signature';

export interface Delivery {
  readonly url: string;
  readonly attempt: number;
  readonly status: number | null;
  readonly error?: string;
  readonly at: string;
  readonly transId: string;
  readonly transStatus: string;
  readonly src: string;
}

/** A notification as the Back Office lists it for a manual resend. */
export interface SentNotification {
  readonly index: number;
  readonly siteId: string;
  readonly orderId: string;
  readonly transId: string;
  readonly transStatus: string;
  readonly delivered: boolean;
  /** Its attempts are over without delivery: only a manual resend will bring it now. */
  readonly givenUp: boolean;
}

/** A form API notification: signed `vads_*` fields (reference §5). */
export interface FormIpnJob {
  readonly kind?: 'form';
  /** `vads_url_check`; the sandbox has no Back Office notification rules to fall back on. */
  readonly url: string | undefined;
  /** Result fields without `vads_url_check_src`, `vads_hash` and `signature`. */
  readonly fields: Readonly<Record<string, string>>;
  readonly key: string;
  readonly algorithm: SignatureAlgorithm;
  readonly ctxMode: string;
  /** `vads_url_check_src` of the first attempt (default PAY); retries are always RETRY (reference §5.3). */
  readonly src?: string;
}

/**
 * A REST API notification (reference §3.1, §6.9, §10): a form POST of `kr-answer` (a V4/Payment
 * as JSON) and `kr-hash`, its lowercase-hex HMAC-SHA-256 keyed by the shop's REST password of the
 * mode (`kr-hash-key=password`). Same automatic retries as the form API (§6.9).
 */
export interface RestIpnJob {
  readonly kind: 'rest';
  /** `ipnTargetUrl` of the request, else the shop's REST IPN URL. */
  readonly url: string | undefined;
  readonly answer: string;
  readonly password: string;
  readonly ctxMode: string;
  /** For the delivery records: which transaction, which status. */
  readonly about: { readonly siteId: string; readonly orderId: string; readonly transId: string; readonly transStatus: string };
  /** Recorded as the source of the first attempt (default REST); retries are recorded as RETRY. */
  readonly src?: string;
}

export type IpnJob = FormIpnJob | RestIpnJob;

function about(job: IpnJob): { siteId: string; orderId: string; transId: string; transStatus: string } {
  if (job.kind === 'rest') return job.about;
  const f = job.fields;
  return { siteId: f.vads_site_id ?? '', orderId: f.vads_order_id ?? '', transId: f.vads_trans_id ?? '', transStatus: f.vads_trans_status ?? '' };
}

/** The body of one attempt. */
function bodyOf(job: IpnJob, src: string): URLSearchParams {
  if (job.kind === 'rest') {
    return new URLSearchParams({
      'kr-hash': createHmac('sha256', job.password).update(job.answer, 'utf8').digest('hex'),
      'kr-hash-algorithm': 'sha256_hmac',
      'kr-hash-key': 'password',
      'kr-answer-type': 'V4/Payment',
      'kr-answer': job.answer,
    });
  }
  // A fresh vads_hash per call lets the merchant tell a retry from a replay of the same body.
  const fields = { ...job.fields, vads_url_check_src: src, vads_hash: randomBytes(32).toString('hex') };
  return new URLSearchParams({ ...fields, signature: sign(fields, job.key, job.algorithm) });
}

const firstSrc = (job: IpnJob): string => job.src ?? (job.kind === 'rest' ? 'REST' : 'PAY');

export interface IpnOptions {
  readonly retryIntervalMs: number;
  readonly timeoutMs: number;
  readonly now: () => Date;
  readonly log: (msg: string, fields?: Record<string, unknown>) => void;
}

/** "Up to 4 attempts" in total (reference §5.5). */
export const MAX_ATTEMPTS = 4;
/** Anything else, including other redirects, is a failed notification (reference §5.5). */
const DELIVERED = new Set([200, 201, 202, 203, 204, 205, 206, 301, 302, 303, 307, 308]);
/** Enough for an operator to look back on; a long-running `npm start` must not grow without bound. */
const KEPT_DELIVERIES = 1000;
/** Notifications kept for a manual resend. */
const KEPT_NOTIFICATIONS = 50_000;

/** Credentials in an IPN URL are the merchant's secret, not something to show or log. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = 'REDACTED';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}

/** Duck-typed: fetch rejects with DOMExceptions, which are not `instanceof Error` in every realm (jest's, for one). */
function describeFailure(err: unknown, timeoutMs: number): string {
  if (typeof err !== 'object' || err === null) return String(err);
  const e = err as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (e.name === 'TimeoutError') return `timeout after ${timeoutMs} ms`;
  if (e.name === 'AbortError') return 'aborted: sandbox stopped';
  if (typeof e.cause?.code === 'string') return e.cause.code;
  if (typeof e.cause?.message === 'string') return e.cause.message;
  return typeof e.message === 'string' ? e.message : String(err);
}

/**
 * Delivers IPNs like the gateway: server to server, signed, retried on failure. Every delivery
 * chain is counted from its first attempt until it is delivered or given up, so `idle()` can wait
 * for the lot without guessing at timings.
 */
export class IpnDispatcher {
  private readonly records: Delivery[] = [];
  /** Every notification sent, with whether it was delivered in the end (for a manual resend). */
  private readonly sent: Array<{ job: IpnJob; delivered: boolean; givenUp: boolean }> = [];
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();
  private pending = 0;
  private waiters: Array<() => void> = [];
  private stopped = false;

  constructor(private readonly options: IpnOptions) {}

  /** Fire and forget: the buyer's browser never waits for the merchant's server. */
  send(job: IpnJob): void {
    if (this.stopped) return;
    const { transId, transStatus } = about(job);
    if (!job.url) {
      const error = job.kind === 'rest'
        ? 'no ipnTargetUrl in the request and no REST IPN URL for the shop'
        : 'no vads_url_check in the payment form (the sandbox has no Back Office notification rule)';
      this.record({ url: '', attempt: 1, status: null, error, at: this.options.now().toISOString(), transId, transStatus, src: firstSrc(job) });
      this.log(`IPN not sent: ${error}`, { transId, transStatus });
      return;
    }
    const entry = { job, delivered: false, givenUp: false };
    this.sent.push(entry);
    if (this.sent.length > KEPT_NOTIFICATIONS) this.sent.splice(0, this.sent.length - KEPT_NOTIFICATIONS);
    this.pending++;
    void this.attempt(job, job.url, 1, entry);
  }

  /** Notifications sent so far, oldest first: which transaction, which status, delivered or given up. */
  notifications(): ReadonlyArray<SentNotification> {
    return this.sent.map((e, index) => ({ index, ...about(e.job), delivered: e.delivered, givenUp: e.givenUp }));
  }

  /**
   * Sends a past notification again, as the Back Office's manual "send the notification" does
   * (after the automatic attempts gave up, or to replay it): same fields, a new vads_hash, src BO.
   */
  resend(index: number): boolean {
    const entry = this.sent[index];
    if (!entry?.job.url || this.stopped) return false;
    entry.givenUp = false;
    this.pending++;
    void this.attempt({ ...entry.job, src: 'BO' }, entry.job.url, 1, entry);
    return true;
  }

  deliveries(): ReadonlyArray<Delivery> {
    return Object.freeze([...this.records]);
  }

  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.retryTimers) {
      clearTimeout(timer);
      this.finish();
    }
    this.retryTimers.clear();
    this.abort.abort();
  }

  private async attempt(job: IpnJob, url: string, attempt: number, entry?: { delivered: boolean; givenUp: boolean }): Promise<void> {
    const { transId, transStatus } = about(job);
    const src = attempt === 1 ? firstSrc(job) : 'RETRY';
    let status: number | null = null;
    let error: string | undefined;
    try {
      const body = bodyOf(job, src);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
        redirect: 'manual', // a redirect answer counts as delivered; following it would lose the POST body anyway
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.abort.signal]),
      });
      status = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (!DELIVERED.has(status)) error = `HTTP ${status}`;
    } catch (err) {
      error = describeFailure(err, this.options.timeoutMs);
    }

    const shownUrl = redactUrl(url);
    this.record({ url: shownUrl, attempt, status, ...(error ? { error } : {}), at: this.options.now().toISOString(), transId, transStatus, src });
    if (!error) {
      if (entry) entry.delivered = true;
      this.log('IPN delivered', { url: shownUrl, attempt, status, transId, transStatus, src });
      this.finish();
      return;
    }
    const last = attempt >= MAX_ATTEMPTS;
    // Same wording as the gateway's failure e-mail subject, so operators recognise it.
    this.log(
      `[MODE ${job.ctxMode}] Tr. ref. ${transId} / FAILURE during the call to your IPN URL [unsuccessful attempt #${last ? 'last' : attempt}]`,
      { url: shownUrl, attempt, status, error, transId, transStatus, src },
    );
    if (last || this.stopped) {
      if (entry && !entry.delivered) entry.givenUp = true;
      this.finish();
      return;
    }
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      void this.attempt(job, url, attempt + 1, entry);
    }, this.options.retryIntervalMs);
    timer.unref();
    this.retryTimers.add(timer);
  }

  /** A broken logger must neither crash the process nor stop the retries. */
  private log(msg: string, fields: Record<string, unknown>): void {
    try {
      this.options.log(msg, fields);
    } catch {
      // ignored on purpose
    }
  }

  private record(d: Delivery): void {
    this.records.push(d);
    if (this.records.length > KEPT_DELIVERIES) this.records.splice(0, this.records.length - KEPT_DELIVERIES);
  }

  private finish(): void {
    this.pending = Math.max(0, this.pending - 1);
    if (this.pending > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
