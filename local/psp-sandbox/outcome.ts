import { randomBytes } from 'node:crypto';
import { maskCardNumber, threeDsFields, type TestCard } from './cards';
import { formatVadsDate, type AcceptedForm } from './gateway';

export interface CardExpiry {
  readonly month: number;
  readonly year: number;
}

/** Authorisations are valid 7 days for CB/Visa/Mastercard; a later capture only gets an information request now. */
const AUTHORISATION_VALIDITY_DAYS = 7;

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** The gateway echoes the request in its answer; only `vads_*` fields are part of the protocol. */
function echo(form: AcceptedForm): Record<string, string> {
  return Object.fromEntries(Object.entries(form.fields).filter(([name]) => name.startsWith('vads_')));
}

const registersCard = (form: AcceptedForm): boolean => form.pageAction === 'REGISTER' || form.pageAction === 'REGISTER_PAY';

function acceptedPaymentStatus(form: AcceptedForm): { status: string; authMode: 'FULL' | 'MARK' } {
  const manual = form.fields.vads_validation_mode === '1';
  const delay = Number(form.fields.vads_capture_delay || '0');
  if (delay > AUTHORISATION_VALIDITY_DAYS) {
    return { status: manual ? 'WAITING_AUTHORISATION_TO_VALIDATE' : 'WAITING_AUTHORISATION', authMode: 'MARK' };
  }
  return { status: manual ? 'AUTHORISED_TO_VALIDATE' : 'AUTHORISED', authMode: 'FULL' };
}

/**
 * IPN fields (without `vads_url_check_src`, `vads_hash` and `signature`, which change per delivery)
 * for a card entered on the payment page. The full card number stops here: only its mask goes out.
 */
export function paidFields(form: AcceptedForm, card: TestCard, cardNumber: string, expiry: CardExpiry, transUuid: string, now: Date): Record<string, string> {
  const registerOnly = form.pageAction === 'REGISTER';
  const accepted = card.accepted;
  const { status, authMode } = registerOnly
    ? { status: accepted ? 'ACCEPTED' : 'REFUSED', authMode: 'FULL' as const }
    : accepted ? acceptedPaymentStatus(form) : { status: 'REFUSED', authMode: 'FULL' as const };
  const at = formatVadsDate(now);

  const fields: Record<string, string> = {
    ...echo(form),
    vads_trans_status: status,
    vads_result: accepted ? '00' : '05',
    vads_extra_result: '',
    vads_auth_result: card.authResult,
    vads_auth_mode: authMode,
    vads_trans_uuid: transUuid,
    vads_card_brand: card.cardBrand,
    vads_card_number: maskCardNumber(cardNumber),
    vads_expiry_month: String(expiry.month),
    vads_expiry_year: String(expiry.year),
    vads_operation_type: registerOnly ? 'VERIFICATION' : 'DEBIT',
    vads_warranty_result: card.warranty,
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
    if (accepted) fields.vads_identifier = form.fields.vads_identifier || hex(16);
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
