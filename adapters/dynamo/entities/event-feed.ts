import type { Envelope } from '../../../events/envelope';
import { FEED_DAYS } from '../../../domain/webhook';
import { IF_NEW, type IndexKeys, type Item, type PrimaryKey, type PutSpec, epochAtOrAfter, itemOf, ttlAfterDays } from '../item';

/**
 * A hotel's event feed (GET /v1/events): one partition per hotel, sorted by event id (a ULID:
 * time order), and per event type in the listings index. Kept FEED_DAYS after the event occurred.
 */

export const ENTITY = 'eventFeed';

export const partition = (hotelId: string): string => `HOTEL#${hotelId}#EVENTS`;
export const typePartition = (hotelId: string, type: string): string => `HOTEL#${hotelId}#EVENTS#${type}`;
export const key = (hotelId: string, eventId: string): PrimaryKey => ({ PK: partition(hotelId), SK: eventId });
export const indexKeys = (e: Envelope): IndexKeys => ({ GSI1PK: typePartition(e.hotelId, e.type), GSI1SK: e.id });

export const toItem = (e: Envelope): Item => itemOf(ENTITY, { ...key(e.hotelId, e.id), ...indexKeys(e) }, { event: e }, ttlAfterDays(epochAtOrAfter(e.occurredAt), FEED_DAYS));
export const fromItem = (item: Item): Envelope => item.event as Envelope;

export const create = (e: Envelope): PutSpec => ({ Item: toItem(e), ...IF_NEW });
