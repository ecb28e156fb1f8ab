import type { Changes, HotelRecord } from '../../../app/ports';
import { DEFAULT_POLICY } from '../../../domain/policy';
import { IF_NEW, type Item, type PrimaryKey, type TxWrite, itemOf, valueOf, versionCondition } from '../item';

/** A hotel: settings, option policy and its sealed PSP secrets. Its API keys: `api-key.ts`. */

export const ENTITY = 'hotel';

export const key = (hotelId: string): PrimaryKey => ({ PK: `HOTEL#${hotelId}`, SK: 'HOTEL' });

export const toItem = (record: HotelRecord): Item => itemOf(ENTITY, key(record.hotel.hotelId), { ...record.hotel, sealedSecrets: record.sealedSecrets });

export function fromItem(item: Item): HotelRecord {
  const { sealedSecrets, ...hotel } = valueOf<Item>(item);
  // Hotels stored before policies existed get the default one.
  return { hotel: { policy: DEFAULT_POLICY, ...hotel } as unknown as HotelRecord['hotel'], sealedSecrets: sealedSecrets as HotelRecord['sealedSecrets'] };
}

export function writes(c: Changes): TxWrite[] {
  const out: TxWrite[] = [];
  if (c.hotel) out.push({ Put: { Item: toItem(c.hotel.record), ...IF_NEW } });
  if (c.hotelUpdate) out.push({ Put: { Item: toItem(c.hotelUpdate.value), ...versionCondition(c.hotelUpdate.expectedVersion) } });
  return out;
}
