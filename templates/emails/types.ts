import type { Title } from '../../domain/language';
import type { Money } from '../../domain/money';
import type { RefusalReason } from '../../domain/payment-request';
import type { ChargeReason } from '../pages/types';

export type EmailKind =
  | 'guarantee-request'
  | 'deposit-request'
  | 'preauthorisation-request'
  | 'payment-reminder'
  | 'payment-confirmation-guest'
  | 'payment-confirmation-hotel'
  | 'lapse-digest'
  | 'refund-failed'
  | 'refund-confirmation-guest'
  | 'payment-after-close-hotel'
  | 'payment-twice-hotel'
  | 'payment-failed-hotel'
  | 'vault-user-hotel'
  | 'hold-lapse-hotel'
  | 'charge-request'
  | 'charge-receipt'
  | 'charge-failed-hotel'
  | 'charge-action-hotel'
  | 'card-expiring-guest'
  | 'card-expiring-hotel'
  | 'payment-digest-hotel'

  | 'webhook-disabled-hotel';

/** One option the scheduled sweep handled after its deadline passed (see `lapse-digest`). */
export interface OptionLapse {
  reservationId: string;
  /** As the front desk knows the guest, e.g. "Camille Dupont". */
  guestName: string;
  /** Stay dates, `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  /** ISO instant the option ran out (shown in the hotel's time zone). */
  optionDeadline: string;
  /** `expired`: the sweep released the reservation; `reported`: the hotel's policy is to report only. */
  action: 'expired' | 'reported';
}

export interface EmailData {
  hotel: { name: string; email: string; timezone: string };
  guest: { title?: Title; firstName: string; lastName: string };
  reservationId: string;
  /** Stay dates, `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  total: Money;
  /** The deposit asked or paid, the amount the card guarantees, or the amount pre-authorised (held on the card, not taken). */
  amount: Money;
  /** ISO instant: answer before this (shown in the hotel's time zone). */
  deadline?: string;
  /** The payment link (requests) or a page about the booking (confirmations). Absolute http(s). */
  url?: string;
  transactionId?: string;
  /** ISO instant of the payment (a pre-authorisation: when it was given). */
  paidAt?: string;
  /**
   * `deposit`: money taken; `guarantee`: a card kept on file, nothing taken; `preauthorisation`: an
   * amount held on the card, not taken, until the hotel captures all or part of it or releases it;
   * `charge`: a charge the hotel makes on the card the guest registered (`charge-request`: one the
   * guest's bank asks the guest to confirm through the payment link).
   */
  type: 'deposit' | 'guarantee' | 'preauthorisation' | 'charge';
  /**
   * A pre-authorisation: ISO instant the hold lapses by itself if the hotel neither captures nor
   * releases it (shown in the hotel's time zone, in `payment-confirmation-hotel` and
   * `payment-after-close-hotel`; the sentence is left out when absent).
   */
  holdExpiresAt?: string;
  /** Refunds: the payment the money goes back from (`transactionId` is then the refund's own). */
  parentTransactionId?: string;
  /** `payment-twice-hotel`: the payment that had already settled the request. */
  firstTransactionId?: string;
  /** Refunds: ISO instant the refund went through, or was refused. */
  completedAt?: string;
  /** `refund-failed`: the PSP's answer, as it gave it. */
  pspError?: { code: string; message: string };
  /** `refund-failed`: why the hotel asked for the refund, when it said. */
  reason?: string;
  /** `payment-after-close-hotel`: the reservation's status when the money arrived (`expired`, `cancelled`). */
  reservationStatus?: string;
  /** `payment-failed-hotel`: what the PSP answered, and why in plain words (`refusalReason`). */
  refusal?: { reason: RefusalReason; pspStatus: string; authResult?: string; at: string };
  /** `payment-failed-hotel`: the option deadline after the refusal, and whether the refusal brought it forward. */
  optionDeadline?: string;
  deadlineForced?: boolean;
  /**
   * The charge e-mails (`charge-request`, `charge-receipt`, `charge-failed-hotel`,
   * `charge-action-hotel`): what the hotel charges for. Said in the sentences and the details when
   * given; each sentence has its own wording without it.
   */
  chargeReason?: ChargeReason;
  /** `charge-receipt`: the card charged, masked as the PSP gives it (e.g. "•••• 4242"). Never a full number. */
  card?: string;
  /**
   * `card-expiring-guest` and `card-expiring-hotel` (required there): the card that guarantees the
   * booking, masked, and its expiry (month 1–12, four-digit year; shown as MM/YYYY).
   */
  expiringCard?: { masked: string; expiryMonth: number; expiryYear: number };
  /** `lapse-digest` only: the options one sweep handled. */
  lapses?: ReadonlyArray<OptionLapse>;
}

/**
 * What `lapse-digest` needs: the hotel and the options, nothing about one guest or stay.
 * (`renderEmail` also accepts a full EmailData with `lapses` set for this kind.)
 */
export interface LapseDigestData {
  hotel: EmailData['hotel'];
  lapses: ReadonlyArray<OptionLapse>;
}

/** One payment listed in `payment-digest-hotel`. */
export interface DigestPayment {
  reservationId: string;
  /** As the front desk knows the guest, e.g. "Camille Dupont". */
  guestName: string;
  /** Stay dates, `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  type: EmailData['type'];
  amount: Money;
  transactionId: string;
  /** ISO instant of the payment (shown in the hotel's time zone). */
  paidAt: string;
  /** A pre-authorisation still holding money: ISO instant the hold lapses. */
  holdExpiresAt?: string;
}

/**
 * What `payment-digest-hotel` needs: the hotel, the local day (`YYYY-MM-DD`) and the payments
 * received that day, at least one (docs/hotel-digest.md).
 */
export interface PaymentDigestData {
  hotel: EmailData['hotel'];
  date: string;
  payments: ReadonlyArray<DigestPayment>;
}

/**
 * What `vault-user-hotel` needs: the hotel, and who was given (back) the card vault, as the
 * event recorded it. Nothing about a guest or a stay, never a PIN.
 */
export interface VaultUserData {
  hotel: EmailData['hotel'];
  user: {
    userId: string;
    name: string;
    roles: ReadonlyArray<'cards:reveal' | 'cards:manage'>;
    /** `created`: a new user; `unlocked`: the user's wrong PINs were cleared (and its lock lifted). */
    change: 'created' | 'unlocked';
    /** ISO instant of the change (shown in the hotel's time zone). */
    at: string;
    /** `unlocked`: ISO instant wrong PINs had locked the user; absent when it was not locked. */
    lockedAt?: string;
    /** `unlocked`: the consecutive wrong PINs cleared. */
    failedAttempts?: number;
  };
}

/**
 * What `hold-lapse-hotel` needs: one pre-authorisation about to lapse by itself (the bank drops an
 * authorisation after about 7 days), its booking, and what the scheduled job did about it under
 * the hotel's policy. Nothing about a payment request, never a card.
 */
export interface HoldLapseData {
  hotel: EmailData['hotel'];
  reservationId: string;
  guest: EmailData['guest'];
  /** Stay dates, `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  /** What is still held on the guest's card. */
  held: Money;
  /** ISO instant the hold lapses (shown in the hotel's time zone). */
  holdExpiresAt: string;
  /** The pre-authorisation. */
  transactionId: string;
  /** What the job did under the hotel's policy: nothing (the hotel must act), or asked the PSP to capture the whole hold, or to release it. */
  action: 'none' | 'capture' | 'release';
}

/** What `webhook-disabled-hotel` needs: the endpoint turned off after 3 days of failures. Never its secret. */
export interface WebhookDisabledData {
  hotel: EmailData['hotel'];
  endpointId: string;
  /** The endpoint's address without its query (which may carry a receiver's token). */
  endpointUrl: string;
  /** ISO instant of the first failure (shown in the hotel's time zone). */
  failingSince: string;
  /** The last attempt: `HTTP 500`, `timeout`, … */
  lastResult: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
