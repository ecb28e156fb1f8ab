import type { AttemptKey, AttemptStore, PspAttempt } from '../../../app/ports';
import type { AttemptOwner, CardToken, NotificationCheck, PaymentNotice, PspNotice, PspNotices } from '../../../app/psp';
import type { PspSecrets, PspSettings } from '../../../domain/hotel';
import { currencyByNumeric } from '../../../domain/money';
import { notificationId, outcomeKind, SENSITIVE_FIELDS, toOutcome, transDay } from './form';
import { parseNotification, rejectedFields } from './notification';
import { keyFor } from './secrets';
import { verify } from './signature';

/** The attempt a notification names: its form's trans id of the day (a credit made at the PSP names none of ours). */
function attemptKeyOf(f: Readonly<Record<string, string>>): AttemptKey | undefined {
  if (f.vads_operation_type === 'CREDIT' || !f.vads_trans_date || !f.vads_trans_id || !f.vads_site_id) return undefined;
  return { siteId: f.vads_site_id, day: transDay(f.vads_trans_date), transId: f.vads_trans_id };
}

/** The statuses with which the PSP checked the card with its bank. */
const CARD_VERIFIED = new Set(['ACCEPTED', 'AUTHORISED', 'CAPTURED']);

/**
 * Systempay's notifications (IPN): the signature, the parse (./notification.ts) and what they
 * mean in our words.
 */
export class SystempayNotices implements PspNotices {
  readonly provider = 'systempay' as const;

  /** `attempts`: where each rendered form's attempt is found again by its trans id (stored by the page, `PaymentStore.openAttempt`). */
  constructor(private readonly options: { readonly attempts: AttemptStore }) {}

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
}
