import type { Changes } from '../../../app/ports';
import { type Item, type PrimaryKey, type TxWrite, itemOf } from '../item';
import * as due from './due-work';
import { collection } from './reservation';

/**
 * A registered card that expires before its stay ends, waiting for the card-expiry watch
 * (docs/charges.md): in the reservation's collection, in the due index until handled, then deleted.
 */

export const ENTITY = 'cardWatch';

export const key = (hotelId: string, reservationId: string, cardId: string): PrimaryKey => ({ PK: collection(hotelId, reservationId), SK: `CARDWATCH#${cardId}` });

export function writes(c: Changes): TxWrite[] {
  return (c.cardWatches ?? []).map(({ hotelId, reservationId, cardId, dueAt }): TxWrite => (dueAt === null
    ? { Delete: { Key: key(hotelId, reservationId, cardId) } }
    : { Put: { Item: itemOf(ENTITY, { ...key(hotelId, reservationId, cardId), ...due.entry('card-expiry', due.subject.card(hotelId, reservationId, cardId), dueAt) }, { hotelId, reservationId, cardId, dueAt }) } }));
}

export const belongs = (item: Item): boolean => String(item.SK).startsWith('CARDWATCH#');
