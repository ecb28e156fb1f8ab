import type { Changes } from '../../../app/ports';
import type { VaultUser } from '../../../domain/vault-user';
import { type Item, type PrimaryKey, type TxWrite, type UpdateSpec, itemOf, valueOf, versionCondition } from '../item';

/** A hotel's user of the card vault: roles, PIN hash, consecutive failures, `lockedAt`. */

export const ENTITY = 'vaultUser';

export const key = (hotelId: string, userId: string): PrimaryKey => ({ PK: `HOTEL#${hotelId}#USER#${userId}`, SK: 'USER' });

export const toItem = (u: VaultUser): Item => itemOf(ENTITY, key(u.hotelId, u.userId), u);
export const fromItem = (item: Item): VaultUser => valueOf<VaultUser>(item);

export const writes = (c: Changes): TxWrite[] =>
  (c.users ?? []).map(({ value, expectedVersion }) => ({ Put: { Item: toItem(value), ...versionCondition(expectedVersion) } }));

/** Counts an attempt as failed before the PIN is checked, unless the user is locked or out of attempts. */
export const reservePinAttempt = (hotelId: string, userId: string, max: number, at: string): UpdateSpec => ({
  Key: key(hotelId, userId),
  UpdateExpression: 'SET updatedAt = :at ADD failedAttempts :one, version :one',
  ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(lockedAt) AND failedAttempts < :max',
  ExpressionAttributeValues: { ':at': at, ':one': 1, ':max': max },
  ReturnValues: 'ALL_NEW',
});

/** A right PIN clears the count unless the user got locked meanwhile. */
export const clearPinFailures = (hotelId: string, userId: string, at: string): UpdateSpec => ({
  Key: key(hotelId, userId),
  UpdateExpression: 'SET failedAttempts = :zero, updatedAt = :at ADD version :one',
  ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(lockedAt)',
  ExpressionAttributeValues: { ':zero': 0, ':at': at, ':one': 1 },
});

/** A wrong PIN locks the user once the failures reach `max`. */
export const lockAtMax = (hotelId: string, userId: string, max: number, at: string): UpdateSpec => ({
  Key: key(hotelId, userId),
  UpdateExpression: 'SET lockedAt = if_not_exists(lockedAt, :at), updatedAt = :at ADD version :one',
  ConditionExpression: 'attribute_exists(PK) AND failedAttempts >= :max',
  ExpressionAttributeValues: { ':at': at, ':one': 1, ':max': max },
});
