import type { PaymentRequest } from '../../domain/payment-request';
import type { Reservation } from '../../domain/reservation';
import type { Card } from '../../domain/card';

/**
 * The single table, described once. The CDK stateful stack, the local runtime and the repository
 * adapter all read this module; nothing about keys or indexes is written anywhere else.
 * Access patterns: docs/data-model.md.
 */
export const TABLE = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLiveAttribute: 'ttl',
  /** Stream of new images: the outbox relay (dispatch-events) reads inserted outbox items from it. */
  stream: 'NEW_IMAGE',
  globalSecondaryIndexes: [
    /** Hotel-wide listings ordered by time: transactions, options by deadline, lapses, open requests. */
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'ALL' },
    /** Timed work, sparse and write-sharded: what is due, by kind and due time. Keys are enough to act. */
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'KEYS_ONLY' },
  ],
} as const;

/** Partitions per kind of timed work: spreads one busy minute over several partitions. */
export const DUE_SHARDS = 8;
export type DueKind = 'LAPSE' | 'REMIND' | 'EXPIRE' | 'RELAY' | 'PURGE';

/** An outbox event the stream has not relayed this long after it was committed is redriven. */
export const RELAY_GRACE_MS = 5 * 60_000;

/** A stable shard for an id (FNV-1a), so an item stays on its shard whatever its due time. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % DUE_SHARDS;
}

export const duePartition = (kind: DueKind, shard: number): string => `DUE#${kind}#${shard}`;

export type EntityName =
  | 'digestLine'
  | 'hotel'
  | 'apiKey'
  | 'reservation'
  | 'history'
  | 'paymentRequest'
  | 'transaction'
  | 'link'
  | 'pspAttempt'
  | 'pspCounter'
  | 'pspNotification'
  | 'outbox'
  | 'emailReceipt'
  | 'transactionRef'
  | 'idempotency'
  | 'card'
  | 'cardSecret'
  | 'cardCvv'
  | 'cardRef'
  | 'cardAudit'
  | 'vaultUser'
  | 'pspLock';

export interface Keys {
  PK: string;
  SK: string;
  GSI1PK?: string;
  GSI1SK?: string;
  GSI2PK?: string;
  GSI2SK?: string;
}

type IndexKeys = Omit<Keys, 'PK' | 'SK'>;

export const hotelListing = {
  options: (hotelId: string) => `HOTEL#${hotelId}#OPTIONS`,
  lapsed: (hotelId: string) => `HOTEL#${hotelId}#LAPSED`,
  openRequests: (hotelId: string) => `HOTEL#${hotelId}#OPEN_REQUESTS`,
  /** One partition per hotel and UTC month: a month of transactions, in time order. */
  transactions: (hotelId: string, month: string) => `HOTEL#${hotelId}#TX#${month}`,
} as const;

/** The UTC month (YYYY-MM) an instant falls in: the transaction listing's partition. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/**
 * Index entries follow from an entity's state, here and only here, so every write keeps the
 * planning listings (GSI1) and the timed-work index (GSI2) right.
 */
export function reservationIndexKeys(r: Reservation): IndexKeys {
  const id = `${r.hotelId}#${r.reservationId}`;
  if (r.status === 'option') {
    return {
      GSI1PK: hotelListing.options(r.hotelId), GSI1SK: `${r.optionDeadline}#${r.reservationId}`,
      ...(r.lapse ? {} : { GSI2PK: duePartition('LAPSE', shardOf(id)), GSI2SK: `${r.optionDeadline}#${id}` }),
    };
  }
  if (r.status === 'expired' && r.lapse) return { GSI1PK: hotelListing.lapsed(r.hotelId), GSI1SK: `${r.lapse.at}#${r.reservationId}` };
  return {};
}

/** An outbox event waits in the due index until the relay marks it delivered. */
export function outboxIndexKeys(eventId: string, occurredAt: string): IndexKeys {
  const due = new Date(Date.parse(occurredAt) + RELAY_GRACE_MS).toISOString();
  return { GSI2PK: duePartition('RELAY', shardOf(eventId)), GSI2SK: `${due}#OUTBOX#${eventId}` };
}

/** An active card waits in the purge index until its secrets are deleted. */
export function cardIndexKeys(c: Card): IndexKeys {
  if (c.status !== 'active') return {};
  const id = `${c.hotelId}#${c.reservationId}#${c.cardId}`;
  return { GSI2PK: duePartition('PURGE', shardOf(id)), GSI2SK: `${c.purgeAt}#${id}` };
}

export function paymentRequestIndexKeys(p: PaymentRequest): IndexKeys {
  if (p.status !== 'pending' && p.status !== 'failed') return {};
  const id = `${p.hotelId}#${p.reservationId}#${p.paymentRequestId}`;
  // Unanswered: nothing paid or refused yet (an abandoned attempt is no answer).
  const unanswered = p.status === 'pending'
    ? { GSI1PK: hotelListing.openRequests(p.hotelId), GSI1SK: `${p.createdAt}#${p.paymentRequestId}` }
    : {};
  const next = p.remindAt && !p.reminder
    ? { GSI2PK: duePartition('REMIND', shardOf(id)), GSI2SK: `${p.remindAt}#${id}` }
    : { GSI2PK: duePartition('EXPIRE', shardOf(id)), GSI2SK: `${p.expiresAt}#${id}` };
  return { ...unanswered, ...next };
}

const res = (hotelId: string, reservationId: string) => `HOTEL#${hotelId}#RES#${reservationId}`;

/** Key builders, one per entity. A reservation's item collection holds its requests, transactions and history. */
export const keys = {
  hotel: (hotelId: string): Keys => ({ PK: `HOTEL#${hotelId}`, SK: 'HOTEL' }),
  apiKey: (keyHash: string): Keys => ({ PK: `APIKEY#${keyHash}`, SK: 'APIKEY' }),
  reservationCollection: (hotelId: string, reservationId: string) => res(hotelId, reservationId),
  reservation: (hotelId: string, reservationId: string): Keys => ({ PK: res(hotelId, reservationId), SK: 'RESERVATION' }),
  history: (hotelId: string, reservationId: string, entryId: string): Keys => ({ PK: res(hotelId, reservationId), SK: `HISTORY#${entryId}` }),
  paymentRequest: (hotelId: string, reservationId: string, id: string): Keys => ({ PK: res(hotelId, reservationId), SK: `REQUEST#${id}` }),
  transaction: (hotelId: string, reservationId: string, id: string, createdAt: string): Keys => ({
    PK: res(hotelId, reservationId), SK: `TRANSACTION#${id}`, GSI1PK: hotelListing.transactions(hotelId, monthOf(createdAt)), GSI1SK: `${createdAt}#${id}`,
  }),
  /** Finds a transaction's reservation from its id alone (refunds are asked by transaction id). */
  transactionRef: (hotelId: string, id: string): Keys => ({ PK: `HOTEL#${hotelId}#TXREF#${id}`, SK: 'TXREF' }),
  card: (hotelId: string, reservationId: string, cardId: string): Keys => ({ PK: res(hotelId, reservationId), SK: `CARD#${cardId}` }),
  /** The sealed number (or PSP token) of a card, apart from the card so the purge (or TTL) deletes it alone. */
  cardSecret: (hotelId: string, reservationId: string, cardId: string): Keys => ({ PK: res(hotelId, reservationId), SK: `CARDSECRET#${cardId}` }),
  /** The sealed CVV, alone: deleted by the first reveal that shows it. */
  cardCvv: (hotelId: string, reservationId: string, cardId: string): Keys => ({ PK: res(hotelId, reservationId), SK: `CARDCVV#${cardId}` }),
  /** Held by the one refund whose PSP call on this payment is under way or unanswered: operations on a payment go one at a time. */
  pspLock: (hotelId: string, reservationId: string, paymentId: string): Keys => ({ PK: res(hotelId, reservationId), SK: `PSPLOCK#${paymentId}` }),
  cardRef: (hotelId: string, cardId: string): Keys => ({ PK: `HOTEL#${hotelId}#CARDREF#${cardId}`, SK: 'CARDREF' }),
  cardAudit: (hotelId: string, cardId: string, at: string, entryId: string): Keys => ({ PK: `HOTEL#${hotelId}#CARDAUDIT#${cardId}`, SK: `${at}#${entryId}` }),
  vaultUser: (hotelId: string, userId: string): Keys => ({ PK: `HOTEL#${hotelId}#USER#${userId}`, SK: 'USER' }),
  /** A request's Idempotency-Key, per hotel and operation. */
  idempotency: (hotelId: string, scope: string, keyHash: string): Keys => ({ PK: `HOTEL#${hotelId}#IDEMPOTENCY#${scope}#${keyHash}`, SK: 'IDEMPOTENCY' }),
  link: (tokenHash: string): Keys => ({ PK: `LINK#${tokenHash}`, SK: 'LINK' }),
  /** One PSP attempt (a rendered form) per shop, UTC day and trans id: maps the notification back to its request. */
  pspAttempt: (siteId: string, day: string, transId: string): Keys => ({ PK: `PSPATTEMPT#${siteId}#${day}#${transId.toLowerCase()}`, SK: 'ATTEMPT' }),
  /** Atomic counter allocating `vads_trans_id` per shop per UTC day. */
  pspCounter: (siteId: string, day: string): Keys => ({ PK: `PSPCOUNTER#${siteId}#${day}`, SK: 'COUNTER' }),
  pspNotification: (hotelId: string, notificationId: string): Keys => ({ PK: `HOTEL#${hotelId}#PSPNOTIF#${notificationId}`, SK: 'NOTIFICATION' }),
  outbox: (eventId: string): Keys => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' }),
  emailReceipt: (eventId: string, recipient: string): Keys => ({ PK: `EMAIL#${eventId}#${recipient}`, SK: 'SENT' }),
  /** Lapses waiting to be reported in a hotel's digest: one small partition, read whole at the end of each sweep. */
  digestLine: (hotelId: string, reservationId: string): Keys => ({ PK: 'DIGEST#PENDING', SK: `${hotelId}#${reservationId}` }),
} as const;

/** Sort-key prefixes inside a reservation's collection. */
export const COLLECTION_PREFIX = {
  reservation: 'RESERVATION',
  history: 'HISTORY#',
  paymentRequest: 'REQUEST#',
  transaction: 'TRANSACTION#',
  card: 'CARD#',
} as const;
