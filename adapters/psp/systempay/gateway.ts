import { randomInt } from 'node:crypto';
import type { AttemptKey, AttemptStore, PspAttempt } from '../../../app/ports';
import type {
  AttemptOwner, CardToken, ChargeOrder, CheckoutInput, NotificationCheck, PaymentNotice, PspAccount, PspCallResult, PspGateway, PspMovement, PspNotice, StartedCheckout,
} from '../../../app/psp';
import { RuleViolated } from '../../../domain/errors';
import type { PspMode, PspSecrets, PspSettings } from '../../../domain/hotel';
import { currencyByNumeric, type Money } from '../../../domain/money';
import { reusableAttempt, type OpenAttempt } from '../../../domain/payment-request';
import type { PspPaymentState } from '../../../domain/psp-operation';
import { attemptRef, compactUtc, formatTransId, MAX_TRANS_NUMBER, notificationId, outcomeKind, paymentForm, SENSITIVE_FIELDS, toOutcome, transDay } from './form';
import { parseNotification, rejectedFields } from './notification';
import { type PspCredentials, type PspOperationResult, type PspTransactionState, SystempayRest, type SystempayRestOptions } from './rest';
import { verify } from './signature';

/** Systempay's names for a hotel's secrets. */
interface SystempaySecrets {
  readonly testKey?: string;
  readonly productionKey?: string;
  readonly testPassword?: string;
  readonly productionPassword?: string;
}

const keyFor = (secrets: PspSecrets, mode: PspMode): string | undefined => (mode === 'TEST' ? (secrets as SystempaySecrets).testKey : (secrets as SystempaySecrets).productionKey);

/** Authorised and not yet captured: what Transaction/Update and CANCELLATION_ONLY still act on (reference §6.4, §6.5). */
const HELD = new Set(['AUTHORISED', 'WAITING_AUTHORISATION']);
/** Held until the merchant validates it (manual validation, reference §8): what Transaction/Validate acts on (§6.6). */
const TO_VALIDATE = new Set(['AUTHORISED_TO_VALIDATE', 'WAITING_AUTHORISATION_TO_VALIDATE']);

/**
 * Bank answers that ask for the cardholder to authenticate (a soft decline a SILENT payment cannot
 * meet): 1A, "additional customer authentication required" (the PSD2 soft decline), and 63,
 * "does not abide to security rules" (the closest `vads_auth_result` the reference documents,
 * which the sandbox answers for its authentication-required test cards).
 */
const AUTHENTICATION_REQUIRED = new Set(['1A', '63']);

function paymentState(t: PspTransactionState): PspPaymentState {
  const status = t.detailedStatus === 'CAPTURED' ? 'captured'
    : TO_VALIDATE.has(t.detailedStatus) ? 'to_validate'
    : HELD.has(t.detailedStatus) ? 'held'
      : t.detailedStatus === 'CANCELLED' ? 'cancelled'
        : t.detailedStatus === 'REFUSED' ? 'refused' : 'other';
  return {
    ref: t.uuid, status, pspStatus: t.detailedStatus, amount: t.amount, currency: t.currency, refundedAmount: t.refundedAmount,
    ...(status === 'refused' ? {
      refusal: {
        message: `${t.refusal ?? 'payment refused'}${t.authResult ? ` (bank answer ${t.authResult})` : ''}`,
        authenticationRequired: t.authResult !== undefined && AUTHENTICATION_REQUIRED.has(t.authResult),
      },
    } : {}),
    ...(t.maskedPan ? { maskedCard: t.maskedPan } : {}),
  };
}

/** The attempt a notification names: its form's trans id of the day (a credit made at the PSP names none of ours). */
function attemptKeyOf(f: Readonly<Record<string, string>>): AttemptKey | undefined {
  if (f.vads_operation_type === 'CREDIT' || !f.vads_trans_date || !f.vads_trans_id || !f.vads_site_id) return undefined;
  return { siteId: f.vads_site_id, day: transDay(f.vads_trans_date), transId: f.vads_trans_id };
}

const movement = (r: PspOperationResult): PspMovement => ({ ref: r.uuid, pspStatus: r.detailedStatus });

function mapResult<A, B>(r: PspCallResult<A>, f: (a: A) => B): PspCallResult<B> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

/** The statuses with which the PSP checked the card with its bank. */
const CARD_VERIFIED = new Set(['ACCEPTED', 'AUTHORISED', 'CAPTURED']);

/**
 * Systempay behind the PSP gateway port: the Form API V2 (a signed form the guest's browser posts,
 * its `vads_trans_id` allocated per shop and UTC day), its notifications (signature, parse, what
 * they mean) and the REST API V4 for money operations. Its status words stay in this folder.
 */
export class SystempayGateway implements PspGateway {
  readonly provider = 'systempay' as const;
  private readonly rest: SystempayRest | undefined;

  constructor(private readonly options: {
    /** The hosted payment page the form posts to (`…/vads-payment/`). */
    readonly formUrl?: string;
    /** The REST API V4 base (`…/api-payment/V4/`); without it, money operations are refused. */
    readonly restUrl?: string;
    readonly rest?: SystempayRestOptions;
    /** Where each rendered form's attempt is found again by its trans id (stored by the page, `PaymentStore.openAttempt`). */
    readonly attempts: AttemptStore;
  }) {
    this.rest = options.restUrl ? new SystempayRest(options.restUrl, options.rest) : undefined;
  }

  async checkout(input: CheckoutInput): Promise<StartedCheckout> {
    const { settings, request, now } = input;
    const formUrl = this.options.formUrl;
    if (!formUrl) throw new Error('No Systempay form URL is configured (PSP_FORM_URL)');
    const key = keyFor(input.secrets, settings.mode);
    if (!key) throw new RuleViolated('psp_key_missing', 'The hotel has no PSP key for its current mode');
    let attempt: OpenAttempt;
    let record: PspAttempt | undefined;
    const open = input.open;
    // Trans ids are per UTC day: a form signed yesterday is not offered again today.
    const reused = reusableAttempt(request, open, { mode: settings.mode, now }) && open.formAt.slice(0, 10) === now.toISOString().slice(0, 10);
    if (reused) {
      attempt = open!;
    } else {
      // Signed to the second: the reused form must carry the very `vads_trans_date` of the first one.
      const at = new Date(Math.floor(now.getTime() / 1000) * 1000);
      // A trans id drawn at random from the shop's 899,999 of the day (numeric, as every version
      // of the reference accepts): the page stores the attempt under it only if nobody holds it.
      const transId = formatTransId(randomInt(1, MAX_TRANS_NUMBER + 1));
      record = {
        siteId: settings.siteId, day: transDay(compactUtc(at)), transId, hotelId: input.hotelId, subject: request.subject,
        paymentRequestId: request.paymentRequestId, mode: settings.mode, createdAt: at.toISOString(),
      };
      attempt = {
        attemptRef: attemptRef({ vads_trans_date: compactUtc(at), vads_trans_id: transId }),
        paymentRequestId: request.paymentRequestId, mode: settings.mode, amount: request.amount, formAt: at.toISOString(),
      };
    }
    const fields = paymentForm({
      siteId: settings.siteId, mode: settings.mode, key, type: request.type,
      // The attempt ref is "<UTC day>-<trans id>": the form keeps the attempt's own date.
      transId: attempt.attemptRef.slice(-6), at: new Date(attempt.formAt), amount: request.amount,
      orderId: input.subject.reference, language: input.language, customer: input.subject.customer,
      notificationUrl: input.urls.notification, returnUrl: input.urls.return,
    });
    const checkout = { kind: 'form' as const, action: formUrl, fields };
    return record ? { checkout, attempt, reused: false, record } : { checkout, attempt, reused: true };
  }

  async authenticate(settings: PspSettings, secrets: () => Promise<PspSecrets>, fields: Readonly<Record<string, string>>): Promise<NotificationCheck> {
    // What picks the key must be there before the signature can be checked; the rest is the parse's.
    for (const required of ['vads_site_id', 'vads_ctx_mode']) {
      if (!fields[required]) return { ok: false, status: 'invalid_notification', message: `Missing ${required}` };
    }
    if (fields.vads_site_id !== settings.siteId) return { ok: false, status: 'unknown_shop', message: 'This shop is not configured for this hotel' };
    const mode = fields.vads_ctx_mode;
    if (mode !== 'TEST' && mode !== 'PRODUCTION') return { ok: false, status: 'invalid_notification', message: 'Unknown vads_ctx_mode' };
    const key = keyFor(await secrets(), mode);
    if (!key || !verify(fields, fields.signature, key)) return { ok: false, status: 'invalid_signature', message: 'The notification signature does not verify' };
    const id = notificationId(fields);
    const parsed = parseNotification(fields);
    if (!parsed.ok) return { ok: true, id, wellFormed: false, reason: parsed.reason, kept: rejectedFields(fields, parsed.field) };
    const clear: Record<string, string> = {};
    const sensitive: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed.fields)) ((SENSITIVE_FIELDS as readonly string[]).includes(k) ? sensitive : clear)[k] = v;
    const attempt = attemptKeyOf(parsed.fields);
    return { ok: true, id, wellFormed: true, clear, sensitive, ...(attempt ? { attempt } : {}) };
  }

  interpret(fields: Readonly<Record<string, string>>): PspNotice | { readonly kind: 'rejected'; readonly reason: string } {
    const parsed = parseNotification(fields);
    if (!parsed.ok) return { kind: 'rejected', reason: parsed.reason };
    const f = parsed.fields;
    const source = f.vads_url_check_src ?? '';
    if (f.vads_operation_type === 'CREDIT') {
      return {
        kind: 'money_back', ref: f.vads_trans_uuid ?? '', subjectRef: f.vads_order_id ?? '', mode: f.vads_ctx_mode,
        amount: { amount: Number(f.vads_amount ?? 0), currency: currencyByNumeric(f.vads_currency ?? '') ?? '' },
        settled: outcomeKind(f.vads_trans_status) === 'succeeded', pspStatus: f.vads_trans_status, source,
      };
    }
    const month = Number(f.vads_expiry_month);
    const year = Number(f.vads_expiry_year);
    return {
      kind: 'payment',
      attempt: `${f.vads_site_id}|${transDay(f.vads_trans_date)}|${f.vads_trans_id}`,
      subjectRef: f.vads_order_id ?? '',
      outcome: toOutcome(f),
      ...(f.vads_card_number ? { card: { maskedNumber: f.vads_card_number, ...(f.vads_card_brand ? { pspBrand: f.vads_card_brand } : {}), expiryMonth: month, expiryYear: year } } : {}),
      cardVerified: CARD_VERIFIED.has(f.vads_trans_status),
      source,
    };
  }

  cardToken(sensitive: Readonly<Record<string, string>>): CardToken | undefined {
    if (!sensitive.vads_identifier) return undefined;
    const chainingRef = sensitive.vads_initial_issuer_transaction_identifier;
    return { token: sensitive.vads_identifier, ...(chainingRef ? { chainingRef } : {}) };
  }

  async findAttempt(notice: PaymentNotice, known?: PspAttempt): Promise<AttemptOwner | undefined> {
    const [siteId = '', day = '', transId = ''] = notice.attempt.split('|');
    const same = known && known.siteId === siteId && known.day === day && known.transId.toLowerCase() === transId.toLowerCase();
    const a = same ? known : await this.options.attempts.getAttempt(siteId, day, transId);
    return a && { hotelId: a.hotelId, subject: a.subject, paymentRequestId: a.paymentRequestId, mode: a.mode };
  }

  async lookUp(account: PspAccount, paymentRef: string): Promise<PspCallResult<PspPaymentState>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.getTransaction(creds, paymentRef), paymentState));
  }

  async refund(account: PspAccount, op: { paymentRef: string; amount: Money; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.refund(creds, { uuid: op.paymentRef, amount: op.amount, comment: op.comment }), movement));
  }

  async cancel(account: PspAccount, op: { paymentRef: string; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.cancel(creds, { uuid: op.paymentRef, comment: op.comment }), movement));
  }

  async lowerAmount(account: PspAccount, op: { paymentRef: string; newAmount: Money; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.lowerAmount(creds, { uuid: op.paymentRef, newAmount: op.newAmount, comment: op.comment }), movement));
  }

  async validate(account: PspAccount, op: { paymentRef: string; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.validate(creds, { uuid: op.paymentRef, comment: op.comment }), movement));
  }

  async capturePart(account: PspAccount, op: { paymentRef: string; amount: Money; comment: string }): Promise<PspCallResult<PspMovement>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.capturePart(creds, { uuid: op.paymentRef, amount: op.amount, comment: op.comment }), movement));
  }

  async charge(account: PspAccount, op: ChargeOrder): Promise<PspCallResult<PspPaymentState>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.chargeToken(creds, {
      token: op.token, ...(op.chainingRef ? { chainingRef: op.chainingRef } : {}), amount: op.amount, orderId: op.orderRef, metadata: { reservation: op.reservationId },
    }), paymentState));
  }

  async findCharge(account: PspAccount, orderRef: string): Promise<PspCallResult<PspPaymentState | null>> {
    return this.withRest(account, async (rest, creds) => mapResult(await rest.getOrder(creds, orderRef), (list) => {
      // A charge makes one payment per order; the newest one tells.
      const last = list[list.length - 1];
      return last ? paymentState(last) : null;
    }));
  }

  /** The REST password of the payment's mode; a hotel without one is refused for good (nothing was sent). */
  private async withRest<T>(account: PspAccount, call: (rest: SystempayRest, creds: PspCredentials) => Promise<PspCallResult<T>>): Promise<PspCallResult<T>> {
    if (!this.rest) throw new Error('No Systempay REST URL is configured (PSP_REST_URL)');
    const s = account.secrets as SystempaySecrets;
    const password = account.mode === 'PRODUCTION' ? s.productionPassword : s.testPassword;
    if (!password) return { ok: false, failure: 'permanent', code: 'psp_credentials_missing', message: `The hotel has no ${account.mode} REST password for its PSP shop` };
    return call(this.rest, { siteId: account.settings.siteId, mode: account.mode, password });
  }
}
