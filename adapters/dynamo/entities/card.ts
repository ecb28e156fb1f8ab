import type { Changes } from '../../../app/ports';
import type { Card } from '../../../domain/card';
import { IF_NEW, type IndexKeys, type Item, type PrimaryKey, type TxWrite, itemOf, valueOf, versionCondition } from '../item';
import * as due from './due-work';
import { collection } from './reservation';

/**
 * A masked card, in its reservation's collection (its secrets are items of their own:
 * card-secret.ts); and its ref, which finds the reservation from the card id alone.
 */

export const ENTITY = 'card';
export const REF_ENTITY = 'cardRef';
const SK_PREFIX = 'CARD#';

export const key = (hotelId: string, reservationId: string, cardId: string): PrimaryKey => ({ PK: collection(hotelId, reservationId), SK: `${SK_PREFIX}${cardId}` });
export const belongs = (item: Item): boolean => String(item.SK).startsWith(SK_PREFIX);
export const refKey = (hotelId: string, cardId: string): PrimaryKey => ({ PK: `HOTEL#${hotelId}#CARDREF#${cardId}`, SK: 'CARDREF' });

/** An active card waits in the purge index until its secrets are deleted. */
export function indexKeys(c: Card): IndexKeys {
  if (c.status !== 'active') return {};
  return due.entry('purge', due.subject.card(c.hotelId, c.reservationId, c.cardId), c.purgeAt);
}

export const toItem = (c: Card): Item => itemOf(ENTITY, { ...key(c.hotelId, c.reservationId, c.cardId), ...indexKeys(c) }, c);
export const fromItem = (item: Item): Card => valueOf<Card>(item);
export const refItem = (c: Pick<Card, 'hotelId' | 'reservationId' | 'cardId'>): Item => itemOf(REF_ENTITY, refKey(c.hotelId, c.cardId), { reservationId: c.reservationId });
export const reservationIdOfRef = (item: Item | undefined): string | undefined => item?.reservationId as string | undefined;

export function writes(c: Changes): TxWrite[] {
  const out: TxWrite[] = [];
  for (const { value: card, expectedVersion } of c.cards ?? []) {
    out.push({ Put: { Item: toItem(card), ...versionCondition(expectedVersion) } });
    if (expectedVersion === null) out.push({ Put: { Item: refItem(card), ...IF_NEW } });
  }
  return out;
}
