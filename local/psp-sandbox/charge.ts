import { randomBytes } from 'node:crypto';
import { isSupportedCurrency, MAX_AMOUNT } from '../../domain/money';
import { AUTH_RESULT_LABELS } from './cards';
import { isHttpUrl, type CtxMode, type Shop } from './gateway';
import { ERRORS, type Ledger, type LedgerEntry, type OperationError } from './ledger';
import { acceptedStatus, DAY_MS, MAX_CAPTURE_DELAY_DAYS } from './outcome';
import { cardExpired, type StoredToken, type TokenStore } from './tokens';

/**
 * Charge/CreatePayment for a merchant-initiated payment of a stored token (reference §6.2,
 * "0-click"): `formAction: "SILENT"` and `paymentMethodToken`, "without displaying the payment form
 * and without authentication (server-to-server call)". The answer is a V4/Payment, accepted or
 * refused; a request the gateway cannot take (bad field, unknown token) is an error envelope.
 *
 * The embedded form (a `formToken`, the default of Charge/CreatePayment) is not simulated.
 */

/**
 * The issuer's answers to a charge it will not take as it is. The reference gives no code for a
 * soft decline nor for "authentication required" (§6.2 only says "without chaining, issuers may
 * soft-decline"); the sandbox answers the closest refusals of the documented `vads_auth_result`
 * list (§5.7), in the REST `detailedErrorCode` of the REFUSED transaction:
 * - no (or a wrong) chaining reference: 57 "Transaction not allowed for this holder" — the issuer
 *   will not take a cardholder-absent payment it cannot link to the authenticated registration;
 * - a card that needs a 3-D Secure challenge (§7): 63 "Does not abide to security rules" — strong
 *   authentication is required and a SILENT payment cannot provide it.
 * Both are soft: the same card is accepted once the cardholder authenticates on the payment page.
 */
export const SOFT_DECLINE_AUTH_RESULT = '57';
export const AUTHENTICATION_REQUIRED_AUTH_RESULT = '63';

/**
 * Invalid fields get `INT_0xx` where xx is the form API's error code for the same field (§4.12:
 * 05 validation mode, 06 capture delay, 09 amount, 10 currency, 13 order id, 30 identifier), the
 * numbering the reference's own REST example follows (§6.1: INT_015 "invalid customer email", form
 * error 15 CUST_EMAIL); other invalid input is INT_902, as in the sandbox's other web services.
 */
const fieldError = (code: string, message: string, detail: string): OperationError => ({ code, message, detail });
const invalidInput = (detail: string): OperationError => ({ ...ERRORS.invalidInput, detail });

export type ChargeOutcome =
  | { readonly ok: true; readonly entry: LedgerEntry; readonly token: StoredToken }
  | { readonly ok: false; readonly error: OperationError };

export interface ChargeDeps {
  readonly ledger: Ledger;
  readonly tokens: TokenStore;
  readonly now: () => Date;
  readonly newTransId: (siteId: string) => { transId: string; transDate: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reference's own example sends the amount as a string ("990", §6.2); Lyra's code sends a number. */
function amountOf(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^[0-9]{1,12}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 && n <= MAX_AMOUNT ? n : undefined;
}

export function createPayment(params: Record<string, unknown>, auth: { shop: Shop; mode: CtxMode }, deps: ChargeDeps): ChargeOutcome {
  const fail = (error: OperationError): ChargeOutcome => ({ ok: false, error });
  if (params.formAction !== 'SILENT') {
    return fail(invalidInput('the sandbox simulates Charge/CreatePayment only for a merchant-initiated payment of a token: formAction "SILENT" with a paymentMethodToken (no embedded form, no formToken)'));
  }
  const tokenId = params.paymentMethodToken;
  if (typeof tokenId !== 'string' || !/^[\x21-\x7e]{1,64}$/.test(tokenId)) {
    return fail(fieldError('INT_030', 'invalid paymentMethodToken', 'paymentMethodToken is required: the token (alias) a registration returned'));
  }
  const amount = amountOf(params.amount);
  if (amount === undefined) return fail(fieldError('INT_009', 'invalid amount', `amount must be a positive integer in minor units, at most ${MAX_AMOUNT}`));
  const currency = params.currency;
  if (typeof currency !== 'string' || !isSupportedCurrency(currency)) return fail(fieldError('INT_010', 'invalid currency', 'currency must be a supported ISO 4217 alpha-3 code, e.g. EUR'));
  const orderId = params.orderId;
  if (orderId !== undefined && orderId !== null && (typeof orderId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(orderId))) {
    return fail(fieldError('INT_013', 'invalid orderId', 'orderId must be 1 to 64 characters from a-z, A-Z, 0-9, _ and -'));
  }
  const options = params.transactionOptions;
  if (options !== undefined && !isObject(options)) return fail(invalidInput('transactionOptions must be an object'));
  const card = options?.cardOptions;
  if (card !== undefined && !isObject(card)) return fail(invalidInput('transactionOptions.cardOptions must be an object'));
  const manualValidation = card?.manualValidation;
  if (manualValidation !== undefined && manualValidation !== 'YES' && manualValidation !== 'NO') {
    return fail(fieldError('INT_005', 'invalid manualValidation', 'transactionOptions.cardOptions.manualValidation must be YES or NO'));
  }
  const captureDelay = card?.captureDelay;
  if (captureDelay !== undefined && !(typeof captureDelay === 'number' && Number.isSafeInteger(captureDelay) && captureDelay >= 0)) {
    return fail(fieldError('INT_006', 'invalid captureDelay', 'transactionOptions.cardOptions.captureDelay must be a number of days'));
  }
  const chaining = card?.initialIssuerTransactionIdentifier;
  if (chaining !== undefined && chaining !== null && (typeof chaining !== 'string' || !/^[\x21-\x7e]{1,64}$/.test(chaining))) {
    return fail(invalidInput('transactionOptions.cardOptions.initialIssuerTransactionIdentifier must be the identifier returned at the registration'));
  }
  const paymentSource = card?.paymentSource;
  if (paymentSource !== undefined && (typeof paymentSource !== 'string' || !/^[A-Z_]{1,16}$/.test(paymentSource))) {
    return fail(invalidInput('transactionOptions.cardOptions.paymentSource must be a payment source code, e.g. EC'));
  }
  const ipnTargetUrl = params.ipnTargetUrl;
  if (ipnTargetUrl !== undefined && ipnTargetUrl !== null && (typeof ipnTargetUrl !== 'string' || !isHttpUrl(ipnTargetUrl))) {
    return fail(invalidInput('ipnTargetUrl must be an http(s) URL of at most 1024 characters'));
  }
  const metadata = params.metadata;
  if (metadata !== undefined && metadata !== null
    && (!isObject(metadata) || Object.keys(metadata).length > 50 || Object.values(metadata).some((v) => typeof v !== 'string' || v.length > 255))) {
    return fail(invalidInput('metadata must map at most 50 names to strings of at most 255 characters'));
  }

  const token = deps.tokens.get(auth.shop.siteId, tokenId);
  // A TEST token does not exist for the PRODUCTION password, and the other way round.
  if (!token || token.ctxMode !== auth.mode) return fail({ ...ERRORS.aliasNotFound, detail: `no ${auth.mode} token with this identifier for shop ${auth.shop.siteId}` });
  const at = deps.now();
  if (cardExpired(token, at)) {
    return fail({ ...ERRORS.aliasInvalid, detail: `the card registered with this token expired at the end of ${String(token.expiryMonth).padStart(2, '0')}/${token.expiryYear}` });
  }

  const chained = typeof chaining === 'string' && chaining === token.initialIssuerTransactionIdentifier;
  const refusal = refusalOf(token, chaining, chained);
  const manual = manualValidation === 'YES';
  const delay = Math.min(MAX_CAPTURE_DELAY_DAYS, typeof captureDelay === 'number' ? captureDelay : 0);
  const { status, authMode } = refusal ? { status: 'REFUSED', authMode: 'FULL' as const } : acceptedStatus(manual, delay);
  const { transId, transDate } = deps.newTransId(auth.shop.siteId);
  const url = typeof ipnTargetUrl === 'string' ? ipnTargetUrl : auth.shop.restIpnUrl;
  const entry: LedgerEntry = {
    uuid: randomBytes(16).toString('hex'),
    siteId: auth.shop.siteId,
    ctxMode: auth.mode,
    ...(typeof orderId === 'string' ? { orderId } : {}),
    amount,
    initialAmount: amount,
    currency,
    detailedStatus: status,
    refundedAmount: 0,
    operationType: 'DEBIT',
    createdAt: at.getTime(),
    card: { brand: token.cardBrand, maskedPan: token.maskedPan, expiryMonth: token.expiryMonth, expiryYear: token.expiryYear },
    authResult: refusal ? refusal.authResult : '00',
    ...(refusal ? {} : { authNumber: randomBytes(3).toString('hex') }),
    transId,
    transDate,
    manualValidation: manual,
    // Without authentication there is no liability shift.
    warranty: 'NO',
    expectedCaptureAt: at.getTime() + delay * DAY_MS,
    authMode,
    paymentMethodToken: token.token,
    ...(chained ? { initialIssuerTransactionIdentifier: chaining } : {}),
    paymentSource: typeof paymentSource === 'string' ? paymentSource : 'EC',
    ...(isObject(metadata) ? { metadata: metadata as Record<string, string> } : {}),
    ...(refusal ? { refusalDetail: refusal.detail } : {}),
    restNotify: { url, ...(token.email ? { customerEmail: token.email } : {}) },
  };
  deps.ledger.add(entry);
  return { ok: true, entry, token };
}

function refusalOf(token: StoredToken, chaining: unknown, chained: boolean): { authResult: string; detail: string } | undefined {
  if (!chained) {
    const why = typeof chaining === 'string'
      ? 'the chaining reference (initialIssuerTransactionIdentifier) is not the one given at the registration of this token'
      : 'no chaining reference (transactionOptions.cardOptions.initialIssuerTransactionIdentifier) was sent';
    return { authResult: SOFT_DECLINE_AUTH_RESULT, detail: `${AUTH_RESULT_LABELS[SOFT_DECLINE_AUTH_RESULT]} — soft decline: ${why}` };
  }
  switch (token.outcome.kind) {
    case 'accepted':
      return undefined;
    case 'authentication_required':
      return {
        authResult: AUTHENTICATION_REQUIRED_AUTH_RESULT,
        detail: `${AUTH_RESULT_LABELS[AUTHENTICATION_REQUIRED_AUTH_RESULT]} — authentication required: the issuer asks for 3-D Secure, which a SILENT payment cannot do`,
      };
    case 'refused':
      return { authResult: token.outcome.authResult, detail: AUTH_RESULT_LABELS[token.outcome.authResult] ?? 'payment refused' };
  }
}
