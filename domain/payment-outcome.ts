import type { Money } from './money';

/**
 * What a PSP notification means for us, independent of the PSP's own vocabulary. The Systempay
 * adapter maps `vads_trans_status` onto these kinds.
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
  /** True when the PSP registered the card as a reusable token. */
  readonly tokenCreated: boolean;
}
