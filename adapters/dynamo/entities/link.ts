import type { Changes, LinkRecord } from '../../../app/ports';
import type { OpenAttempt } from '../../../domain/payment-request';
import { subjectOfStored } from './subject';
import { DAY_S, IF_NEW, type Item, type PrimaryKey, type TxWrite, type UpdateSpec, itemOf, valueOf } from '../item';

/** A payment link, by the hash of its token: the request it pays and the PSP form it rendered last. */

export const ENTITY = 'link';

export const key = (tokenHash: string): PrimaryKey => ({ PK: `LINK#${tokenHash}`, SK: 'LINK' });

/** A link is kept 90 days after it expires. */
export const ttl = (link: LinkRecord): number => Math.floor(Date.parse(link.expiresAt) / 1000) + 90 * DAY_S;

export const toItem = (link: LinkRecord): Item => itemOf(ENTITY, key(link.tokenHash), link, ttl(link));
export function fromItem(item: Item): LinkRecord {
  const { reservationId, ...link } = valueOf<LinkRecord & { reservationId?: string }>(item);
  return { ...link, subject: subjectOfStored({ subject: link.subject, reservationId }) };
}

export const writes = (c: Changes): TxWrite[] => (c.link ? [{ Put: { Item: toItem(c.link), ...IF_NEW } }] : []);

/** Remembers the form rendered, unless a newer one is remembered already (or the link is gone). */
export const rememberAttempt = (tokenHash: string, attempt: OpenAttempt): UpdateSpec => ({
  Key: key(tokenHash),
  UpdateExpression: 'SET #open = :a',
  ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(#open) OR #open.#formAt <= :at)',
  ExpressionAttributeNames: { '#open': 'openAttempt', '#formAt': 'formAt' },
  ExpressionAttributeValues: { ':a': attempt, ':at': attempt.formAt },
});

/** Forgets the form, if it is still the one remembered. */
export const forgetAttempt = (tokenHash: string, attemptRef: string): UpdateSpec => ({
  Key: key(tokenHash),
  UpdateExpression: 'REMOVE #open',
  ConditionExpression: '#open.#ref = :ref',
  ExpressionAttributeNames: { '#open': 'openAttempt', '#ref': 'attemptRef' },
  ExpressionAttributeValues: { ':ref': attemptRef },
});
