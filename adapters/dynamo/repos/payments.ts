import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AttemptKey, AttemptStore, HotelRecord, IdempotencyRecord, LinkRecord, Page, PaymentStore, PspAttempt, StoredNotification, TransactionFilter } from '../../../app/ports';
import { Conflict } from '../../../domain/errors';
import type { OpenAttempt } from '../../../domain/payment-request';
import type { Transaction } from '../../../domain/transaction';
import type { Envelope } from '../../../events/envelope';
import { decodeCursor, encodeCursor } from '../cursor';
import { inTable, isConditionFailure, type TxWrite } from '../item';
import * as attempt from '../entities/attempt';
import * as hotel from '../entities/hotel';
import * as idempotency from '../entities/idempotency';
import * as link from '../entities/link';
import * as notification from '../entities/notification';
import * as transaction from '../entities/transaction';
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

  async forgetAttempt(tokenHash: string, attemptRef: string): Promise<void> {
    await this.table.updateIf(link.forgetAttempt(tokenHash, attemptRef)); // another form is remembered now: not ours to forget
  }

  /**
   * One transaction: the attempt under its trans id (nobody may hold it) and the link remembering
   * it (unless a newer form is remembered). Which of the two conditions failed says what to do next.
   */
  async openAttempt(tokenHash: string, record: PspAttempt, open: OpenAttempt): Promise<'opened' | 'taken' | 'link_moved'> {
    const remember = link.rememberAttempt(tokenHash, open);
    const writes: TxWrite[] = [{ Put: attempt.putNew(record, this.table.nowEpoch()) }, { Update: { ...remember, UpdateExpression: remember.UpdateExpression! } }];
    try {
      await this.table.db.send(new TransactWriteCommand({ TransactItems: writes.map((w) => inTable(this.table.name, w)) }));
      return 'opened';
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const reasons = e instanceof TransactionCanceledException ? e.CancellationReasons ?? [] : [];
      return reasons[1]?.Code === 'ConditionalCheckFailed' && reasons[0]?.Code !== 'ConditionalCheckFailed' ? 'link_moved' : 'taken';
    }
  }

  async getAttempt(siteId: string, day: string, transId: string): Promise<PspAttempt | undefined> {
    const item = await this.table.get(attempt.key(siteId, day, transId));
    return item ? attempt.fromItem(item) : undefined;
  }

  async getNotification(hotelId: string, notificationId: string): Promise<StoredNotification | undefined> {
    const item = await this.table.get(notification.key(hotelId, notificationId));
    return item ? notification.fromItem(item) : undefined;
  }

  async getNotificationWith(hotelId: string, notificationId: string, attemptKey?: AttemptKey): Promise<{ notification?: StoredNotification; hotel?: HotelRecord; attempt?: PspAttempt }> {
    const keys = [notification.key(hotelId, notificationId), hotel.key(hotelId), ...(attemptKey ? [attempt.key(attemptKey.siteId, attemptKey.day, attemptKey.transId)] : [])];
    const [n, h, a] = await this.table.getMany(keys);
    return { ...(n ? { notification: notification.fromItem(n) } : {}), ...(h ? { hotel: hotel.fromItem(h) } : {}), ...(a ? { attempt: attempt.fromItem(a) } : {}) };
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
