import { AsyncLocalStorage } from 'node:async_hooks';
import type { FunctionDescription } from '../functions/catalog';
import { readScopeFrom, type FunctionScope } from '../functions/shared/settings';

/**
 * The local runtime serves every function in one process: each invocation runs in its function's
 * scope, so its settings, wiring, KMS purposes and log lines are that function's
 * (functions/shared/settings.ts).
 */
const scopes = new AsyncLocalStorage<FunctionScope>();
readScopeFrom(() => scopes.getStore());

export const inFunctionScope = <T>(fn: FunctionDescription, allowed: Iterable<string>, run: () => T): T =>
  scopes.run({ fn: fn.name, allowed: new Set(allowed), ...(fn.access.kms ? { kms: fn.access.kms } : {}) }, run);
