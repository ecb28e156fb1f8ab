import { InvalidInput } from './errors';
import { addDays, endOfLocalDay, localDate } from './time';

/** How a hotel wants its options handled. */
export interface HotelPolicy {
  /** Option length when the PMS gives no deadline: end of the day this many days ahead; null = a deadline is required. */
  readonly defaultOptionDays: number | null;
  /** Remind the guest this many hours before an unanswered request expires; null = never. */
  readonly reminderHoursBefore: number | null;
  /** What a lapsed option becomes: expired, or left on option and only reported. */
  readonly onLapse: 'expire' | 'report';
  /** Days after departure the vault keeps a card's number, CVV and token (0–7; never more than 7). */
  readonly cardRetentionDays?: number;
  /** Pre-authorisations: warn the hotel this many hours before a hold lapses (1–144); null = never. Default 24. */
  readonly holdWarningHoursBefore?: number | null;
  /** Pre-authorisations: what to do at that warning besides telling the hotel. Default none. */
  readonly onHoldLapse?: 'none' | 'capture' | 'release';
  /** Pre-authorisations: release what is still held at the end of the departure day. Default true. */
  readonly releaseHoldsAtDeparture?: boolean;
  /**
   * The hotel's e-mail about each payment received (deposit paid, card guarantee registered,
   * pre-authorisation given): one e-mail per payment (`each`, the default), or all of a day's in
   * one digest the next morning (`daily_digest`, docs/hotel-digest.md). Alerts that need the
   * hotel to act are always sent at once.
   */
  readonly hotelPaymentEmails?: HotelPaymentEmails;
}

export const HOTEL_PAYMENT_EMAILS = ['each', 'daily_digest'] as const;
export type HotelPaymentEmails = (typeof HOTEL_PAYMENT_EMAILS)[number];

/** How the hotel hears of payments received, default filled in. */
export const hotelPaymentEmailsOf = (p: HotelPaymentEmails | HotelPolicy): HotelPaymentEmails =>
  (typeof p === 'string' ? p : p.hotelPaymentEmails) ?? 'each';

/** The local hour (hotel's time zone) the digest of the day before is sent at. */
export const PAYMENT_DIGEST_LOCAL_HOUR = 8;

/**
 * When the payment digest of `date` (a local date at the hotel) is due: 08:00 at the hotel the
 * next day (DST-safe). Nothing is added to a day once it is over, so the digest, sent later, is whole.
 */
export function paymentDigestDueAt(date: string, timezone: string): string {
  const next = addDays(date, 1);
  // The end of the day before `next` is its local midnight; the hour is added in local wall time.
  const midnight = endOfLocalDay(date, timezone).getTime() + 1;
  const wall = midnight + PAYMENT_DIGEST_LOCAL_HOUR * 3600_000;
  // A DST change between midnight and the hour moves the wall clock: settle on the local hour.
  const drift = localHour(new Date(wall), timezone) - PAYMENT_DIGEST_LOCAL_HOUR;
  const at = new Date(wall - drift * 3600_000);
  return localDate(at, timezone) === next ? at.toISOString() : new Date(wall).toISOString();
}

const localHour = (instant: Date, timezone: string): number =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', hourCycle: 'h23' }).format(instant));

/** The longest a card's secrets may outlive the stay, whatever a hotel asks. */
export const MAX_CARD_RETENTION_DAYS = 7;

export const DEFAULT_POLICY: HotelPolicy = { defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'expire', cardRetentionDays: MAX_CARD_RETENTION_DAYS };

/** The hold settings of a policy, defaults filled in. */
export const holdPolicy = (p: HotelPolicy): { warningHoursBefore: number | null; onHoldLapse: 'none' | 'capture' | 'release'; releaseAtDeparture: boolean } => ({
  warningHoursBefore: p.holdWarningHoursBefore === undefined ? 24 : p.holdWarningHoursBefore,
  onHoldLapse: p.onHoldLapse ?? 'none',
  releaseAtDeparture: p.releaseHoldsAtDeparture ?? true,
});

export const cardRetentionDays = (p: HotelPolicy): number => Math.min(p.cardRetentionDays ?? MAX_CARD_RETENTION_DAYS, MAX_CARD_RETENTION_DAYS);

export function validatePolicy(p: HotelPolicy): HotelPolicy {
  if (p.defaultOptionDays !== null && !(Number.isInteger(p.defaultOptionDays) && p.defaultOptionDays >= 0 && p.defaultOptionDays <= 365)) {
    throw new InvalidInput('invalid_policy', 'defaultOptionDays is a whole number of days from 0 to 365, or null');
  }
  if (p.reminderHoursBefore !== null && !(Number.isInteger(p.reminderHoursBefore) && p.reminderHoursBefore >= 1 && p.reminderHoursBefore <= 24 * 30)) {
    throw new InvalidInput('invalid_policy', 'reminderHoursBefore is a whole number of hours from 1 to 720, or null');
  }
  if (p.cardRetentionDays !== undefined && !(Number.isInteger(p.cardRetentionDays) && p.cardRetentionDays >= 0 && p.cardRetentionDays <= MAX_CARD_RETENTION_DAYS)) {
    throw new InvalidInput('invalid_policy', `cardRetentionDays is a whole number of days from 0 to ${MAX_CARD_RETENTION_DAYS}`);
  }
  if (p.holdWarningHoursBefore !== undefined && p.holdWarningHoursBefore !== null && !(Number.isInteger(p.holdWarningHoursBefore) && p.holdWarningHoursBefore >= 1 && p.holdWarningHoursBefore <= 144)) {
    throw new InvalidInput('invalid_policy', 'holdWarningHoursBefore is a whole number of hours from 1 to 144, or null');
  }
  if (p.hotelPaymentEmails !== undefined && !HOTEL_PAYMENT_EMAILS.includes(p.hotelPaymentEmails)) {
    throw new InvalidInput('invalid_policy', `hotelPaymentEmails is one of ${HOTEL_PAYMENT_EMAILS.join(', ')}`);
  }
  return p;
}

/** The deadline a new reservation gets when the PMS sends none. */
export function defaultDeadline(policy: HotelPolicy, now: Date, timezone: string): string {
  if (policy.defaultOptionDays === null) {
    throw new InvalidInput('option_deadline_required', "This hotel's policy has no default option length: send optionDeadline");
  }
  return endOfLocalDay(addDays(localDate(now, timezone), policy.defaultOptionDays), timezone).toISOString();
}

/** When to remind the guest of a request, if at all: lead time before expiry, and still in the future. */
export function reminderTime(policy: HotelPolicy, createdAt: Date, expiresAt: string): string | undefined {
  if (policy.reminderHoursBefore === null) return undefined;
  const at = Date.parse(expiresAt) - policy.reminderHoursBefore * 3600_000;
  // A reminder sooner than an hour after the request would only repeat the request.
  return at > createdAt.getTime() + 3600_000 ? new Date(at).toISOString() : undefined;
}
