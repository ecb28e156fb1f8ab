import type { PspAttempt } from '../../../app/ports';
import { type Item, type PrimaryKey, type PutSpec, type UpdateSpec, IF_NEW, itemOf, ttlAfterDays, valueOf } from '../item';
import { TABLE } from '../schema';
import { subjectOfStored } from './subject';

/**
 * PSP attempts (one rendered form per shop, UTC day and `vads_trans_id`: maps a notification back
 * to its request) and the per-shop, per-day counter that proposes the next trans id.
 */

export const ENTITY = 'pspAttempt';
export const COUNTER_ENTITY = 'pspCounter';

export const key = (siteId: string, day: string, transId: string): PrimaryKey => ({ PK: `PSPATTEMPT#${siteId}#${day}#${transId.toLowerCase()}`, SK: 'ATTEMPT' });
export const counterKey = (siteId: string, day: string): PrimaryKey => ({ PK: `PSPCOUNTER#${siteId}#${day}`, SK: 'COUNTER' });

/** An attempt lives as long as the notifications that point to it; a counter a little longer than its day. */
const ATTEMPT_DAYS = 400;
const COUNTER_DAYS = 3;

export function fromItem(item: Item): PspAttempt {
  const { reservationId, ...attempt } = valueOf<PspAttempt & { reservationId?: string }>(item);
  return { ...attempt, subject: subjectOfStored({ subject: attempt.subject, reservationId }) };
}

/** Proposes the next number of the shop's day (the attempt's put under it is what makes it unique). */
export const nextNumber = (siteId: string, day: string, nowEpoch: number): UpdateSpec => ({
  Key: counterKey(siteId, day),
  UpdateExpression: 'ADD #n :one SET entity = :entity, #ttl = :ttl',
  ExpressionAttributeNames: { '#n': 'counter', '#ttl': TABLE.timeToLiveAttribute },
  ExpressionAttributeValues: { ':one': 1, ':entity': COUNTER_ENTITY, ':ttl': ttlAfterDays(nowEpoch, COUNTER_DAYS) },
  ReturnValues: 'UPDATED_NEW',
});
export const numberOf = (attributes: Item | undefined): number => Number(attributes?.counter);

/** Stores the attempt under its trans id, which nobody may hold already. */
export const putNew = (attempt: PspAttempt, nowEpoch: number): PutSpec => ({
  Item: itemOf(ENTITY, key(attempt.siteId, attempt.day, attempt.transId), attempt, ttlAfterDays(nowEpoch, ATTEMPT_DAYS)),
  ...IF_NEW,
});
