import { choosePrimary, createCard, expiresBeforeDeparture, pspCardDetails, type Card } from '../domain/card';
import type { Reservation } from '../domain/reservation';
import { addDays, endOfLocalDay } from '../domain/time';
import type { Hotel } from '../domain/hotel';
import type { Needs } from './deps';
import type { Changes, ReservationAggregate, StoredNotification } from './ports';
import type { PaymentNotice, PspNotices } from './psp';
import { cardContext, notificationContext } from './secrets';
import { cardPurgeAt } from './vault';

/**
 * The vault card for a token the PSP created: masked details from the notification, the token
 * (with its chaining reference) sealed; watched when it expires before its stay ends.
 */
export async function registeredCard(deps: Needs<'ids' | 'sealer'>, gateway: PspNotices, n: StoredNotification, notice: PaymentNotice, agg: ReservationAggregate, hotel: Hotel, now: Date) {
  if (!n.sealedSensitive || !notice.card) return undefined;
  const token = gateway.cardToken(JSON.parse(await deps.sealer.open(n.sealedSensitive, notificationContext(n.hotelId, n.notificationId))) as Record<string, string>);
  const r = agg.reservation;
  const details = pspCardDetails({ ...notice.card, holderName: `${r.guest.firstName} ${r.guest.lastName}` });
  if (!token || !details) return undefined;
  const cardId = deps.ids.newId();
  const { primary, demoted } = choosePrimary(agg.cards, true);
  const purgeAt = cardPurgeAt(r, hotel.timezone, hotel.policy);
  const card = createCard({ hotelId: n.hotelId, reservationId: r.reservationId, cardId }, { ...details, source: 'psp' }, {
    now, purgeAt, origin: 'psp', primary,
    // The PSP checked the card with its bank (an authorisation or verification it accepted).
    verification: notice.cardVerified ? 'verified' : 'unverified',
  });
  const secret = await deps.sealer.seal(JSON.stringify(token), cardContext(n.hotelId, r.reservationId, cardId, 'card-token'));
  return {
    cards: [{ value: card, expectedVersion: null }, ...demoted.map((c) => ({ value: c, expectedVersion: c.version - 1 }))],
    secrets: { hotelId: n.hotelId, reservationId: r.reservationId, cardId, secret, purgeAt },
    audit: { hotelId: n.hotelId, cardId, entryId: deps.ids.newId(), userId: 'psp', action: 'store' as const, outcome: 'registered', at: now.toISOString() },
    watch: watchIfExpiring(agg, card, hotel.timezone, now),
  };
}

/** The start of a stay's departure day, hotel time. */
export const departureStart = (r: Reservation, timezone: string): Date => new Date(endOfLocalDay(addDays(r.departure, -1), timezone).getTime() + 1);

/** A stay still ahead, whose registered card will not work on its departure day. */
export function needsNewCard(agg: ReservationAggregate, card: Card, timezone: string, now: Date): boolean {
  const r = agg.reservation;
  const start = departureStart(r, timezone);
  if (r.status !== 'option' && r.status !== 'confirmed') return false;
  if (start.getTime() <= now.getTime()) return false;
  if (card.origin !== 'psp' || card.status !== 'active' || !expiresBeforeDeparture(card, start)) return false;
  // Another registered card that lasts the stay settles it.
  return !agg.cards.some((c) => c.cardId !== card.cardId && c.origin === 'psp' && c.status === 'active' && !expiresBeforeDeparture(c, start));
}

/** The watch a newly registered card needs, if it expires before its stay ends: due at once (the next daily run). */
export function watchIfExpiring(agg: ReservationAggregate, card: Card, timezone: string, now: Date): Changes['cardWatches'] {
  return needsNewCard({ ...agg, cards: [...agg.cards, card] }, card, timezone, now)
    ? [{ hotelId: card.hotelId, reservationId: card.reservationId, cardId: card.cardId, dueAt: now.toISOString() }]
    : [];
}

