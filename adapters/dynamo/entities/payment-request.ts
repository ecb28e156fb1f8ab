import type { Changes, PaymentRequestRecord } from '../../../app/ports';
import type { PaymentRequest } from '../../../domain/payment-request';
import { type IndexKeys, type Item, type PrimaryKey, type TxWrite, itemOf, valueOf, versionCondition } from '../item';
import type { PaymentSubject } from '../../../domain/payment-subject';
import * as due from './due-work';
import { collectionOf, subjectOfStored } from './subject';

/** A payment request, in its subject's collection, with its link URL sealed (the token is never stored in clear). */

export const ENTITY = 'paymentRequest';
const SK_PREFIX = 'REQUEST#';

export const key = (hotelId: string, subject: PaymentSubject, paymentRequestId: string): PrimaryKey => ({
  PK: collectionOf(hotelId, subject), SK: `${SK_PREFIX}${paymentRequestId}`,
});
export const belongs = (item: Item): boolean => String(item.SK).startsWith(SK_PREFIX);

/**
 * The hotel's listings (GSI1) of requests nobody answered yet, by creation time: one per kind of
 * subject, so the planning reads a stay's requests, its card renewals or its charges without
 * reading the others (a stay's keep the listing they always had).
 */
export const openListing = (hotelId: string, kind: PaymentSubject['kind'] = 'reservation'): string =>
  kind === 'reservation' ? `HOTEL#${hotelId}#OPEN_REQUESTS` : `HOTEL#${hotelId}#OPEN_REQUESTS#${kind}`;

/** While open, a request waits in the due index for its reminder, then for its expiry. */
export function indexKeys(p: PaymentRequest): IndexKeys {
  if (p.status !== 'pending' && p.status !== 'failed') return {};
  const what = due.subject.paymentRequest(p.hotelId, p.subject, p.paymentRequestId);
  // Unanswered: nothing paid or refused yet (an abandoned attempt is no answer).
  const unanswered = p.status === 'pending' ? { GSI1PK: openListing(p.hotelId, p.subject.kind), GSI1SK: `${p.createdAt}#${p.paymentRequestId}` } : {};
  const next = p.remindAt && !p.reminder ? due.entry('remind', what, p.remindAt) : due.entry('expire', what, p.expiresAt);
  return { ...unanswered, ...next };
}

export function toItem(record: PaymentRequestRecord): Item {
  const r = record.request;
  return itemOf(ENTITY, { ...key(r.hotelId, r.subject, r.paymentRequestId), ...indexKeys(r) }, { ...r, sealedUrl: record.sealedUrl });
}

export function fromItem(item: Item): PaymentRequestRecord {
  const { sealedUrl, reservationId, ...request } = valueOf<Item>(item);
  const subject = subjectOfStored({ subject: request.subject, reservationId });
  return { request: { ...request, subject } as unknown as PaymentRequest, sealedUrl: sealedUrl as PaymentRequestRecord['sealedUrl'] };
}

/** The request alone, as listed: its sealed URL stays in the table. */
export const listedFromItem = (item: Item): PaymentRequest => fromItem(item).request;

export const writes = (c: Changes): TxWrite[] =>
  (c.paymentRequests ?? []).map(({ value, expectedVersion }) => ({ Put: { Item: toItem(value), ...versionCondition(expectedVersion) } }));
