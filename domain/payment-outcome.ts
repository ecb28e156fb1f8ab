import type { Money } from './money';

/**
 * What a PSP notification means for us, independent of the PSP's own vocabulary: each PSP's
 * adapter maps its statuses onto these kinds.
 */
export type OutcomeKind = 'succeeded' | 'pending' | 'failed' | 'abandoned' | 'cancelled';

export interface PaymentOutcome {
  readonly kind: OutcomeKind;
  /** The PSP's status word, kept verbatim for the history. */
  readonly pspStatus: string;
  readonly operation: 'payment' | 'verification' | 'refund';
  readonly amount: Money;
  /** PSP transaction id (uuid); absent when no transaction was created (abandon). */
  readonly pspTransactionId?: string;
  readonly attemptRef: string;
  readonly mode: 'TEST' | 'PRODUCTION';
  readonly card?: { readonly brand?: string; readonly masked?: string; readonly expiryMonth?: number; readonly expiryYear?: number };
  /** Result code from the acquirer, e.g. "51" for insufficient funds. */
  readonly authResult?: string;
  /** Why a failed payment failed, in our words. */
  readonly refusal?: RefusalReason;
  /** True when the PSP registered the card as a reusable token. */
  readonly tokenCreated: boolean;
}

/** Why a card was refused, in words a front desk understands (from the acquirer's result code). */
export const REFUSAL_REASONS = [
  'insufficient_funds', 'card_expired', 'card_invalid', 'card_blocked', 'declined_by_bank', 'contact_bank', 'technical', 'authorisation_expired', 'capture_failed', 'unknown',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

