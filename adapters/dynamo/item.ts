import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DeleteCommandInput, PutCommandInput, TransactWriteCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { TABLE } from './schema';

/** What every entity module shares: the shape of an item, its keys, its TTL and its conditions. */

export type Item = Record<string, unknown>;

export interface PrimaryKey {
  readonly PK: string;
  readonly SK: string;
}

export interface IndexKeys {
  readonly GSI1PK?: string;
  readonly GSI1SK?: string;
  readonly GSI2PK?: string;
  readonly GSI2SK?: string;
}

const KEY_ATTRS = new Set<string>([
  TABLE.partitionKey, TABLE.sortKey, ...TABLE.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]), 'entity', TABLE.timeToLiveAttribute,
]);

/** The stored item: the value, its keys, the `entity` it is and, when it expires by itself, its TTL (epoch seconds). */
export const itemOf = (entity: string, keys: PrimaryKey & IndexKeys, value: object, ttlEpoch?: number): Item => ({
  ...value, ...keys, entity, ...(ttlEpoch ? { [TABLE.timeToLiveAttribute]: ttlEpoch } : {}),
});

/** The value of an item: everything but its keys, `entity` and TTL. */
export function valueOf<T>(item: Item): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRS.has(k))) as T;
}

export const DAY_S = 86_400;
/** The TTL of an item that lives `days` from now. */
export const ttlAfterDays = (nowEpoch: number, days: number): number => nowEpoch + days * DAY_S;
/** An ISO instant as epoch seconds, rounded up: the item lives until at least that instant. */
export const epochAtOrAfter = (iso: string): number => Math.ceil(Date.parse(iso) / 1000);
export const ttlOf = (item: Item): number | undefined => {
  const ttl = item[TABLE.timeToLiveAttribute];
  return typeof ttl === 'number' ? ttl : undefined;
};

/** A new item must not exist. */
export const IF_NEW = { ConditionExpression: 'attribute_not_exists(PK)' } as const;

/** Optimistic locking: a new item must not exist; an update must find the version it read. */
export function versionCondition(expected: number | null): { ConditionExpression: string; ExpressionAttributeValues?: Item } {
  return expected === null
    ? { ...IF_NEW }
    : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expected } };
}

/** A lost condition, or a concurrent transaction on the same items (TransactionConflict): a lost race either way. */
export const isConditionFailure = (e: unknown): boolean =>
  e instanceof ConditionalCheckFailedException ||
  (e instanceof TransactionCanceledException && (e.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) ||
  (e instanceof Error && e.name === 'TransactionCanceledException' && /ConditionalCheckFailed|TransactionConflict/.test(e.message));

/** Single-item requests, the table name added by whoever sends them. */
export type PutSpec = Omit<PutCommandInput, 'TableName'>;
export type UpdateSpec = Omit<UpdateCommandInput, 'TableName'>;
export type DeleteSpec = Omit<DeleteCommandInput, 'TableName'>;

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type WithoutTable<T> = Omit<NonNullable<T>, 'TableName'>;

/** One write of a change set, the table name added by the unit of work. */
export type TxWrite =
  | { readonly Put: WithoutTable<TransactItem['Put']> }
  | { readonly Update: WithoutTable<TransactItem['Update']> }
  | { readonly Delete: WithoutTable<TransactItem['Delete']> }
  | { readonly ConditionCheck: WithoutTable<TransactItem['ConditionCheck']> };

export function inTable(tableName: string, w: TxWrite): TransactItem {
  if ('Put' in w) return { Put: { TableName: tableName, ...w.Put } };
  if ('Update' in w) return { Update: { TableName: tableName, ...w.Update } };
  if ('Delete' in w) return { Delete: { TableName: tableName, ...w.Delete } };
  return { ConditionCheck: { TableName: tableName, ...w.ConditionCheck } };
}

/** What the writes of one change set share: one instant, so every TTL of a change set is computed alike. */
export interface WriteContext {
  readonly nowEpoch: number;
}
