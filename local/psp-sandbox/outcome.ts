import { randomBytes, randomInt } from 'node:crypto';
import { currencyByNumeric, currencyInfo } from '../../domain/money';
import { maskCardNumber, threeDsFields, type TestCard } from './cards';
import { formatVadsDate, type AcceptedForm } from './gateway';
import type { LedgerEntry, OperationType } from './ledger';

export interface CardExpiry {
  readonly month: number;
  readonly year: number;
}

/**
 * "by default 7 days for CB, Visa and Mastercard" (reference §0, §8): a manual-validation payment
 * not validated within it expires; a capture later than it only gets an information request now.
 */
export const AUTHORISATION_VALIDITY_DAYS = 7;
export const DAY_MS = 86_400_000;
/** A capture delay over 365 days is reset to 365 (reference §4.7). */
export const MAX_CAPTURE_DELAY_DAYS = 365;

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/**
 * A chaining reference as the issuer gives it at the registration (reference §4.10, §6.2; the
 * doc's example `736070(...)0709304` is digits): 15 digits here.
 */
export function newIssuerTransactionIdentifier(): string {
  return Array.from({ length: 15 }, () => randomInt(0, 10)).join('');
}

/** The gateway echoes the request in its answer; only `vads_*` fields are part of the protocol. */
function echo(form: AcceptedForm): Record<string, string> {
  return Object.fromEntries(Object.entries(form.fields).filter(([name]) => name.startsWith('vads_')));
}

export const registersCard = (form: AcceptedForm): boolean => form.pageAction === 'REGISTER' || form.pageAction === 'REGISTER_PAY';

/**
 * Status of an accepted payment (reference §8, §10.5): within the authorisation's validity it is
 * AUTHORISED (automatic) or AUTHORISED_TO_VALIDATE (manual); a capture delay beyond it gets an
 * information request now (MARK) and WAITING_AUTHORISATION(_TO_VALIDATE).
 */
export function acceptedStatus(manual: boolean, captureDelayDays: number): { status: string; authMode: 'FULL' | 'MARK' } {
  if (captureDelayDays > AUTHORISATION_VALIDITY_DAYS) {
    return { status: manual ? 'WAITING_AUTHORISATION_TO_VALIDATE' : 'WAITING_AUTHORISATION', authMode: 'MARK' };
  }
  return { status: manual ? 'AUTHORISED_TO_VALIDATE' : 'AUTHORISED', authMode: 'FULL' };
}

const captureDelayOf = (form: AcceptedForm): number => Math.min(MAX_CAPTURE_DELAY_DAYS, Number(form.fields.vads_capture_delay || '0'));

function acceptedPaymentStatus(form: AcceptedForm): { status: string; authMode: 'FULL' | 'MARK' } {
  return acceptedStatus(form.fields.vads_validation_mode === '1', captureDelayOf(form));
}

/**
 * IPN fields (without `vads_url_check_src`, `vads_hash` and `signature`, which change per delivery)
 * for a card entered on the payment page. The full card number stops here: only its mask goes out.
 */
export function paidFields(form: AcceptedForm, card: TestCard, cardNumber: string, expiry: CardExpiry, transUuid: string, now: Date): Record<string, string> {
  const registerOnly = form.pageAction === 'REGISTER';
  const accepted = registerOnly ? card.accepted || card.registrationAccepted === true : card.accepted;
  const { status, authMode } = registerOnly
    ? { status: accepted ? 'ACCEPTED' : 'REFUSED', authMode: 'FULL' as const }
    : accepted ? acceptedPaymentStatus(form) : { status: 'REFUSED', authMode: 'FULL' as const };
  const at = formatVadsDate(now);

  const fields: Record<string, string> = {
    ...echo(form),
    vads_trans_status: status,
    vads_result: accepted ? '00' : '05',
    vads_extra_result: '',
    vads_auth_result: accepted ? '00' : card.authResult,
    vads_auth_mode: authMode,
    vads_trans_uuid: transUuid,
    vads_card_brand: card.cardBrand,
    vads_card_number: maskCardNumber(cardNumber),
    vads_expiry_month: String(expiry.month),
    vads_expiry_year: String(expiry.year),
    vads_operation_type: registerOnly ? 'VERIFICATION' : 'DEBIT',
    vads_warranty_result: accepted && card.accepted ? card.warranty : '',
    ...threeDsFields(card),
    vads_presentation_date: at,
    vads_effective_creation_date: at,
    vads_sequence_number: '1',
  };
  if (accepted) {
    fields.vads_auth_number = hex(3);
    fields.vads_payment_certificate = hex(20);
  }
  if (form.charge) {
    fields.vads_effective_amount = String(form.charge.effectiveAmount);
    fields.vads_effective_currency = form.charge.currency;
    fields.vads_capture_delay = form.fields.vads_capture_delay || '0';
    fields.vads_validation_mode = form.fields.vads_validation_mode || '0';
  }
  if (registersCard(form)) {
    if (accepted) {
      fields.vads_identifier = form.fields.vads_identifier || hex(16);
      // The chaining reference kept with the alias, for later merchant-initiated payments (reference §4.10).
      fields.vads_initial_issuer_transaction_identifier = newIssuerTransactionIdentifier();
    }
    fields.vads_identifier_status = accepted ? 'CREATED' : 'NOT_CREATED';
  }
  return fields;
}

/** Cancelled or expired session: no transaction was created, so no operation type and no card data. */
export function abandonedFields(form: AcceptedForm, transUuid: string): Record<string, string> {
  const fields: Record<string, string> = {
    ...echo(form),
    vads_trans_status: 'ABANDONED',
    vads_result: '17',
    vads_extra_result: '',
    vads_trans_uuid: transUuid,
  };
  if (registersCard(form)) fields.vads_identifier_status = 'ABANDONED';
  return fields;
}

const nonEmpty = (s: string | undefined): string | undefined => (s ? s : undefined);

/** Where the buyer goes back to; undefined when the merchant gave no URL (the sandbox then shows a result page). */
export function returnUrlFor(form: AcceptedForm, outcome: 'success' | 'refused' | 'cancel'): string | undefined {
  const f = form.fields;
  const specific = outcome === 'success' ? f.vads_url_success : outcome === 'refused' ? f.vads_url_refused : f.vads_url_cancel;
  return nonEmpty(specific) ?? nonEmpty(f.vads_url_return);
}

/** Fields of the original order kept with its transaction, to be sent again with later operations. */
const ORDER_FIELD = /^vads_(order_|cust_|ext_info_)/;

/**
 * The ledger entry of a paid session, built from its IPN fields (which already hold only the
 * masked card). It keeps what a later back-office operation needs to notify the shop: the IPN URL,
 * key and algorithm the form was accepted with. Those never leave the sandbox.
 */
export function paidEntry(form: AcceptedForm, fields: Readonly<Record<string, string>>, at: Date): LedgerEntry {
  const currency = currencyByNumeric(form.charge?.currency ?? form.fields.vads_currency ?? '') ?? 'EUR';
  const amount = form.charge?.effectiveAmount ?? 0;
  const orderId = form.fields.vads_order_id;
  return {
    uuid: fields.vads_trans_uuid ?? '',
    siteId: form.shop.siteId,
    ctxMode: form.ctxMode,
    ...(orderId ? { orderId } : {}),
    amount,
    initialAmount: amount,
    currency,
    detailedStatus: fields.vads_trans_status ?? '',
    refundedAmount: 0,
    operationType: (fields.vads_operation_type ?? 'DEBIT') as OperationType,
    createdAt: at.getTime(),
    ...(fields.vads_card_number
      ? { card: { brand: fields.vads_card_brand ?? '', maskedPan: fields.vads_card_number, expiryMonth: Number(fields.vads_expiry_month), expiryYear: Number(fields.vads_expiry_year) } }
      : {}),
    ...(fields.vads_auth_result ? { authResult: fields.vads_auth_result } : {}),
    ...(fields.vads_auth_number ? { authNumber: fields.vads_auth_number } : {}),
    ...(fields.vads_warranty_result ? { warranty: fields.vads_warranty_result } : {}),
    transId: form.transId,
    transDate: form.fields.vads_trans_date ?? formatVadsDate(at),
    manualValidation: form.fields.vads_validation_mode === '1',
    expectedCaptureAt: at.getTime() + (form.charge ? captureDelayOf(form) : 0) * DAY_MS,
    ...(fields.vads_auth_mode === 'MARK' ? { authMode: 'MARK' as const } : {}),
    ...(fields.vads_identifier_status === 'CREATED' && fields.vads_identifier ? { paymentMethodToken: fields.vads_identifier } : {}),
    ...(fields.vads_initial_issuer_transaction_identifier ? { initialIssuerTransactionIdentifier: fields.vads_initial_issuer_transaction_identifier } : {}),
    notify: {
      url: form.fields.vads_url_check,
      key: form.key,
      algorithm: form.shop.algorithm,
      orderFields: Object.fromEntries(Object.entries(form.fields).filter(([name]) => ORDER_FIELD.test(name))),
    },
  };
}

/**
 * IPN fields (without `vads_url_check_src`, `vads_hash` and `signature`) for an operation made in
 * the Back Office (reference §5.2, §5.3, §8): a refund is a new CREDIT transaction, CAPTURED, with a
 * gateway-reserved trans id dated now; a cancellation is the original DEBIT itself, CANCELLED, with
 * its own trans id and date. The same fields, status EXPIRED, tell of a manual-validation payment
 * that expired (the "on batch change" rule, §5.2). No `vads_page_action`, `vads_payment_config` or
 * `vads_action_mode`: they belong to the payment form, not to the transaction (reference §5.4).
 */
export function backOfficeFields(original: LedgerEntry, result: LedgerEntry, now: Date): Record<string, string> {
  const refund = result.operationType === 'CREDIT';
  const numeric = currencyInfo(result.currency).numeric;
  const at = formatVadsDate(now);
  const fields: Record<string, string> = {
    ...(original.notify?.orderFields ?? {}),
    vads_version: 'V2',
    vads_site_id: original.siteId,
    vads_ctx_mode: original.ctxMode,
    vads_trans_id: result.transId,
    vads_trans_date: result.transDate,
    vads_trans_uuid: result.uuid,
    vads_trans_status: result.detailedStatus,
    vads_operation_type: refund ? 'CREDIT' : 'DEBIT',
    vads_amount: String(result.amount),
    vads_currency: numeric,
    vads_effective_amount: String(result.amount),
    vads_effective_currency: numeric,
    vads_result: '00',
    vads_extra_result: '',
    vads_sequence_number: '1',
    vads_effective_creation_date: refund ? at : formatVadsDate(new Date(original.createdAt)),
  };
  if (original.orderId) fields.vads_order_id = original.orderId;
  if (original.card) {
    fields.vads_card_brand = original.card.brand;
    fields.vads_card_number = original.card.maskedPan;
    fields.vads_expiry_month = String(original.card.expiryMonth);
    fields.vads_expiry_year = String(original.card.expiryYear);
  }
  return fields;
}
