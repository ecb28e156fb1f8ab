import * as z from 'zod/mini';
import { ROLES } from '../domain/vault-user';
import { defineEvent } from './envelope';

/**
 * Someone with the hotel's API key changed who may use the card vault: a user was created, or a
 * user's wrong PINs were cleared (an unlock). The hotel is e-mailed each time, as a control on
 * whoever holds the key. The user as it was written; never the PIN nor its hash (the schema has no
 * place for them, and parsing drops unknown fields).
 */
export const vaultUserChanged = /* @__PURE__ */ defineEvent('vault.user-changed', 1, () => z.object({
  userId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)).check(z.minLength(1)),
  change: z.enum(['created', 'unlocked']),
  /** `unlocked`: when wrong PINs had locked the user; absent when it was not locked yet. */
  lockedAt: z.optional(z.string()),
  /** `unlocked`: the consecutive wrong PINs the unlock cleared. */
  failedAttempts: z.optional(z.int().check(z.nonnegative())),
  /** Added later, optional: the hotel key that made the change (docs/api-keys.md). */
  keyId: z.optional(z.string()),
}));
