import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Store, StoreRole, StoreRoles, StoreWith } from '../../app/ports';
import { HotelsRepo } from './repos/hotels';
import { IdempotencyRepo } from './repos/idempotency';
import { OutboxRepo } from './repos/outbox';
import { PaymentsRepo } from './repos/payments';
import { ReservationsRepo } from './repos/reservations';
import { SchedulingRepo } from './repos/scheduling';
import { VaultRepo } from './repos/vault';
import { WebhooksRepo } from './repos/webhooks';
import { Table } from './table';
import { UnitOfWork } from './unit-of-work';

/**
 * The single-table store, in parts: one repository per role of the store (`StoreRoles`,
 * app/ports.ts), and one unit of work that commits a change set as one transaction. Keys come
 * from the entity modules; every invariant is a condition in the write.
 *
 * A function is wired with the parts its use cases name (`wired({ … }, reservations, commit)`),
 * so its bundle carries only those repositories; tests and tools take the whole store.
 */
export interface StorePart<R extends StoreRole> {
  readonly role: R;
  /** The role's repository on this table. */
  make(table: Table): StoreRoles[R];
}

// The unit of work carries every entity's writes: only the parts that write take it.
export const commit: StorePart<'commit'> = { role: 'commit', make: (table) => { const work = new UnitOfWork(table); return { commit: (changes) => work.commit(changes) }; } };
export const hotels: StorePart<'hotels'> = { role: 'hotels', make: (table) => new HotelsRepo(table) };
export const requests: StorePart<'requests'> = { role: 'requests', make: (table) => new IdempotencyRepo(table) };
export const reservations: StorePart<'reservations'> = { role: 'reservations', make: (table) => new ReservationsRepo(table) };
export const payments: StorePart<'payments'> = { role: 'payments', make: (table) => new PaymentsRepo(table, new UnitOfWork(table)) };
export const vault: StorePart<'vault'> = { role: 'vault', make: (table) => new VaultRepo(table) };
export const scheduling: StorePart<'scheduling'> = { role: 'scheduling', make: (table) => new SchedulingRepo(table) };
export const outbox: StorePart<'outbox'> = { role: 'outbox', make: (table) => new OutboxRepo(table) };
export const webhooks: StorePart<'webhooks'> = { role: 'webhooks', make: (table) => new WebhooksRepo(table) };

/** Every part: the whole store. */
export const ALL_PARTS = [commit, hotels, requests, reservations, payments, vault, scheduling, outbox, webhooks] as const;

/** What a part's repository offers: its class's methods (bound) and getters, or a plain object's own members. */
function members(impl: object): Array<[string, unknown]> {
  const proto = Object.getPrototypeOf(impl) as object;
  if (proto === Object.prototype) return Object.entries(impl);
  return Object.getOwnPropertyNames(proto).filter((name) => name !== 'constructor').map((name) => {
    const value = (impl as Record<string, unknown>)[name];
    return [name, typeof value === 'function' ? value.bind(impl) : value];
  });
}

/** A store with these parts, on one table: what it offers is exactly their roles' methods. */
export function storeWith<R extends StoreRole>(table: Table, parts: readonly StorePart<R>[]): StoreWith<R> {
  const store: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of members(part.make(table))) {
      // Two roles offering one name would make one of them unreachable: a mistake in the parts.
      if (name in store) throw new Error(`Store parts overlap: ${name} (${part.role})`);
      store[name] = value;
    }
  }
  return store as StoreWith<R>;
}

/** The whole store, every role: for tests, the local tools and the operations scripts. */
export function dynamoStore(db: DynamoDBDocumentClient, tableName: string, nowEpoch?: () => number): Store {
  return storeWith(new Table(db, tableName, nowEpoch), ALL_PARTS);
}
