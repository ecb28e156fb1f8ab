import { type Item, type PrimaryKey, type UpdateSpec, ttlAfterDays } from '../item';
import { TABLE } from '../schema';

/** One e-mail of an event to one recipient: `sendingUntil` while a consumer holds its sending lease, `sentAt` once sent. */

export const ENTITY = 'emailReceipt';

export const key = (eventId: string, recipient: string): PrimaryKey => ({ PK: `EMAIL#${eventId}#${recipient}`, SK: 'SENT' });

const TTL_DAYS = 30;

/** Takes the sending unless the e-mail was sent or another consumer's lease still runs. */
export const claim = (eventId: string, recipient: string, now: string, leaseUntil: string, nowEpoch: number): UpdateSpec => ({
  Key: key(eventId, recipient),
  UpdateExpression: 'SET entity = :entity, sendingUntil = :lease, #ttl = :ttl',
  ConditionExpression: 'attribute_not_exists(sentAt) AND (attribute_not_exists(sendingUntil) OR sendingUntil < :now)',
  ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute },
  ExpressionAttributeValues: { ':entity': ENTITY, ':lease': leaseUntil, ':now': now, ':ttl': ttlAfterDays(nowEpoch, TTL_DAYS) },
  // A lost claim says why in its own answer (sent already, or being sent): no read after it.
  ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
});

export const markSent = (eventId: string, recipient: string, at: string): UpdateSpec => ({
  Key: key(eventId, recipient),
  UpdateExpression: 'SET sentAt = :at REMOVE sendingUntil',
  ExpressionAttributeValues: { ':at': at },
});

export const isSent = (item: Item | undefined): boolean => Boolean(item?.sentAt);
