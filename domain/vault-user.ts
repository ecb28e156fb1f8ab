import { Forbidden, InvalidInput, Locked } from './errors';

/**
 * People at the hotel who may use the card vault, each with a personal PIN (stored as a
 * memory-hard hash, see adapters/crypto/pin-hasher.ts).
 *
 * Reveal flow (app/vault.ts; order matters):
 *   1. unknown userId → the same 403 as a wrong PIN (`wrongPin()`), after the same hashing
 *      work (`verifyNothing`) so the response time does not tell either;
 *   2. locked → 423 before looking at the PIN: a locked user stays locked even with the right PIN;
 *   3. the attempt is counted atomically *before* the PIN is checked (the store refuses more than
 *      MAX_PIN_FAILURES consecutive ones); a wrong PIN leaves it counted and the last one locks;
 *   4. a right PIN clears the count, then `assertMay` (403 `missing_role` without the action's role).
 * Erasing a card (`cards:manage`) goes through the same steps.
 *
 * Roles: `cards:reveal` sees full cards (the CVV once); `cards:manage` erases a card's secrets
 * before the purge. Users themselves are managed with the hotel's API key (the PMS decides who may).
 */

export const ROLES = ['cards:reveal', 'cards:manage'] as const;
export type Role = (typeof ROLES)[number];

/** Consecutive wrong PINs that lock a user. */
export const MAX_PIN_FAILURES = 5;
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;

export interface VaultUser {
  readonly hotelId: string;
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly pinHash: string;
  /** Consecutive wrong PINs since the last good one (or unlock). */
  readonly failedAttempts: number;
  /** Set when `failedAttempts` reached MAX_PIN_FAILURES; cleared only by `unlock`. */
  readonly lockedAt?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** What `POST /v1/users` carries. Loosely typed: it comes from JSON. */
export interface VaultUserInput {
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly pin: string;
}

export interface ValidUserInput {
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly pin: string;
}

const USER_ID_RE = /^[A-Za-z0-9_.@-]{1,64}$/;
const MAX_NAME = 100;

export function validateUserId(value: unknown): string {
  if (typeof value !== 'string' || !USER_ID_RE.test(value)) {
    throw new InvalidInput('invalid_user_id', 'userId is 1 to 64 characters among A-Z a-z 0-9 _ . @ -');
  }
  return value;
}

/** A closed list: unknown roles are refused, duplicates dropped, order made canonical. At least one role. */
export function validateRoles(value: unknown): readonly Role[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new InvalidInput('invalid_roles', `roles is a non-empty list among ${ROLES.join(', ')}`);
  }
  for (const r of value) {
    if (typeof r !== 'string' || !(ROLES as readonly string[]).includes(r)) {
      throw new InvalidInput('unknown_role', `Unknown role; roles are ${ROLES.join(', ')}`, { role: typeof r === 'string' ? r.slice(0, 40) : typeof r });
    }
  }
  return ROLES.filter((r) => value.includes(r));
}

/** All digits the same (000000), or a run up or down by one (123456, 98765432). */
function isTrivialPin(pin: string): boolean {
  const d = [...pin].map(Number);
  const steps = new Set(d.slice(1).map((n, i) => n - d[i]!));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

/**
 * A PIN is 6 to 12 digits (Octorate uses 8). Trivial PINs — one repeated digit or a straight
 * run like 123456 / 87654321 — are refused (`weak_pin`): they are the first an attacker tries
 * and the lock only allows 5 guesses. Messages never contain the PIN.
 */
export function validatePin(value: unknown): string {
  if (typeof value !== 'string' || !new RegExp(`^\\d{${PIN_MIN_LENGTH},${PIN_MAX_LENGTH}}$`).test(value)) {
    throw new InvalidInput('invalid_pin', `The PIN is ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits`);
  }
  if (isTrivialPin(value)) throw new InvalidInput('weak_pin', 'The PIN is too easy to guess (repeated digit or straight sequence)');
  return value;
}

export function validateUserInput(input: VaultUserInput): ValidUserInput {
  const userId = validateUserId(input.userId);
  const name = typeof input.name === 'string' ? input.name.trim().replace(/\s+/g, ' ') : '';
  // eslint-disable-next-line no-control-regex
  if ([...name].length < 1 || [...name].length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new InvalidInput('invalid_name', `name is 1 to ${MAX_NAME} characters`);
  }
  const roles = validateRoles(input.roles);
  const pin = validatePin(input.pin);
  return { userId, name, roles, pin };
}

/**
 * A new vault user. Validate first (`validateUserInput`), hash the PIN, then call this; the
 * input is validated again here (cheap) and the PIN itself is not kept.
 */
export function createUser(input: VaultUserInput & { readonly hotelId: string }, ctx: { now: Date; pinHash: string }): VaultUser {
  const { userId, name, roles } = validateUserInput(input);
  const at = ctx.now.toISOString();
  return { hotelId: input.hotelId, userId, name, roles, pinHash: ctx.pinHash, failedAttempts: 0, createdAt: at, updatedAt: at, version: 1 };
}

export const isLocked = (user: VaultUser): boolean => user.lockedAt !== undefined;

/** Lifts a lock (a call with the hotel's key) and clears the counter. Null when neither is set. */
export function unlock(user: VaultUser, now: Date): VaultUser | null {
  if (!isLocked(user) && user.failedAttempts === 0) return null;
  const { lockedAt: _lockedAt, ...rest } = user;
  return { ...rest, failedAttempts: 0, updatedAt: now.toISOString(), version: user.version + 1 };
}

export const hasRole = (user: VaultUser, role: Role): boolean => user.roles.includes(role);

export const lockedError = (): Locked => new Locked('user_locked', 'Too many wrong PINs: this user is locked until unlocked by a manager');

/** 423 `user_locked` while the user is locked, whatever PIN is given. */
export function assertNotLocked(user: VaultUser): void {
  if (isLocked(user)) throw lockedError();
}

/** 403 `missing_role` when the user lacks `role`. */
export function assertHasRole(user: VaultUser, role: Role): void {
  if (!hasRole(user, role)) throw new Forbidden('missing_role', `This user does not have the ${role} role`, { role });
}

/** May this user act on cards with `role`? Locked → 423 `user_locked`; without the role → 403 `missing_role`. */
export function assertMay(user: VaultUser, role: Role): void {
  assertNotLocked(user);
  assertHasRole(user, role);
}

/** The one refusal for a wrong PIN *and* an unknown user, so neither can be told apart. */
export const wrongPin = (): Forbidden => new Forbidden('wrong_pin', 'Unknown user or wrong PIN');
