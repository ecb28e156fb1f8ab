import type { Changes, StoredNotification } from '../../../app/ports';
import { type Item, type PrimaryKey, type TxWrite, type WriteContext, itemOf, ttlAfterDays, valueOf, versionCondition } from '../item';

/** A verified PSP notification, stored once per hotel and notification id. */

export const ENTITY = 'pspNotification';

/** Every notification key of a hotel starts with this. */
export const keyPrefix = (hotelId: string): string => `HOTEL#${hotelId}#PSPNOTIF#`;
export const key = (hotelId: string, notificationId: string): PrimaryKey => ({ PK: `${keyPrefix(hotelId)}${notificationId}`, SK: 'NOTIFICATION' });

const TTL_DAYS = 400;

export const toItem = (n: StoredNotification, nowEpoch: number): Item => itemOf(ENTITY, key(n.hotelId, n.notificationId), n, ttlAfterDays(nowEpoch, TTL_DAYS));
export const fromItem = (item: Item): StoredNotification => valueOf<StoredNotification>(item);

export function writes(c: Changes, ctx: WriteContext): TxWrite[] {
  return c.notification ? [{ Put: { Item: toItem(c.notification.value, ctx.nowEpoch), ...versionCondition(c.notification.expectedVersion) } }] : [];
}
