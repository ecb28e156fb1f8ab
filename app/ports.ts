import type { PaymentSubject } from '../domain/payment-subject';
import type { Envelope } from '../events/envelope';
import type { Money } from '../domain/money';
import type { Hotel, PspProvider, PspSecrets } from '../domain/hotel';
import type { OpenAttempt, PaymentRequest } from '../domain/payment-request';
import type { HistoryEntry, Reservation } from '../domain/reservation';
import type { Transaction } from '../domain/transaction';
import type { Card } from '../domain/card';
import type { VaultUser } from '../domain/vault-user';
import type { Clock } from '../domain/time';
import type { ApiKey, Caller } from '../domain/api-key';
import type { DeliveryAttempt, DeliveryStatus, WebhookEndpoint, WebhookSecret } from '../domain/webhook';

export type { Clock };

/** A secret sealed with KMS envelope encryption; opening needs the same encryption context. */
export interface Sealed {
  readonly v: 1;
  /** The data key, encrypted by the KMS key (base64). */
  readonly key: string;
  readonly iv: string;
  readonly data: string;
  readonly tag: string;
}

export type EncryptionContext = Readonly<Record<string, string>>;

export interface SecretSealer {
  seal(plaintext: string, context: EncryptionContext): Promise<Sealed>;
  open(sealed: Sealed, context: EncryptionContext): Promise<string>;
}

export interface Ids {
  /** ULID: sortable, for our own entities and events. */
  newId(): string;
  /** 256 random bits, base64url: for secrets handed out once (API keys, payment links). */
  newSecret(): string;
}

export interface OutgoingEmail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly replyTo?: string;
  /**
   * Which message this is (an event and a recipient), sent as a header: two e-mails alike in
   * every word (two refunds of one amount on one day) stay two, and a copy sent again after an
   * uncertain send shows as the same one.
   */
  readonly reference?: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
}

export interface HotelRecord {
  readonly hotel: Hotel;
  readonly sealedSecrets: Sealed;
}

export interface ReservationAggregate {
  readonly reservation: Reservation;
  readonly requests: readonly PaymentRequestRecord[];
  readonly transactions: readonly Transaction[];
  readonly history: readonly HistoryEntry[];
  /** The vault's masked cards of this reservation (their secrets are separate items). */
  readonly cards: readonly Card[];
}

/** A payment request as stored: the domain value plus the sealed link URL (the token is never stored in clear). */
export interface PaymentRequestRecord {
  readonly request: PaymentRequest;
  readonly sealedUrl: Sealed;
}

export interface LinkRecord {
  readonly tokenHash: string;
  readonly hotelId: string;
  /** What the request the link pays is for. */
  readonly subject: PaymentSubject;
  readonly paymentRequestId: string;
  readonly expiresAt: string;
  /** The PSP form this link rendered last, offered again to the next views while it may be posted. */
  readonly openAttempt?: OpenAttempt;
}

/** One rendered PSP form: ties the PSP's per-day transaction id back to our request. */
export interface PspAttempt {
  readonly siteId: string;
  readonly day: string;
  readonly transId: string;
  readonly hotelId: string;
  readonly subject: PaymentSubject;
  readonly paymentRequestId: string;
  readonly mode: 'TEST' | 'PRODUCTION';
  readonly createdAt: string;
}

/** Where an attempt is stored: the PSP's own reference of a rendered form. */
export type AttemptKey = Pick<PspAttempt, 'siteId' | 'day' | 'transId'>;

export interface StoredNotification {
  readonly hotelId: string;
  readonly notificationId: string;
  /** The PSP that sent it (notifications stored before providers were named: Systempay). */
  readonly provider?: PspProvider;
  readonly receivedAt: string;
  /** The notification's fields, minus sensitive ones (sealed below). */
  readonly fields: Readonly<Record<string, string>>;
  readonly sealedSensitive?: Sealed;
  readonly processedAt?: string;
  readonly result?: string;
  /** Why a notification was rejected (result `rejected`): the field and what is wrong with it, never its value. */
  readonly reason?: string;
  readonly version: number;
}

/**
 * A payment received, waiting for its hotel's daily payment digest (policy `hotelPaymentEmails:
 * daily_digest`, docs/hotel-digest.md): one line per payment event, on the local day it was processed.
 */
export interface PaymentDigestLine {
  readonly hotelId: string;
  /** The hotel's local date (YYYY-MM-DD) whose digest lists it. */
  readonly date: string;
  /** The event that would have sent the per-payment e-mail: one line per event, written once. */
  readonly eventId: string;
  readonly reservationId: string;
  readonly guestName: string;
  readonly arrival: string;
  readonly departure: string;
  readonly type: 'deposit' | 'guarantee' | 'preauthorisation' | 'charge';
  readonly amount: Money;
  readonly transactionId: string;
  readonly paidAt: string;
  /** A pre-authorisation still holding money: when the hold lapses. */
  readonly holdExpiresAt?: string;
}

/** One day's payment digest of a hotel: its lines, and once sent, when. */
export interface PaymentDigestDay {
  readonly hotelId: string;
  readonly date: string;
  readonly dueAt: string;
  readonly sentAt?: string;
  readonly lines: readonly PaymentDigestLine[];
}

/** A lapse waiting to be named in its hotel's next digest. */
export interface DigestLine {
  readonly hotelId: string;
  readonly reservationId: string;
  readonly guestName: string;
  readonly arrival: string;
  readonly departure: string;
  readonly optionDeadline: string;
  readonly action: 'expired' | 'reported';
  readonly at: string;
}

/** Kinds of timed work: options to lapse, reminders to send, links to expire. */
export type DueWork = 'lapse' | 'remind' | 'expire' | 'relay' | 'purge' | 'hold' | 'card-expiry' | 'payment-digest';

/** What the timed-work index says is due: enough to load the item and re-check it. */
export interface DueRef {
  readonly hotelId: string;
  /** The reservation, for lapses and purges (and a request's, when its subject is one). */
  readonly reservationId: string;
  /** For reminders and link expiries: the request, in its subject. */
  readonly request?: { readonly subject: PaymentSubject; readonly paymentRequestId: string };
  /** For outbox events waiting to be relayed. */
  readonly eventId?: string;
  /** For cards waiting for the purge, or for the card-expiry watch. */
  readonly cardId?: string;
  /** For pre-authorisations waiting for their lapse warning or their release at departure. */
  readonly transactionId?: string;
  /** For a hotel's payment digest: the local day it lists. */
  readonly digestDate?: string;
  readonly dueAt: string;
}

/**
 * A change set larger than one transaction may hold (DynamoDB: 100 writes): nothing was written.
 * A use case that can grow with the data (a cancellation refunding every payment) says what to do.
 */
export class ChangeSetTooLarge extends Error {
  constructor(readonly writes: number, readonly limit: number) {
    super(`A unit of work is limited to ${limit} writes (got ${writes})`);
    this.name = 'ChangeSetTooLarge';
  }
}

/** Delivers committed events to the queues that consume them. */
export interface EventPublisher {
  /** `delaySeconds` (at most 900) holds the message back on its queues. */
  publish(event: Envelope, options?: { readonly delaySeconds?: number }): Promise<void>;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; absent on the last page. */
  readonly cursor?: string;
}

/** A hotel's planning listings (reservations or requests), each ordered by its own time. */
export type Listing = 'options' | 'lapsed' | 'openRequests';

type Versioned<T> = { readonly value: T; readonly expectedVersion: number | null };

/** A remembered Idempotency-Key: which request it came with, and what that request made. */
export interface IdempotencyRecord {
  readonly hotelId: string;
  readonly scope: string;
  readonly keyHash: string;
  readonly requestHash: string;
  readonly resultId: string;
  readonly reservationId: string;
  readonly createdAt: string;
}

/** A card's sealed parts, each its own item so it can be deleted alone. */
export interface CardSecrets {
  readonly hotelId: string;
  readonly reservationId: string;
  readonly cardId: string;
  /** The number and holder (OTA cards) or the PSP token (PSP cards), sealed. */
  readonly secret: Sealed;
  readonly cvv?: Sealed;
  /** DynamoDB TTL backstop: the secrets go at the purge time even if the purge job does not run. */
  readonly purgeAt: string;
}

export interface CardAuditEntry {
  readonly hotelId: string;
  readonly cardId: string;
  readonly entryId: string;
  readonly userId: string;
  readonly action: 'reveal' | 'erase' | 'purge' | 'store';
  readonly outcome: string;
  readonly at: string;
  readonly sourceIp?: string;
  readonly cvvShown?: boolean;
  /** The hotel key that stored the card (docs/api-keys.md). */
  readonly keyId?: string;
}

/** Money held off (or given back to) a payment's refundable amount, by a conditional update. */
export interface RefundableChange {
  readonly payment: Transaction;
  /** Negative holds (the payment must still have that much), positive releases. */
  readonly delta: number;
  /** Also require the payment unchanged since it was read (a decision taken on its whole state). */
  readonly expectedVersion?: number;
}

export interface TransactionFilter {
  readonly status?: Transaction['status'];
  readonly type?: Transaction['type'];
}

/** A key's secrets by its id: the current one and, during a rotation's overlap, the previous one. */
export interface ApiKeyRef {
  readonly hotelId: string;
  readonly keyId: string;
  readonly keyHash: string;
  readonly previousKeyHash?: string;
  readonly version: number;
}

/** What happens to a key: made, rotated (a new secret; the current one retires at `retiresAt`), or revoked (every secret gone). */
export type ApiKeyChange =
  | { readonly kind: 'create'; readonly key: ApiKey; readonly keyHash: string }
  | { readonly kind: 'rotate'; readonly key: ApiKey; readonly ref: ApiKeyRef; readonly newKeyHash: string; readonly retiresAt: string }
  | { readonly kind: 'revoke'; readonly ref: ApiKeyRef };

/** One change to a hotel's keys, and who made it (a key's id, or `admin`). */
export interface KeyAuditEntry {
  readonly hotelId: string;
  readonly entryId: string;
  readonly keyId: string;
  readonly action: 'created' | 'rotated' | 'revoked';
  readonly byKeyId: string;
  readonly at: string;
}

/** An authenticated key as the auth read finds it: who it is, and when it was last used (to write that at most once a minute). */
export interface FoundKey {
  readonly caller: Caller;
  readonly lastUsedAt?: string;
}

/** Everything one use case changes, committed atomically (one DynamoDB transaction) with its events. */
export interface Changes {
  readonly hotel?: { readonly record: HotelRecord };
  readonly apiKeys?: readonly ApiKeyChange[];
  readonly keyAudit?: readonly KeyAuditEntry[];
  readonly hotelUpdate?: Versioned<HotelRecord>;
  readonly reservation?: Versioned<Reservation>;
  readonly history?: readonly HistoryEntry[];
  readonly paymentRequests?: readonly Versioned<PaymentRequestRecord>[];
  readonly link?: LinkRecord;
  readonly transactions?: readonly Versioned<Transaction>[];
  readonly notification?: Versioned<StoredNotification>;
  readonly refundable?: readonly RefundableChange[];
  /** Transactions a decision was based on, which must still be as read (checked, not written). */
  readonly unchanged?: readonly Transaction[];
  readonly idempotency?: IdempotencyRecord;
  /** The per-payment PSP lock: taken by a PSP operation (free or already its own), released by its holder, or cleared. */
  readonly pspLocks?: readonly { readonly payment: Transaction; readonly holder: string; readonly action: 'take' | 'release' | 'clear' }[];
  readonly cards?: readonly Versioned<Card>[];
  readonly cardSecrets?: readonly CardSecrets[];
  /** Registered cards that expire before their stay ends: watched from `dueAt`, or (null) no longer. */
  readonly cardWatches?: readonly { readonly hotelId: string; readonly reservationId: string; readonly cardId: string; readonly dueAt: string | null }[];
  /** Cards whose secrets (number, token, CVV) are deleted: the purge. */
  readonly purgedSecrets?: readonly { readonly hotelId: string; readonly reservationId: string; readonly cardId: string }[];
  readonly users?: readonly Versioned<VaultUser>[];
  readonly audit?: readonly CardAuditEntry[];
  readonly digestLines?: readonly DigestLine[];
  /** Lines reported now: each must still be pending, so two sweeps never report one twice. */
  readonly reportedDigestLines?: readonly DigestLine[];
  /** Webhook endpoints registered (expectedVersion null) or changed; the delivery worker's `failingSince` is left as it is. */
  readonly webhookEndpoints?: readonly Versioned<WebhookEndpointRecord>[];
  /** New webhook deliveries (a test, a replay); each must not exist yet. */
  readonly webhookDeliveries?: readonly WebhookDelivery[];
  readonly events?: readonly Envelope[];
}

/** One change set, committed as one transaction. */
export interface UnitOfWork {
  /** Commits atomically; throws Conflict when a version or existence condition fails. */
  commit(changes: Changes): Promise<void>;
}

/** Hotels and the API keys that find them. */
export interface HotelStore {
  getHotel(hotelId: string): Promise<HotelRecord | undefined>;
  findHotelIdByApiKeyHash(keyHash: string): Promise<string | undefined>;
  /**
   * The key of this hash, with its scopes, by a strongly consistent read (a revoked key is gone at
   * once); undefined for none. `withHotel`: the hotel the secret names, read in the same request
   * and given only if it is the key's own.
   */
  findApiKey(keyHash: string, withHotel?: string): Promise<(FoundKey & { readonly hotel?: HotelRecord }) | undefined>;
  /** Records a use of the key at `at` unless one was recorded since `since` (at most one write a minute). */
  touchApiKey(keyHash: string, at: string, since: string): Promise<void>;
  getApiKeyRef(hotelId: string, keyId: string): Promise<ApiKeyRef | undefined>;
  getApiKey(keyHash: string): Promise<ApiKey | undefined>;
  /** A hotel's keys (current secrets only), oldest first. */
  listApiKeys(hotelId: string): Promise<ApiKey[]>;
}

/** An Idempotency-Key of an HTTP request, per hotel (or `admin`): the request it came with, its state and its answer. */
export interface IdempotentRequest {
  readonly owner: string;
  readonly keyHash: string;
  readonly requestHash: string;
  readonly state: 'in_progress' | 'done';
  /** While in progress: after this instant the claim is taken over (its Lambda has certainly stopped). */
  readonly leaseUntil: string;
  readonly createdAt: string;
  readonly answer?: StoredAnswer;
}

export interface StoredAnswer {
  readonly status: number;
  readonly contentType: string;
  /** The body as sent; absent when it is sealed (an answer holding a secret). */
  readonly body?: string;
  readonly sealedBody?: Sealed;
}

/** The Idempotency-Keys of HTTP requests: claimed before the request runs, answered after. */
export interface IdempotencyStore {
  /** Claims the key for this request; when it is held (or done), what holds it, read from the failed conditional write. */
  claimRequest(r: IdempotentRequest): Promise<{ readonly claimed: true } | { readonly claimed: false; readonly existing: IdempotentRequest }>;
  /** Keeps the first answer (24 h). */
  answerRequest(owner: string, keyHash: string, requestHash: string, answer: StoredAnswer): Promise<void>;
  /** Forgets a claim whose request failed, so a retry runs again. */
  releaseRequest(owner: string, keyHash: string, requestHash: string): Promise<void>;
}

/** Reservations with everything under them (requests, transactions, cards, history), and the planning listings. */
export interface ReservationStore {
  getReservation(hotelId: string, reservationId: string): Promise<ReservationAggregate | undefined>;
  /** A hotel's listing between two sort-key bounds (ISO instants), oldest first. */
  listing(listing: 'options' | 'lapsed', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor?: string): Promise<Page<Reservation>>;
  /** The open requests of one kind of subject (a stay's own, card renewals, charges). */
  listing(listing: 'openRequests', hotelId: string, range: { from?: string; to?: string }, limit: number, cursor: string | undefined, of: PaymentSubject['kind']): Promise<Page<PaymentRequest>>;
}

/** Payment links and the form each rendered last, PSP notifications, transactions by month, refunds' idempotency keys. */
export interface PaymentStore {
  getLink(tokenHash: string): Promise<LinkRecord | undefined>;
  /**
   * A new form's attempt, stored under its PSP reference and remembered on the link, in one
   * write. `taken`: the reference is someone else's (propose another); `link_moved`: the link
   * remembers a newer form, or is gone (read it again). Either way nothing was written.
   */
  openAttempt(tokenHash: string, record: PspAttempt, open: OpenAttempt): Promise<'opened' | 'taken' | 'link_moved'>;
  /** The guest came back from the PSP with this form: it is not offered again (the PSP counts it used). */
  forgetAttempt(tokenHash: string, attemptRef: string): Promise<void>;
  getNotification(hotelId: string, notificationId: string): Promise<StoredNotification | undefined>;
  /** A notification with the hotel it came for and, given its key, the attempt it names: one read (BatchGetItem). */
  getNotificationWith(hotelId: string, notificationId: string, attempt?: AttemptKey): Promise<{ notification?: StoredNotification; hotel?: HotelRecord; attempt?: PspAttempt }>;
  /** Stores a notification unless already stored; false means a replay (nothing written). */
  recordNotification(n: StoredNotification, events: readonly Envelope[]): Promise<boolean>;
  /** A hotel's transactions of one UTC month between two instants, oldest first. */
  transactionsOfMonth(hotelId: string, month: string, range: { from: string; to: string }, filter: TransactionFilter, limit: number, cursor?: string): Promise<Page<Transaction>>;
  /** The reservation a hotel's transaction belongs to. */
  findTransactionReservation(hotelId: string, transactionId: string): Promise<string | undefined>;
  getIdempotency(hotelId: string, scope: string, keyHash: string): Promise<IdempotencyRecord | undefined>;
}

/** The PSP attempts a checkout started, by the PSP's own reference (the Systempay gateway's trans ids). */
export interface AttemptStore {
  getAttempt(siteId: string, day: string, transId: string): Promise<PspAttempt | undefined>;
}

/** The card vault: sealed secrets, CVVs taken once, users and their PIN attempts, the audit trail. */
export interface VaultStore {
  findCardReservation(hotelId: string, cardId: string): Promise<string | undefined>;
  /** The sealed number or token of a card (undefined once purged). */
  getCardSecret(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined>;
  /** The sealed CVV of a card (undefined once taken or purged); reading it does not take it. */
  getCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined>;
  /** Deletes the sealed CVV and returns it, to one caller only; undefined if already taken or purged. */
  takeCardCvv(hotelId: string, reservationId: string, cardId: string): Promise<Sealed | undefined>;
  /** Moves the TTL backstop of a card's secrets (after its purge time moved); absent items are skipped. */
  moveCardSecretsExpiry(hotelId: string, reservationId: string, cardId: string, purgeAt: string): Promise<void>;
  getUser(hotelId: string, userId: string): Promise<VaultUser | undefined>;
  /**
   * Takes one PIN attempt before the PIN is checked (counted as a failure until settled), so
   * concurrent guesses cannot exceed `max`: 'locked' when the user is locked or out of attempts.
   */
  reservePinAttempt(hotelId: string, userId: string, max: number, at: string): Promise<VaultUser | 'locked' | undefined>;
  /** A right PIN clears the count ('locked' if the user got locked meanwhile); a wrong one locks the user at `max`. */
  settlePinAttempt(hotelId: string, userId: string, right: boolean, max: number, at: string): Promise<'open' | 'locked'>;
  /** Every audit entry of a card, oldest first. */
  cardAudit(hotelId: string, cardId: string): Promise<CardAuditEntry[]>;
}

/** Timed work on the sharded due index, and lapses waiting for their hotel's digest. */
export interface SchedulingStore {
  /** Due work of one kind on one shard, oldest first, up to `until` (an ISO instant). */
  dueWork(work: DueWork, shard: number, until: string, limit: number, cursor?: string): Promise<Page<DueRef>>;
  readonly dueShards: number;
  pendingDigestLines(): Promise<DigestLine[]>;
  /**
   * Adds a payment to its day's digest (the line written once per event; the day put in the due
   * index at `dueAt`). Idempotent: the same line again changes nothing. False when that day's
   * digest was sent already (the line is then in no digest: send the payment's own e-mail).
   */
  addPaymentDigestLine(line: PaymentDigestLine, dueAt: string): Promise<boolean>;
  /** One day's payment digest of a hotel, read whole (consistent); undefined when none was started. */
  paymentDigest(hotelId: string, date: string): Promise<PaymentDigestDay | undefined>;
  /** The day's digest was sent (or had nothing to send): it leaves the due index. */
  markPaymentDigestSent(hotelId: string, date: string, at: string): Promise<void>;
}

/** Delivery of committed events: the relay to the queues, and each e-mail sent once. */
export interface OutboxStore {
  /**
   * Takes the sending of one e-mail of an event to one recipient until `leaseUntil`: `sent` when
   * it went out already, `busy` while another consumer holds it (a duplicate delivery of the
   * event), `claimed` when this one may send it. A lease that ran out (its holder died) is taken over.
   */
  claimEmail(eventId: string, recipient: string, now: string, leaseUntil: string): Promise<'claimed' | 'sent' | 'busy'>;
  /** Marks an e-mail as sent (after a claim). */
  markEmailSent(eventId: string, recipient: string, at: string): Promise<void>;
  getOutboxEvent(eventId: string): Promise<{ event: Envelope; relayedAt?: string } | undefined>;
  /** The event reached its queues: it leaves the redrive index. */
  markRelayed(eventId: string, at: string): Promise<void>;
}

/** A webhook endpoint as stored: the endpoint and its secrets, newest first, each sealed. */
export interface WebhookEndpointRecord {
  readonly endpoint: WebhookEndpoint;
  readonly secrets: readonly (WebhookSecret & { readonly sealed: Sealed })[];
}

export type DeliveryRef = { readonly hotelId: string; readonly endpointId: string; readonly deliveryId: string };

/** One event to one endpoint, with every attempt made (docs/webhooks.md). */
export interface WebhookDelivery extends DeliveryRef {
  readonly origin: 'event' | 'redelivery' | 'test';
  /** What is sent: the event as it was committed. */
  readonly event: Envelope;
  readonly status: DeliveryStatus;
  readonly attemptCount: number;
  readonly attempts: readonly DeliveryAttempt[];
  readonly createdAt: string;
  readonly firstAttemptAt?: string;
  /** When the next attempt is due (pending only). */
  readonly nextAttemptAt?: string;
  readonly leaseUntil?: string;
}

/** Webhook endpoints, their deliveries and the hotel's event feed. */
export interface WebhookStore {
  listEndpoints(hotelId: string): Promise<WebhookEndpointRecord[]>;
  getEndpoint(hotelId: string, endpointId: string): Promise<WebhookEndpointRecord | undefined>;
  /** False when there was none. */
  deleteEndpoint(hotelId: string, endpointId: string): Promise<boolean>;
  /** A failed attempt sets `failingSince` unless set (and returns it); a success removes it. */
  endpointHealth(hotelId: string, endpointId: string, outcome: 'failed' | 'succeeded', at: string): Promise<string | undefined>;
  /** Puts an event in the hotel's feed unless there already (false then). */
  recordFeedEvent(event: Envelope): Promise<boolean>;
  getFeedEvent(hotelId: string, eventId: string): Promise<Envelope | undefined>;
  /** The hotel's feed after an event id, oldest first, all types or one. */
  feed(hotelId: string, query: { type?: string; after?: string }, limit: number): Promise<Page<Envelope>>;
  /** Creates a delivery unless it exists (false then). */
  createDelivery(delivery: WebhookDelivery): Promise<boolean>;
  getDelivery(ref: DeliveryRef): Promise<WebhookDelivery | undefined>;
  /** Takes the attempt after `attemptCount` until `leaseUntil`; false when the delivery moved on or another worker holds it. */
  claimDelivery(ref: DeliveryRef, attemptCount: number, now: string, leaseUntil: string): Promise<boolean>;
  /** Appends an attempt and moves the delivery on, if no other attempt was recorded meanwhile. */
  recordAttempt(ref: DeliveryRef, attemptCount: number, attempt: DeliveryAttempt, next: { status: DeliveryStatus; firstAttemptAt: string; nextAttemptAt?: string }): Promise<boolean>;
  /** An endpoint's deliveries, newest first. */
  deliveries(hotelId: string, endpointId: string, limit: number, cursor?: string): Promise<Page<WebhookDelivery>>;
}

/** One attempt to deliver: a signed POST of `body` to `url`, one signature per secret. */
export interface WebhookRequest {
  readonly url: string;
  /** `webhook-id`: the event's id, the same on every retry and replay. */
  readonly messageId: string;
  readonly timestamp: Date;
  readonly body: string;
  /** `whsec_…` secrets, current first; each signs the message (a rotation's overlap sends two). */
  readonly secrets: readonly string[];
}

/** Posts webhooks: never throws for the receiver's failures, which are what the attempt records. */
export interface WebhookSender {
  send(request: WebhookRequest): Promise<DeliveryAttempt>;
}

/** The single table, by role: a use case names the roles it reads (the unit of work writes for all). */
export interface Store extends UnitOfWork, HotelStore, IdempotencyStore, ReservationStore, PaymentStore, AttemptStore, VaultStore, SchedulingStore, OutboxStore, WebhookStore {}

/**
 * The table's roles, each a part of the store a use case can name (`Needs<'store:vault'>`): a
 * function is wired with the parts its use cases name, and bundles only their repositories. A
 * use case given a store without a part it uses is a type error where it is wired.
 */
export interface StoreRoles {
  /** Committing a change set (`commit`): every entity's writes. */
  readonly commit: UnitOfWork;
  readonly hotels: HotelStore;
  /** The Idempotency-Keys of HTTP requests. */
  readonly requests: IdempotencyStore;
  readonly reservations: ReservationStore;
  readonly payments: PaymentStore & AttemptStore;
  readonly vault: VaultStore;
  readonly scheduling: SchedulingStore;
  readonly outbox: OutboxStore;
  readonly webhooks: WebhookStore;
}
export type StoreRole = keyof StoreRoles;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The store with these roles (all of them: `Store`). */
export type StoreWith<R extends StoreRole> = Intersection<StoreRoles[R]>;

/** The PSP side of hotel onboarding: the local sandbox provisions shops; the real Systempay needs nothing. */
export interface PspProvisioner {
  provisionShop(shop: { siteId: string } & PspSecrets): Promise<Partial<PspSecrets>>;
}

export type { PspSecrets };

/** Hashes PINs with a memory-hard KDF and checks them in constant time. */
export interface PinHasher {
  hash(pin: string): Promise<string>;
  verify(pin: string, encoded: string): Promise<boolean>;
  /** Does the same work as a verify and fails: unknown users cost as much as wrong PINs. */
  verifyNothing(pin: string): Promise<false>;
}
