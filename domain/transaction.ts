import type { PspProvider } from './hotel';
import type { Money } from './money';
import type { PaymentOutcome } from './payment-outcome';
import type { GiveBackCall, PspCall } from './psp-operation';

export type TransactionType = 'payment' | 'verification' | 'refund';
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
  ctx: { now: Date; transactionId: string; hotelId: string; reservationId: string; paymentRequestId: string; provider: PspProvider },
): Transaction | null {
  const status = STATUS_OF[outcome.kind];
  if (!status || !outcome.pspTransactionId) return null;
  const at = ctx.now.toISOString();
  if (existing) {
    if (existing.status === status && existing.psp.status === outcome.pspStatus) return null;
    if (existing.status === 'succeeded' && status !== 'succeeded') return null;
    if (existing.status === 'failed' && status === 'pending') return null;
    // Only the move to succeeded opens the refundable amount; a later success (captured, resent) keeps it.
    const settles = existing.status !== 'succeeded' && status === 'succeeded' && existing.type === 'payment' ? { refundable: existing.amount.amount } : {};
    return { ...existing, ...settles, status, updatedAt: at, psp: { ...existing.psp, status: outcome.pspStatus }, version: existing.version + 1 };
  }
  return {
    hotelId: ctx.hotelId,
    reservationId: ctx.reservationId,
    transactionId: ctx.transactionId,
    paymentRequestId: ctx.paymentRequestId,
    type: outcome.operation,
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
    ...(status === 'succeeded' && outcome.operation === 'payment' ? { refundable: outcome.amount.amount } : {}),
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
