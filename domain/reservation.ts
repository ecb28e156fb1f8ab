import { Conflict, InvalidInput, RuleViolated } from './errors';
import type { Title } from './language';
import type { Money } from './money';
import { defaultDeadline, type HotelPolicy } from './policy';
import { endOfLocalDay, localDate } from './time';

export type ReservationStatus = 'option' | 'confirmed' | 'expired' | 'cancelled';

export interface Guest {
  readonly title?: Title;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly language: string;
}

export interface Reservation {
  readonly hotelId: string;
  readonly reservationId: string;
  readonly status: ReservationStatus;
  readonly guest: Guest;
  readonly arrival: string;
  readonly departure: string;
  readonly total: Money;
  /** ISO instant (UTC) after which an unsecured option lapses. */
  readonly optionDeadline: string;
  /** Set when a refused payment brought the deadline forward; cleared when the PMS sets a new one. */
  readonly deadlineForced?: { readonly at: string; readonly paymentRequestId: string };
  /** When the sweep handled the lapse: expired it, or (report-only policy) reported it. */
  readonly lapse?: { readonly at: string; readonly action: 'expired' | 'reported' };
  /** Set when the hotel cancelled the booking, with what was done with the deposit. */
  readonly cancellation?: {
    readonly at: string;
    readonly deposit: 'none' | 'kept' | 'refunded' | 'partly_refunded';
    readonly retained: readonly Money[];
    /** A pre-authorisation held at cancellation: released, or captured (kept as a deposit). */
    readonly hold?: 'released' | 'captured';
  };
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export type HistoryType =
  | 'created'
  | 'updated'
  | 'payment_requested'
  | 'payment_succeeded'
  | 'payment_failed'
  | 'payment_abandoned'
  | 'payment_pending'
  | 'confirmed'
  | 'option_deadline_forced'
  | 'payment_after_close'
  | 'expired'
  | 'option_overdue_reported'
  | 'payment_request_expired'
  | 'payment_request_replaced'
  | 'payment_mismatch'
  | 'payment_reminder_sent'
  | 'refund_requested'
  | 'refund_succeeded'
  | 'refund_failed'
  | 'capture_requested'
  | 'capture_succeeded'
  | 'capture_failed'
  | 'release_requested'
  | 'release_succeeded'
  | 'release_failed'
  | 'hold_lapse_warning'
  | 'hold_release_skipped'
  | 'hold_lapsed'
  | 'charge_requested'
  | 'charge_succeeded'
  | 'charge_failed'
  | 'charge_action_required'
  | 'card_expiring'
  | 'card_renewed'
  | 'cancelled'
  | 'deposit_retained';

export interface HistoryEntry {
  readonly hotelId: string;
  readonly reservationId: string;
  readonly entryId: string;
  readonly at: string;
  readonly type: HistoryType;
  readonly actor: 'pms' | 'guest' | 'psp' | 'system';
  readonly changes?: Readonly<Record<string, { from: unknown; to: unknown }>>;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface ReservationInput {
  readonly guest: Guest;
  readonly arrival: string;
  readonly departure: string;
  readonly total: Money;
  /** A date (end of that day, hotel time) or an ISO instant; absent: the hotel's default option length. */
  readonly optionDeadline?: string;
}

/** Resolves the PMS's option deadline to an instant: a bare date means the end of that day at the hotel. */
export function resolveDeadline(deadline: string, timezone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return endOfLocalDay(deadline, timezone).toISOString();
  return new Date(deadline).toISOString();
}

function validateStay(input: ReservationInput, hotelCurrency: string): void {
  if (input.departure <= input.arrival) {
    throw new InvalidInput('invalid_stay', 'departure must be after arrival');
  }
  if (input.total.currency !== hotelCurrency) {
    throw new RuleViolated('currency_mismatch', `The hotel works in ${hotelCurrency}; total is in ${input.total.currency}`);
  }
}

type NewEntry = Omit<HistoryEntry, 'hotelId' | 'reservationId' | 'entryId'>;

export interface ReservationChange {
  readonly reservation: Reservation;
  readonly history: readonly NewEntry[];
}

export function createReservation(
  ids: { hotelId: string; reservationId: string },
  input: ReservationInput,
  ctx: { now: Date; timezone: string; hotelCurrency: string; policy: HotelPolicy },
): ReservationChange {
  validateStay(input, ctx.hotelCurrency);
  const at = ctx.now.toISOString();
  const reservation: Reservation = {
    ...ids,
    status: 'option',
    guest: input.guest,
    arrival: input.arrival,
    departure: input.departure,
    total: input.total,
    optionDeadline: input.optionDeadline ? resolveDeadline(input.optionDeadline, ctx.timezone) : defaultDeadline(ctx.policy, ctx.now, ctx.timezone),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  return { reservation, history: [{ at, type: 'created', actor: 'pms' }] };
}

/** Applies the PMS's new view of a reservation; returns null when nothing changed. */
export function updateReservation(
  current: Reservation,
  input: ReservationInput,
  ctx: { now: Date; timezone: string; hotelCurrency: string },
): ReservationChange | null {
  validateStay(input, ctx.hotelCurrency);
  const next = {
    guest: input.guest,
    arrival: input.arrival,
    departure: input.departure,
    total: input.total,
    // No deadline in an update keeps the current one.
    optionDeadline: input.optionDeadline ? resolveDeadline(input.optionDeadline, ctx.timezone) : current.optionDeadline,
  };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(next)) {
    const before = current[field as keyof typeof next];
    if (JSON.stringify(before) !== JSON.stringify(value)) changes[field] = { from: before, to: value };
  }
  if (Object.keys(changes).length === 0) return null;
  const at = ctx.now.toISOString();
  const { deadlineForced, lapse, ...rest } = current;
  // A new deadline from the PMS replaces a forced one and re-opens the lapse watch.
  const keep = changes.optionDeadline ? {} : { ...(deadlineForced ? { deadlineForced } : {}), ...(lapse ? { lapse } : {}) };
  return {
    reservation: { ...rest, ...keep, ...next, updatedAt: at, version: current.version + 1 },
    history: [{ at, type: 'updated', actor: 'pms', changes }],
  };
}

export function assertOnOption(r: Reservation): void {
  if (r.status !== 'option') {
    throw new Conflict('reservation_not_on_option', `Reservation is ${r.status}; payment requests are for reservations on option`);
  }
}

/** A secured payment confirms an option. Confirmation is final: nothing a PSP says later undoes it. */
export function confirmReservation(r: Reservation, ctx: { now: Date; paymentRequestId: string; transactionId: string }): ReservationChange | null {
  const at = ctx.now.toISOString();
  const detail = { paymentRequestId: ctx.paymentRequestId, transactionId: ctx.transactionId };
  if (r.status === 'confirmed') return null;
  if (r.status !== 'option') {
    // Money arrived for a reservation that is no longer open: keep it visible for the front desk.
    return { reservation: { ...r, updatedAt: at, version: r.version + 1 }, history: [{ at, type: 'payment_after_close', actor: 'psp', detail: { ...detail, status: r.status } }] };
  }
  return {
    reservation: { ...r, status: 'confirmed', updatedAt: at, version: r.version + 1 },
    history: [{ at, type: 'confirmed', actor: 'psp', changes: { status: { from: 'option', to: 'confirmed' } }, detail }],
  };
}

/**
 * A refused or failed payment keeps the reservation on option but brings its deadline forward to
 * the end of today (hotel time) when it was later, so the front desk sees it today.
 */
export function forceDeadlineToToday(r: Reservation, ctx: { now: Date; timezone: string; paymentRequestId: string }): ReservationChange | null {
  if (r.status !== 'option') return null;
  const endOfToday = endOfLocalDay(localDate(ctx.now, ctx.timezone), ctx.timezone).toISOString();
  if (r.optionDeadline <= endOfToday) return null;
  const at = ctx.now.toISOString();
  return {
    reservation: { ...r, optionDeadline: endOfToday, deadlineForced: { at, paymentRequestId: ctx.paymentRequestId }, updatedAt: at, version: r.version + 1 },
    history: [{
      at, type: 'option_deadline_forced', actor: 'system',
      changes: { optionDeadline: { from: r.optionDeadline, to: endOfToday } },
      detail: { reason: 'payment_failed', paymentRequestId: ctx.paymentRequestId },
    }],
  };
}

/** Has this option passed its deadline without the lapse being handled yet? */
export const isLapseDue = (r: Reservation, now: Date): boolean =>
  r.status === 'option' && !r.lapse && Date.parse(r.optionDeadline) <= now.getTime();

/**
 * The sweep's decision for a lapsed option: expire it, or (report-only policy) leave it on
 * option and note that the hotel was told. Returns null when the option is not (or no longer) due.
 */
export function lapseOption(r: Reservation, ctx: { now: Date; onLapse: HotelPolicy['onLapse'] }): ReservationChange | null {
  if (!isLapseDue(r, ctx.now)) return null;
  const at = ctx.now.toISOString();
  if (ctx.onLapse === 'report') {
    return {
      reservation: { ...r, lapse: { at, action: 'reported' }, updatedAt: at, version: r.version + 1 },
      history: [{ at, type: 'option_overdue_reported', actor: 'system', detail: { reason: 'option_deadline_passed', optionDeadline: r.optionDeadline, policy: 'report' } }],
    };
  }
  return {
    reservation: { ...r, status: 'expired', lapse: { at, action: 'expired' }, updatedAt: at, version: r.version + 1 },
    history: [{ at, type: 'expired', actor: 'system', changes: { status: { from: 'option', to: 'expired' } }, detail: { reason: 'option_deadline_passed', optionDeadline: r.optionDeadline } }],
  };
}

/**
 * The hotel cancels the booking (from option, confirmed or expired). Returns null when it is
 * already cancelled: cancelling twice changes nothing.
 */
export function cancelReservation(r: Reservation, ctx: { now: Date; deposit: NonNullable<Reservation['cancellation']>['deposit']; retained: readonly Money[]; hold?: 'released' | 'captured' }): ReservationChange | null {
  if (r.status === 'cancelled') return null;
  const at = ctx.now.toISOString();
  return {
    reservation: { ...r, status: 'cancelled', cancellation: { at, deposit: ctx.deposit, retained: ctx.retained, ...(ctx.hold ? { hold: ctx.hold } : {}) }, updatedAt: at, version: r.version + 1 },
    history: [
      { at, type: 'cancelled', actor: 'pms', changes: { status: { from: r.status, to: 'cancelled' } }, detail: { deposit: ctx.deposit, ...(ctx.hold ? { hold: ctx.hold } : {}) } },
      ...ctx.retained.filter((m) => m.amount > 0).map((m) => ({ at, type: 'deposit_retained' as const, actor: 'pms' as const, detail: { amount: m } })),
    ],
  };
}
