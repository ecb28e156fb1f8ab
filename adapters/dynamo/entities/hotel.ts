import type { Changes, HotelRecord } from '../../../app/ports';
import { DEFAULT_POLICY } from '../../../domain/policy';
import { IF_NEW, type Item, type PrimaryKey, type TxWrite, itemOf, valueOf, versionCondition } from '../item';

/** A hotel: settings, option policy and its sealed PSP secrets; and the items that find it by API key. */

export const ENTITY = 'hotel';
export const API_KEY_ENTITY = 'apiKey';

export const key = (hotelId: string): PrimaryKey => ({ PK: `HOTEL#${hotelId}`, SK: 'HOTEL' });
/** The hash of a hotel's API key (the key itself is shown once and never stored). */
export const apiKeyKey = (keyHash: string): PrimaryKey => ({ PK: `APIKEY#${keyHash}`, SK: 'APIKEY' });

export const toItem = (record: HotelRecord): Item => itemOf(ENTITY, key(record.hotel.hotelId), { ...record.hotel, sealedSecrets: record.sealedSecrets });

export function fromItem(item: Item): HotelRecord {
  const { sealedSecrets, ...hotel } = valueOf<Item>(item);
  // Hotels stored before policies existed get the default one.
  return { hotel: { policy: DEFAULT_POLICY, ...hotel } as unknown as HotelRecord['hotel'], sealedSecrets: sealedSecrets as HotelRecord['sealedSecrets'] };
}

export const hotelIdOfApiKey = (item: Item | undefined): string | undefined => item?.hotelId as string | undefined;

export function writes(c: Changes): TxWrite[] {
  const out: TxWrite[] = [];
  if (c.hotel) {
    const { record, apiKeyHash } = c.hotel;
    out.push({ Put: { Item: toItem(record), ...IF_NEW } });
    out.push({ Put: { Item: itemOf(API_KEY_ENTITY, apiKeyKey(apiKeyHash), { hotelId: record.hotel.hotelId, createdAt: record.hotel.createdAt }), ...IF_NEW } });
  }
  if (c.hotelUpdate) out.push({ Put: { Item: toItem(c.hotelUpdate.value), ...versionCondition(c.hotelUpdate.expectedVersion) } });
  return out;
}
