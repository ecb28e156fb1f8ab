import type { Title } from '../../domain/language';
import type { Money } from '../../domain/money';

export type EmailKind = 'guarantee-request' | 'deposit-request' | 'payment-confirmation-guest' | 'payment-confirmation-hotel';

export interface EmailData {
  hotel: { name: string; email: string; timezone: string };
  guest: { title?: Title; firstName: string; lastName: string };
  reservationId: string;
  /** Stay dates, `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  total: Money;
  /** The deposit asked or paid, or the amount the card guarantees. */
  amount: Money;
  /** ISO instant: answer before this (shown in the hotel's time zone). */
  deadline?: string;
  /** The payment link (requests) or a page about the booking (confirmations). Absolute http(s). */
  url?: string;
  transactionId?: string;
  /** ISO instant of the payment. */
  paidAt?: string;
  type: 'deposit' | 'guarantee';
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/**
 * One message in one language: template strings (see ../render.ts). `html` is the body only,
 * written with plain tags (`p`, `p.muted`, `p.cta`, `a.button`, `a`, `table.details`, `th`, `td`,
 * `strong`, `br`); styles are inlined and the responsive frame added in code (layout.ts).
 *
 * Variables, always defined (empty when not applicable):
 *   hotelName hotelEmail salutation guestName guestFormalName reservationId
 *   arrival departure nights amount total partial deadline url transactionId paidAt
 *   isDeposit isGuarantee
 * `deadline` and `paidAt` are date and time at the hotel; `partial` is set when the amount is
 * less than the total.
 */
export interface EmailTemplate {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

