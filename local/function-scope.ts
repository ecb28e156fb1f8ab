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

/** How far ahead (ms) of the real time the functions invoked in `atInstant` live. */
const shifts = new AsyncLocalStorage<number>();

/**
 * Runs `run` as of the instant `at`: the functions it invokes read their clock at `at` plus the
 * time since (to send tomorrow morning's digest now, or sweep options as of next week). Their
 * writes and TTLs are real; only the clock the use cases read moves.
 */
export const atInstant = <T>(at: Date, run: () => T): T => shifts.run(at.getTime() - Date.now(), run);

export const inFunctionScope = <T>(fn: FunctionDescription, allowed: Iterable<string>, run: () => T): T => {
  const shift = shifts.getStore();
  return scopes.run({
    fn: fn.name, allowed: new Set(allowed), ...(fn.access.kms ? { kms: fn.access.kms } : {}),
    ...(shift !== undefined ? { now: () => new Date(Date.now() + shift) } : {}),
  }, run);
};
