import { Forbidden, InvalidInput } from './errors';

/**
 * A hotel's API keys and what each may do (docs/api-keys.md). Every hotel route needs one scope;
 * a key made before scopes existed, and the key given with the hotel, have them all — including
 * scopes added later, so they are kept as "all", never as today's list.
 */
export const SCOPES = [
  'read', 'reservations:write', 'payments:write', 'refunds:write', 'charges:write', 'cards:import', 'cards:reveal',
  'users:manage', 'webhooks:manage', 'policy:write', 'keys:manage',
] as const;
export type Scope = (typeof SCOPES)[number];

/** What a key may do: a list of scopes, or everything (keys made before scopes, the hotel's first key). */
export type Scopes = readonly Scope[] | 'all';

export interface ApiKey {
  readonly hotelId: string;
  readonly keyId: string;
  readonly name: string;
  readonly scopes: Scopes;
  readonly createdAt: string;
  readonly lastUsedAt?: string;
  readonly rotatedAt?: string;
  /** After a rotation: until when the previous secret works too. */
  readonly previousExpiresAt?: string;
}

/**
 * A key's secret names its hotel: `hk_<hotelId>.<random>`, so the route that authenticates with
 * it reads the key and the hotel in one request. Keys made before carry no hotel (`hk_<random>`).
 * The name in a key is a hint only: the stored key says whose it is.
 */
export const keySecretFor = (hotelId: string, random: string): string => `hk_${hotelId}.${random}`;
export const hotelNamedBy = (secret: string): string | undefined => /^hk_([A-Za-z0-9_-]{1,64})\.[A-Za-z0-9_-]{20,}$/.exec(secret)?.[1];

/** Who called: the key (its id, for audits) and what it may do. */
export interface Caller {
  readonly hotelId: string;
  readonly keyId: string;
  readonly scopes: Scopes;
}

export const hasScope = (scopes: Scopes, scope: Scope): boolean => scopes === 'all' || scopes.includes(scope);

/** Throws 403 missing_scope unless the key has `scope`; `what` names the action in the message, `details.scope` the scope. */
export function requireScope(scopes: Scopes, scope: Scope, what: string): void {
  if (!hasScope(scopes, scope)) throw new Forbidden('missing_scope', `${what} needs scope ${scope}`, { scope });
}

export interface NewKeyInput {
  readonly name: string;
  readonly scopes: readonly string[];
}

/** A valid name (1–100 characters, trimmed) and a non-empty set of known scopes, in the catalog's order. */
export function validateKeyInput(input: NewKeyInput): { name: string; scopes: Scope[] } {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100 || /[\u0000-\u001f]/.test(name)) throw new InvalidInput('invalid_name', 'name is 1 to 100 characters of text');
  if (!Array.isArray(input.scopes) || input.scopes.length === 0) throw new InvalidInput('invalid_scopes', 'scopes is a non-empty list of scopes');
  const unknown = input.scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown.length) throw new InvalidInput('unknown_scope', `Unknown scope ${unknown[0]}; scopes are ${SCOPES.join(', ')}`, { scopes: SCOPES });
  return { name, scopes: SCOPES.filter((s) => input.scopes.includes(s)) };
}

/** A key gives only what its maker has: a maker without one of the scopes asked → 403 missing_scope. */
export function assertMayGrant(maker: Scopes, scopes: readonly Scope[]): void {
  for (const s of scopes) requireScope(maker, s, 'Giving a key this scope');
}

/** Last use is written at most once a minute per key: whether the use at `now` should write it. */
export const LAST_USED_EVERY_MS = 60_000;
export const lastUseDue = (lastUsedAt: string | undefined, now: Date): boolean =>
  lastUsedAt === undefined || now.getTime() - Date.parse(lastUsedAt) >= LAST_USED_EVERY_MS;

/** How long a rotated key's previous secret keeps working. */
export const ROTATION_OVERLAP_MS = 60 * 60_000;

/** The id a key made before keys had ids is known by in audits: from its hash, which says nothing of the key. */
export const legacyKeyId = (keyHash: string): string => `legacy-${keyHash.slice(0, 12)}`;

/** What a key shows of itself: never a secret. */
export const keyView = (k: ApiKey) => ({
  keyId: k.keyId,
  name: k.name,
  scopes: k.scopes === 'all' ? [...SCOPES] : [...k.scopes],
  fullAccess: k.scopes === 'all',
  createdAt: k.createdAt,
  ...(k.lastUsedAt ? { lastUsedAt: k.lastUsedAt } : {}),
  ...(k.rotatedAt ? { rotatedAt: k.rotatedAt } : {}),
  ...(k.previousExpiresAt ? { previousExpiresAt: k.previousExpiresAt } : {}),
});
export type KeyView = ReturnType<typeof keyView>;
