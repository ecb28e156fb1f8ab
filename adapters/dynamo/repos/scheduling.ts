import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DigestLine, DueRef, DueWork, Page, PaymentDigestDay, PaymentDigestLine, SchedulingStore } from '../../../app/ports';
import { decodeCursor, encodeCursor } from '../cursor';
import * as digestLine from '../entities/digest-line';
import * as dueWork from '../entities/due-work';
import * as paymentDigest from '../entities/payment-digest';
import { DUE_INDEX } from '../schema';
import type { Table } from '../table';

export type SchedulingPort = SchedulingStore;

/** Timed work (the sparse, sharded due index) and the lapses waiting for their hotel's digest. */
export class SchedulingRepo implements SchedulingPort {
  get dueShards(): number {
    return dueWork.DUE_SHARDS;
  }

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

  async addPaymentDigestLine(line: PaymentDigestLine, dueAt: string): Promise<boolean> {
    // The line first, then the day: a day in the index always has its lines. Both writes are the
    // same again when repeated (a redelivered event), so the line is listed once.
    await this.table.db.send(new PutCommand({ TableName: this.table.name, Item: paymentDigest.lineItem(line, this.table.nowEpoch()) }));
    // False when the day's digest went out already: the caller then sends the payment's own e-mail.
    return (await this.table.updateIf(paymentDigest.openDay(line.hotelId, line.date, dueAt, this.table.nowEpoch()))) !== undefined;
  }

  async paymentDigest(hotelId: string, date: string): Promise<PaymentDigestDay | undefined> {
    return paymentDigest.fromItems(await this.table.partition(paymentDigest.partition(hotelId, date), { consistent: true }));
  }

  async markPaymentDigestSent(hotelId: string, date: string, at: string): Promise<void> {
    await this.table.update(paymentDigest.markSent(hotelId, date, at, this.table.nowEpoch()));
  }
}
