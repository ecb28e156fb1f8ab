import { reservationOf } from '../domain/payment-subject';
import { NotFound } from '../domain/errors';
import { endOfLocalDay, localDate, addDays } from '../domain/time';
import type { Reservation } from '../domain/reservation';
import type { PaymentRequest } from '../domain/payment-request';
import type { Needs } from './deps';

export const PLANNING_GROUPS = ['dueToday', 'paymentRefused', 'overdue', 'lapsed', 'unanswered'] as const;
export type PlanningGroup = (typeof PLANNING_GROUPS)[number];

const REASON: Record<PlanningGroup, string> = {
  dueToday: 'option_due_today', paymentRefused: 'payment_refused', overdue: 'option_overdue', lapsed: 'option_lapsed', unanswered: 'request_unanswered',
};

export interface PlanningEntry {
  reason: string;
  reservationId: string;
  status: string;
  guest: { title?: string; firstName: string; lastName: string };
  arrival: string;
  departure: string;
  optionDeadline: string;
  deadlineForcedAt?: string;
  lapsedAt?: string;
  lapseAction?: string;
  paymentRequest?: { paymentRequestId: string; type: string; amount: { amount: number; currency: string }; createdAt: string; expiresAt: string; reminded: boolean };
}

export interface PlanningGroupView {
  entries: PlanningEntry[];
  nextCursor?: string;
}

const entryOf = (group: PlanningGroup, r: Reservation): PlanningEntry => ({
  reason: REASON[group], reservationId: r.reservationId, status: r.status,
  guest: { ...(r.guest.title ? { title: r.guest.title } : {}), firstName: r.guest.firstName, lastName: r.guest.lastName },
  arrival: r.arrival, departure: r.departure, optionDeadline: r.optionDeadline,
  ...(r.deadlineForced ? { deadlineForcedAt: r.deadlineForced.at } : {}),
  ...(r.lapse ? { lapsedAt: r.lapse.at, lapseAction: r.lapse.action } : {}),
});

/**
 * What the front desk must look at on a day (hotel time): options due that day, those whose
 * deadline was forced there by a refused payment, overdue and lapsed options, and requests nobody
 * answered. Every group is a Query on the hotel's listings; each pages on its own cursor.
 */
export async function planning(
  deps: Needs<'clock' | 'store'>,
  hotelId: string,
  q: { date?: string; limit: number; group?: PlanningGroup; cursor?: string },
): Promise<{ date: string; timezone: string; groups: Partial<Record<PlanningGroup, PlanningGroupView>> }> {
  const hotel = (await deps.store.getHotel(hotelId))?.hotel;
  if (!hotel) throw new NotFound('hotel_not_found', 'Unknown hotel');
  const tz = hotel.timezone;
  const date = q.date ?? localDate(deps.clock.now(), tz);
  const start = new Date(endOfLocalDay(addDays(date, -1), tz).getTime() + 1).toISOString();
  const end = endOfLocalDay(date, tz).toISOString();
  const wanted = q.group ? [q.group] : [...PLANNING_GROUPS];
  const cursor = (g: PlanningGroup) => (q.group === g ? q.cursor : undefined);

  const groups: Partial<Record<PlanningGroup, PlanningGroupView>> = {};
  const page = async <T>(g: PlanningGroup, load: (limit: number, c?: string) => Promise<{ items: readonly T[]; cursor?: string }>, keep: (t: T) => boolean, toEntry: (t: T) => Promise<PlanningEntry> | PlanningEntry) => {
    // Filtering within a range (forced vs plain due) may thin a page: read on, never past the
    // page size, so the cursor always points just after the last entry returned.
    const entries: PlanningEntry[] = [];
    let c = cursor(g);
    do {
      const p = await load(q.limit - entries.length, c);
      for (const t of p.items) if (keep(t)) entries.push(await toEntry(t));
      c = p.cursor;
    } while (c && entries.length < q.limit);
    groups[g] = { entries, ...(c ? { nextCursor: c } : {}) };
  };
  const forcedOnDay = (r: Reservation) => !!r.deadlineForced && r.optionDeadline >= start && r.optionDeadline <= end;

  for (const g of wanted) {
    if (g === 'dueToday' || g === 'paymentRefused') {
      await page<Reservation>(g, (limit, c) => deps.store.listing('options', hotelId, { from: start, to: end }, limit, c),
        (r) => (g === 'paymentRefused') === forcedOnDay(r), (r) => entryOf(g, r));
    } else if (g === 'overdue') {
      await page<Reservation>(g, (limit, c) => deps.store.listing('options', hotelId, { to: new Date(Date.parse(start) - 1).toISOString() }, limit, c), () => true, (r) => entryOf(g, r));
    } else if (g === 'lapsed') {
      await page<Reservation>(g, (limit, c) => deps.store.listing('lapsed', hotelId, { from: start, to: end }, limit, c), () => true, (r) => entryOf(g, r));
    } else {
      // The planning is of stays: requests for another kind of subject are not in it.
      await page<PaymentRequest>(g, (limit, c) => deps.store.listing('openRequests', hotelId, { to: end }, limit, c), (p) => reservationOf(p.subject) !== undefined, async (p) => {
        const reservationId = reservationOf(p.subject)!;
        const agg = await deps.store.getReservation(hotelId, reservationId);
        const base = agg ? entryOf(g, agg.reservation) : { reason: REASON[g], reservationId, status: 'unknown', guest: { firstName: '', lastName: '' }, arrival: '', departure: '', optionDeadline: '' };
        return {
          ...base,
          paymentRequest: { paymentRequestId: p.paymentRequestId, type: p.type, amount: p.amount, createdAt: p.createdAt, expiresAt: p.expiresAt, reminded: !!p.reminder?.sent },
        };
      });
    }
  }
  return { date, timezone: tz, groups };
}
