import type { Changes } from '../../../app/ports';
import type { Transaction } from '../../../domain/transaction';
import { IF_NEW, type IndexKeys, type Item, type PrimaryKey, type TxWrite, itemOf, valueOf, versionCondition } from '../item';
import * as due from './due-work';
import { collection } from './reservation';

/**
 * A transaction (payment, card verification, refusal, refund), in its reservation's collection and
 * in the hotel's monthly history (GSI1); and its ref, which finds the reservation from the
 * transaction id alone (refunds are asked by transaction id).
 */

export const ENTITY = 'transaction';
export const REF_ENTITY = 'transactionRef';
export const SK_PREFIX = 'TRANSACTION#';

export const key = (hotelId: string, reservationId: string, transactionId: string): PrimaryKey => ({
  PK: collection(hotelId, reservationId), SK: `${SK_PREFIX}${transactionId}`,
});
export const belongs = (item: Item): boolean => String(item.SK).startsWith(SK_PREFIX);
export const refKey = (hotelId: string, transactionId: string): PrimaryKey => ({ PK: `HOTEL#${hotelId}#TXREF#${transactionId}`, SK: 'TXREF' });

/** The UTC month (YYYY-MM) an instant falls in. */
export const monthOf = (iso: string): string => iso.slice(0, 7);
/** One history partition per hotel and UTC month: a month of transactions, in time order. */
export const monthListing = (hotelId: string, month: string): string => `HOTEL#${hotelId}#TX#${month}`;
/** The one partition the first release listed every transaction of a hotel in (`ops/migrate.ts` moves them off it). */
export const firstReleaseListing = (hotelId: string): string => `HOTEL#${hotelId}#TRANSACTIONS`;

export const indexKeys = (t: Pick<Transaction, 'hotelId' | 'reservationId' | 'transactionId' | 'createdAt' | 'hold'>): IndexKeys => ({
  GSI1PK: monthListing(t.hotelId, monthOf(t.createdAt)), GSI1SK: `${t.createdAt}#${t.transactionId}`,
  ...holdDue(t),
});

/**
 * While a pre-authorisation holds money, it waits in the due index for its lapse warning, its
 * release at departure, and in the end its lapse (marked once the bank has dropped it).
 */
function holdDue(t: Pick<Transaction, 'hotelId' | 'reservationId' | 'transactionId' | 'hold'>): IndexKeys {
  const h = t.hold;
  if (!h || h.held <= 0) return {};
  const times = [h.warnAt && !h.warned ? h.warnAt : undefined, h.releaseAt, h.expiresAt].filter((x): x is string => x !== undefined).sort();
  const next = times[0];
  return next ? due.entry('hold', due.subject.transaction(t.hotelId, t.reservationId, t.transactionId), next) : {};
}

export const toItem = (t: Transaction): Item => itemOf(ENTITY, { ...key(t.hotelId, t.reservationId, t.transactionId), ...indexKeys(t) }, t);
export const refItem = (t: Pick<Transaction, 'hotelId' | 'reservationId' | 'transactionId'>): Item => itemOf(REF_ENTITY, refKey(t.hotelId, t.transactionId), { reservationId: t.reservationId });
export const fromItem = (item: Item): Transaction => valueOf<Transaction>(item);
export const reservationIdOfRef = (item: Item | undefined): string | undefined => item?.reservationId as string | undefined;

export function writes(c: Changes): TxWrite[] {
  const out: TxWrite[] = [];
  for (const { value: t, expectedVersion } of c.transactions ?? []) {
    out.push({ Put: { Item: toItem(t), ...versionCondition(expectedVersion) } });
    if (expectedVersion === null) out.push({ Put: { Item: refItem(t), ...IF_NEW } });
  }
  for (const { payment: p, delta, expectedVersion } of c.refundable ?? []) {
    const versioned = expectedVersion !== undefined ? ' AND version = :v' : '';
    // A hold is one conditional update: however many arrive at once, the sum never exceeds the payment.
    out.push({ Update: {
      Key: key(p.hotelId, p.reservationId, p.transactionId),
      UpdateExpression: 'SET refundable = refundable + :delta, version = version + :one',
      ConditionExpression: (delta < 0
        ? '#status = :succeeded AND #type IN (:payment, :preauthorisation, :charge) AND refundable >= :need'
        : 'attribute_exists(refundable)') + versioned,
      ...(delta < 0 ? { ExpressionAttributeNames: { '#status': 'status', '#type': 'type' } } : {}),
      ExpressionAttributeValues: {
        ':delta': delta, ':one': 1, ...(delta < 0 ? { ':succeeded': 'succeeded', ':payment': 'payment', ':preauthorisation': 'preauthorisation', ':charge': 'charge', ':need': -delta } : {}),
        ...(expectedVersion !== undefined ? { ':v': expectedVersion } : {}),
      },
    } });
  }
  // Transactions a decision was based on: checked as read, not written.
  for (const t of c.unchanged ?? []) {
    out.push({ ConditionCheck: { Key: key(t.hotelId, t.reservationId, t.transactionId), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': t.version } } });
  }
  return out;
}
