import type { ApiKeyChange, ApiKeyRef, Changes, FoundKey, KeyAuditEntry } from '../../../app/ports';
import { legacyKeyId, type ApiKey, type Scope } from '../../../domain/api-key';
import { IF_NEW, type IndexKeys, type Item, type PrimaryKey, type TxWrite, epochAtOrAfter, itemOf, valueOf } from '../item';

/**
 * A hotel's API keys (docs/api-keys.md): the item of each secret, found by its hash at every
 * request (the key itself is shown once and never stored), which carries the key's scopes so that
 * one read authenticates and authorises; the ref that finds a key's secrets by its id; the audit of
 * key changes.
 */

export const ENTITY = 'apiKey';
export const REF_ENTITY = 'apiKeyRef';
export const AUDIT_ENTITY = 'keyAudit';

export const key = (keyHash: string): PrimaryKey => ({ PK: `APIKEY#${keyHash}`, SK: 'APIKEY' });
export const refKey = (hotelId: string, keyId: string): PrimaryKey => ({ PK: `HOTEL#${hotelId}#APIKEYREF#${keyId}`, SK: 'APIKEYREF' });
/** A hotel's keys (their current secrets), oldest first. */
export const listing = (hotelId: string): string => `HOTEL#${hotelId}#APIKEYS`;
export const auditPartition = (hotelId: string): string => `HOTEL#${hotelId}#KEYAUDIT`;

const indexKeys = (k: ApiKey): IndexKeys => ({ GSI1PK: listing(k.hotelId), GSI1SK: `${k.createdAt}#${k.keyId}` });

/** A full-scope key is stored without a list, so it also has the scopes added later. */
const stored = (k: ApiKey): Item => {
  const { scopes, ...rest } = k;
  return scopes === 'all' ? rest : { ...rest, scopes: [...scopes] };
};

export const toItem = (k: ApiKey, keyHash: string): Item => itemOf(ENTITY, { ...key(keyHash), ...indexKeys(k) }, stored(k));

/** A stored key; one made before keys had ids and scopes (`{ hotelId, createdAt }`) has every scope. */
export function fromItem(item: Item): ApiKey {
  const v = valueOf<Record<string, unknown>>(item);
  const hash = String(item.PK).slice('APIKEY#'.length);
  return {
    hotelId: v.hotelId as string,
    keyId: (v.keyId as string | undefined) ?? legacyKeyId(hash),
    name: (v.name as string | undefined) ?? 'Key made before scopes',
    scopes: Array.isArray(v.scopes) ? (v.scopes as Scope[]) : 'all',
    createdAt: v.createdAt as string,
    ...(v.lastUsedAt ? { lastUsedAt: v.lastUsedAt as string } : {}),
    ...(v.rotatedAt ? { rotatedAt: v.rotatedAt as string } : {}),
    ...(v.previousExpiresAt ? { previousExpiresAt: v.previousExpiresAt as string } : {}),
  };
}

/** The caller a key's item names, unless it is a previous secret whose overlap is over (TTL deletion lags). */
export function foundKey(item: Item | undefined, now: Date): FoundKey | undefined {
  if (!item || typeof item.hotelId !== 'string') return undefined;
  if (typeof item.retiresAt === 'string' && Date.parse(item.retiresAt) <= now.getTime()) return undefined;
  const k = fromItem(item);
  return { caller: { hotelId: k.hotelId, keyId: k.keyId, scopes: k.scopes }, ...(k.lastUsedAt ? { lastUsedAt: k.lastUsedAt } : {}) };
}

export const refToItem = (r: ApiKeyRef): Item => itemOf(REF_ENTITY, refKey(r.hotelId, r.keyId), r);
export const refFromItem = (item: Item | undefined): ApiKeyRef | undefined => (item ? valueOf<ApiKeyRef>(item) : undefined);

export const auditToItem = (a: KeyAuditEntry): Item => itemOf(AUDIT_ENTITY, { PK: auditPartition(a.hotelId), SK: `${a.at}#${a.entryId}` }, a);
export const auditFromItem = (item: Item): KeyAuditEntry => valueOf<KeyAuditEntry>(item);

/** The ref must be the one read: a concurrent rotation or revocation makes the other fail whole. */
const refAsRead = (r: ApiKeyRef) => ({ ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': r.version } });

function changeWrites(c: ApiKeyChange): TxWrite[] {
  if (c.kind === 'create') {
    return [
      { Put: { Item: toItem(c.key, c.keyHash), ...IF_NEW } },
      { Put: { Item: refToItem({ hotelId: c.key.hotelId, keyId: c.key.keyId, keyHash: c.keyHash, version: 1 }), ...IF_NEW } },
    ];
  }
  if (c.kind === 'rotate') {
    const { ref } = c;
    return [
      { Put: { Item: toItem(c.key, c.newKeyHash), ...IF_NEW } },
      // The current secret retires: off the listing, working until `retiresAt`, then deleted by TTL.
      { Update: {
        Key: key(ref.keyHash),
        UpdateExpression: 'REMOVE GSI1PK, GSI1SK SET retiresAt = :r, #ttl = :ttl',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':r': c.retiresAt, ':ttl': epochAtOrAfter(c.retiresAt) },
      } },
      // A second rotation ends the first one's overlap at once.
      ...(ref.previousKeyHash ? [{ Delete: { Key: key(ref.previousKeyHash) } }] : []),
      { Put: { Item: refToItem({ ...ref, keyHash: c.newKeyHash, previousKeyHash: ref.keyHash, version: ref.version + 1 }), ...refAsRead(ref) } },
    ];
  }
  const { ref } = c;
  return [
    { Delete: { Key: key(ref.keyHash) } },
    ...(ref.previousKeyHash ? [{ Delete: { Key: key(ref.previousKeyHash) } }] : []),
    { Delete: { Key: refKey(ref.hotelId, ref.keyId), ...refAsRead(ref) } },
  ];
}

export function writes(c: Changes): TxWrite[] {
  return [...(c.apiKeys ?? []).flatMap(changeWrites), ...(c.keyAudit ?? []).map((a) => ({ Put: { Item: auditToItem(a) } }))];
}

/** The update recording a use: only when none was recorded since `since`, and only if the key is still there. */
export const touch = (keyHash: string, at: string, since: string) => ({
  Key: key(keyHash),
  UpdateExpression: 'SET lastUsedAt = :at',
  ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :since)',
  ExpressionAttributeValues: { ':at': at, ':since': since },
});
