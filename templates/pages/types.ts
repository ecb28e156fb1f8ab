import type { Language, Title } from '../../domain/language';
import type { Money } from '../../domain/money';

export type PaymentType = 'deposit' | 'guarantee';
export type LinkProblem = 'expired' | 'used' | 'cancelled' | 'not_found';
export type ResultState = 'succeeded' | 'failed' | 'pending' | 'abandoned';

export interface PaymentPageData {
  language: Language;
  hotel: { name: string; timezone: string };
  guest: { firstName: string; lastName: string; title?: Title };
  type: PaymentType;
  /** Stay dates, `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  total: Money;
  amount: Money;
  /** ISO instant, shown in the hotel's time zone. */
  deadline: string;
  /** The PSP form: where it posts and its hidden fields (already signed). */
  form: { action: string; fields: Record<string, string> };
  /** Opened by the front desk for a card given by phone (`delivery: terminal`), not by the guest. */
  staff?: boolean;
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

type ByType = Readonly<Record<PaymentType, string>>;

/**
 * Everything a guest page says, in one language. Strings are templates (../render.ts): the
 * variables each may use are noted; `{{{emailLink}}}` is a link we build and escape ourselves.
 */
export interface PageStrings {
  /** Header when the hotel is not known (a link that matches nothing). */
  readonly genericHeader: string;
  readonly payment: {
    readonly title: ByType;
    /** What to do, in one or two sentences. */
    readonly intro: ByType;
    /** The same, said to front-desk staff typing a card the guest gives by phone. */
    readonly staffIntro: ByType;
    readonly labels: { readonly arrival: string; readonly departure: string; readonly stay: string; readonly guest: string };
    readonly amountLabel: ByType;
    /** {{total}} */
    readonly ofTotal: string;
    /** Deposit equal to the total. */
    readonly fullStay: string;
    /** {{amount}} */
    readonly noChargeNow: string;
    /** {{deadline}}: date and time at the hotel */
    readonly deadline: string;
    /** {{amount}} */
    readonly button: ByType;
    /** Card data is typed on the PSP's page, not here. */
    readonly secure: string;
  };
  readonly problem: Readonly<Record<LinkProblem, { readonly title: string; readonly body: string }>>;
  readonly contact: {
    /** {{hotelName}} {{{emailLink}}} */
    readonly withEmail: string;
    readonly withoutEmail: string;
  };
  /** Titles and bodies may use {{amount}}. */
  readonly result: Readonly<Record<ResultState, { readonly title: ByType; readonly body: ByType }>> & {
    readonly retry: Readonly<Record<'failed' | 'abandoned', string>>;
    /** {{deadline}}: date and time at the hotel until which the guest may try again. */
    readonly retryUntil: string;
  };
}
