import type { Changes } from '../../../app/ports';
import type { HistoryEntry } from '../../../domain/reservation';
import { IF_NEW, type Item, type PrimaryKey, type TxWrite, itemOf, valueOf } from '../item';
import { collection } from './reservation';

/** A reservation's history: one item per change, in order (ULIDs), in the reservation's collection. */

export const ENTITY = 'history';
const SK_PREFIX = 'HISTORY#';

export const key = (hotelId: string, reservationId: string, entryId: string): PrimaryKey => ({ PK: collection(hotelId, reservationId), SK: `${SK_PREFIX}${entryId}` });
export const belongs = (item: Item): boolean => String(item.SK).startsWith(SK_PREFIX);

export const toItem = (h: HistoryEntry): Item => itemOf(ENTITY, key(h.hotelId, h.reservationId, h.entryId), h);
export const fromItem = (item: Item): HistoryEntry => valueOf<HistoryEntry>(item);

export const writes = (c: Changes): TxWrite[] => (c.history ?? []).map((h) => ({ Put: { Item: toItem(h), ...IF_NEW } }));
