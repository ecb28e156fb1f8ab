import {
  assertMayGrant, keySecretFor, keyView, SCOPES, ROTATION_OVERLAP_MS, validateKeyInput, type ApiKey, type KeyView, type NewKeyInput, type Scopes,
} from '../domain/api-key';
import { NotFound } from '../domain/errors';
import type { Needs } from './deps';
import type { KeyAuditEntry } from './ports';
import { hashSecret } from './secrets';

/**
 * A hotel's API keys (docs/api-keys.md): made with a name and scopes, listed without their
 * secrets, rotated (the old secret works for an hour more), revoked at once. Every change is
 * audited with the key (or `admin`) that made it.
 */

/** Who makes a change to keys: a hotel key (its id and scopes) or the deployment's admin key. */
export type KeyMaker = { readonly keyId: string; readonly scopes: Scopes } | 'admin';

export type NewKey = KeyView & { readonly apiKey: string };

/** A new secret: `hk_`, the hotel it is for, and 256 random bits; only its SHA-256 is stored. */
export const newKeySecret = (deps: Needs<'ids'>, hotelId: string): string => keySecretFor(hotelId, deps.ids.newSecret());

const byOf = (maker: KeyMaker): string => (maker === 'admin' ? 'admin' : maker.keyId);

const audit = (deps: Needs<'ids'>, hotelId: string, keyId: string, action: KeyAuditEntry['action'], maker: KeyMaker, at: string): KeyAuditEntry => ({
  hotelId, entryId: deps.ids.newId(), keyId, action, byKeyId: byOf(maker), at,
});

/**
 * 1. A valid name and known scopes; a hotel key gives only scopes it has itself (403 missing_scope).
 * 2. The hotel must exist (the admin names it in the path).
 * 3. Store the key under the hash of a new secret, its ref and the audit entry together; show the secret once.
 */
export async function createApiKey(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels'>, hotelId: string, input: NewKeyInput, maker: KeyMaker): Promise<NewKey> {
  const valid = validateKeyInput(input);
  if (maker !== 'admin') assertMayGrant(maker.scopes, valid.scopes);
  if (maker === 'admin' && !(await deps.store.getHotel(hotelId))) throw new NotFound('hotel_not_found', `No hotel ${hotelId}`);
  const now = deps.clock.now().toISOString();
  const key: ApiKey = { hotelId, keyId: deps.ids.newId(), name: valid.name, scopes: valid.scopes, createdAt: now };
  const secret = newKeySecret(deps, hotelId);
  await deps.store.commit({ apiKeys: [{ kind: 'create', key, keyHash: hashSecret(secret) }], keyAudit: [audit(deps, hotelId, key.keyId, 'created', maker, now)] });
  return { ...keyView(key), apiKey: secret };
}

export async function listApiKeys(deps: Needs<'store:hotels'>, hotelId: string): Promise<{ apiKeys: KeyView[] }> {
  return { apiKeys: (await deps.store.listApiKeys(hotelId)).map(keyView) };
}

/** The key of this id and its current secret's item (404 for another hotel's or a revoked one). */
async function findKey(deps: Needs<'store:hotels'>, hotelId: string, keyId: string) {
  const ref = await deps.store.getApiKeyRef(hotelId, keyId);
  const key = ref ? await deps.store.getApiKey(ref.keyHash) : undefined;
  if (!ref || !key || key.hotelId !== hotelId) throw new NotFound('api_key_not_found', `No API key ${keyId}`);
  return { ref, key };
}

/**
 * A new secret for a key (same id, name and scopes). The current secret keeps working for an hour
 * (off the listing, then deleted by TTL) so the PMS can switch without downtime; a previous
 * secret still in its overlap stops at once. A hotel key may rotate only a key it could have made.
 */
export async function rotateApiKey(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels'>, hotelId: string, keyId: string, maker: KeyMaker): Promise<NewKey & { previousExpiresAt: string }> {
  const { ref, key } = await findKey(deps, hotelId, keyId);
  // Its new secret gives what the key gives: a maker needs all of it (a full-scope key, every scope).
  if (maker !== 'admin') assertMayGrant(maker.scopes, key.scopes === 'all' ? SCOPES : key.scopes);
  const now = deps.clock.now();
  const retiresAt = new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString();
  const rotated: ApiKey = { ...key, rotatedAt: now.toISOString(), previousExpiresAt: retiresAt };
  const secret = newKeySecret(deps, hotelId);
  await deps.store.commit({
    apiKeys: [{ kind: 'rotate', key: rotated, ref, newKeyHash: hashSecret(secret), retiresAt }],
    keyAudit: [audit(deps, hotelId, keyId, 'rotated', maker, now.toISOString())],
  });
  return { ...keyView(rotated), apiKey: secret, previousExpiresAt: retiresAt };
}

/** Deletes every secret of the key (current and previous) with its ref, in one write: it stops working at once. */
export async function revokeApiKey(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels'>, hotelId: string, keyId: string, maker: KeyMaker): Promise<void> {
  const { ref } = await findKey(deps, hotelId, keyId);
  await deps.store.commit({ apiKeys: [{ kind: 'revoke', ref }], keyAudit: [audit(deps, hotelId, keyId, 'revoked', maker, deps.clock.now().toISOString())] });
}
