import type { ApiKeyRef, FoundKey, HotelRecord, HotelStore } from '../../../app/ports';
import type { ApiKey } from '../../../domain/api-key';
import * as apiKey from '../entities/api-key';
import * as hotel from '../entities/hotel';
import { LISTINGS_INDEX } from '../schema';
import type { Table } from '../table';

export type HotelsPort = HotelStore;

/** Hotels and the API keys that find them. */
export class HotelsRepo implements HotelsPort {
  constructor(private readonly table: Table) {}

  async getHotel(hotelId: string): Promise<HotelRecord | undefined> {
    const item = await this.table.get(hotel.key(hotelId));
    return item ? hotel.fromItem(item) : undefined;
  }

  async findHotelIdByApiKeyHash(keyHash: string): Promise<string | undefined> {
    return (await this.findApiKey(keyHash))?.caller.hotelId;
  }

  /** Consistent: a key revoked a moment ago must not work any more. */
  async findApiKey(keyHash: string, withHotel?: string): Promise<(FoundKey & { readonly hotel?: HotelRecord }) | undefined> {
    const now = new Date(this.table.nowEpoch() * 1000);
    if (!withHotel) return apiKey.foundKey(await this.table.get(apiKey.key(keyHash), true), now);
    const [k, h] = await this.table.getMany([apiKey.key(keyHash), hotel.key(withHotel)], true);
    const found = apiKey.foundKey(k, now);
    return found && h && found.caller.hotelId === withHotel ? { ...found, hotel: hotel.fromItem(h) } : found;
  }

  async touchApiKey(keyHash: string, at: string, since: string): Promise<void> {
    await this.table.updateIf(apiKey.touch(keyHash, at, since));
  }

  async getApiKeyRef(hotelId: string, keyId: string): Promise<ApiKeyRef | undefined> {
    return apiKey.refFromItem(await this.table.get(apiKey.refKey(hotelId, keyId), true));
  }

  async getApiKey(keyHash: string): Promise<ApiKey | undefined> {
    const item = await this.table.get(apiKey.key(keyHash), true);
    return item ? apiKey.fromItem(item) : undefined;
  }

  async listApiKeys(hotelId: string): Promise<ApiKey[]> {
    const out: ApiKey[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await this.table.query({
        IndexName: LISTINGS_INDEX.indexName, KeyConditionExpression: `${LISTINGS_INDEX.partitionKey} = :pk`,
        ExpressionAttributeValues: { ':pk': apiKey.listing(hotelId) }, ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}),
      });
      out.push(...page.items.map(apiKey.fromItem));
      ExclusiveStartKey = page.lastKey;
    } while (ExclusiveStartKey);
    return out;
  }
}
