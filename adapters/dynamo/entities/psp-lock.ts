import type { Changes } from '../../../app/ports';
import { type PrimaryKey, type TxWrite, itemOf } from '../item';
import { collection } from './reservation';

/**
 * Held by the one PSP operation (a refund) whose call on a payment is under way or unanswered:
 * operations on a payment go one at a time. In the reservation's collection.
 */

export const ENTITY = 'pspLock';

export const key = (hotelId: string, reservationId: string, paymentId: string): PrimaryKey => ({ PK: collection(hotelId, reservationId), SK: `PSPLOCK#${paymentId}` });

/** Taken when free or already the operation's own; released only by its holder; cleared by anyone. */
export function writes(c: Changes): TxWrite[] {
  return (c.pspLocks ?? []).map(({ payment: p, holder, action }): TxWrite => {
    const Key = key(p.hotelId, p.reservationId, p.transactionId);
    const mine = { ConditionExpression: 'attribute_not_exists(PK) OR holder = :me', ExpressionAttributeValues: { ':me': holder } };
    if (action === 'take') return { Put: { Item: itemOf(ENTITY, Key, { holder }), ...mine } };
    if (action === 'release') return { Delete: { Key, ...mine } };
    return { Delete: { Key } };
  });
}
