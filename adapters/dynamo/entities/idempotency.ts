import type { Changes, IdempotencyRecord } from '../../../app/ports';
import { type Item, type PrimaryKey, type TxWrite, type WriteContext, itemOf, ttlAfterDays, ttlOf, valueOf } from '../item';
import { TABLE } from '../schema';

/** A request's Idempotency-Key, per hotel and operation: the request it came with and what it made. */

export const ENTITY = 'idempotency';

export const key = (hotelId: string, scope: string, keyHash: string): PrimaryKey => ({ PK: `HOTEL#${hotelId}#IDEMPOTENCY#${scope}#${keyHash}`, SK: 'IDEMPOTENCY' });

/** A key is remembered for 24 hours. */
const TTL_DAYS = 1;

export const toItem = (r: IdempotencyRecord, nowEpoch: number): Item => itemOf(ENTITY, key(r.hotelId, r.scope, r.keyHash), r, ttlAfterDays(nowEpoch, TTL_DAYS));

/** TTL deletion lags: an expired record is treated as gone. */
export function fromItem(item: Item | undefined, nowEpoch: number): IdempotencyRecord | undefined {
  if (!item) return undefined;
  const ttl = ttlOf(item);
  return ttl !== undefined && ttl < nowEpoch ? undefined : valueOf<IdempotencyRecord>(item);
}

export function writes(c: Changes, ctx: WriteContext): TxWrite[] {
  if (!c.idempotency) return [];
  // An expired record still waiting for TTL deletion counts as gone, as `fromItem` reads it.
  return [{ Put: {
    Item: toItem(c.idempotency, ctx.nowEpoch),
    ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now', ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute }, ExpressionAttributeValues: { ':now': ctx.nowEpoch },
  } }];
}
