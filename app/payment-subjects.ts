import type { Title } from '../domain/language';
import type { Money } from '../domain/money';
import { type PaymentSubject, unhandledSubject } from '../domain/payment-subject';
import type { HistoryEntry } from '../domain/reservation';
import { type Charge, isCharge } from '../domain/charge';
import type { Needs } from './deps';
import { stampHistory } from './history';
import type { HotelRecord, Ids, PaymentRequestRecord, ReservationAggregate } from './ports';

/**
 * Payment subjects, as the payment flow sees them: whatever a request is for (a reservation
 * today, an invoice next), the hosted page, the matching of notifications, the request e-mails
 * and the history ask the same questions of it here. A new kind of subject is one more variant of
 * `PaymentSubject` (domain), of `LoadedSubject` and of each switch below; what a payment does to
 * it once received (confirm a reservation, settle an invoice) is that kind's own use case.
 */

/** Who pays: where the request e-mails go, the name the PSP's page shows, the language to speak. */
export interface Payer {
  readonly email: string;
  readonly title?: Title;
  readonly firstName: string;
  readonly lastName: string;
  /** Their language as the hotel recorded it (the hotel's own is the fallback). */
  readonly language?: string;
}

/** What the guest's page and the request e-mails show of the subject. */
export type SubjectSummary = { readonly kind: 'stay'; readonly reservationId: string; readonly arrival: string; readonly departure: string; readonly total: Money };

interface Loaded {
  readonly subject: PaymentSubject;
  readonly hotel: HotelRecord;
  /** Every payment request made for the subject, with its sealed URL. */
  readonly requests: readonly PaymentRequestRecord[];
  readonly payer: Payer;
  /** Set when the subject takes no payment any more, whatever its requests say. */
  readonly closed?: 'expired' | 'cancelled';
  readonly summary: SubjectSummary;
}

/** A reservation as a payment subject: its aggregate is there for what a payment does to it. */
export interface ReservationSubject extends Loaded {
  readonly kind: 'reservation';
  readonly agg: ReservationAggregate;
}

/** A charge waiting for the guest to authenticate: its reservation's aggregate, and the charge. */
export interface ChargeSubject extends Loaded {
  readonly kind: 'charge';
  readonly agg: ReservationAggregate;
  readonly charge: Charge;
}

/** A stay whose registered card expires before it ends: its reservation, and the expiring card. */
export interface CardRenewalSubject extends Loaded {
  readonly kind: 'card-renewal';
  readonly agg: ReservationAggregate;
  readonly cardId: string;
}

export type LoadedSubject = ReservationSubject | ChargeSubject | CardRenewalSubject;

/** The subject with its hotel and requests, or undefined when either is unknown. */
export async function loadSubject(deps: Needs<'store:hotels' | 'store:reservations'>, hotelId: string, subject: PaymentSubject, knownHotel?: HotelRecord): Promise<LoadedSubject | undefined> {
  // Every kind of subject so far lives in a reservation's collection: one read loads it all (the
  // hotel too, unless it was read already).
  const [hotel, agg] = await Promise.all([knownHotel ?? deps.store.getHotel(hotelId), deps.store.getReservation(hotelId, subject.reservationId)]);
  return hotel && agg ? subjectIn(hotel, agg, subject) : undefined;
}

/** A subject of a reservation already loaded; undefined when it is not there (a charge gone). */
export function subjectIn(hotel: HotelRecord, agg: ReservationAggregate, subject: PaymentSubject): LoadedSubject | undefined {
  switch (subject.kind) {
    case 'reservation': return reservationSubject(hotel, agg);
    case 'charge': {
      const charge = agg.transactions.find((t) => t.transactionId === subject.chargeId);
      return charge && isCharge(charge) ? chargeSubjectOf(hotel, agg, charge) : undefined;
    }
    case 'card-renewal': return cardRenewalSubjectOf(hotel, agg, subject.cardId);
    default: return unhandledSubject(subject);
  }
}

/** A reservation already loaded, seen as a payment subject. */
export function reservationSubject(hotel: HotelRecord, agg: ReservationAggregate): ReservationSubject {
  const r = agg.reservation;
  const g = r.guest;
  return {
    kind: 'reservation', subject: { kind: 'reservation', reservationId: r.reservationId }, hotel, agg, requests: agg.requests.filter((r) => r.request.subject.kind === 'reservation'),
    payer: { email: g.email, ...(g.title ? { title: g.title } : {}), firstName: g.firstName, lastName: g.lastName, language: g.language },
    // Only an option takes payment: once confirmed, lapsed or cancelled, its links are spent.
    ...(r.status !== 'option' ? { closed: r.status === 'cancelled' ? 'cancelled' as const : 'expired' as const } : {}),
    summary: { kind: 'stay', reservationId: r.reservationId, arrival: r.arrival, departure: r.departure, total: r.total },
  };
}

/**
 * A charge as a payment subject: the guest of its reservation pays; it takes payment only while
 * it waits for them (whatever the reservation's status: a no-show is charged after all).
 */
export function chargeSubjectOf(hotel: HotelRecord, agg: ReservationAggregate, charge: Charge): ChargeSubject {
  const stay = reservationSubject(hotel, agg);
  return {
    kind: 'charge', subject: { kind: 'charge', reservationId: agg.reservation.reservationId, chargeId: charge.transactionId }, hotel, agg, charge,
    requests: agg.requests.filter((r) => r.request.subject.kind === 'charge' && r.request.subject.chargeId === charge.transactionId),
    payer: stay.payer, summary: stay.summary,
    ...(charge.charge.status !== 'action_required' ? { closed: 'expired' as const } : {}),
  };
}

/** A card renewal takes a new card while its stay is still ahead (an option or a confirmed booking). */
export function cardRenewalSubjectOf(hotel: HotelRecord, agg: ReservationAggregate, cardId: string): CardRenewalSubject {
  const stay = reservationSubject(hotel, agg);
  const r = agg.reservation;
  return {
    kind: 'card-renewal', subject: { kind: 'card-renewal', reservationId: r.reservationId, cardId }, hotel, agg, cardId,
    requests: agg.requests.filter((x) => x.request.subject.kind === 'card-renewal' && x.request.subject.cardId === cardId),
    payer: stay.payer, summary: stay.summary,
    ...(r.status !== 'option' && r.status !== 'confirmed' ? { closed: r.status === 'cancelled' ? 'cancelled' as const : 'expired' as const } : {}),
  };
}

export const requestOf = (s: LoadedSubject, paymentRequestId: string): PaymentRequestRecord | undefined =>
  s.requests.find((r) => r.request.paymentRequestId === paymentRequestId);

type NewEntry = Omit<HistoryEntry, 'hotelId' | 'reservationId' | 'entryId'>;

/** History entries about a subject's payments, kept in the subject's own history. */
export function subjectHistory(ids: Ids, hotelId: string, subject: PaymentSubject, entries: readonly NewEntry[]): HistoryEntry[] {
  switch (subject.kind) {
    // A charge's history is its reservation's.
    case 'reservation': case 'charge': case 'card-renewal': return stampHistory(ids, hotelId, subject.reservationId, entries);
  }
}

/** How events name a subject (their published schema names a reservation by `reservationId`). */
export function subjectOfEvent(subject: PaymentSubject): { reservationId: string } {
  switch (subject.kind) {
    case 'reservation': case 'charge': case 'card-renewal': return { reservationId: subject.reservationId };
  }
}
