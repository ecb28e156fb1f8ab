import { InvalidInput } from '../../domain/errors';
import type { Item } from './item';
import { TABLE, type IndexName } from './schema';

/** Page cursors of index queries: the last key read, opaque to the caller. */

export const encodeCursor = (key: Item): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * A cursor is only good for the listing and range it came from (a stale one, say from another
 * day, would make DynamoDB refuse the query): anything else is the caller's mistake.
 */
export function decodeCursor(cursor: string | undefined, index: IndexName, partition: string, range: { from?: string; to?: string }): Item | undefined {
  if (!cursor) return undefined;
  const { partitionKey, sortKey } = TABLE.globalSecondaryIndexes.find((i) => i.indexName === index)!;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const names = [TABLE.partitionKey, TABLE.sortKey, partitionKey, sortKey];
    const sort = key[sortKey];
    const wellFormed = Object.keys(key).length === names.length && names.every((n) => typeof key[n] === 'string' && key[n] !== '');
    if (wellFormed && key[partitionKey] === partition && typeof sort === 'string'
      && (!range.from || sort >= range.from) && (!range.to || sort <= range.to)) return key as Item;
  } catch {
    // fall through
  }
  throw new InvalidInput('invalid_cursor', 'This cursor does not belong to this listing (or this day): start again without it');
}
