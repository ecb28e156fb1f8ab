import { type PaymentSubject, reservationOf } from '../domain/payment-subject';
import { NotFound } from '../domain/errors';
import type { Hotel } from '../domain/hotel';
import { holdPolicy } from '../domain/policy';
import { AUTHORISATION_VALIDITY_DAYS, type Transaction } from '../domain/transaction';
import { endOfLocalDay, localDate, addDays } from '../domain/time';
import type { Reservation } from '../domain/reservation';
import type { PaymentRequest } from '../domain/payment-request';
import type { Needs } from './deps';

export const PLANNING_GROUPS = ['dueToday', 'paymentRefused', 'overdue', 'lapsed', 'unanswered', 'holdsLapsing', 'cardsExpiring', 'chargesAwaitingGuest'] as const;
export type PlanningGroup = (typeof PLANNING_GROUPS)[number];

const REASON: Record<PlanningGroup, string> = {
  dueToday: 'option_due_today', paymentRefused: 'payment_refused', overdue: 'option_overdue', lapsed: 'option_lapsed', unanswered: 'request_unanswered',
  holdsLapsing: 'hold_lapsing', cardsExpiring: 'card_expiring', chargesAwaitingGuest: 'charge_awaiting_guest',
};

/** Which open requests each request group lists: the stay's own, a card to renew, a charge the guest must confirm. */
const REQUEST_SUBJECT: Partial<Record<PlanningGroup, PaymentSubject['kind']>> = { unanswered: 'reservation', cardsExpiring: 'card-renewal', chargesAwaitingGuest: 'charge' };

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
  /** holdsLapsing: the pre-authorisation, what it still holds and when it lapses. */
  hold?: { transactionId: string; held: { amount: number; currency: string }; expiresAt: string; warned: boolean };
  /** cardsExpiring: the card that will not work on the departure day. */
  card?: { cardId: string; maskedNumber: string; expiryMonth: number; expiryYear: number };
  /** chargesAwaitingGuest: the charge the guest was asked to confirm with their bank. */
  charge?: { chargeId: string; amount: { amount: number; currency: string }; reason: string };
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
  deps: Needs<'clock' | 'store:hotels' | 'store:payments' | 'store:reservations'>,
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

  const page = async <T>(g: PlanningGroup, load: (limit: number, c?: string) => Promise<{ items: readonly T[]; cursor?: string }>, keep: (t: T) => boolean, toEntry: (t: T) => Promise<PlanningEntry> | PlanningEntry): Promise<PlanningGroupView> => {
    // Filtering within a range (forced vs plain due) may thin a page: read on, never past the
    // page size, so the cursor always points just after the last entry returned.
    const entries: PlanningEntry[] = [];
    let c = cursor(g);
    do {
      const p = await load(q.limit - entries.length, c);
      // A page's entries are read together (each may load its reservation), never one after another.
      entries.push(...await Promise.all(p.items.filter(keep).map(toEntry)));
      c = p.cursor;
    } while (c && entries.length < q.limit);
    return { entries, ...(c ? { nextCursor: c } : {}) };
  };
  const forcedOnDay = (r: Reservation) => !!r.deadlineForced && r.optionDeadline >= start && r.optionDeadline <= end;

  // The groups are read together: the day's answer waits for the slowest group, not for their sum.
  const group = async (g: PlanningGroup): Promise<PlanningGroupView> => {
    if (g === 'dueToday' || g === 'paymentRefused') {
      return page<Reservation>(g, (limit, c) => deps.store.listing('options', hotelId, { from: start, to: end }, limit, c),
        (r) => (g === 'paymentRefused') === forcedOnDay(r), (r) => entryOf(g, r));
    } else if (g === 'overdue') {
      return page<Reservation>(g, (limit, c) => deps.store.listing('options', hotelId, { to: new Date(Date.parse(start) - 1).toISOString() }, limit, c), () => true, (r) => entryOf(g, r));
    } else if (g === 'lapsed') {
      return page<Reservation>(g, (limit, c) => deps.store.listing('lapsed', hotelId, { from: start, to: end }, limit, c), () => true, (r) => entryOf(g, r));
    } else if (g === 'holdsLapsing') {
      return { entries: await holdsLapsing(deps, hotelId, hotel, end, q.limit) };
    } else {
      // Open requests, each group its kind of subject (a stay's own, a card to renew, a charge to
      // confirm), each kind its own listing: a group reads only its own requests.
      const kind = REQUEST_SUBJECT[g]!;
      return page<PaymentRequest>(g, (limit, c) => deps.store.listing('openRequests', hotelId, { to: end }, limit, c, kind), (p) => p.subject.kind === kind, async (p) => {
        const reservationId = reservationOf(p.subject)!;
        const agg = await deps.store.getReservation(hotelId, reservationId);
        const base = agg ? entryOf(g, agg.reservation) : { reason: REASON[g], reservationId, status: 'unknown', guest: { firstName: '', lastName: '' }, arrival: '', departure: '', optionDeadline: '' };
        const card = p.subject.kind === 'card-renewal' ? agg?.cards.find((c) => c.cardId === (p.subject as { cardId: string }).cardId) : undefined;
        const charge = p.subject.kind === 'charge' ? agg?.transactions.find((t) => t.transactionId === (p.subject as { chargeId: string }).chargeId) : undefined;
        return {
          ...base,
          paymentRequest: { paymentRequestId: p.paymentRequestId, type: p.type, amount: p.amount, createdAt: p.createdAt, expiresAt: p.expiresAt, reminded: !!p.reminder?.sent },
          ...(card ? { card: { cardId: card.cardId, maskedNumber: card.maskedNumber, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear } } : {}),
          ...(charge?.charge ? { charge: { chargeId: charge.transactionId, amount: charge.amount, reason: charge.charge.reason } } : {}),
        };
      });
    }
  };
  const views = await Promise.all(wanted.map(group));
  const groups: Partial<Record<PlanningGroup, PlanningGroupView>> = Object.fromEntries(wanted.map((g, i) => [g, views[i]!]));
  return { date, timezone: tz, groups };
}

/**
 * Pre-authorisations still holding money that lapse by the end of the day plus the hotel's
 * warning lead time (the hold-watch job e-mails the same warning). An authorisation lives 7 days,
 * so the hotel's transactions of the last 8 days hold them all: read in full, without a cursor.
 */
async function holdsLapsing(deps: Needs<'clock' | 'store:payments' | 'store:reservations'>, hotelId: string, hotel: Hotel, dayEnd: string, limit: number): Promise<PlanningEntry[]> {
  const now = deps.clock.now();
  const horizon = Date.parse(dayEnd) + (holdPolicy(hotel.policy).warningHoursBefore ?? 0) * 3600_000;
  const from = new Date(now.getTime() - (AUTHORISATION_VALIDITY_DAYS + 1) * 86_400_000).toISOString();
  const to = now.toISOString();
  const months = [...new Set([from.slice(0, 7), to.slice(0, 7)])];
  const holds: Transaction[] = [];
  for (const month of months) {
    let cursor: string | undefined;
    do {
      const p = await deps.store.transactionsOfMonth(hotelId, month, { from, to }, { type: 'preauthorisation', status: 'succeeded' }, 200, cursor);
      holds.push(...p.items.filter((t) => (t.hold?.held ?? 0) > 0 && Date.parse(t.hold!.expiresAt) <= horizon && Date.parse(t.hold!.expiresAt) > now.getTime()));
      cursor = p.cursor;
    } while (cursor);
  }
  holds.sort((a, b) => a.hold!.expiresAt.localeCompare(b.hold!.expiresAt));
  const entries = await Promise.all(holds.slice(0, limit).map(async (t): Promise<PlanningEntry | undefined> => {
    const agg = await deps.store.getReservation(hotelId, t.reservationId);
    return agg && {
      ...entryOf('holdsLapsing', agg.reservation),
      hold: { transactionId: t.transactionId, held: { amount: t.hold!.held, currency: t.amount.currency }, expiresAt: t.hold!.expiresAt, warned: t.hold!.warned !== undefined },
    };
  }));
  return entries.filter((e): e is PlanningEntry => e !== undefined);
}
