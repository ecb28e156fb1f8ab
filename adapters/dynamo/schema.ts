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
    /** Hotel-wide listings ordered by time, e.g. all transactions of a hotel. */
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  ],
} as const;

export type EntityName =
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
  | 'emailReceipt';

export interface Keys {
  PK: string;
  SK: string;
  GSI1PK?: string;
  GSI1SK?: string;
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
    PK: res(hotelId, reservationId), SK: `TRANSACTION#${id}`, GSI1PK: `HOTEL#${hotelId}#TRANSACTIONS`, GSI1SK: `${createdAt}#${id}`,
  }),
  link: (tokenHash: string): Keys => ({ PK: `LINK#${tokenHash}`, SK: 'LINK' }),
  /** One PSP attempt (a rendered form) per shop, UTC day and trans id: maps the notification back to its request. */
  pspAttempt: (siteId: string, day: string, transId: string): Keys => ({ PK: `PSPATTEMPT#${siteId}#${day}#${transId.toLowerCase()}`, SK: 'ATTEMPT' }),
  /** Atomic counter allocating `vads_trans_id` per shop per UTC day. */
  pspCounter: (siteId: string, day: string): Keys => ({ PK: `PSPCOUNTER#${siteId}#${day}`, SK: 'COUNTER' }),
  pspNotification: (hotelId: string, notificationId: string): Keys => ({ PK: `HOTEL#${hotelId}#PSPNOTIF#${notificationId}`, SK: 'NOTIFICATION' }),
  outbox: (eventId: string): Keys => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' }),
  emailReceipt: (eventId: string, recipient: string): Keys => ({ PK: `EMAIL#${eventId}#${recipient}`, SK: 'SENT' }),
} as const;

/** Sort-key prefixes inside a reservation's collection. */
export const COLLECTION_PREFIX = {
  reservation: 'RESERVATION',
  history: 'HISTORY#',
  paymentRequest: 'REQUEST#',
  transaction: 'TRANSACTION#',
} as const;
