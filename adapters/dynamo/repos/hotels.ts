import type { HotelRecord, HotelStore } from '../../../app/ports';
import { hotel } from '../entities';
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
    return hotel.hotelIdOfApiKey(await this.table.get(hotel.apiKeyKey(keyHash)));
  }
}
