import type { Changes } from '../../../app/ports';
import type { Reservation } from '../../../domain/reservation';
import { type IndexKeys, type Item, type PrimaryKey, type TxWrite, itemOf, valueOf, versionCondition } from '../item';
import * as due from './due-work';

/**
 * A reservation, root of its item collection: the reservation, its payment requests,
 * transactions, history, cards (and their secrets) and PSP locks share one partition, so the
 * whole reservation is one Query.
 */

export const ENTITY = 'reservation';
const SK = 'RESERVATION';

export const collection = (hotelId: string, reservationId: string): string => `HOTEL#${hotelId}#RES#${reservationId}`;
export const key = (hotelId: string, reservationId: string): PrimaryKey => ({ PK: collection(hotelId, reservationId), SK });
export const belongs = (item: Item): boolean => item.SK === SK;

/** The hotel's planning listings (GSI1): options by deadline, lapses by when they lapsed. */
export const listing = {
  options: (hotelId: string) => `HOTEL#${hotelId}#OPTIONS`,
  lapsed: (hotelId: string) => `HOTEL#${hotelId}#LAPSED`,
} as const;

/**
 * Index entries follow from the reservation's state, here and only here, so every write keeps the
 * planning listings and the lapse index right.
 */
export function indexKeys(r: Reservation): IndexKeys {
  if (r.status === 'option') {
    return {
      GSI1PK: listing.options(r.hotelId), GSI1SK: `${r.optionDeadline}#${r.reservationId}`,
      ...(r.lapse ? {} : due.entry('lapse', due.subject.reservation(r.hotelId, r.reservationId), r.optionDeadline)),
    };
  }
  if (r.status === 'expired' && r.lapse) return { GSI1PK: listing.lapsed(r.hotelId), GSI1SK: `${r.lapse.at}#${r.reservationId}` };
  return {};
}

export const toItem = (r: Reservation): Item => itemOf(ENTITY, { ...key(r.hotelId, r.reservationId), ...indexKeys(r) }, r);
export const fromItem = (item: Item): Reservation => valueOf<Reservation>(item);

export function writes(c: Changes): TxWrite[] {
  return c.reservation ? [{ Put: { Item: toItem(c.reservation.value), ...versionCondition(c.reservation.expectedVersion) } }] : [];
}
