import type { AttemptStore, IdempotencyRecord, LinkRecord, Page, PaymentStore, PspAttempt, StoredNotification, TransactionFilter } from '../../../app/ports';
import { Conflict } from '../../../domain/errors';
import type { OpenAttempt } from '../../../domain/payment-request';
import type { Transaction } from '../../../domain/transaction';
import type { Envelope } from '../../../events/envelope';
import { decodeCursor, encodeCursor } from '../cursor';
import { attempt, idempotency, link, notification, transaction } from '../entities';
import { LISTINGS_INDEX, TABLE } from '../schema';
import type { Table } from '../table';
import type { UnitOfWork } from '../unit-of-work';

export type PaymentsPort = PaymentStore & AttemptStore;

/** Payment links, PSP attempts and notifications, transactions and their history, refunds' idempotency keys. */
export class PaymentsRepo implements PaymentsPort {
  constructor(private readonly table: Table, private readonly work: UnitOfWork) {}

  async getLink(tokenHash: string): Promise<LinkRecord | undefined> {
    // Read consistently: a reload right after the first view must see the form it remembered.
    const item = await this.table.get(link.key(tokenHash), true);
    return item ? link.fromItem(item) : undefined;
  }

  async rememberAttempt(tokenHash: string, a: OpenAttempt): Promise<void> {
    await this.table.updateIf(link.rememberAttempt(tokenHash, a)); // a newer form is remembered already, or the link is gone
  }

  async forgetAttempt(tokenHash: string, attemptRef: string): Promise<void> {
    await this.table.updateIf(link.forgetAttempt(tokenHash, attemptRef)); // another form is remembered now: not ours to forget
  }

  /**
   * An atomic counter proposes the next number; the conditional put of the attempt under that
   * number is what guarantees uniqueness, so a lost race (or a counter reset) just tries again.
   */
  async allocateAttempt(a: Omit<PspAttempt, 'transId'>, format: (n: number) => string): Promise<PspAttempt> {
    for (let tries = 0; tries < 10; tries++) {
      const out = await this.table.update(attempt.nextNumber(a.siteId, a.day, this.table.nowEpoch()));
      const allocated: PspAttempt = { ...a, transId: format(attempt.numberOf(out.Attributes)) };
      if (await this.table.putIf(attempt.putNew(allocated, this.table.nowEpoch()))) return allocated;
    }
    throw new Conflict('trans_id_contention', 'Could not allocate a PSP transaction id; retry');
  }

  async getAttempt(siteId: string, day: string, transId: string): Promise<PspAttempt | undefined> {
    const item = await this.table.get(attempt.key(siteId, day, transId));
    return item ? attempt.fromItem(item) : undefined;
  }

  async getNotification(hotelId: string, notificationId: string): Promise<StoredNotification | undefined> {
    const item = await this.table.get(notification.key(hotelId, notificationId));
    return item ? notification.fromItem(item) : undefined;
  }

  async recordNotification(n: StoredNotification, events: readonly Envelope[]): Promise<boolean> {
    try {
      await this.work.commit({ notification: { value: n, expectedVersion: null }, events });
      return true;
    } catch (e) {
      if (e instanceof Conflict) return false;
      throw e;
    }
  }

  async findTransactionReservation(hotelId: string, transactionId: string): Promise<string | undefined> {
    return transaction.reservationIdOfRef(await this.table.get(transaction.refKey(hotelId, transactionId), true));
  }

  async getIdempotency(hotelId: string, scope: string, keyHash: string): Promise<IdempotencyRecord | undefined> {
    return idempotency.fromItem(await this.table.get(idempotency.key(hotelId, scope, keyHash), true), this.table.nowEpoch());
  }

  async transactionsOfMonth(hotelId: string, month: string, range: { from: string; to: string }, filter: TransactionFilter, limit: number, cursor?: string): Promise<Page<Transaction>> {
    const pk = transaction.monthListing(hotelId, month);
    const to = `${range.to}\uffff`;
    const { indexName, partitionKey: PK, sortKey: SK } = LISTINGS_INDEX;
    const filters = [filter.status ? '#status = :status' : '', filter.type ? '#type = :type' : ''].filter(Boolean);
    const page = await this.table.query({
      IndexName: indexName,
      KeyConditionExpression: `${PK} = :pk AND ${SK} BETWEEN :from AND :to`,
      ...(filters.length ? {
        FilterExpression: filters.join(' AND '),
        ExpressionAttributeNames: { ...(filter.status ? { '#status': 'status' } : {}), ...(filter.type ? { '#type': 'type' } : {}) },
      } : {}),
      ExpressionAttributeValues: { ':pk': pk, ':from': range.from, ':to': to, ...(filter.status ? { ':status': filter.status } : {}), ...(filter.type ? { ':type': filter.type } : {}) },
      // With a filter DynamoDB's Limit counts the items read, not the ones kept: read a wider page
      // (one query instead of many for a selective filter) and cut it at `limit` below.
      Limit: filters.length ? Math.min(1000, Math.max(limit * 4, 100)) : limit,
      ExclusiveStartKey: decodeCursor(cursor, indexName, pk, { from: range.from, to }),
    });
    if (page.items.length > limit) {
      // The next page starts after the last item returned, not after the last one read.
      const last = page.items[limit - 1]!;
      const lastKey = Object.fromEntries([TABLE.partitionKey, TABLE.sortKey, PK, SK].map((k) => [k, last[k]]));
      return { items: page.items.slice(0, limit).map(transaction.fromItem), cursor: encodeCursor(lastKey) };
    }
    return { items: page.items.map(transaction.fromItem), ...(page.lastKey ? { cursor: encodeCursor(page.lastKey) } : {}) };
  }
}
