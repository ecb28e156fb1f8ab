import type { DigestLine, DueRef, DueWork, Page, SchedulingStore } from '../../../app/ports';
import { decodeCursor, encodeCursor } from '../cursor';
import { digestLine, dueWork } from '../entities';
import { DUE_INDEX } from '../schema';
import type { Table } from '../table';

export type SchedulingPort = SchedulingStore;

/** Timed work (the sparse, sharded due index) and the lapses waiting for their hotel's digest. */
export class SchedulingRepo implements SchedulingPort {
  readonly dueShards = dueWork.DUE_SHARDS;

  constructor(private readonly table: Table) {}

  async dueWork(work: DueWork, shard: number, until: string, limit: number, cursor?: string): Promise<Page<DueRef>> {
    const pk = dueWork.partition(work, shard);
    const to = `${until}\uffff`;
    const page = await this.table.query({
      IndexName: DUE_INDEX.indexName,
      KeyConditionExpression: `${DUE_INDEX.partitionKey} = :pk AND ${DUE_INDEX.sortKey} <= :until`,
      ExpressionAttributeValues: { ':pk': pk, ':until': to },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, DUE_INDEX.indexName, pk, { to }),
    });
    return { items: page.items.map((i) => dueWork.dueRef(work, i)), ...(page.lastKey ? { cursor: encodeCursor(page.lastKey) } : {}) };
  }

  async pendingDigestLines(): Promise<DigestLine[]> {
    return (await this.table.partition(digestLine.PARTITION, { consistent: true })).map(digestLine.fromItem);
  }
}
