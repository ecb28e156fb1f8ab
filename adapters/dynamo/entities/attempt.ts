import type { PspAttempt } from '../../../app/ports';
import { type Item, type PrimaryKey, type PutSpec, IF_NEW, itemOf, ttlAfterDays, valueOf } from '../item';
import { subjectOfStored } from './subject';

/**
 * PSP attempts: one rendered form per shop, UTC day and `vads_trans_id`, which maps a notification
 * back to its request. The gateway proposes the trans id; the put under it is what makes it unique.
 */

export const ENTITY = 'pspAttempt';

export const key = (siteId: string, day: string, transId: string): PrimaryKey => ({ PK: `PSPATTEMPT#${siteId}#${day}#${transId.toLowerCase()}`, SK: 'ATTEMPT' });

/** An attempt lives as long as the notifications that point to it. */
const ATTEMPT_DAYS = 400;

export function fromItem(item: Item): PspAttempt {
  const { reservationId, ...attempt } = valueOf<PspAttempt & { reservationId?: string }>(item);
  return { ...attempt, subject: subjectOfStored({ subject: attempt.subject, reservationId }) };
}

/** Stores the attempt under its trans id, which nobody may hold already. */
export const putNew = (attempt: PspAttempt, nowEpoch: number): PutSpec => ({
  Item: itemOf(ENTITY, key(attempt.siteId, attempt.day, attempt.transId), attempt, ttlAfterDays(nowEpoch, ATTEMPT_DAYS)),
  ...IF_NEW,
});
