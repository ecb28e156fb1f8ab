import type { PspProvider } from './hotel';
import type { Money } from './money';
import type { PaymentOutcome } from './payment-outcome';
import type { GiveBackCall, PspCall } from './psp-operation';

export type TransactionType = 'payment' | 'verification' | 'refund' | 'preauthorisation' | 'capture' | 'release' | 'charge';
export type TransactionStatus = 'pending' | 'succeeded' | 'failed';

/** Money movements (and card verifications) reported by the PSP for a reservation. */
export interface Transaction {
  readonly hotelId: string;
  readonly reservationId: string;
  readonly transactionId: string;
  readonly paymentRequestId: string;
  readonly type: TransactionType;
  readonly status: TransactionStatus;
  readonly amount: Money;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly psp: {
    readonly provider: PspProvider;
    readonly transactionUuid: string;
    readonly attemptRef: string;
    readonly status: string;
    readonly mode: 'TEST' | 'PRODUCTION';
    readonly cardBrand?: string;
    readonly maskedCard?: string;
    readonly authResult?: string;
  };
  /** Payments: minor units that may still be refunded (requested refunds are held off it). */
  readonly refundable?: number;
  /** Refunds: the payment the money goes back from, and the refund's own progress. */
  readonly parentTransactionId?: string;
  readonly refund?: RefundDetails;
  /** Pre-authorisations: what is held, until when, and what was captured (domain/hold.ts). */
  readonly hold?: HoldDetails;
  /** Captures and releases of a hold: their progress. */
  readonly holdOperation?: HoldOperationDetails;
  /** Charges of a stored card: why, which card, and their progress (domain/charge.ts). */
  readonly charge?: ChargeDetails;
  readonly version: number;
}

const STATUS_OF: Record<PaymentOutcome['kind'], TransactionStatus | null> = {
  succeeded: 'succeeded', pending: 'pending', failed: 'failed', abandoned: null, cancelled: 'failed',
};

/**
 * Records (or moves forward) the transaction an outcome describes. A transaction that succeeded
 * stays succeeded whatever arrives later; a pending one may settle either way. Returns null when
 * there is nothing to record (abandoned, or a stale notification).
 */
export function recordOutcome(
  existing: Transaction | undefined,
  outcome: PaymentOutcome,
  ctx: { now: Date; transactionId: string; hotelId: string; reservationId: string; paymentRequestId: string; provider: PspProvider; preauthorisation?: HoldSchedule },
): Transaction | null {
  const status = STATUS_OF[outcome.kind];
  if (!status || !outcome.pspTransactionId) return null;
  const at = ctx.now.toISOString();
  if (existing) {
    if (existing.status === status && existing.psp.status === outcome.pspStatus) return null;
    if (existing.status === 'succeeded' && status !== 'succeeded') return null;
    if (existing.status === 'failed' && status === 'pending') return null;
    // Only the move to succeeded opens the refundable amount (a payment) or the hold (a
    // pre-authorisation); a later success (captured, resent) keeps them as they are.
    const becomes = existing.status !== 'succeeded' && status === 'succeeded';
    const settles = becomes && existing.type === 'payment' ? { refundable: existing.amount.amount }
      : becomes && existing.type === 'preauthorisation' ? { hold: newHold(existing.amount, ctx.now, ctx.preauthorisation) } : {};
    return { ...existing, ...settles, status, updatedAt: at, psp: { ...existing.psp, status: outcome.pspStatus }, version: existing.version + 1 };
  }
  return {
    hotelId: ctx.hotelId,
    reservationId: ctx.reservationId,
    transactionId: ctx.transactionId,
    paymentRequestId: ctx.paymentRequestId,
    // A payment authorised for a pre-authorisation request is held, not taken.
    type: ctx.preauthorisation && outcome.operation === 'payment' ? 'preauthorisation' : outcome.operation,
    status,
    amount: outcome.amount,
    createdAt: at,
    updatedAt: at,
    psp: {
      provider: ctx.provider,
      transactionUuid: outcome.pspTransactionId,
      attemptRef: outcome.attemptRef,
      status: outcome.pspStatus,
      mode: outcome.mode,
      ...(outcome.card?.brand ? { cardBrand: outcome.card.brand } : {}),
      ...(outcome.card?.masked ? { maskedCard: outcome.card.masked } : {}),
      ...(outcome.authResult ? { authResult: outcome.authResult } : {}),
    },
    ...(status === 'succeeded' && outcome.operation === 'payment'
      ? (ctx.preauthorisation ? { hold: newHold(outcome.amount, ctx.now, ctx.preauthorisation) } : { refundable: outcome.amount.amount }) : {}),
    version: 1,
  };
}

export type RefundStatus = 'requested' | 'succeeded' | 'failed';
export type RefundOrigin = 'api' | 'cancellation' | 'psp_back_office';

export interface RefundDetails {
  readonly status: RefundStatus;
  readonly origin: RefundOrigin;
  readonly reason?: string;
  readonly requestedAt: string;
  readonly completedAt?: string;
  readonly failure?: { readonly code: string; readonly message: string };
  /** The PSP call (docs/psp-operations.md); while it is `calling` or `unanswered` the refund holds its payment's PSP lock. */
  readonly pspCall?: PspCall<GiveBackCall>;
  readonly operation?: GiveBackCall;
  /** Set when the outcome was read back from the PSP after a call that never answered. */
  readonly reconciled?: boolean;
}

/** What a pre-authorisation holds. Minor units. */
export interface HoldDetails {
  /** Still held for us at the PSP: the amount once authorised; 0 once a capture or release is asked. */
  readonly held: number;
  /** When the authorisation lapses by itself if neither captured nor released. */
  readonly expiresAt: string;
  /** What a succeeded capture took. */
  readonly captured?: number;
  /** When to warn the hotel that the hold lapses soon (its policy's lead time), if at all. */
  readonly warnAt?: string;
  /** The warning was handled: sent, with what the policy did (capture, release, or nothing more). */
  readonly warned?: { readonly at: string; readonly action: 'none' | 'capture' | 'release' };
  /** When what is still held is released if the hotel's policy says so: the end of the departure day, before the lapse. */
  readonly releaseAt?: string;
  /** Neither captured nor released before `expiresAt`: the bank dropped the authorisation, nothing is held any more. */
  readonly lapsedAt?: string;
}

export type HoldOperationType = 'capture' | 'release';
/** How a hold operation went at the PSP: validate all, capture a part (lower and validate in one call), cancel. */
export type HoldCall = 'validate' | 'capture_part' | 'cancel';

export interface HoldOperationDetails {
  readonly status: 'requested' | 'succeeded' | 'failed';
  readonly requestedAt: string;
  readonly completedAt?: string;
  /** The hold as it stood when the operation was asked (given back if it fails). */
  readonly heldBefore: number;
  readonly failure?: { readonly code: string; readonly message: string };
  readonly pspCall?: PspCall<HoldCall>;
  readonly operation?: HoldCall;
  readonly reconciled?: boolean;
}

/**
 * How long an authorisation holds the money when nobody validates it: the card scheme's validity
 * (7 days for CB, Visa and Mastercard, the PSP's default; reference §8). Other schemes are given
 * the same until their own figure is configured.
 */
export const AUTHORISATION_VALIDITY_DAYS = 7;

export const holdExpiry = (authorisedAt: Date): string => new Date(authorisedAt.getTime() + AUTHORISATION_VALIDITY_DAYS * 86_400_000).toISOString();

/** The hold a new pre-authorisation starts with. */
/** When a new hold's timed work falls: the warning before the lapse, the release at departure (only before the lapse). */
export interface HoldSchedule {
  readonly warningHoursBefore: number | null;
  /** The end of the departure day (hotel time). */
  readonly departureEnd: string;
}

export function newHold(amount: Money, authorisedAt: Date, schedule?: HoldSchedule): HoldDetails {
  const expiresAt = holdExpiry(authorisedAt);
  const lapse = Date.parse(expiresAt);
  const warn = schedule && schedule.warningHoursBefore !== null ? lapse - schedule.warningHoursBefore * 3600_000 : undefined;
  const release = schedule ? Date.parse(schedule.departureEnd) : undefined;
  return {
    held: amount.amount, expiresAt,
    ...(warn !== undefined && warn > authorisedAt.getTime() ? { warnAt: new Date(warn).toISOString() } : {}),
    ...(release !== undefined && release < lapse ? { releaseAt: new Date(release).toISOString() } : {}),
  };
}


export const CHARGE_REASONS = ['prepayment', 'stay', 'balance', 'no_show', 'fee'] as const;
export type ChargeReason = (typeof CHARGE_REASONS)[number];
export type ChargeStatus = 'requested' | 'succeeded' | 'failed' | 'action_required';
/** A charge makes one kind of PSP call: a merchant-initiated payment of the card's token. */
export type ChargeCall = 'charge';

export interface ChargeDetails {
  readonly status: ChargeStatus;
  readonly reason: ChargeReason;
  /** The vault card charged (registered at the PSP). */
  readonly cardId: string;
  /** The order reference the PSP payment carries: how the charge is found at the PSP after an unanswered call. */
  readonly orderRef: string;
  readonly requestedAt: string;
  readonly completedAt?: string;
  readonly failure?: { readonly code: string; readonly message: string };
  readonly pspCall?: PspCall<ChargeCall>;
  /** The payment request the guest was sent when the issuer asked for authentication. */
  readonly paymentRequestId?: string;
  /** Where a payment link for this charge points (the API's public address it was asked through). */
  readonly linkBase?: string;
  readonly reconciled?: boolean;
}
