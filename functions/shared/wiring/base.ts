import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Deps, Needs, Wired } from '../../../app/deps';
import type { StoreRole, StoreWith } from '../../../app/ports';
import { dynamoClient } from '../../../adapters/aws/client-dynamodb';
import { storeWith, type StorePart } from '../../../adapters/dynamo/store';
import { Table } from '../../../adapters/dynamo/table';
import { currentFunction, currentScope, requireSetting } from '../settings';

/**
 * How a function is wired: every function gets ids and a clock; each handler names the other
 * ports its use cases need (`wired({ sealer, pspCheckout }, …)`) by importing their factories, so its
 * bundle carries only the AWS SDK clients of those ports, which are those its IAM role lets it
 * call; and after them the parts of the table's store they name (`…, reservations, commit)`,
 * functions/shared/wiring/store.ts), so it carries only those repositories. Built once per
 * container (locally, once per function: each sees only its own settings).
 */
type Optional = Exclude<keyof Deps, 'store' | 'ids' | 'clock'>;
export type Factories = { readonly [K in Optional]?: () => NonNullable<Deps[K]> };
export type WiredWith<F extends Factories, R extends StoreRole = never> = Needs<'ids' | 'clock' | `store:${R}`> & { readonly [K in keyof F & Optional]-?: NonNullable<Deps[K]> };

let override: Wired | undefined;
const tables = new Map<string, Table>();
const stores = new Map<string, unknown>();
const caches = new Set<Map<string, unknown>>();

/** Tests and the benchmark swap in their own wiring (a fake clock, counted containers); undefined goes back to the settings. */
export function setContainer(d: Wired | undefined): void {
  override = d;
  for (const c of caches) c.clear();
  // A store is bound to the table named when it was built: the next wiring reads TABLE_NAME again.
  tables.clear();
  stores.clear();
}

/** The function's table: its client, its name, the clock of its TTLs (one per function and container). */
function table(): Table {
  const key = currentFunction() ?? '';
  let t = tables.get(key);
  if (!t) tables.set(key, (t = new Table(dynamoClient(), requireSetting('TABLE_NAME'))));
  return t;
}

/** The table's store with these parts (a test's whole store when it swapped the wiring). */
export function tableStore<R extends StoreRole>(...parts: StorePart<R>[]): StoreWith<R> {
  if (override) return override.store as StoreWith<R>;
  const key = `${currentFunction() ?? ''}:${parts.map((p) => p.role).sort().join(',')}`;
  let store = stores.get(key) as StoreWith<R> | undefined;
  if (!store) stores.set(key, (store = storeWith(table(), parts)));
  return store;
}

/** The clock of the function (a test's own clock when it swapped the wiring). */
export const currentClock = (): Deps['clock'] => override?.clock ?? clock;

export const ids: Deps['ids'] = { newId: monotonicFactory(), newSecret: () => randomBytes(32).toString('base64url') };
/** The time now; locally, the instant a job is run as of (`POST /local/jobs/<job>?at=…`). */
export const clock: Deps['clock'] = { now: () => currentScope()?.now?.() ?? new Date() };

export function wired<F extends Factories, R extends StoreRole = never>(factories: F, ...parts: StorePart<R>[]): () => WiredWith<F, R> {
  const cache = new Map<string, WiredWith<F, R>>();
  caches.add(cache as Map<string, unknown>);
  return () => {
    if (override) return override as unknown as WiredWith<F, R>;
    const key = currentFunction() ?? '';
    let deps = cache.get(key);
    if (!deps) {
      const built: Record<string, unknown> = { ...(parts.length ? { store: tableStore(...parts) } : {}), ids, clock };
      for (const [port, make] of Object.entries(factories)) built[port] = (make as () => unknown)();
      cache.set(key, (deps = built as WiredWith<F, R>));
    }
    return deps;
  };
}
