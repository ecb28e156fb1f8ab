import {
  type DynamoDBDocumentClient, DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException, ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { Conflict } from '../../domain/errors';
import type { Envelope } from '../../events/envelope';
import type {
  CardAuditEntry, Changes, DigestLine, DueRef, DueWork, HotelRecord, IdempotencyRecord, Sealed, LinkRecord, Page, TransactionFilter, PaymentRequestRecord, PspAttempt, ReservationAggregate, Store, StoredNotification,
} from '../../app/ports';
import { DEFAULT_POLICY } from '../../domain/policy';
import { InvalidInput } from '../../domain/errors';
import type { HistoryEntry, Reservation } from '../../domain/reservation';
import type { Transaction } from '../../domain/transaction';
import type { OpenAttempt, PaymentRequest } from '../../domain/payment-request';
import type { Card } from '../../domain/card';
import type { VaultUser } from '../../domain/vault-user';
import {
  COLLECTION_PREFIX, DUE_SHARDS, type DueKind, type EntityName, type Keys, TABLE, duePartition, hotelListing, cardIndexKeys, keys, outboxIndexKeys, paymentRequestIndexKeys, reservationIndexKeys,
} from './schema';

type Item = Record<string, unknown>;
type TxItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const KEY_ATTRS = new Set<string>([TABLE.partitionKey, TABLE.sortKey, 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'entity', TABLE.timeToLiveAttribute]);
const DUE_KIND: Record<DueWork, DueKind> = { lapse: 'LAPSE', remind: 'REMIND', expire: 'EXPIRE', relay: 'RELAY', purge: 'PURGE' };
const DAY_S = 86_400;

const item = (entity: EntityName, k: Keys, value: object, ttlEpoch?: number): Item => ({
  ...value, ...k, entity, ...(ttlEpoch ? { [TABLE.timeToLiveAttribute]: ttlEpoch } : {}),
});
function strip<T>(i: Item): T {
  return Object.fromEntries(Object.entries(i).filter(([k]) => !KEY_ATTRS.has(k))) as T;
}

/** Optimistic locking: a new item must not exist; an update must find the version it read. */
function versionCondition(expected: number | null): { ConditionExpression: string; ExpressionAttributeValues?: Item } {
  return expected === null
    ? { ConditionExpression: 'attribute_not_exists(PK)' }
    : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expected } };
}

const isConditionFailure = (e: unknown) =>
  e instanceof ConditionalCheckFailedException ||
  // A concurrent transaction on the same items (TransactionConflict) is a lost race too.
  (e instanceof TransactionCanceledException && (e.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed' || r.Code === 'TransactionConflict')) ||
  (e instanceof Error && e.name === 'TransactionCanceledException' && /ConditionalCheckFailed|TransactionConflict/.test(e.message));

/** The single-table repository. Keys come from schema.ts; every invariant is a condition in the write. */
export class DynamoStore implements Store {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly nowEpoch: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  private async get(k: Keys, consistent = false): Promise<Item | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { PK: k.PK, SK: k.SK }, ...(consistent ? { ConsistentRead: true } : {}) }));
    return out.Item;
  }

  async getHotel(hotelId: string): Promise<HotelRecord | undefined> {
    const i = await this.get(keys.hotel(hotelId));
    if (!i) return undefined;
    const { sealedSecrets, ...hotel } = strip<Item>(i);
    // Hotels stored before policies existed get the default one.
    return { hotel: { policy: DEFAULT_POLICY, ...hotel } as unknown as HotelRecord['hotel'], sealedSecrets: sealedSecrets as HotelRecord['sealedSecrets'] };
  }

  async findHotelIdByApiKeyHash(keyHash: string): Promise<string | undefined> {
    return (await this.get(keys.apiKey(keyHash)))?.hotelId as string | undefined;
  }

  async getReservation(hotelId: string, reservationId: string): Promise<ReservationAggregate | undefined> {
    const items: Item[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await this.db.send(new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.reservationCollection(hotelId, reservationId) },
        // Every use case decides on what it reads here, then writes under its versions: read the latest.
        ConsistentRead: true,
        ExclusiveStartKey,
      }));
      items.push(...(out.Items ?? []));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    const root = items.find((i) => i.SK === COLLECTION_PREFIX.reservation);
    if (!root) return undefined;
    const of = (prefix: string) => items.filter((i) => String(i.SK).startsWith(prefix));
    return {
      reservation: strip<Reservation>(root),
      requests: of(COLLECTION_PREFIX.paymentRequest).map((i) => {
        const { sealedUrl, ...request } = strip<Item>(i);
        return { request: request as unknown as PaymentRequest, sealedUrl: sealedUrl as PaymentRequestRecord['sealedUrl'] };
      }),
      transactions: of(COLLECTION_PREFIX.transaction).map((i) => strip<Transaction>(i)),
      history: of(COLLECTION_PREFIX.history).map((i) => strip<HistoryEntry>(i)),
      cards: of(COLLECTION_PREFIX.card).map((i) => strip<Card>(i)),
    };
  }

  async getLink(tokenHash: string): Promise<LinkRecord | undefined> {
    // Read consistently: a reload right after the first view must see the form it remembered.
    const i = await this.get(keys.link(tokenHash), true);
    return i ? strip<LinkRecord>(i) : undefined;
  }

  /**
   * An atomic counter proposes the next number; the conditional put of the attempt under that
   * number is what guarantees uniqueness, so a lost race (or a counter reset) just tries again.
   */
  async allocateAttempt(a: Omit<PspAttempt, 'transId'>, format: (n: number) => string): Promise<PspAttempt> {
    for (let tries = 0; tries < 10; tries++) {
      const out = await this.db.send(new UpdateCommand({
        TableName: this.tableName,
        Key: keys.pspCounter(a.siteId, a.day),
        UpdateExpression: 'ADD #n :one SET entity = :entity, #ttl = :ttl',
        ExpressionAttributeNames: { '#n': 'counter', '#ttl': TABLE.timeToLiveAttribute },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'pspCounter', ':ttl': this.nowEpoch() + 3 * DAY_S },
        ReturnValues: 'UPDATED_NEW',
      }));
      const attempt: PspAttempt = { ...a, transId: format(Number(out.Attributes?.counter)) };
      try {
        await this.db.send(new PutCommand({
          TableName: this.tableName,
          Item: item('pspAttempt', keys.pspAttempt(a.siteId, a.day, attempt.transId), attempt, this.nowEpoch() + 400 * DAY_S),
          ConditionExpression: 'attribute_not_exists(PK)',
        }));
        return attempt;
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    }
    throw new Conflict('trans_id_contention', 'Could not allocate a PSP transaction id; retry');
  }

  async rememberAttempt(tokenHash: string, attempt: OpenAttempt): Promise<void> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.tableName, Key: keys.link(tokenHash),
        UpdateExpression: 'SET #open = :a',
        ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(#open) OR #open.#formAt <= :at)',
        ExpressionAttributeNames: { '#open': 'openAttempt', '#formAt': 'formAt' },
        ExpressionAttributeValues: { ':a': attempt, ':at': attempt.formAt },
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e; // a newer form is remembered already, or the link is gone
    }
  }

  async forgetAttempt(tokenHash: string, attemptRef: string): Promise<void> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.tableName, Key: keys.link(tokenHash),
        UpdateExpression: 'REMOVE #open',
        ConditionExpression: '#open.#ref = :ref',
        ExpressionAttributeNames: { '#open': 'openAttempt', '#ref': 'attemptRef' },
        ExpressionAttributeValues: { ':ref': attemptRef },
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e; // another form is remembered now: not ours to forget
    }
  }

  async getAttempt(siteId: string, day: string, transId: string): Promise<PspAttempt | undefined> {
    const i = await this.get(keys.pspAttempt(siteId, day, transId));
    return i ? strip<PspAttempt>(i) : undefined;
  }

  async getNotification(hotelId: string, notificationId: string): Promise<StoredNotification | undefined> {
    const i = await this.get(keys.pspNotification(hotelId, notificationId));
    return i ? strip<StoredNotification>(i) : undefined;
  }

  private outboxItems(events: readonly Envelope[]): TxItem[] {
    // Outbox items live a week: the stream relays them at once, the redrive job catches the rest.
    return events.map((e) => ({ Put: { TableName: this.tableName, Item: item('outbox', { ...keys.outbox(e.id), ...outboxIndexKeys(e.id, e.occurredAt) }, { event: e }, this.nowEpoch() + 7 * DAY_S), ConditionExpression: 'attribute_not_exists(PK)' } }));
  }

  async getOutboxEvent(eventId: string): Promise<{ event: Envelope; relayedAt?: string } | undefined> {
    const i = await this.get(keys.outbox(eventId));
    return i ? { event: i.event as Envelope, ...(i.relayedAt ? { relayedAt: String(i.relayedAt) } : {}) } : undefined;
  }

  async markRelayed(eventId: string, at: string): Promise<void> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.tableName, Key: keys.outbox(eventId),
        UpdateExpression: 'SET relayedAt = :at REMOVE GSI2PK, GSI2SK',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':at': at },
      }));
    } catch (e) {
      if (!isConditionFailure(e)) throw e; // already expired by TTL: nothing to mark
    }
  }

  private toTransactItems(c: Changes): TxItem[] {
    const T = this.tableName;
    const out: TxItem[] = [];
    if (c.hotel) {
      const { record, apiKeyHash } = c.hotel;
      const h = record.hotel;
      out.push({ Put: { TableName: T, Item: item('hotel', keys.hotel(h.hotelId), { ...h, sealedSecrets: record.sealedSecrets }), ConditionExpression: 'attribute_not_exists(PK)' } });
      out.push({ Put: { TableName: T, Item: item('apiKey', keys.apiKey(apiKeyHash), { hotelId: h.hotelId, createdAt: h.createdAt }), ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    if (c.hotelUpdate) {
      const record = c.hotelUpdate.value;
      out.push({ Put: { TableName: T, Item: item('hotel', keys.hotel(record.hotel.hotelId), { ...record.hotel, sealedSecrets: record.sealedSecrets }), ...versionCondition(c.hotelUpdate.expectedVersion) } });
    }
    if (c.reservation) {
      const r = c.reservation.value;
      out.push({ Put: { TableName: T, Item: item('reservation', { ...keys.reservation(r.hotelId, r.reservationId), ...reservationIndexKeys(r) }, r), ...versionCondition(c.reservation.expectedVersion) } });
    }
    for (const h of c.history ?? []) {
      out.push({ Put: { TableName: T, Item: item('history', keys.history(h.hotelId, h.reservationId, h.entryId), h), ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    for (const { value, expectedVersion } of c.paymentRequests ?? []) {
      const r = value.request;
      out.push({ Put: { TableName: T, Item: item('paymentRequest', { ...keys.paymentRequest(r.hotelId, r.reservationId, r.paymentRequestId), ...paymentRequestIndexKeys(r) }, { ...r, sealedUrl: value.sealedUrl }), ...versionCondition(expectedVersion) } });
    }
    if (c.link) {
      const expires = Math.floor(Date.parse(c.link.expiresAt) / 1000) + 90 * DAY_S;
      out.push({ Put: { TableName: T, Item: item('link', keys.link(c.link.tokenHash), c.link, expires), ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    for (const { value: t, expectedVersion } of c.transactions ?? []) {
      out.push({ Put: { TableName: T, Item: item('transaction', keys.transaction(t.hotelId, t.reservationId, t.transactionId, t.createdAt), t), ...versionCondition(expectedVersion) } });
      if (expectedVersion === null) {
        out.push({ Put: { TableName: T, Item: item('transactionRef', keys.transactionRef(t.hotelId, t.transactionId), { reservationId: t.reservationId }), ConditionExpression: 'attribute_not_exists(PK)' } });
      }
    }
    for (const { payment: p, delta, expectedVersion } of c.refundable ?? []) {
      const k = keys.transaction(p.hotelId, p.reservationId, p.transactionId, p.createdAt);
      const versioned = expectedVersion !== undefined ? ' AND version = :v' : '';
      // A hold is one conditional update: however many arrive at once, the sum never exceeds the payment.
      out.push({ Update: {
        TableName: T, Key: { PK: k.PK, SK: k.SK },
        UpdateExpression: 'SET refundable = refundable + :delta, version = version + :one',
        ConditionExpression: (delta < 0
          ? '#status = :succeeded AND #type = :payment AND refundable >= :need'
          : 'attribute_exists(refundable)') + versioned,
        ...(delta < 0 ? { ExpressionAttributeNames: { '#status': 'status', '#type': 'type' } } : {}),
        ExpressionAttributeValues: {
          ':delta': delta, ':one': 1, ...(delta < 0 ? { ':succeeded': 'succeeded', ':payment': 'payment', ':need': -delta } : {}),
          ...(expectedVersion !== undefined ? { ':v': expectedVersion } : {}),
        },
      } });
    }
    for (const t of c.unchanged ?? []) {
      const k = keys.transaction(t.hotelId, t.reservationId, t.transactionId, t.createdAt);
      out.push({ ConditionCheck: { TableName: T, Key: { PK: k.PK, SK: k.SK }, ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': t.version } } });
    }
    for (const { value: card, expectedVersion } of c.cards ?? []) {
      out.push({ Put: { TableName: T, Item: item('card', { ...keys.card(card.hotelId, card.reservationId, card.cardId), ...cardIndexKeys(card) }, card), ...versionCondition(expectedVersion) } });
      if (expectedVersion === null) {
        out.push({ Put: { TableName: T, Item: item('cardRef', keys.cardRef(card.hotelId, card.cardId), { reservationId: card.reservationId }), ConditionExpression: 'attribute_not_exists(PK)' } });
      }
    }
    for (const x of c.cardSecrets ?? []) {
      // TTL is the backstop of the purge job: the secrets go at the purge time whatever happens.
      const ttl = Math.ceil(Date.parse(x.purgeAt) / 1000);
      out.push({ Put: { TableName: T, Item: item('cardSecret', keys.cardSecret(x.hotelId, x.reservationId, x.cardId), { sealed: x.secret }, ttl), ConditionExpression: 'attribute_not_exists(PK)' } });
      if (x.cvv) out.push({ Put: { TableName: T, Item: item('cardCvv', keys.cardCvv(x.hotelId, x.reservationId, x.cardId), { sealed: x.cvv }, ttl), ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    for (const x of c.purgedSecrets ?? []) {
      out.push({ Delete: { TableName: T, Key: keys.cardSecret(x.hotelId, x.reservationId, x.cardId) } });
      out.push({ Delete: { TableName: T, Key: keys.cardCvv(x.hotelId, x.reservationId, x.cardId) } });
    }
    for (const { value: u, expectedVersion } of c.users ?? []) {
      out.push({ Put: { TableName: T, Item: item('vaultUser', keys.vaultUser(u.hotelId, u.userId), u), ...versionCondition(expectedVersion) } });
    }
    for (const a of c.audit ?? []) {
      out.push({ Put: { TableName: T, Item: item('cardAudit', keys.cardAudit(a.hotelId, a.cardId, a.at, a.entryId), a) } });
    }
    for (const { payment: p, refundId, action } of c.pspLocks ?? []) {
      const Key = keys.pspLock(p.hotelId, p.reservationId, p.transactionId);
      if (action === 'take') {
        out.push({ Put: { TableName: T, Item: item('pspLock', Key, { holder: refundId }), ConditionExpression: 'attribute_not_exists(PK) OR holder = :me', ExpressionAttributeValues: { ':me': refundId } } });
      } else if (action === 'release') {
        out.push({ Delete: { TableName: T, Key, ConditionExpression: 'attribute_not_exists(PK) OR holder = :me', ExpressionAttributeValues: { ':me': refundId } } });
      } else {
        out.push({ Delete: { TableName: T, Key } });
      }
    }
    if (c.idempotency) {
      const r = c.idempotency;
      // An expired record still waiting for TTL deletion counts as gone, as `getIdempotency` reads it.
      out.push({ Put: {
        TableName: T, Item: item('idempotency', keys.idempotency(r.hotelId, r.scope, r.keyHash), r, this.nowEpoch() + DAY_S),
        ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now', ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute }, ExpressionAttributeValues: { ':now': this.nowEpoch() },
      } });
    }
    if (c.notification) {
      const n = c.notification.value;
      out.push({ Put: { TableName: T, Item: item('pspNotification', keys.pspNotification(n.hotelId, n.notificationId), n, this.nowEpoch() + 400 * DAY_S), ...versionCondition(c.notification.expectedVersion) } });
    }
    for (const line of c.digestLines ?? []) {
      out.push({ Put: { TableName: T, Item: item('digestLine', keys.digestLine(line.hotelId, line.reservationId), line, this.nowEpoch() + 30 * DAY_S) } });
    }
    for (const line of c.reportedDigestLines ?? []) {
      out.push({ Delete: { TableName: T, Key: keys.digestLine(line.hotelId, line.reservationId), ConditionExpression: 'attribute_exists(PK) AND #at = :at', ExpressionAttributeNames: { '#at': 'at' }, ExpressionAttributeValues: { ':at': line.at } } });
    }
    out.push(...this.outboxItems(c.events ?? []));
    return out;
  }

  async commit(changes: Changes): Promise<void> {
    const TransactItems = this.toTransactItems(changes);
    if (TransactItems.length === 0) return;
    if (TransactItems.length > 100) throw new Error(`A unit of work is limited to 100 writes (got ${TransactItems.length})`);
    try {
      await this.db.send(new TransactWriteCommand({ TransactItems }));
    } catch (e) {
      if (isConditionFailure(e)) throw new Conflict('concurrent_update', 'The data changed meanwhile; nothing was written. Retry the request.');
      throw e;
    }
  }

  async recordNotification(n: StoredNotification, events: readonly Envelope[]): Promise<boolean> {
    try {
      await this.commit({ notification: { value: n, expectedVersion: null }, events });
      return true;
    } catch (e) {
      if (e instanceof Conflict) return false;
      throw e;
    }
  }

  async claimEmail(eventId: string, recipient: string, now: string, leaseUntil: string): Promise<'claimed' | 'sent' | 'busy'> {
    try {
      await this.db.send(new UpdateCommand({
        TableName: this.tableName,
        Key: keys.emailReceipt(eventId, recipient),
        UpdateExpression: 'SET entity = :entity, sendingUntil = :lease, #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(sentAt) AND (attribute_not_exists(sendingUntil) OR sendingUntil < :now)',
        ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute },
        ExpressionAttributeValues: { ':entity': 'emailReceipt', ':lease': leaseUntil, ':now': now, ':ttl': this.nowEpoch() + 30 * DAY_S },
      }));
      return 'claimed';
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
    }
    // Lost the condition: sent already, or being sent by another consumer right now.
    const held = await this.get(keys.emailReceipt(eventId, recipient), true);
    return held?.sentAt ? 'sent' : 'busy';
  }

  async markEmailSent(eventId: string, recipient: string, at: string): Promise<void> {
    await this.db.send(new UpdateCommand({
      TableName: this.tableName,
      Key: keys.emailReceipt(eventId, recipient),
      UpdateExpression: 'SET sentAt = :at REMOVE sendingUntil',
      ExpressionAttributeValues: { ':at': at },
    }));
  }

  readonly dueShards = DUE_SHARDS;

  async dueWork(work: DueWork, shard: number, until: string, limit: number, cursor?: string): Promise<Page<DueRef>> {
    const pk = duePartition(DUE_KIND[work], shard);
    const out = await this.db.send(new QueryCommand({
      TableName: this.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :until',
      ExpressionAttributeValues: { ':pk': pk, ':until': `${until}\uffff` },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, 'GSI2', pk, { to: `${until}\uffff` }),
    }));
    const refs = (out.Items ?? []).map((i): DueRef => {
      const [dueAt = '', a = '', b = '', paymentRequestId] = String(i.GSI2SK).split('#');
      if (a === 'OUTBOX') return { dueAt, eventId: b, hotelId: '', reservationId: '' };
      // The fourth part is a request id on REMIND/EXPIRE, a card id on PURGE.
      if (work === 'purge') return { hotelId: a, reservationId: b, dueAt, ...(paymentRequestId ? { cardId: paymentRequestId } : {}) };
      return { hotelId: a, reservationId: b, dueAt, ...(paymentRequestId ? { paymentRequestId } : {}) };
    });
    return { items: refs, ...(out.LastEvaluatedKey ? { cursor: encodeCursor(out.LastEvaluatedKey) } : {}) };
  }

  async listing(name: 'options' | 'lapsed' | 'openRequests', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor?: string): Promise<Page<never>> {
    const pk = hotelListing[name](hotelId);
    const bounds = range.from && range.to ? 'GSI1SK BETWEEN :from AND :to' : range.from ? 'GSI1SK >= :from' : range.to ? 'GSI1SK <= :to' : '';
    const out = await this.db.send(new QueryCommand({
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: `GSI1PK = :pk${bounds ? ` AND ${bounds}` : ''}`,
      ExpressionAttributeValues: { ':pk': pk, ...(range.from ? { ':from': range.from } : {}), ...(range.to ? { ':to': `${range.to}\uffff` } : {}) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(cursor, 'GSI1', pk, { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: `${range.to}\uffff` } : {}) }),
    }));
    const items = (out.Items ?? []).map((i) => {
      const { sealedUrl: _u, ...rest } = strip<Item>(i);
      return rest as never;
    });
    return { items, ...(out.LastEvaluatedKey ? { cursor: encodeCursor(out.LastEvaluatedKey) } : {}) };
  }

  async findTransactionReservation(hotelId: string, transactionId: string): Promise<string | undefined> {
    return (await this.get(keys.transactionRef(hotelId, transactionId), true))?.reservationId as string | undefined;
  }

  async findCardReservation(hotelId: string, cardId: string): Promise<string | undefined> {
    return (await this.get(keys.cardRef(hotelId, cardId), true))?.reservationId as string | undefined;
  }

  async getCardSecret(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.cardSecret(hotelId, reservationId, cardId), ConsistentRead: true }));
    return out.Item?.sealed as Sealed | undefined;
  }

  async getCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.cardCvv(hotelId, reservationId, cardId), ConsistentRead: true }));
    return out.Item?.sealed as Sealed | undefined;
  }

  async takeCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> {
    try {
      // One conditional delete returning what it deleted: of two concurrent reveals, one gets it.
      const out = await this.db.send(new DeleteCommand({
        TableName: this.tableName, Key: keys.cardCvv(hotelId, reservationId, cardId),
        ConditionExpression: 'attribute_exists(PK)', ReturnValues: 'ALL_OLD',
      }));
      return out.Attributes?.sealed as Sealed | undefined;
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  async moveCardSecretsExpiry(hotelId: string, reservationId: string, cardId: string, purgeAt: string): Promise<void> {
    for (const key of [keys.cardSecret(hotelId, reservationId, cardId), keys.cardCvv(hotelId, reservationId, cardId)]) {
      try {
        await this.db.send(new UpdateCommand({
          TableName: this.tableName, Key: key, UpdateExpression: 'SET #ttl = :ttl', ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeNames: { '#ttl': TABLE.timeToLiveAttribute }, ExpressionAttributeValues: { ':ttl': Math.ceil(Date.parse(purgeAt) / 1000) },
        }));
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
      }
    }
  }

  async getUser(hotelId: string, userId: string): Promise<VaultUser | undefined> {
    const out = await this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.vaultUser(hotelId, userId), ConsistentRead: true }));
    return out.Item ? strip<VaultUser>(out.Item) : undefined;
  }

  async reservePinAttempt(hotelId: string, userId: string, max: number, at: string): Promise<VaultUser | 'locked' | undefined> {
    try {
      const out = await this.db.send(new UpdateCommand({
        TableName: this.tableName, Key: keys.vaultUser(hotelId, userId),
        UpdateExpression: 'SET updatedAt = :at ADD failedAttempts :one, version :one',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(lockedAt) AND failedAttempts < :max',
        ExpressionAttributeValues: { ':at': at, ':one': 1, ':max': max },
        ReturnValues: 'ALL_NEW',
      }));
      return strip<VaultUser>(out.Attributes!);
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      return (await this.getUser(hotelId, userId)) ? 'locked' : undefined;
    }
  }

  async settlePinAttempt(hotelId: string, userId: string, right: boolean, max: number, at: string): Promise<'open' | 'locked'> {
    try {
      await this.db.send(new UpdateCommand(right
        ? {
          TableName: this.tableName, Key: keys.vaultUser(hotelId, userId),
          UpdateExpression: 'SET failedAttempts = :zero, updatedAt = :at ADD version :one',
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(lockedAt)',
          ExpressionAttributeValues: { ':zero': 0, ':at': at, ':one': 1 },
        }
        : {
          TableName: this.tableName, Key: keys.vaultUser(hotelId, userId),
          UpdateExpression: 'SET lockedAt = if_not_exists(lockedAt, :at), updatedAt = :at ADD version :one',
          ConditionExpression: 'attribute_exists(PK) AND failedAttempts >= :max',
          ExpressionAttributeValues: { ':at': at, ':one': 1, ':max': max },
        }));
      return right ? 'open' : 'locked';
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      return right ? 'locked' : 'open';
    }
  }

  async cardAudit(hotelId: string, cardId: string): Promise<CardAuditEntry[]> {
    const entries: CardAuditEntry[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await this.db.send(new QueryCommand({
        TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `HOTEL#${hotelId}#CARDAUDIT#${cardId}` }, ExclusiveStartKey,
      }));
      entries.push(...(out.Items ?? []).map((i) => strip<CardAuditEntry>(i)));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return entries;
  }

  async getIdempotency(hotelId: string, scope: string, keyHash: string): Promise<IdempotencyRecord | undefined> {
    const i = await this.get(keys.idempotency(hotelId, scope, keyHash), true);
    // TTL deletion lags: an expired record is treated as gone.
    if (!i || (typeof i[TABLE.timeToLiveAttribute] === 'number' && (i[TABLE.timeToLiveAttribute] as number) < this.nowEpoch())) return undefined;
    return strip<IdempotencyRecord>(i);
  }

  async transactionsOfMonth(hotelId: string, month: string, range: { from: string; to: string }, filter: TransactionFilter, limit: number, cursor?: string): Promise<Page<Transaction>> {
    const pk = hotelListing.transactions(hotelId, month);
    const to = `${range.to}\uffff`;
    const filters = [filter.status ? '#status = :status' : '', filter.type ? '#type = :type' : ''].filter(Boolean);
    const out = await this.db.send(new QueryCommand({
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
      ...(filters.length ? {
        FilterExpression: filters.join(' AND '),
        ExpressionAttributeNames: { ...(filter.status ? { '#status': 'status' } : {}), ...(filter.type ? { '#type': 'type' } : {}) },
      } : {}),
      ExpressionAttributeValues: { ':pk': pk, ':from': range.from, ':to': to, ...(filter.status ? { ':status': filter.status } : {}), ...(filter.type ? { ':type': filter.type } : {}) },
      // With a filter DynamoDB's Limit counts the items read, not the ones kept: read a wider page
      // (one query instead of many for a selective filter) and cut it at `limit` below.
      Limit: filters.length ? Math.min(1000, Math.max(limit * 4, 100)) : limit,
      ExclusiveStartKey: decodeCursor(cursor, 'GSI1', pk, { from: range.from, to }),
    }));
    const items = out.Items ?? [];
    if (items.length > limit) {
      // The next page starts after the last item returned, not after the last one read.
      const last = items[limit - 1]!;
      return { items: items.slice(0, limit).map((i) => strip<Transaction>(i)), cursor: encodeCursor({ PK: last.PK, SK: last.SK, GSI1PK: last.GSI1PK, GSI1SK: last.GSI1SK }) };
    }
    return { items: items.map((i) => strip<Transaction>(i)), ...(out.LastEvaluatedKey ? { cursor: encodeCursor(out.LastEvaluatedKey) } : {}) };
  }

  async pendingDigestLines(): Promise<DigestLine[]> {
    const lines: DigestLine[] = [];
    let ExclusiveStartKey: Item | undefined;
    do {
      const out = await this.db.send(new QueryCommand({
        TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'DIGEST#PENDING' }, ExclusiveStartKey, ConsistentRead: true,
      }));
      lines.push(...(out.Items ?? []).map((i) => strip<DigestLine>(i)));
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return lines;
  }
}

const encodeCursor = (key: Item): string => Buffer.from(JSON.stringify(key)).toString('base64url');

/**
 * A cursor is only good for the listing and range it came from (a stale one, say from another
 * day, would make DynamoDB refuse the query): anything else is the caller's mistake.
 */
function decodeCursor(cursor: string | undefined, index: 'GSI1' | 'GSI2', partition: string, range: { from?: string; to?: string }): Item | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const names = ['PK', 'SK', `${index}PK`, `${index}SK`];
    const sortKey = key[`${index}SK`];
    const wellFormed = Object.keys(key).length === names.length && names.every((n) => typeof key[n] === 'string' && key[n] !== '');
    if (wellFormed && key[`${index}PK`] === partition && typeof sortKey === 'string'
      && (!range.from || sortKey >= range.from) && (!range.to || sortKey <= range.to)) return key as Item;
  } catch {
    // fall through
  }
  throw new InvalidInput('invalid_cursor', 'This cursor does not belong to this listing (or this day): start again without it');
}
