import type { PspMode, PspProvider, PspSecrets, PspSettings } from '../domain/hotel';
import type { Language } from '../domain/language';
import type { Money } from '../domain/money';
import type { PaymentOutcome } from '../domain/payment-outcome';
import type { OpenAttempt, PaymentRequest } from '../domain/payment-request';
import type { PaymentSubject } from '../domain/payment-subject';
import type { PspPaymentState } from '../domain/psp-operation';
import type { AttemptKey, PspAttempt } from './ports';

/**
 * The PSP ports: what the application asks of a payment service provider, in our words, in three
 * capabilities a function is wired with separately (a hosted page only checks out, the
 * notification route only authenticates, the operations worker only moves money): each function
 * carries the provider code it calls and no other. Each provider is one adapter per capability
 * (adapters/psp/<provider>/), which keeps its own vocabulary (field names, status words,
 * transaction-id rules) to itself; a hotel's `psp.provider` picks it (`ByProvider`).
 */
export interface PspCheckout {
  readonly provider: PspProvider;

  /**
   * What the hosted page renders to send the guest to pay a request: the signed form of a new
   * attempt, or of the attempt the link rendered last when the provider still accepts it.
   */
  checkout(input: CheckoutInput): Promise<StartedCheckout>;
}

/** The provider's notifications: who sent them, and what they say. */
export interface PspNotices {
  readonly provider: PspProvider;

  /**
   * Authenticates a notification sent to the hotel's notification URL: it names the hotel's shop,
   * and its signature verifies with the hotel's key; then reads whether it is well-formed.
   * `secrets` is called only once the shop matched.
   */
  authenticate(settings: PspSettings, secrets: () => Promise<PspSecrets>, fields: Readonly<Record<string, string>>): Promise<NotificationCheck>;

  /** What a stored, well-formed notification (its clear fields, and its sensitive ones when opened) says. */
  interpret(fields: Readonly<Record<string, string>>): PspNotice | { readonly kind: 'rejected'; readonly reason: string };

  /** The card token a notification carries, with its chaining reference, from its sensitive fields. */
  cardToken(sensitive: Readonly<Record<string, string>>): CardToken | undefined;

  /**
   * The request a payment notice's attempt was started for (checkout remembered it). `known`: the
   * attempt read already with the notification; used only if it is the one the notice names.
   */
  findAttempt(notice: PaymentNotice, known?: PspAttempt): Promise<AttemptOwner | undefined>;
}

/** Server-to-server money operations on a payment the provider holds. */
export interface PspOperations {
  readonly provider: PspProvider;

  /** A payment's state at the PSP now. */
  lookUp(account: PspAccount, paymentRef: string): Promise<PspCallResult<PspPaymentState>>;
  /** Gives back part or all of a captured payment: a new credit at the PSP. */
  refund(account: PspAccount, op: { readonly paymentRef: string; readonly amount: Money; readonly comment: string }): Promise<PspCallResult<PspMovement>>;
  /** Cancels a payment not yet captured, in full. */
  cancel(account: PspAccount, op: { readonly paymentRef: string; readonly comment: string }): Promise<PspCallResult<PspMovement>>;
  /** Captures all a payment held for validation holds (a pre-authorisation). */
  validate(account: PspAccount, op: { readonly paymentRef: string; readonly comment: string }): Promise<PspCallResult<PspMovement>>;
  /** Captures part of a payment held for validation; the rest of the hold is given back by the same call. */
  capturePart(account: PspAccount, op: { readonly paymentRef: string; readonly amount: Money; readonly comment: string }): Promise<PspCallResult<PspMovement>>;
  /**
   * Charges a card registered at the PSP, merchant-initiated (no cardholder present), under the
   * order reference that finds it again. The answer is the payment's state: taken, or refused
   * (with whether the issuer wants the cardholder to authenticate).
   */
  charge(account: PspAccount, op: ChargeOrder): Promise<PspCallResult<PspPaymentState>>;
  /** The payment a charge made under its order reference, or null when none was made. */
  findCharge(account: PspAccount, orderRef: string): Promise<PspCallResult<PspPaymentState | null>>;
  /** Lowers the amount of a payment not yet captured. */
  lowerAmount(account: PspAccount, op: { readonly paymentRef: string; readonly newAmount: Money; readonly comment: string }): Promise<PspCallResult<PspMovement>>;
}

/** Each wired provider's adapter of one capability, found by a hotel's `psp.provider`. */
export interface ByProvider<G extends { readonly provider: PspProvider }> {
  for(provider: PspProvider): G;
}

/** A card registered at the PSP: its token, and the chaining reference later charges carry. */
export interface CardToken {
  readonly token: string;
  readonly chainingRef?: string;
}

/** A merchant-initiated charge of a registered card's token. */
export interface ChargeOrder {
  readonly token: string;
  /** The chaining reference the PSP gave at registration (issuers soft-decline without it). */
  readonly chainingRef?: string;
  readonly amount: Money;
  readonly orderRef: string;
  readonly reservationId: string;
}

/** A hotel's PSP account in one mode, its secrets opened: what a server-to-server call needs. */
export interface PspAccount {
  readonly settings: PspSettings;
  readonly secrets: PspSecrets;
  /** The mode of the payment operated on (may differ from the hotel's current mode). */
  readonly mode: PspMode;
}

export interface CheckoutInput {
  readonly hotelId: string;
  readonly settings: PspSettings;
  readonly secrets: PspSecrets;
  readonly request: PaymentRequest;
  /** What is paid for, as the PSP's back office shows it (the subject's reference), and by whom. */
  readonly subject: { readonly reference: string; readonly customer: { readonly email: string; readonly firstName: string; readonly lastName: string } };
  readonly language: Language;
  /** Where the PSP notifies (the hotel's notification URL) and where it sends the guest back. */
  readonly urls: { readonly notification: string; readonly return: string };
  /** The attempt this link rendered last, offered again while the provider accepts it. */
  readonly open?: OpenAttempt;
  readonly now: Date;
}

export type StartedCheckout = {
  /** A form the page posts to the PSP (Systempay's hosted payment page). */
  readonly checkout: { readonly kind: 'form'; readonly action: string; readonly fields: Readonly<Record<string, string>> };
  readonly attempt: OpenAttempt;
} & (
  /** The link's open attempt, offered again: nothing to write. */
  | { readonly reused: true }
  /**
   * A new attempt under a reference the gateway proposed (Systempay: a `vads_trans_id` of the
   * shop's UTC day), to be stored with `PaymentStore.openAttempt` before the form is shown, so its
   * notification finds its way back. A reference taken already: check out again for another.
   */
  | { readonly reused: false; readonly record: PspAttempt }
);

/** Who an attempt belongs to: checkout records it so the notification finds its way back. */
export interface AttemptOwner {
  readonly hotelId: string;
  readonly subject: PaymentSubject;
  readonly paymentRequestId: string;
  readonly mode: PspMode;
}

export type NotificationCheck =
  /** Not from the hotel's shop, or not signed by it: answered 4xx, nothing stored. */
  | { readonly ok: false; readonly status: 'invalid_notification' | 'unknown_shop' | 'invalid_signature'; readonly message: string }
  /** Signed but not well-formed: stored once as rejected with the reason and what may be kept. */
  | { readonly ok: true; readonly id: string; readonly wellFormed: false; readonly reason: string; readonly kept: Readonly<Record<string, string>> }
  /**
   * Signed and well-formed: `sensitive` (the card token) is stored sealed, the rest in clear.
   * `attempt`: where the attempt it names is stored, when it names one of our forms, so its
   * processing reads both at once.
   */
  | { readonly ok: true; readonly id: string; readonly wellFormed: true; readonly clear: Readonly<Record<string, string>>; readonly sensitive: Readonly<Record<string, string>>; readonly attempt?: AttemptKey };

/** What a notification tells us, in our words. */
export type PspNotice = PaymentNotice | MoneyBackNotice;

/** The outcome of an attempt we started: paid, refused, abandoned, a card registered… */
export interface PaymentNotice {
  readonly kind: 'payment';
  /** How the provider names the attempt (to find its owner). */
  readonly attempt: string;
  /** The subject reference the attempt carried (`subjectReference` of the request's subject). */
  readonly subjectRef: string;
  readonly outcome: PaymentOutcome;
  /** The card the guest paid or registered with, masked, as the PSP shows it. */
  readonly card?: NoticeCard;
  /** The PSP checked the card with its bank (an authorisation or a verification it accepted). */
  readonly cardVerified: boolean;
  /** Where the notification came from (the PSP's own word: payment, retry, back office…), for the history. */
  readonly source: string;
}

/** Money given back at the PSP, by a refund credit (ours or its back office's). */
export interface MoneyBackNotice {
  readonly kind: 'money_back';
  /** The credit's own reference at the PSP. */
  readonly ref: string;
  readonly subjectRef: string;
  readonly mode: PspMode;
  readonly amount: Money;
  /** The credit went through (not refused or still waiting). */
  readonly settled: boolean;
  readonly pspStatus: string;
  readonly source: string;
}

export interface NoticeCard {
  readonly maskedNumber: string;
  readonly pspBrand?: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
}

/** A money movement the PSP made for us. */
export interface PspMovement {
  /** Its reference: a new credit for a refund, the payment itself for a cancel or a lowered amount. */
  readonly ref: string;
  readonly pspStatus: string;
  /** A new payment (a charge): the card it was taken from, masked, as the PSP shows it. */
  readonly maskedCard?: string;
}

/**
 * How a PSP call ended. `transient`: not done, safe to try again (5xx, 429, connection refused).
 * `ambiguous`: may or may not have been done (timeout, connection lost after sending): look before
 * trying again. `permanent`: refused; trying again will not help (PSP's code and message kept).
 */
export type PspCallResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: 'transient' | 'ambiguous' | 'permanent'; readonly code: string; readonly message: string };

/** Where a provider notifies us for a hotel: the route is the same shape for every provider. */
export const notificationPath = (provider: PspProvider, hotelId: string): string => `/psp/${provider}/${encodeURIComponent(hotelId)}/ipn`;
