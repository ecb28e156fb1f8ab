import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  ApiKeyRef, AttemptKey, FoundKey, IdempotentRequest, StoredAnswer,
  CardAuditEntry, Changes, DeliveryRef, DigestLine, DueRef, DueWork, PaymentDigestDay, PaymentDigestLine, HotelRecord, IdempotencyRecord, LinkRecord, Page, PspAttempt, ReservationAggregate, Sealed, Store,
  StoredNotification, TransactionFilter, WebhookDelivery, WebhookEndpointRecord,
} from '../../app/ports';
import type { ApiKey } from '../../domain/api-key';
import type { DeliveryAttempt, DeliveryStatus } from '../../domain/webhook';
import type { OpenAttempt, PaymentRequest } from '../../domain/payment-request';
import type { PaymentSubject } from '../../domain/payment-subject';
import type { Reservation } from '../../domain/reservation';
import type { Transaction } from '../../domain/transaction';
import type { VaultUser } from '../../domain/vault-user';
import type { Envelope } from '../../events/envelope';
import { dueWork } from './entities';
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
 * The single-table repository: one repository per role, and one unit of work that commits a
 * change set as one transaction. Keys come from the entity modules; every invariant is a
 * condition in the write.
 */
export class DynamoStore implements Store {
  readonly dueShards = dueWork.DUE_SHARDS;
  private readonly work: UnitOfWork;
  private readonly hotels: HotelsRepo;
  private readonly requests: IdempotencyRepo;
  private readonly reservations: ReservationsRepo;
  private readonly payments: PaymentsRepo;
  private readonly vault: VaultRepo;
  private readonly scheduling: SchedulingRepo;
  private readonly outbox: OutboxRepo;
  private readonly webhooks: WebhooksRepo;

  constructor(db: DynamoDBDocumentClient, tableName: string, nowEpoch: () => number = () => Math.floor(Date.now() / 1000)) {
    const table = new Table(db, tableName, nowEpoch);
    this.work = new UnitOfWork(table);
    this.hotels = new HotelsRepo(table);
    this.requests = new IdempotencyRepo(table);
    this.reservations = new ReservationsRepo(table);
    this.payments = new PaymentsRepo(table, this.work);
    this.vault = new VaultRepo(table);
    this.scheduling = new SchedulingRepo(table);
    this.outbox = new OutboxRepo(table);
    this.webhooks = new WebhooksRepo(table);
  }

  commit(changes: Changes): Promise<void> { return this.work.commit(changes); }

  getHotel(hotelId: string): Promise<HotelRecord | undefined> { return this.hotels.getHotel(hotelId); }
  findHotelIdByApiKeyHash(keyHash: string): Promise<string | undefined> { return this.hotels.findHotelIdByApiKeyHash(keyHash); }
  findApiKey(keyHash: string, withHotel?: string): Promise<(FoundKey & { readonly hotel?: HotelRecord }) | undefined> { return this.hotels.findApiKey(keyHash, withHotel); }
  touchApiKey(keyHash: string, at: string, since: string): Promise<void> { return this.hotels.touchApiKey(keyHash, at, since); }
  getApiKeyRef(hotelId: string, keyId: string): Promise<ApiKeyRef | undefined> { return this.hotels.getApiKeyRef(hotelId, keyId); }
  getApiKey(keyHash: string): Promise<ApiKey | undefined> { return this.hotels.getApiKey(keyHash); }
  listApiKeys(hotelId: string): Promise<ApiKey[]> { return this.hotels.listApiKeys(hotelId); }

  claimRequest(r: IdempotentRequest): Promise<{ claimed: true } | { claimed: false; existing: IdempotentRequest }> { return this.requests.claimRequest(r); }
  answerRequest(owner: string, keyHash: string, requestHash: string, answer: StoredAnswer): Promise<void> { return this.requests.answerRequest(owner, keyHash, requestHash, answer); }
  releaseRequest(owner: string, keyHash: string, requestHash: string): Promise<void> { return this.requests.releaseRequest(owner, keyHash, requestHash); }

  getReservation(hotelId: string, reservationId: string): Promise<ReservationAggregate | undefined> { return this.reservations.getReservation(hotelId, reservationId); }
  listing(name: 'options' | 'lapsed', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor?: string): Promise<Page<Reservation>>;
  listing(name: 'openRequests', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor: string | undefined, of: PaymentSubject['kind']): Promise<Page<PaymentRequest>>;
  listing(name: 'options' | 'lapsed' | 'openRequests', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor?: string, of?: PaymentSubject['kind']): Promise<Page<Reservation | PaymentRequest>> {
    // One call per overload: the listing's name decides what its items are.
    return name === 'openRequests'
      ? this.reservations.listing(name, hotelId, range, limit, cursor, of ?? 'reservation')
      : this.reservations.listing(name, hotelId, range, limit, cursor);
  }

  getLink(tokenHash: string): Promise<LinkRecord | undefined> { return this.payments.getLink(tokenHash); }
  openAttempt(tokenHash: string, record: PspAttempt, open: OpenAttempt): Promise<'opened' | 'taken' | 'link_moved'> { return this.payments.openAttempt(tokenHash, record, open); }
  forgetAttempt(tokenHash: string, attemptRef: string): Promise<void> { return this.payments.forgetAttempt(tokenHash, attemptRef); }
  getAttempt(siteId: string, day: string, transId: string): Promise<PspAttempt | undefined> { return this.payments.getAttempt(siteId, day, transId); }
  getNotification(hotelId: string, notificationId: string): Promise<StoredNotification | undefined> { return this.payments.getNotification(hotelId, notificationId); }

  getNotificationWith(hotelId: string, notificationId: string, attemptKey?: AttemptKey): Promise<{ notification?: StoredNotification; hotel?: HotelRecord; attempt?: PspAttempt }> {
    return this.payments.getNotificationWith(hotelId, notificationId, attemptKey);
  }
  recordNotification(n: StoredNotification, events: readonly Envelope[]): Promise<boolean> { return this.payments.recordNotification(n, events); }
  findTransactionReservation(hotelId: string, transactionId: string): Promise<string | undefined> { return this.payments.findTransactionReservation(hotelId, transactionId); }
  getIdempotency(hotelId: string, scope: string, keyHash: string): Promise<IdempotencyRecord | undefined> { return this.payments.getIdempotency(hotelId, scope, keyHash); }
  transactionsOfMonth(hotelId: string, month: string, range: { from: string; to: string }, filter: TransactionFilter, limit: number, cursor?: string): Promise<Page<Transaction>> {
    return this.payments.transactionsOfMonth(hotelId, month, range, filter, limit, cursor);
  }

  findCardReservation(hotelId: string, cardId: string): Promise<string | undefined> { return this.vault.findCardReservation(hotelId, cardId); }
  getCardSecret(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> { return this.vault.getCardSecret(hotelId, reservationId, cardId); }
  getCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> { return this.vault.getCardCvv(hotelId, reservationId, cardId); }
  takeCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined> { return this.vault.takeCardCvv(hotelId, reservationId, cardId); }
  moveCardSecretsExpiry(hotelId: string, reservationId: string, cardId: string, purgeAt: string): Promise<void> { return this.vault.moveCardSecretsExpiry(hotelId, reservationId, cardId, purgeAt); }
  getUser(hotelId: string, userId: string): Promise<VaultUser | undefined> { return this.vault.getUser(hotelId, userId); }
  reservePinAttempt(hotelId: string, userId: string, max: number, at: string): Promise<VaultUser | 'locked' | undefined> { return this.vault.reservePinAttempt(hotelId, userId, max, at); }
  settlePinAttempt(hotelId: string, userId: string, right: boolean, max: number, at: string): Promise<'open' | 'locked'> { return this.vault.settlePinAttempt(hotelId, userId, right, max, at); }
  cardAudit(hotelId: string, cardId: string): Promise<CardAuditEntry[]> { return this.vault.cardAudit(hotelId, cardId); }

  dueWork(work: DueWork, shard: number, until: string, limit: number, cursor?: string): Promise<Page<DueRef>> { return this.scheduling.dueWork(work, shard, until, limit, cursor); }
  pendingDigestLines(): Promise<DigestLine[]> { return this.scheduling.pendingDigestLines(); }
  addPaymentDigestLine(line: PaymentDigestLine, dueAt: string): Promise<boolean> { return this.scheduling.addPaymentDigestLine(line, dueAt); }
  paymentDigest(hotelId: string, date: string): Promise<PaymentDigestDay | undefined> { return this.scheduling.paymentDigest(hotelId, date); }
  markPaymentDigestSent(hotelId: string, date: string, at: string): Promise<void> { return this.scheduling.markPaymentDigestSent(hotelId, date, at); }

  getOutboxEvent(eventId: string): Promise<{ event: Envelope; relayedAt?: string } | undefined> { return this.outbox.getOutboxEvent(eventId); }
  markRelayed(eventId: string, at: string): Promise<void> { return this.outbox.markRelayed(eventId, at); }
  claimEmail(eventId: string, recipient: string, now: string, leaseUntil: string): Promise<'claimed' | 'sent' | 'busy'> { return this.outbox.claimEmail(eventId, recipient, now, leaseUntil); }
  markEmailSent(eventId: string, recipient: string, at: string): Promise<void> { return this.outbox.markEmailSent(eventId, recipient, at); }

  listEndpoints(hotelId: string): Promise<WebhookEndpointRecord[]> { return this.webhooks.listEndpoints(hotelId); }
  getEndpoint(hotelId: string, endpointId: string): Promise<WebhookEndpointRecord | undefined> { return this.webhooks.getEndpoint(hotelId, endpointId); }
  deleteEndpoint(hotelId: string, endpointId: string): Promise<boolean> { return this.webhooks.deleteEndpoint(hotelId, endpointId); }
  endpointHealth(hotelId: string, endpointId: string, outcome: 'failed' | 'succeeded', at: string): Promise<string | undefined> { return this.webhooks.endpointHealth(hotelId, endpointId, outcome, at); }
  recordFeedEvent(event: Envelope): Promise<boolean> { return this.webhooks.recordFeedEvent(event); }
  getFeedEvent(hotelId: string, eventId: string): Promise<Envelope | undefined> { return this.webhooks.getFeedEvent(hotelId, eventId); }
  feed(hotelId: string, query: { type?: string; after?: string }, limit: number): Promise<Page<Envelope>> { return this.webhooks.feed(hotelId, query, limit); }
  createDelivery(delivery: WebhookDelivery): Promise<boolean> { return this.webhooks.createDelivery(delivery); }
  getDelivery(ref: DeliveryRef): Promise<WebhookDelivery | undefined> { return this.webhooks.getDelivery(ref); }
  claimDelivery(ref: DeliveryRef, attemptCount: number, now: string, leaseUntil: string): Promise<boolean> { return this.webhooks.claimDelivery(ref, attemptCount, now, leaseUntil); }
  recordAttempt(ref: DeliveryRef, attemptCount: number, attempt: DeliveryAttempt, next: { status: DeliveryStatus; firstAttemptAt: string; nextAttemptAt?: string }): Promise<boolean> {
    return this.webhooks.recordAttempt(ref, attemptCount, attempt, next);
  }
  deliveries(hotelId: string, endpointId: string, limit: number, cursor?: string): Promise<Page<WebhookDelivery>> { return this.webhooks.deliveries(hotelId, endpointId, limit, cursor); }
}
