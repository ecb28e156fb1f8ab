import type { CardAuditEntry, Changes } from '../../../app/ports';
import { type Item, type PrimaryKey, type TxWrite, itemOf, valueOf } from '../item';

/** Every attempt to see or remove a card, one partition per card, in time order; kept after the purge. */

export const ENTITY = 'cardAudit';

export const partition = (hotelId: string, cardId: string): string => `HOTEL#${hotelId}#CARDAUDIT#${cardId}`;
export const key = (hotelId: string, cardId: string, at: string, entryId: string): PrimaryKey => ({ PK: partition(hotelId, cardId), SK: `${at}#${entryId}` });

export const toItem = (a: CardAuditEntry): Item => itemOf(ENTITY, key(a.hotelId, a.cardId, a.at, a.entryId), a);
export const fromItem = (item: Item): CardAuditEntry => valueOf<CardAuditEntry>(item);

export const writes = (c: Changes): TxWrite[] => (c.audit ?? []).map((a) => ({ Put: { Item: toItem(a) } }));
