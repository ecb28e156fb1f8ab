import type { Language, Title } from '../../domain/language';
import type { Money } from '../../domain/money';
import type { Messages } from '../messages';

/**
 * `preauthorisation`: an amount held on the card, not taken, until the hotel captures or releases it.
 * `charge`: a charge the hotel made on the card the guest registered (a merchant-initiated charge),
 * which the guest's bank asked the guest to confirm (authenticate) themselves.
 */
export type PaymentType = 'deposit' | 'guarantee' | 'preauthorisation' | 'charge';
/**
 * Why the hotel charges a card the guest registered: a prepayment, charges during the stay, the
 * balance at check-out ("fast check-out"), a no-show, or a fee (the domain's own list).
 */
import type { ChargeReason } from '../../domain/transaction';

export { CHARGE_REASONS, type ChargeReason } from '../../domain/transaction';
export type LinkProblem = 'expired' | 'used' | 'cancelled' | 'not_found';
export type ResultState = 'succeeded' | 'failed' | 'pending' | 'abandoned';

/** What a payment is for, as the page describes it: one variant per kind of payment subject. */
export type PageSubject = {
  kind: 'stay';
  /** Stay dates, `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  total: Money;
};

export interface PaymentPageData {
  language: Language;
  hotel: { name: string; timezone: string };
  guest: { firstName: string; lastName: string; title?: Title };
  type: PaymentType;
  /** What the payment is for, as the page describes it. */
  subject: PageSubject;
  amount: Money;
  /** ISO instant, shown in the hotel's time zone. */
  deadline: string;
  /** The PSP form: where it posts and its hidden fields (already signed). */
  form: { action: string; fields: Record<string, string> };
  /** Opened by the front desk for a card given by phone (`delivery: terminal`), not by the guest. */
  staff?: boolean;
  /** A `charge`: what the hotel charges for, said in the intro when given. */
  chargeReason?: ChargeReason;
}

export interface ResultPageData {
  language: Language;
  state: ResultState;
  /** `timezone` is needed only with `deadline`. */
  hotel: { name: string; email: string; timezone?: string };
  type: PaymentType;
  amount: Money;
  /** The payment link again, offered after a failure or an abandon. */
  retryUrl?: string;
  /** ISO instant the link works until (after a refusal: the option's new deadline), shown with `retryUrl`. */
  deadline?: string;
}

/**
 * Everything a guest page says in one language, besides the labels it shares with the e-mails:
 * the `page` part of the catalog (../messages). Strings are templates (../render.ts) of plain
 * text; `{{{emailLink}}}` is a link we build and escape ourselves.
 */
export type PageStrings = Messages['page'];
