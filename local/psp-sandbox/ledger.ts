import { randomBytes } from 'node:crypto';
import type { SignatureAlgorithm } from '../../adapters/psp/systempay/signature';
import { AUTH_RESULT_LABELS } from './cards';
import type { CtxMode } from './gateway';

/**
 * The sandbox's transactions, as the gateway keeps them after a payment: what Transaction/Get
 * shows, what CancelOrRefund and Update change (reference §6.3–6.5, §8).
 */

export type OperationType = 'DEBIT' | 'CREDIT' | 'VERIFICATION';

/** A ledger entry as tests and the index page see it: no key, no IPN URL, never a full card number. */
export interface LedgerTransaction {
  readonly uuid: string;
  readonly siteId: string;
  readonly ctxMode: CtxMode;
  readonly orderId?: string;
  /** Current amount in minor units (lowered by Transaction/Update before capture). */
  readonly amount: number;
  /** The amount first authorised, before any Transaction/Update. */
  readonly initialAmount: number;
  /** ISO 4217 alpha-3, as REST V4 has it. */
  readonly currency: string;
  readonly detailedStatus: string;
  /** Refunded so far (DEBIT only): `captureResponse.refundAmount`. */
  readonly refundedAmount: number;
  readonly operationType: OperationType;
  readonly createdAt: string;
  readonly capturedAt?: string;
  readonly cardBrand?: string;
  /** First 6, six X, last 4. */
  readonly maskedPan?: string;
  readonly expiryMonth?: number;
  readonly expiryYear?: number;
  /** `vads_trans_id` / REST `legacyTransId`; gateway-reserved 900000–999999 for refunds. */
  readonly transId: string;
  /** `vads_trans_date` (YYYYMMDDHHMMSS, UTC). */
  readonly transDate: string;
  /** The DEBIT a CREDIT refunds. */
  readonly parentUuid?: string;
  readonly comment?: string;
  /** The capture date asked for (creation + capture delay). */
  readonly expectedCaptureAt: string;
  /** When Transaction/Validate validated it (manual validation). */
  readonly validatedAt?: string;
  /**
   * The payment created a token (REGISTER, REGISTER_PAY) or was charged to one (Charge/CreatePayment).
   * The token itself is not shown here: it is as good as the card for a merchant-initiated payment.
   */
  readonly tokenized?: true;
  /** Where the payment came from: the payment page, or a merchant-initiated charge of a token. */
  readonly origin: 'FORM' | 'MERCHANT_INITIATED';
  /** `vads_auth_result` / REST `detailedErrorCode` of a refused payment. */
  readonly authResult?: string;
}

/** What a back-office operation needs to notify the shop like the original payment was. Never shown. */
export interface NotifyTarget {
  readonly url: string | undefined;
  readonly key: string;
  readonly algorithm: SignatureAlgorithm;
  /** Order and buyer fields of the original form (`vads_order_*`, `vads_cust_*`, `vads_ext_info_*`). */
  readonly orderFields: Readonly<Record<string, string>>;
}

/** Where a REST payment's notification goes: its `ipnTargetUrl`, else the shop's REST IPN URL (reference §6.9). */
export interface RestNotifyTarget {
  readonly url: string | undefined;
  /** The token's e-mail, shown as `customer.email` of the V4/Payment. */
  readonly customerEmail?: string;
}

export interface LedgerEntry {
  readonly uuid: string;
  readonly siteId: string;
  readonly ctxMode: CtxMode;
  readonly orderId?: string;
  amount: number;
  readonly initialAmount: number;
  readonly currency: string;
  detailedStatus: string;
  refundedAmount: number;
  readonly operationType: OperationType;
  readonly createdAt: number;
  capturedAt?: number;
  readonly card?: { readonly brand: string; readonly maskedPan: string; readonly expiryMonth: number; readonly expiryYear: number };
  readonly authResult?: string;
  readonly authNumber?: string;
  readonly transId: string;
  readonly transDate: string;
  readonly parentUuid?: string;
  readonly manualValidation: boolean;
  readonly warranty?: string;
  comment?: string;
  readonly notify?: NotifyTarget;
  /** Set for a merchant-initiated charge (Charge/CreatePayment): it is notified in the REST format. */
  readonly restNotify?: RestNotifyTarget;
  /** Creation + capture delay (reference §8): WAITING_AUTHORISATION_TO_VALIDATE expires there unvalidated. */
  readonly expectedCaptureAt: number;
  /** `MARK` when the capture is beyond the authorisation's validity (reference §5.7 `vads_auth_mode`). */
  readonly authMode?: 'FULL' | 'MARK';
  validatedAt?: number;
  readonly paymentMethodToken?: string;
  readonly initialIssuerTransactionIdentifier?: string;
  /** REST `transactionDetails.cardDetails.paymentSource`; EC by default. */
  readonly paymentSource?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  /** REST `detailedErrorMessage` of a refusal when it says more than the auth result's label. */
  readonly refusalDetail?: string;
}

/** A refusal as the REST API words it (reference §6.1: `[PREFIX]_[CODE]`). */
export interface OperationError {
  readonly code: string;
  readonly message: string;
  readonly detail?: string;
}

export type OperationOutcome = { readonly ok: true; readonly entry: LedgerEntry } | { readonly ok: false; readonly error: OperationError };

/**
 * The codes the sandbox answers, from Lyra's REST error reference (PSP errors page) unless noted:
 * PSP_010 transaction not found, PSP_011 incorrect transaction status, PSP_020 invalid amount,
 * PSP_075 "cancellation impossible, please try a refund", PSP_076 "the refund operation is not yet
 * available, please try to cancel", PSP_104 already fully refunded and PSP_105 already cancelled
 * (reference §6.4). INT_902 ("web-service input data validation error") is the message Lyra's API
 * gives for invalid input, as seen in integrations' logs. PSP_030 "alias not found" and PSP_031
 * "alias is invalid" answer a payment by token whose token is unknown or unusable (Lyra's own
 * plugins take both to mean "the identifier is invalid or does not exist").
 */
export const ERRORS = {
  notFound: { code: 'PSP_010', message: 'transaction not found' },
  badStatus: { code: 'PSP_011', message: 'incorrect transaction status' },
  badAmount: { code: 'PSP_020', message: 'invalid amount' },
  cancelImpossible: { code: 'PSP_075', message: 'cancellation impossible, please try a refund' },
  refundNotYet: { code: 'PSP_076', message: 'the refund operation is not yet available, please try to cancel' },
  fullyRefunded: { code: 'PSP_104', message: 'transaction already fully refunded' },
  alreadyCancelled: { code: 'PSP_105', message: 'transaction already cancelled' },
  invalidInput: { code: 'INT_902', message: 'web-service input data validation error' },
  aliasNotFound: { code: 'PSP_030', message: 'alias not found' },
  aliasInvalid: { code: 'PSP_031', message: 'alias is invalid' },
} as const;

const err = (e: { code: string; message: string }, detail?: string): OperationOutcome => ({ ok: false, error: { ...e, ...(detail ? { detail } : {}) } });

/** Not yet captured: a full cancellation or a lower amount is possible (reference §6.4, §6.5). */
export const UNCAPTURED = new Set(['AUTHORISED', 'AUTHORISED_TO_VALIDATE', 'WAITING_AUTHORISATION', 'WAITING_AUTHORISATION_TO_VALIDATE']);
/** Transaction/Validate is "only for AUTHORISED_TO_VALIDATE, WAITING_AUTHORISATION_TO_VALIDATE" (reference §6.6). */
export const TO_VALIDATE = new Set(['AUTHORISED_TO_VALIDATE', 'WAITING_AUTHORISATION_TO_VALIDATE']);
/** "by default 7 days for CB, Visa and Mastercard" (reference §8). */
export const AUTHORISATION_VALIDITY_MS = 7 * 86_400_000;

/** REST `status` for a `detailedStatus` (reference §6.3). */
export function restStatus(detailedStatus: string): 'PAID' | 'RUNNING' | 'UNPAID' {
  if (['ACCEPTED', 'AUTHORISED', 'CAPTURED', 'PARTIALLY_AUTHORISED'].includes(detailedStatus)) return 'PAID';
  if (['AUTHORISED_TO_VALIDATE', 'WAITING_AUTHORISATION', 'WAITING_AUTHORISATION_TO_VALIDATE', 'UNDER_VERIFICATION'].includes(detailedStatus)) return 'RUNNING';
  return 'UNPAID';
}

export type ResolutionMode = 'AUTO' | 'REFUND_ONLY' | 'CANCELLATION_ONLY';

/** An operator's long `npm start` must not grow without bound. */
const KEPT_ENTRIES = 10_000;

export class Ledger {
  private readonly entries = new Map<string, LedgerEntry>();

  constructor(private readonly options: {
    readonly now: () => Date;
    readonly captureAfterMs?: number | undefined;
    /** Told when a transaction expires unvalidated (applied lazily, when it is next looked at). */
    readonly onExpired?: (entry: LedgerEntry) => void;
  }) {}

  add(entry: LedgerEntry): void {
    this.entries.set(entry.uuid, entry);
    if (this.entries.size > KEPT_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** The entry, brought up to date with the clock (automatic capture). */
  get(uuid: string): LedgerEntry | undefined {
    const entry = this.entries.get(uuid);
    if (entry) this.settle(entry);
    return entry;
  }

  all(): LedgerEntry[] {
    const list = [...this.entries.values()];
    for (const e of list) this.settle(e);
    return list;
  }

  /** Remaining refundable amount of a captured DEBIT. */
  static remaining(entry: LedgerEntry): number {
    return Math.max(0, entry.amount - entry.refundedAmount);
  }

  capture(entry: LedgerEntry): OperationOutcome {
    this.settle(entry);
    if (entry.operationType !== 'DEBIT' || entry.detailedStatus !== 'AUTHORISED') {
      return err(ERRORS.badStatus, `only an AUTHORISED payment can be captured; this one is ${entry.operationType} ${entry.detailedStatus}`);
    }
    entry.detailedStatus = 'CAPTURED';
    entry.capturedAt = this.options.now().getTime();
    return { ok: true, entry };
  }

  /**
   * Transaction/CancelOrRefund (reference §6.4): a refund (new CREDIT) of a CAPTURED payment, or
   * the full cancellation of one not yet captured. `newTransId` names the CREDIT.
   */
  cancelOrRefund(
    entry: LedgerEntry,
    req: { amount?: number | undefined; currency?: string | undefined; mode: ResolutionMode; comment?: string | undefined },
    newTransId: () => { transId: string; transDate: string },
  ): OperationOutcome {
    this.settle(entry);
    if (req.currency !== undefined && req.currency !== entry.currency) {
      return err(ERRORS.invalidInput, `currency ${req.currency} does not match the transaction's ${entry.currency}`);
    }
    if (entry.operationType !== 'DEBIT') {
      return err(ERRORS.badStatus, `a ${entry.operationType} transaction can be neither cancelled nor refunded`);
    }
    const status = entry.detailedStatus;
    if (status === 'CANCELLED') return err(ERRORS.alreadyCancelled);
    if (status === 'CAPTURED') {
      if (req.mode === 'CANCELLATION_ONLY') return err(ERRORS.cancelImpossible, 'the transaction is CAPTURED: refund it (REFUND_ONLY)');
      const remaining = Ledger.remaining(entry);
      if (remaining === 0) return err(ERRORS.fullyRefunded);
      const amount = req.amount ?? remaining;
      if (amount > remaining) return err(ERRORS.badAmount, `refund of ${amount} exceeds the ${remaining} left to refund`);
      const { transId, transDate } = newTransId();
      const credit: LedgerEntry = {
        uuid: randomBytes(16).toString('hex'),
        siteId: entry.siteId,
        ctxMode: entry.ctxMode,
        ...(entry.orderId ? { orderId: entry.orderId } : {}),
        amount,
        initialAmount: amount,
        currency: entry.currency,
        detailedStatus: 'CAPTURED',
        refundedAmount: 0,
        operationType: 'CREDIT',
        createdAt: this.options.now().getTime(),
        capturedAt: this.options.now().getTime(),
        ...(entry.card ? { card: entry.card } : {}),
        transId,
        transDate,
        parentUuid: entry.uuid,
        manualValidation: false,
        expectedCaptureAt: this.options.now().getTime(),
        ...(req.comment ? { comment: req.comment } : {}),
        ...(entry.notify ? { notify: entry.notify } : {}),
        ...(entry.restNotify ? { restNotify: entry.restNotify } : {}),
      };
      entry.refundedAmount += amount;
      this.add(credit);
      return { ok: true, entry: credit };
    }
    if (UNCAPTURED.has(status)) {
      if (req.mode === 'REFUND_ONLY') return err(ERRORS.refundNotYet, `the transaction is ${status}: cancel it (CANCELLATION_ONLY)`);
      if (req.amount !== undefined && req.amount !== entry.amount) {
        return err(ERRORS.badAmount, `a ${status} transaction can only be cancelled in full (${entry.amount}); lower its amount with Transaction/Update instead`);
      }
      entry.detailedStatus = 'CANCELLED';
      if (req.comment) entry.comment = req.comment;
      return { ok: true, entry };
    }
    return err(ERRORS.badStatus, `a ${status} transaction can be neither cancelled nor refunded`);
  }

  /** Transaction/Update (reference §6.5): lowers the amount of a payment not yet captured. */
  /**
   * Transaction/Update (reference §6.5) also switches a manual-validation payment to automatic
   * (`manualValidation: "NO"`), "but not the other way around": the payment is then validated as
   * Transaction/Validate would, for its (possibly lowered) amount.
   */
  update(entry: LedgerEntry, req: { amount: number; currency: string; comment?: string | undefined; manualValidation?: 'YES' | 'NO' | undefined }): OperationOutcome {
    this.settle(entry);
    if (req.manualValidation === 'YES' && !TO_VALIDATE.has(entry.detailedStatus)) {
      return err(ERRORS.badStatus, 'a payment validated automatically cannot be switched back to manual validation');
    }
    if (req.currency !== entry.currency) return err(ERRORS.invalidInput, `currency ${req.currency} does not match the transaction's ${entry.currency}`);
    if (entry.operationType !== 'DEBIT' || !UNCAPTURED.has(entry.detailedStatus)) {
      return err(ERRORS.badStatus, `only a DEBIT in ${[...UNCAPTURED].join(', ')} can be updated; this one is ${entry.operationType} ${entry.detailedStatus}`);
    }
    if (req.amount > entry.amount) return err(ERRORS.badAmount, `the amount can only be lowered (now ${entry.amount})`);
    entry.amount = req.amount;
    if (req.comment) entry.comment = req.comment;
    if (req.manualValidation === 'NO' && TO_VALIDATE.has(entry.detailedStatus)) {
      entry.detailedStatus = entry.detailedStatus === 'AUTHORISED_TO_VALIDATE' ? 'AUTHORISED' : 'WAITING_AUTHORISATION';
      entry.validatedAt = this.options.now().getTime();
    }
    return { ok: true, entry };
  }

  /**
   * Transaction/Validate (reference §6.6, §8): the merchant validates a manual-validation payment.
   * AUTHORISED_TO_VALIDATE becomes AUTHORISED (then captured like any automatic payment);
   * WAITING_AUTHORISATION_TO_VALIDATE becomes WAITING_AUTHORISATION (authorised before its capture
   * date). Any other status — already validated, cancelled, expired, refused — is PSP_011.
   */
  validate(entry: LedgerEntry, req: { comment?: string | undefined }): OperationOutcome {
    this.settle(entry);
    if (entry.operationType !== 'DEBIT' || !TO_VALIDATE.has(entry.detailedStatus)) {
      return err(ERRORS.badStatus, `only a DEBIT in ${[...TO_VALIDATE].join(' or ')} can be validated; this one is ${entry.operationType} ${entry.detailedStatus}`);
    }
    entry.detailedStatus = entry.detailedStatus === 'AUTHORISED_TO_VALIDATE' ? 'AUTHORISED' : 'WAITING_AUTHORISATION';
    entry.validatedAt = this.options.now().getTime();
    if (req.comment) entry.comment = req.comment;
    return { ok: true, entry };
  }

  /** Brings every transaction up to date with the clock (after the clock was moved). */
  sweep(): void {
    for (const e of this.entries.values()) this.settle(e);
  }

  /**
   * The clock's effects, applied when a transaction is looked at:
   * - an unvalidated AUTHORISED_TO_VALIDATE expires when its authorisation does, 7 days after it
   *   was given, "even if the initial capture date has passed" (reference §8); an unvalidated
   *   WAITING_AUTHORISATION_TO_VALIDATE expires on its capture date ("If you do not validate the
   *   transaction before the requested capture date, the transaction expires", §8). EXPIRED is
   *   final and the card is not debited (§5.6).
   * - `captureAfterMs`: an AUTHORISED payment is captured that long after its creation (or its
   *   validation, for a manual one).
   */
  private settle(entry: LedgerEntry): void {
    if (entry.operationType !== 'DEBIT') return;
    const now = this.options.now().getTime();
    const expiresAt = entry.detailedStatus === 'AUTHORISED_TO_VALIDATE' ? entry.createdAt + AUTHORISATION_VALIDITY_MS
      : entry.detailedStatus === 'WAITING_AUTHORISATION_TO_VALIDATE' ? entry.expectedCaptureAt : undefined;
    if (expiresAt !== undefined && now >= expiresAt) {
      entry.detailedStatus = 'EXPIRED';
      this.options.onExpired?.(entry);
      return;
    }
    const after = this.options.captureAfterMs;
    if (after === undefined || entry.detailedStatus !== 'AUTHORISED') return;
    const from = Math.max(entry.createdAt, entry.validatedAt ?? 0);
    if (now - from >= after) {
      entry.detailedStatus = 'CAPTURED';
      entry.capturedAt = from + after;
    }
  }
}

export function publicView(e: LedgerEntry): LedgerTransaction {
  return {
    uuid: e.uuid,
    siteId: e.siteId,
    ctxMode: e.ctxMode,
    ...(e.orderId ? { orderId: e.orderId } : {}),
    amount: e.amount,
    initialAmount: e.initialAmount,
    currency: e.currency,
    detailedStatus: e.detailedStatus,
    refundedAmount: e.refundedAmount,
    operationType: e.operationType,
    createdAt: new Date(e.createdAt).toISOString(),
    ...(e.capturedAt !== undefined ? { capturedAt: new Date(e.capturedAt).toISOString() } : {}),
    ...(e.card ? { cardBrand: e.card.brand, maskedPan: e.card.maskedPan, expiryMonth: e.card.expiryMonth, expiryYear: e.card.expiryYear } : {}),
    transId: e.transId,
    transDate: e.transDate,
    ...(e.parentUuid ? { parentUuid: e.parentUuid } : {}),
    ...(e.comment ? { comment: e.comment } : {}),
    expectedCaptureAt: new Date(e.expectedCaptureAt).toISOString(),
    ...(e.validatedAt !== undefined ? { validatedAt: new Date(e.validatedAt).toISOString() } : {}),
    ...(e.paymentMethodToken ? { tokenized: true } : {}),
    origin: e.restNotify ? 'MERCHANT_INITIATED' : 'FORM',
    ...(e.detailedStatus === 'REFUSED' && e.authResult ? { authResult: e.authResult } : {}),
  };
}

/** ISO 8601 with `+00:00`, the way REST V4 writes dates. */
const restDate = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');

function vadsToIso(transDate: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(transDate);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+00:00` : null;
}

/** A V4/Transaction object (reference §6.3, shaped after the real answer in §3.2 K1). */
export function restTransaction(e: LedgerEntry): Record<string, unknown> {
  const refused = e.detailedStatus === 'REFUSED';
  const authorised = e.authNumber !== undefined;
  return {
    shopId: e.siteId,
    uuid: e.uuid,
    amount: e.amount,
    currency: e.currency,
    paymentMethodType: 'CARD',
    paymentMethodToken: e.paymentMethodToken ?? null,
    status: restStatus(e.detailedStatus),
    detailedStatus: e.detailedStatus,
    operationType: e.operationType,
    effectiveStrongAuthentication: 'DISABLED',
    creationDate: restDate(e.createdAt),
    errorCode: refused ? 'ACQ_001' : null,
    errorMessage: refused ? 'payment refused' : null,
    detailedErrorCode: refused && e.authResult ? e.authResult : null,
    detailedErrorMessage: refused ? (e.refusalDetail ?? (e.authResult ? AUTH_RESULT_LABELS[e.authResult] : undefined) ?? null) : null,
    metadata: e.metadata ?? null,
    orderDetails: orderDetails(e),
    transactionDetails: {
      liabilityShift: e.warranty === 'YES' ? 'YES' : 'NO',
      effectiveAmount: e.amount,
      effectiveCurrency: e.currency,
      creationContext: 'CHARGE',
      cardDetails: {
        paymentSource: e.paymentSource ?? 'EC',
        manualValidation: e.manualValidation ? 'YES' : 'NO',
        expectedCaptureDate: restDate(e.expectedCaptureAt),
        effectiveBrand: e.card?.brand ?? null,
        pan: e.card?.maskedPan ?? null,
        expiryMonth: e.card?.expiryMonth ?? null,
        expiryYear: e.card?.expiryYear ?? null,
        country: null,
        legacyTransId: e.transId,
        legacyTransDate: vadsToIso(e.transDate),
        // The chaining reference for later merchant-initiated payments, given when the alias is
        // created (reference §6.2); on a merchant-initiated payment, the reference it was chained to.
        initialIssuerTransactionIdentifier: e.initialIssuerTransactionIdentifier ?? null,
        authorizationResponse: {
          amount: authorised ? e.initialAmount : null,
          currency: authorised ? e.currency : null,
          authorizationDate: authorised ? restDate(e.createdAt) : null,
          authorizationNumber: e.authNumber ?? null,
          authorizationResult: e.authResult ?? null,
          authorizationMode: e.authMode ?? 'FULL',
          _type: 'V4/PaymentMethod/Details/Cards/CardAuthorizationResponse',
        },
        captureResponse: {
          refundAmount: e.refundedAmount > 0 ? e.refundedAmount : null,
          captureDate: e.capturedAt !== undefined ? restDate(e.capturedAt) : null,
          captureFileNumber: null,
          refundCurrency: e.refundedAmount > 0 ? e.currency : null,
          _type: 'V4/PaymentMethod/Details/Cards/CardCaptureResponse',
        },
        _type: 'V4/PaymentMethod/Details/CardDetails',
      },
      parentTransactionUuid: e.parentUuid ?? null,
      mid: null,
      sequenceNumber: 1,
      _type: 'V4/TransactionDetails',
    },
    _type: 'V4/Transaction',
  };
}

/**
 * A V4/Payment object (reference §3.2 K1, §6.3): the answer of Charge/CreatePayment for a SILENT
 * charge and the `kr-answer` of a REST IPN. `orderCycle` is CLOSED once the order's outcome is
 * final (PAID, UNPAID), OPEN while it is RUNNING (to be validated, waiting for authorisation).
 */
/** The order a ledger transaction belongs to, as REST answers show it. */
const orderDetails = (e: LedgerEntry): Record<string, unknown> => ({
  orderTotalAmount: e.initialAmount,
  orderEffectiveAmount: e.amount,
  orderCurrency: e.currency,
  mode: e.ctxMode,
  orderId: e.orderId ?? null,
  _type: 'V4/OrderDetails',
});

export function restPayment(e: LedgerEntry, now: Date, customerEmail: string | undefined): Record<string, unknown> {
  const orderStatus = restStatus(e.detailedStatus);
  return {
    shopId: e.siteId,
    orderCycle: orderStatus === 'RUNNING' ? 'OPEN' : 'CLOSED',
    orderStatus,
    serverDate: restDate(now.getTime()),
    orderDetails: orderDetails(e),
    customer: { email: customerEmail ?? null, reference: null, _type: 'V4/Customer/Customer' },
    transactions: [{ ...restTransaction(e), _type: 'V4/PaymentTransaction' }],
    _type: 'V4/Payment',
  };
}
