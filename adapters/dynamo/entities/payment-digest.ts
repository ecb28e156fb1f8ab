import type { PaymentDigestDay, PaymentDigestLine } from '../../../app/ports';
import { type Item, type PrimaryKey, type UpdateSpec, itemOf, ttlAfterDays, valueOf } from '../item';
import { TABLE } from '../schema';
import * as due from './due-work';

/**
 * A hotel's daily payment digest (docs/hotel-digest.md): one partition per hotel and local day,
 * `HOTEL#<h>#PAYDIGEST#<date>`, holding the day item (`DAY`: in the due index until the digest is
 * sent, then `sentAt`) and one line per payment (`LINE#<eventId>`). Everything expires 30 days on.
 */

export const DAY_ENTITY = 'paymentDigestDay';
export const LINE_ENTITY = 'paymentDigestLine';

export const partition = (hotelId: string, date: string): string => `HOTEL#${hotelId}#PAYDIGEST#${date}`;
export const dayKey = (hotelId: string, date: string): PrimaryKey => ({ PK: partition(hotelId, date), SK: 'DAY' });
export const lineKey = (hotelId: string, date: string, eventId: string): PrimaryKey => ({ PK: partition(hotelId, date), SK: `LINE#${eventId}` });

const TTL_DAYS = 30;

export const lineItem = (line: PaymentDigestLine, nowEpoch: number): Item =>
  itemOf(LINE_ENTITY, lineKey(line.hotelId, line.date, line.eventId), line, ttlAfterDays(nowEpoch, TTL_DAYS));

/**
 * The day in the due index at `dueAt` (written again with each line: the same values), unless it
 * was sent already: then it stays out of the index (the condition fails and nothing is written).
 */
export const openDay = (hotelId: string, date: string, dueAt: string, nowEpoch: number): UpdateSpec => {
  const entry = due.entry('payment-digest', due.subject.paymentDigest(hotelId, date), dueAt, hotelId);
  return {
    Key: dayKey(hotelId, date),
    UpdateExpression: 'SET entity = :entity, hotelId = :h, #date = :d, dueAt = :due, GSI2PK = :gpk, GSI2SK = :gsk, #ttl = :ttl',
    ConditionExpression: 'attribute_not_exists(sentAt)',
    ExpressionAttributeNames: { '#date': 'date', '#ttl': TABLE.timeToLiveAttribute },
    ExpressionAttributeValues: {
      ':entity': DAY_ENTITY, ':h': hotelId, ':d': date, ':due': dueAt, ':gpk': entry.GSI2PK, ':gsk': entry.GSI2SK, ':ttl': ttlAfterDays(nowEpoch, TTL_DAYS),
    },
  };
};

export const markSent = (hotelId: string, date: string, at: string, nowEpoch: number): UpdateSpec => ({
  Key: dayKey(hotelId, date),
  UpdateExpression: 'SET sentAt = :at, #ttl = :ttl REMOVE GSI2PK, GSI2SK',
  ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute },
  ExpressionAttributeValues: { ':at': at, ':ttl': ttlAfterDays(nowEpoch, TTL_DAYS) },
});

/** The day read back from its partition (day item and lines, in one Query). */
export function fromItems(items: Item[]): PaymentDigestDay | undefined {
  const day = items.find((i) => i.SK === 'DAY');
  if (!day) return undefined;
  const lines = items.filter((i) => String(i.SK).startsWith('LINE#')).map((i) => valueOf<PaymentDigestLine>(i))
    .sort((a, b) => a.paidAt.localeCompare(b.paidAt) || a.eventId.localeCompare(b.eventId));
  return {
    hotelId: String(day.hotelId), date: String(day.date), dueAt: String(day.dueAt),
    ...(day.sentAt ? { sentAt: String(day.sentAt) } : {}), lines,
  };
}
