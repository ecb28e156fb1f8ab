import type { Changes, DeliveryRef, WebhookDelivery } from '../../../app/ports';
import { DELIVERY_LOG_DAYS, type DeliveryAttempt, type DeliveryStatus } from '../../../domain/webhook';
import { IF_NEW, type Item, type PrimaryKey, type PutSpec, type TxWrite, type UpdateSpec, epochAtOrAfter, itemOf, ttlAfterDays, valueOf } from '../item';
import { TABLE } from '../schema';

/**
 * One event to one endpoint with every attempt (docs/webhooks.md): an endpoint's deliveries share
 * its partition, newest last by their ULID (the fan-out's delivery is named by its event's id).
 * Kept DELIVERY_LOG_DAYS after the last attempt.
 */

export const ENTITY = 'webhookDelivery';

export const partition = (hotelId: string, endpointId: string): string => `HOTEL#${hotelId}#WHEP#${endpointId}`;
export const SK_PREFIX = 'DELIVERY#';
export const key = (r: DeliveryRef): PrimaryKey => ({ PK: partition(r.hotelId, r.endpointId), SK: `${SK_PREFIX}${r.deliveryId}` });

export const toItem = (d: WebhookDelivery, nowEpoch: number): Item => itemOf(ENTITY, key(d), d, ttlAfterDays(Math.max(nowEpoch, epochAtOrAfter(d.createdAt)), DELIVERY_LOG_DAYS));
export const fromItem = (item: Item): WebhookDelivery => valueOf<WebhookDelivery>(item);

export const create = (d: WebhookDelivery, nowEpoch: number): PutSpec => ({ Item: toItem(d, nowEpoch), ...IF_NEW });

export const writes = (c: Changes, ctx: { nowEpoch: number }): TxWrite[] => (c.webhookDeliveries ?? []).map((d) => ({ Put: create(d, ctx.nowEpoch) }));

export const claim = (r: DeliveryRef, attemptCount: number, now: string, leaseUntil: string): UpdateSpec => ({
  Key: key(r),
  UpdateExpression: 'SET leaseUntil = :lease',
  ConditionExpression: '#status = :pending AND attemptCount = :n AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
  ExpressionAttributeNames: { '#status': 'status' },
  ExpressionAttributeValues: { ':lease': leaseUntil, ':pending': 'pending', ':n': attemptCount, ':now': now },
});

export const record = (
  r: DeliveryRef, attemptCount: number, attempt: DeliveryAttempt, next: { status: DeliveryStatus; firstAttemptAt: string; nextAttemptAt?: string }, nowEpoch: number,
): UpdateSpec => ({
  Key: key(r),
  UpdateExpression: `SET attempts = list_append(attempts, :attempt), attemptCount = :next, #status = :status, firstAttemptAt = :first, #ttl = :ttl${next.nextAttemptAt ? ', nextAttemptAt = :due REMOVE leaseUntil' : ' REMOVE leaseUntil, nextAttemptAt'}`,
  ConditionExpression: 'attemptCount = :n',
  ExpressionAttributeNames: { '#status': 'status', '#ttl': TABLE.timeToLiveAttribute },
  ExpressionAttributeValues: {
    ':attempt': [attempt], ':next': attemptCount + 1, ':n': attemptCount, ':status': next.status, ':first': next.firstAttemptAt,
    ':ttl': ttlAfterDays(nowEpoch, DELIVERY_LOG_DAYS), ...(next.nextAttemptAt ? { ':due': next.nextAttemptAt } : {}),
  },
});
