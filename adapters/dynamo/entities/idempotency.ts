import type { Changes, IdempotencyRecord, IdempotentRequest, StoredAnswer } from '../../../app/ports';
import { type Item, type PrimaryKey, type PutSpec, type TxWrite, type UpdateSpec, type DeleteSpec, type WriteContext, itemOf, ttlAfterDays, ttlOf, valueOf } from '../item';
import { TABLE } from '../schema';

/**
 * Idempotency-Keys, per hotel: the HTTP request each came with, its state and first answer
 * (docs/api-keys.md); and, inside the transactions of refunds, captures and releases, the
 * operation each made (their own backstop, should an answer be lost after the commit).
 */

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

// ---------------------------------------------------------------------------------------------
// HTTP requests under an Idempotency-Key.

/** The scope of the records the route wrapper keeps (one per owner and key, whatever the route: the route is in the request hash). */
const REQUEST_SCOPE = 'request';
export const requestKey = (owner: string, keyHash: string): PrimaryKey => key(owner, REQUEST_SCOPE, keyHash);

/**
 * The claim: free when there is no record, when it expired (TTL deletion lags), or when its lease
 * ran out (its Lambda stopped without answering). The record holding the key comes back with the
 * failure, so it is never read otherwise.
 */
export const claim = (r: IdempotentRequest, nowEpoch: number): PutSpec => ({
  Item: itemOf(ENTITY, requestKey(r.owner, r.keyHash), r, ttlAfterDays(nowEpoch, TTL_DAYS)),
  ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now OR (#state = :inProgress AND leaseUntil < :nowIso)',
  ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute, '#state': 'state' },
  ExpressionAttributeValues: { ':now': nowEpoch, ':inProgress': 'in_progress', ':nowIso': r.createdAt },
  ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
});

export const requestFromItem = (item: Item): IdempotentRequest => valueOf<IdempotentRequest>(item);

/** The first answer, kept for the rest of the 24 hours; only by the claim of this very request. */
export const answer = (owner: string, keyHash: string, requestHash: string, a: StoredAnswer): UpdateSpec => ({
  Key: requestKey(owner, keyHash),
  UpdateExpression: 'SET #state = :done, answer = :answer',
  ConditionExpression: 'requestHash = :rh AND #state = :inProgress',
  ExpressionAttributeNames: { '#state': 'state' },
  ExpressionAttributeValues: { ':done': 'done', ':answer': a, ':rh': requestHash, ':inProgress': 'in_progress' },
});

/** A failed attempt lets go of the key, unless someone else holds it by now. */
export const release = (owner: string, keyHash: string, requestHash: string): DeleteSpec => ({
  Key: requestKey(owner, keyHash),
  ConditionExpression: 'requestHash = :rh AND #state = :inProgress',
  ExpressionAttributeNames: { '#state': 'state' },
  ExpressionAttributeValues: { ':rh': requestHash, ':inProgress': 'in_progress' },
  ReturnValues: 'NONE',
});
