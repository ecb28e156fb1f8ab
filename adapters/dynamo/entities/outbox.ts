import type { Changes } from '../../../app/ports';
import type { Envelope } from '../../../events/envelope';
import { IF_NEW, type IndexKeys, type Item, type PrimaryKey, type TxWrite, type WriteContext, type UpdateSpec, itemOf, ttlAfterDays } from '../item';
import * as due from './due-work';

/**
 * An event committed with the change that caused it. The table stream relays it at once; until it
 * is marked relayed it also waits in the due index, so the redrive job catches what the stream missed.
 */

export const ENTITY = 'outbox';

export const key = (eventId: string): PrimaryKey => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' });

/** An event the stream has not relayed this long after it was committed is redriven. */
export const RELAY_GRACE_MS = 5 * 60_000;
/** Outbox items live a week: the stream relays them at once, the redrive job catches the rest. */
const TTL_DAYS = 7;

export function indexKeys(eventId: string, occurredAt: string): IndexKeys {
  const dueAt = new Date(Date.parse(occurredAt) + RELAY_GRACE_MS).toISOString();
  return due.entry('relay', due.subject.outbox(eventId), dueAt, eventId);
}

export const toItem = (e: Envelope, nowEpoch: number): Item => itemOf(ENTITY, { ...key(e.id), ...indexKeys(e.id, e.occurredAt) }, { event: e }, ttlAfterDays(nowEpoch, TTL_DAYS));
export const fromItem = (item: Item): { event: Envelope; relayedAt?: string } => ({ event: item.event as Envelope, ...(item.relayedAt ? { relayedAt: String(item.relayedAt) } : {}) });

export const writes = (c: Changes, ctx: WriteContext): TxWrite[] => (c.events ?? []).map((e) => ({ Put: { Item: toItem(e, ctx.nowEpoch), ...IF_NEW } }));

/** The event reached its queues: it leaves the due index (an item already gone by TTL is left alone). */
export const markRelayed = (eventId: string, at: string): UpdateSpec => ({
  Key: key(eventId),
  UpdateExpression: 'SET relayedAt = :at REMOVE GSI2PK, GSI2SK',
  ConditionExpression: 'attribute_exists(PK)',
  ExpressionAttributeValues: { ':at': at },
});
