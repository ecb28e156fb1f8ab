import { createHash } from 'node:crypto';
import { currencyByNumeric, currencyInfo, type Money } from '../../../domain/money';
import type { OutcomeKind, PaymentOutcome, RefusalReason } from '../../../domain/payment-outcome';
import type { PaymentRequestType } from '../../../domain/payment-request';
import { type SignatureAlgorithm, sign } from './signature';

/** `vads_trans_id` numbers 900000–999999 are reserved to the gateway. */
export const MAX_TRANS_NUMBER = 899_999;

export function formatTransId(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_TRANS_NUMBER) throw new Error('No transaction id left for this shop today');
  return String(n).padStart(6, '0');
}

/** `vads_trans_date`: YYYYMMDDHHMMSS in UTC. */
export function compactUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** The UTC day a `vads_trans_date` belongs to: trans ids are unique per shop per UTC day. */
export const transDay = (transDate: string): string => transDate.slice(0, 8);

export interface FormInput {
  readonly siteId: string;
  readonly mode: 'TEST' | 'PRODUCTION';
  readonly key: string;
  readonly algorithm?: SignatureAlgorithm;
  readonly type: PaymentRequestType;
  readonly transId: string;
  readonly at: Date;
  readonly amount: Money;
  readonly orderId: string;
  readonly language: string;
  readonly customer: { readonly email: string; readonly firstName: string; readonly lastName: string };
  readonly notificationUrl: string;
  readonly returnUrl: string;
}

/**
 * The signed Form API V2 fields. A deposit is a payment; a pre-authorisation a payment held until
 * validated (manual validation); a guarantee registers the card (REGISTER: a token, no charge). Both come back to our result page; the outcome itself only
 * ever comes from the signed notification.
 */
export function paymentForm(input: FormInput): Record<string, string> {
  const fields: Record<string, string> = {
    vads_action_mode: 'INTERACTIVE',
    vads_ctx_mode: input.mode,
    vads_currency: currencyInfo(input.amount.currency).numeric,
    vads_cust_email: input.customer.email,
    vads_cust_first_name: input.customer.firstName,
    vads_cust_last_name: input.customer.lastName,
    vads_language: input.language,
    vads_order_id: input.orderId,
    vads_page_action: input.type === 'guarantee' ? 'REGISTER' : 'PAYMENT',
    vads_return_mode: 'NONE',
    vads_site_id: input.siteId,
    vads_trans_date: compactUtc(input.at),
    vads_trans_id: input.transId,
    vads_url_cancel: input.returnUrl,
    vads_url_check: input.notificationUrl,
    vads_url_refused: input.returnUrl,
    vads_url_return: input.returnUrl,
    vads_url_success: input.returnUrl,
    vads_version: 'V2',
  };
  if (input.type !== 'guarantee') {
    fields.vads_amount = String(input.amount.amount);
    fields.vads_payment_config = 'SINGLE';
    fields.vads_capture_delay = '0';
    // A pre-authorisation is held until we validate it (AUTHORISED_TO_VALIDATE, reference §8).
    fields.vads_validation_mode = input.type === 'preauthorisation' ? '1' : '0';
  }
  return { ...fields, signature: sign(fields, input.key, input.algorithm) };
}

/** AUTHORISED_TO_VALIDATE: the authorisation went through and the money is held for us to validate (a pre-authorisation). */
const SUCCEEDED = new Set(['AUTHORISED', 'AUTHORISED_TO_VALIDATE', 'CAPTURED', 'ACCEPTED', 'PARTIALLY_AUTHORISED']);
const FAILED = new Set(['REFUSED', 'CAPTURE_FAILED', 'EXPIRED', 'ERROR']);
const ABANDONED = new Set(['ABANDONED', 'NOT_CREATED']);

/** Lyra's own status groups (reference §5.6); an unknown status changes nothing but is recorded. */
export function outcomeKind(status: string): OutcomeKind {
  if (SUCCEEDED.has(status)) return 'succeeded';
  if (FAILED.has(status)) return 'failed';
  if (ABANDONED.has(status)) return 'abandoned';
  if (status === 'CANCELLED') return 'cancelled';
  // INITIAL, WAITING_AUTHORISATION(_TO_VALIDATE), UNDER_VERIFICATION,
  // PRE_AUTHORISED, WAITING_FOR_PAYMENT, SUSPENDED, PENDING, REFUND_TO_RETRY: recorded on the
  // request, no state change until a later notification settles it. A status the reference does
  // not list never gets here: the notification is rejected on receipt (notification.ts).
  return 'pending';
}

/** Fields that must never be stored or logged in clear: the card token. */
/**
 * Notification fields stored sealed, never in clear: the card's token and the chaining reference
 * that lets it be charged later (reference §4.10, §6.2).
 */
export const SENSITIVE_FIELDS = ['vads_identifier', 'vads_initial_issuer_transaction_identifier'] as const;

/**
 * The identity of a notification for deduplication: the same transaction in the same state is
 * the same news, whether it comes as PAY, RETRY or a manual resend (whose vads_hash differ).
 */
export function notificationId(f: Readonly<Record<string, string>>): string {
  const parts = [f.vads_site_id, f.vads_ctx_mode, f.vads_trans_date, f.vads_trans_id, f.vads_trans_uuid ?? '', f.vads_trans_status, f.vads_operation_type ?? '', f.vads_sequence_number ?? ''];
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 40);
}

export function attemptRef(f: Readonly<Record<string, string>>): string {
  return `${transDay(f.vads_trans_date ?? '')}-${f.vads_trans_id ?? ''}`;
}

export function toOutcome(f: Readonly<Record<string, string>>): PaymentOutcome {
  const status = f.vads_trans_status ?? '';
  const currency = currencyByNumeric(f.vads_effective_currency || f.vads_currency || '') ?? 'EUR';
  const amount = Number(f.vads_effective_amount || f.vads_amount || 0);
  const operation = f.vads_operation_type === 'VERIFICATION' || f.vads_page_action === 'REGISTER'
    ? 'verification'
    : f.vads_operation_type === 'CREDIT' ? 'refund' : 'payment';
  const month = Number(f.vads_expiry_month);
  const year = Number(f.vads_expiry_year);
  return {
    kind: outcomeKind(status),
    pspStatus: status,
    operation,
    amount: { amount: operation === 'verification' ? 0 : amount, currency },
    // The gateway's uuid; failing that, the attempt itself identifies the transaction.
    pspTransactionId: f.vads_trans_uuid || `${f.vads_site_id ?? ''}-${attemptRef(f)}`,
    attemptRef: attemptRef(f),
    mode: f.vads_ctx_mode === 'PRODUCTION' ? 'PRODUCTION' : 'TEST',
    card: {
      ...(f.vads_card_brand ? { brand: f.vads_card_brand } : {}),
      // The PSP sends the number masked already; keep only its last four digits to be sure.
      ...(f.vads_card_number ? { masked: `•••• ${f.vads_card_number.slice(-4)}` } : {}),
      ...(month ? { expiryMonth: month } : {}),
      ...(year ? { expiryYear: year } : {}),
    },
    ...(f.vads_auth_result ? { authResult: f.vads_auth_result } : {}),
    ...(outcomeKind(status) === 'failed' ? { refusal: refusalReason(status, f.vads_auth_result) } : {}),
    tokenCreated: f.vads_identifier_status === 'CREATED' || f.vads_identifier_status === 'UPDATED',
  };
}

/** Acquirer result codes (ISO 8583 style, as the PSP passes them on) grouped by what they mean for the guest. */
const REASON_BY_CODE: Readonly<Record<string, RefusalReason>> = {
  '51': 'insufficient_funds', '61': 'insufficient_funds', '65': 'insufficient_funds',
  '33': 'card_expired', '54': 'card_expired',
  '14': 'card_invalid', '15': 'card_invalid', '56': 'card_invalid', '55': 'card_invalid',
  '04': 'card_blocked', '07': 'card_blocked', '34': 'card_blocked', '41': 'card_blocked', '43': 'card_blocked', '59': 'card_blocked', '63': 'card_blocked',
  '03': 'declined_by_bank', '05': 'declined_by_bank', '12': 'declined_by_bank', '13': 'declined_by_bank', '57': 'declined_by_bank', '58': 'declined_by_bank', '62': 'declined_by_bank',
  '02': 'contact_bank', '60': 'contact_bank',
  '30': 'technical', '31': 'technical', '68': 'technical', '90': 'technical', '91': 'technical', '94': 'technical', '96': 'technical', '97': 'technical', '98': 'technical', '99': 'technical',
};

/** The reason a failed outcome gives: the acquirer's code when it says something, else the PSP's status. */
export function refusalReason(pspStatus: string, authResult?: string): RefusalReason {
  const byCode = authResult ? REASON_BY_CODE[authResult.padStart(2, '0')] : undefined;
  if (byCode) return byCode;
  if (pspStatus === 'EXPIRED') return 'authorisation_expired';
  if (pspStatus === 'CAPTURE_FAILED') return 'capture_failed';
  if (pspStatus === 'ERROR') return 'technical';
  if (pspStatus === 'REFUSED') return 'declined_by_bank';
  return 'unknown';
}
