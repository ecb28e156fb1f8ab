import { NotFound } from '../domain/errors';
import { createReservation, type ReservationInput, updateReservation } from '../domain/reservation';
import type { Needs } from './deps';
import { stampHistory } from './history';
import { type ReservationView, reservationView } from './reservation-view';
import { needsNewCard } from './registered-card';
import { cardPurgeAt, reschedulePurges } from './vault';

/**
 * 1. Load the hotel (timezone, currency) and the reservation if it exists.
 * 2. Create it on option, or apply the PMS's changes (none: nothing is written).
 * 3. Write it with its history entries, guarded by the version read.
 */
export async function upsertReservation(
  deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit' | 'store:hotels' | 'store:reservations' | 'store:vault'>,
  hotelId: string,
  reservationId: string,
  input: ReservationInput,
): Promise<{ created: boolean; view: ReservationView }> {
  const hotel = (await deps.store.getHotel(hotelId))?.hotel;
  if (!hotel) throw new NotFound('hotel_not_found', 'Unknown hotel');
  const ctx = { now: deps.clock.now(), timezone: hotel.timezone, hotelCurrency: hotel.currency, policy: hotel.policy };
  const existing = await deps.store.getReservation(hotelId, reservationId);
  const change = existing ? updateReservation(existing.reservation, input, ctx) : createReservation({ hotelId, reservationId }, input, ctx);
  if (!change) return { created: false, view: await reservationView(deps, existing!) };
  const history = stampHistory(deps.ids, hotelId, reservationId, change.history);
  // A new departure moves the purge of the stay's cards (and its TTL backstop, after the commit).
  const purgeAt = existing?.cards.length && existing.reservation.departure !== change.reservation.departure
    ? cardPurgeAt(change.reservation, hotel.timezone, hotel.policy) : undefined;
  const movedCards = purgeAt ? reschedulePurges(existing!.cards, purgeAt, ctx.now) : [];
  // A later departure may outlast a registered card: the card-expiry watch looks at it on its next run.
  const watches = purgeAt && existing
    ? existing.cards.filter((c) => needsNewCard({ ...existing, reservation: change.reservation }, c, hotel.timezone, ctx.now))
      .map((c) => ({ hotelId, reservationId, cardId: c.cardId, dueAt: ctx.now.toISOString() }))
    : [];
  await deps.store.commit({
    reservation: { value: change.reservation, expectedVersion: existing ? existing.reservation.version : null },
    history,
    ...(movedCards.length ? { cards: movedCards } : {}),
    ...(watches.length ? { cardWatches: watches } : {}),
  });
  for (const { value } of movedCards) await deps.store.moveCardSecretsExpiry(hotelId, reservationId, value.cardId, value.purgeAt);
  // What was just committed is the state: no need to read it back.
  const after = existing
    ? { ...existing, reservation: change.reservation, history: [...existing.history, ...history], cards: existing.cards.map((c) => movedCards.find((m) => m.value.cardId === c.cardId)?.value ?? c) }
    : { reservation: change.reservation, requests: [], transactions: [], history, cards: [] };
  return { created: !existing, view: await reservationView(deps, after) };
}
