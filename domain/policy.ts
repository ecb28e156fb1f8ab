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
}

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
