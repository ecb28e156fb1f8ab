import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Deps, Needs, Wired } from '../../../app/deps';
import { dynamoClient } from '../../../adapters/aws/client-dynamodb';
import { DynamoStore } from '../../../adapters/dynamo/store';
import { currentFunction, requireSetting } from '../settings';

/**
 * How a function is wired: every function gets the table, ids and a clock; each handler names the
 * other ports its use cases need (`wired({ sealer, psp })`) by importing their factories, so its
 * bundle carries only the AWS SDK clients of those ports, which are those its IAM role lets it
 * call. Built once per container (locally, once per function: each sees only its own settings).
 */
type Optional = Exclude<keyof Deps, 'store' | 'ids' | 'clock'>;
export type Factories = { readonly [K in Optional]?: () => NonNullable<Deps[K]> };
export type WiredWith<F extends Factories> = Needs<'store' | 'ids' | 'clock'> & { readonly [K in keyof F & Optional]-?: NonNullable<Deps[K]> };

let override: Wired | undefined;
const caches = new Set<Map<string, unknown>>();

/** Tests and the benchmark swap in their own wiring (a fake clock, counted containers); undefined goes back to the settings. */
export function setContainer(d: Wired | undefined): void {
  override = d;
  for (const c of caches) c.clear();
  // A store is bound to the table named when it was built: the next wiring reads TABLE_NAME again.
  stores.clear();
}

const stores = new Map<string, DynamoStore>();

/** The table (one store per function and container). */
export function tableStore(): DynamoStore {
  if (override) return override.store as DynamoStore;
  const key = currentFunction() ?? '';
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new DynamoStore(dynamoClient(), requireSetting('TABLE_NAME'))));
  return store;
}

/** The clock of the function (a test's own clock when it swapped the wiring). */
export const currentClock = (): Deps['clock'] => override?.clock ?? clock;

export const ids: Deps['ids'] = { newId: monotonicFactory(), newSecret: () => randomBytes(32).toString('base64url') };
export const clock: Deps['clock'] = { now: () => new Date() };

export function wired<F extends Factories>(factories: F): () => WiredWith<F> {
  const cache = new Map<string, WiredWith<F>>();
  caches.add(cache as Map<string, unknown>);
  return () => {
    if (override) return override as unknown as WiredWith<F>;
    const key = currentFunction() ?? '';
    let deps = cache.get(key);
    if (!deps) {
      const built: Record<string, unknown> = { store: tableStore(), ids, clock };
      for (const [port, make] of Object.entries(factories)) built[port] = (make as () => unknown)();
      cache.set(key, (deps = built as WiredWith<F>));
    }
    return deps;
  };
}
