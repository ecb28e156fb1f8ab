import {
  type DynamoDBDocumentClient, type QueryCommandInput, type UpdateCommandOutput, BatchGetCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type DeleteSpec, type Item, type PrimaryKey, type PutSpec, type UpdateSpec, isConditionFailure } from './item';

/** The table as the repositories use it: one client, one table name, one clock for TTLs. */
export class Table {
  constructor(
    readonly db: DynamoDBDocumentClient,
    readonly name: string,
    /** The clock of TTLs, in epoch seconds (a test's own clock where it has one). */
    readonly nowEpoch: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  async get(key: PrimaryKey, consistent = false): Promise<Item | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.name, Key: { PK: key.PK, SK: key.SK }, ...(consistent ? { ConsistentRead: true } : {}) }));
    return out.Item;
  }

  /**
   * Several items by key in one request (BatchGetItem, at most 100 keys), in the order asked,
   * undefined for a key with no item. Keys DynamoDB leaves unprocessed (throttling) are asked again.
   */
  async getMany(keys: readonly PrimaryKey[], consistent = false): Promise<(Item | undefined)[]> {
    const found = new Map<string, Item>();
    const id = (k: { PK?: unknown; SK?: unknown }) => `${String(k.PK)}\u0000${String(k.SK)}`;
    let pending: Record<string, unknown>[] = [...new Map(keys.map((k) => [id(k), { PK: k.PK, SK: k.SK }])).values()];
    for (let round = 0; pending.length; round++) {
      if (round > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** round)));
      const out = await this.db.send(new BatchGetCommand({ RequestItems: { [this.name]: { Keys: pending, ...(consistent ? { ConsistentRead: true } : {}) } } }));
      for (const item of out.Responses?.[this.name] ?? []) found.set(id(item), item);
      pending = (out.UnprocessedKeys?.[this.name]?.Keys ?? []) as Record<string, unknown>[];
    }
    return keys.map((k) => found.get(id(k)));
  }

  /** Every item of one partition, in sort-key order (all pages). */
  async partition(pk: string, opts: { consistent?: boolean } = {}): Promise<Item[]> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await this.db.send(new QueryCommand({
        TableName: this.name, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk },
        ...(opts.consistent ? { ConsistentRead: true } : {}), ExclusiveStartKey,
      }));
      items.push(...(out.Items ?? []));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }

  /** One page of a query. */
  async query(input: Omit<QueryCommandInput, 'TableName'>): Promise<{ items: Item[]; lastKey?: Item }> {
    const out = await this.db.send(new QueryCommand({ TableName: this.name, ...input }));
    return { items: out.Items ?? [], ...(out.LastEvaluatedKey ? { lastKey: out.LastEvaluatedKey } : {}) };
  }

  async update(spec: UpdateSpec): Promise<UpdateCommandOutput> {
    return this.db.send(new UpdateCommand({ TableName: this.name, ...spec }));
  }

  /** A conditional update; undefined when its condition did not hold (nothing written). */
  async updateIf(spec: UpdateSpec): Promise<UpdateCommandOutput | undefined> {
    return this.unlessConditionFails(() => this.update(spec));
  }

  /** A conditional put; false when its condition did not hold (nothing written). */
  async putIf(spec: PutSpec): Promise<boolean> {
    return (await this.unlessConditionFails(() => this.db.send(new PutCommand({ TableName: this.name, ...spec })))) !== undefined;
  }

  /** A conditional delete returning the deleted item; undefined when its condition did not hold. */
  async deleteIf(spec: DeleteSpec): Promise<Item | undefined> {
    const out = await this.unlessConditionFails(() => this.db.send(new DeleteCommand({ TableName: this.name, ReturnValues: 'ALL_OLD', ...spec })));
    return out?.Attributes;
  }

  private async unlessConditionFails<T>(write: () => Promise<T>): Promise<T | undefined> {
    try {
      return await write();
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }
}
