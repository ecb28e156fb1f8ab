import { Conflict, InvalidInput, RuleViolated } from './errors';
import type { Title } from './language';
import type { Money } from './money';
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
  | 'payment_after_close';

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
  /** A date (end of that day, hotel time) or an ISO instant. */
  readonly optionDeadline: string;
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
  ctx: { now: Date; timezone: string; hotelCurrency: string },
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
    optionDeadline: resolveDeadline(input.optionDeadline, ctx.timezone),
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
    optionDeadline: resolveDeadline(input.optionDeadline, ctx.timezone),
  };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(next)) {
    const before = current[field as keyof typeof next];
    if (JSON.stringify(before) !== JSON.stringify(value)) changes[field] = { from: before, to: value };
  }
  if (Object.keys(changes).length === 0) return null;
  const at = ctx.now.toISOString();
  return {
    reservation: { ...current, ...next, updatedAt: at, version: current.version + 1 },
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
    reservation: { ...r, optionDeadline: endOfToday, updatedAt: at, version: r.version + 1 },
    history: [{
      at, type: 'option_deadline_forced', actor: 'system',
      changes: { optionDeadline: { from: r.optionDeadline, to: endOfToday } },
      detail: { reason: 'payment_failed', paymentRequestId: ctx.paymentRequestId },
    }],
  };
}
