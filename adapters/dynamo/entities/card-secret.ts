import type { Changes, Sealed } from '../../../app/ports';
import { IF_NEW, type DeleteSpec, type Item, type PrimaryKey, type TxWrite, type UpdateSpec, epochAtOrAfter, itemOf } from '../item';
import { TABLE } from '../schema';
import { collection } from './reservation';

/**
 * A card's sealed parts, each an item of its own in the reservation's collection so it can be
 * deleted alone: the number and holder (or the PSP token), deleted by the purge; the CVV, deleted
 * by the first reveal that shows it.
 */

export const ENTITY = 'cardSecret';
export const CVV_ENTITY = 'cardCvv';

export const key = (hotelId: string, reservationId: string, cardId: string): PrimaryKey => ({ PK: collection(hotelId, reservationId), SK: `CARDSECRET#${cardId}` });
export const cvvKey = (hotelId: string, reservationId: string, cardId: string): PrimaryKey => ({ PK: collection(hotelId, reservationId), SK: `CARDCVV#${cardId}` });

/** TTL is the backstop of the purge job: the secrets go at the purge time whatever happens. */
export const ttl = (purgeAt: string): number => epochAtOrAfter(purgeAt);

export const sealedOf = (item: Item | undefined): Sealed | undefined => item?.sealed as Sealed | undefined;

export function writes(c: Changes): TxWrite[] {
  const out: TxWrite[] = [];
  for (const x of c.cardSecrets ?? []) {
    const expires = ttl(x.purgeAt);
    out.push({ Put: { Item: itemOf(ENTITY, key(x.hotelId, x.reservationId, x.cardId), { sealed: x.secret }, expires), ...IF_NEW } });
    if (x.cvv) out.push({ Put: { Item: itemOf(CVV_ENTITY, cvvKey(x.hotelId, x.reservationId, x.cardId), { sealed: x.cvv }, expires), ...IF_NEW } });
  }
  for (const x of c.purgedSecrets ?? []) {
    out.push({ Delete: { Key: key(x.hotelId, x.reservationId, x.cardId) } });
    out.push({ Delete: { Key: cvvKey(x.hotelId, x.reservationId, x.cardId) } });
  }
  return out;
}

/** One conditional delete returning what it deleted: of two concurrent reveals, one gets the CVV. */
export const takeCvv = (hotelId: string, reservationId: string, cardId: string): DeleteSpec => ({
  Key: cvvKey(hotelId, reservationId, cardId), ConditionExpression: 'attribute_exists(PK)', ReturnValues: 'ALL_OLD',
});

/** Moves the TTL backstop of each secret still there. */
export const moveExpiry = (hotelId: string, reservationId: string, cardId: string, purgeAt: string): UpdateSpec[] =>
  [key(hotelId, reservationId, cardId), cvvKey(hotelId, reservationId, cardId)].map((Key) => ({
    Key, UpdateExpression: 'SET #ttl = :ttl', ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute }, ExpressionAttributeValues: { ':ttl': ttl(purgeAt) },
  }));
