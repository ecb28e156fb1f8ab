import { DescribeTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record } from '@aws-sdk/client-dynamodb-streams';
import { TABLE } from '../adapters/dynamo/schema';

/**
 * Which items of the table changed, read from the table's stream instead of scanning the table
 * again: the table is scanned once, then every stream record (an item's new image, or its removal)
 * is applied, in order, to that copy. `changes()` names the items whose stored value differs from
 * what they were at the previous call: added, removed or changed, whatever the writes in between
 * (one written back as it was is not a change). A write the stream did not report would go
 * unseen, so `verify()` scans the table again at the end and names every item where the copy and
 * the table differ.
 *
 * An item is named `<entity> <partition key> <sort key>`. The checker may scan: it is not a
 * request path.
 */
export class TableChanges {
  /** Each item as last seen, by its primary key. */
  private readonly items = new Map<string, Stored>();
  /** Where the reading stands on each shard: the iterator to read next, and the last record read. */
  private readonly shards = new Map<string, { iterator?: string; last?: string }>();

  private constructor(private readonly ddb: DynamoDBClient, private readonly streams: DynamoDBStreamsClient, private readonly tableName: string, private readonly streamArn: string) {}

  /** Starts reading the stream where it ends now, then scans the table once. */
  static async start(opts: { endpoint: string; tableName: string }): Promise<TableChanges> {
    const ddb = new DynamoDBClient({ endpoint: opts.endpoint });
    const table = (await ddb.send(new DescribeTableCommand({ TableName: opts.tableName }))).Table;
    const view = table?.StreamSpecification?.StreamViewType;
    // The copy is kept from new images: a stream without them cannot keep it.
    if (!table?.LatestStreamArn || (view !== 'NEW_IMAGE' && view !== 'NEW_AND_OLD_IMAGES')) {
      throw new Error(`table ${opts.tableName}: its stream (${view ?? 'none'}) does not carry new images; the change check needs them`);
    }
    const changes = new TableChanges(ddb, new DynamoDBStreamsClient({ endpoint: opts.endpoint }), opts.tableName, table.LatestStreamArn);
    await changes.resync();
    return changes;
  }

  /** The items changed since the previous call (or the start). */
  async changes(): Promise<string[]> {
    const records = await this.read();
    if (!records) return this.resync();
    const before = new Map<string, Stored | undefined>();
    for (const r of records) {
      const key = keyOf(r.dynamodb?.Keys ?? {});
      if (!before.has(key)) before.set(key, this.items.get(key));
      this.apply(key, r);
    }
    return [...before].filter(([key, was]) => was?.value !== this.items.get(key)?.value).map(([key, was]) => (this.items.get(key) ?? was)!.name);
  }

  /**
   * The items where the table differs from the copy kept from the stream: none, unless the stream
   * missed a write. An item written while the table is scanned is left out (the stream reports it).
   */
  async verify(): Promise<string[]> {
    await this.changes();
    const scanned = await this.scan();
    const during = new Set<string>();
    const since = await this.read();
    if (!since) throw new Error(`table ${this.tableName}: the stream's place was lost while the table was scanned`);
    // Applied after the scan: the copy stays the stream's.
    for (const r of since) {
      const key = keyOf(r.dynamodb?.Keys ?? {});
      during.add(key);
      this.apply(key, r);
    }
    const keys = new Set([...scanned.keys(), ...this.items.keys()]);
    return [...keys].filter((k) => !during.has(k) && scanned.get(k)?.value !== this.items.get(k)?.value).map((k) => (scanned.get(k) ?? this.items.get(k))!.name);
  }

  /** Lets go of the clients' connections. */
  close(): void {
    this.ddb.destroy();
    this.streams.destroy();
  }

  /**
   * Reads every shard to its end. Undefined when a shard's place is lost (an iterator expired
   * before any record was read from it): only a new scan can tell what changed then.
   */
  private async read(): Promise<_Record[] | undefined> {
    const described = (await this.streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn }))).StreamDescription;
    // A shard born since the start (a split) is read from its beginning; parents come first.
    for (const s of described?.Shards ?? []) if (!this.shards.has(s.ShardId!)) this.shards.set(s.ShardId!, { iterator: await this.iterator(s.ShardId!, 'TRIM_HORIZON') });
    const out: _Record[] = [];
    for (const [shardId, at] of this.shards) {
      while (at.iterator) {
        let page;
        try {
          page = await this.streams.send(new GetRecordsCommand({ ShardIterator: at.iterator, Limit: 1000 }));
        } catch (e) {
          if (!at.last) return undefined;
          at.iterator = await this.iterator(shardId, 'AFTER_SEQUENCE_NUMBER', at.last);
          page = await this.streams.send(new GetRecordsCommand({ ShardIterator: at.iterator, Limit: 1000 }));
        }
        const records = page.Records ?? [];
        out.push(...records);
        if (records.length) at.last = records.at(-1)!.dynamodb!.SequenceNumber!;
        // No next iterator: the shard is closed and read to its end.
        at.iterator = page.NextShardIterator;
        if (!records.length) break;
      }
    }
    return out;
  }

  /** Reads on from the stream's end, and takes the table as it is now; returns what differs from the copy. */
  private async resync(): Promise<string[]> {
    const described = (await this.streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn }))).StreamDescription;
    this.shards.clear();
    for (const s of described?.Shards ?? []) this.shards.set(s.ShardId!, { iterator: await this.iterator(s.ShardId!, 'LATEST') });
    const scanned = await this.scan();
    const keys = new Set([...scanned.keys(), ...this.items.keys()]);
    const differ = [...keys].filter((k) => scanned.get(k)?.value !== this.items.get(k)?.value).map((k) => (scanned.get(k) ?? this.items.get(k))!.name);
    this.items.clear();
    for (const [k, v] of scanned) this.items.set(k, v);
    // Records written while the scan ran: applied again, in order, they end on the same values.
    for (const r of await this.read() ?? []) this.apply(keyOf(r.dynamodb?.Keys ?? {}), r);
    return differ;
  }

  private async iterator(shardId: string, type: 'LATEST' | 'TRIM_HORIZON' | 'AFTER_SEQUENCE_NUMBER', after?: string): Promise<string | undefined> {
    return (await this.streams.send(new GetShardIteratorCommand({ StreamArn: this.streamArn, ShardId: shardId, ShardIteratorType: type, ...(after ? { SequenceNumber: after } : {}) }))).ShardIterator;
  }

  private apply(key: string, r: _Record): void {
    const image = r.dynamodb?.NewImage;
    if (r.eventName === 'REMOVE' || !image) this.items.delete(key);
    else this.items.set(key, stored(image));
  }

  private async scan(): Promise<Map<string, Stored>> {
    const items = new Map<string, Stored>();
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await this.ddb.send(new ScanCommand({ TableName: this.tableName, ConsistentRead: true, ExclusiveStartKey: ExclusiveStartKey as never }));
      for (const i of out.Items ?? []) items.set(keyOf(i), stored(i));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return items;
  }
}

interface Stored {
  readonly name: string;
  /** The item's attributes, as stored (DynamoDB's typed values), in a stable order. */
  readonly value: string;
}

type Raw = Record<string, unknown>;

/** JSON with object keys sorted, so two reads of one item give one string. */
export const stable = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Raw).sort(([a], [b]) => a.localeCompare(b))) : x));

/** A typed value as text: a string or a number as it is, anything else as JSON. */
const text = (v: unknown): string => {
  const typed = v as { S?: string; N?: string } | undefined;
  return typed?.S ?? typed?.N ?? stable(v);
};

const keyOf = (item: Raw): string => stable([item[TABLE.partitionKey], item[TABLE.sortKey]]);
const stored = (item: Raw): Stored => ({
  name: `${text(item.entity)} ${text(item[TABLE.partitionKey])} ${text(item[TABLE.sortKey])}`,
  value: stable(item),
});
