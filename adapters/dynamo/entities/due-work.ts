import type { DueRef, DueWork } from '../../../app/ports';
import { cardRenewalSubject, chargeSubject, type PaymentSubject, reservationOf, reservationSubject } from '../../../domain/payment-subject';
import type { IndexKeys, Item } from '../item';

/**
 * The timed-work index (GSI2): sparse, so only what is due is in it, and write-sharded, so one
 * busy minute spreads over several partitions. An entry is `DUE#<KIND>#<shard>` /
 * `<dueAt>#<subject>`; the subject names the item to load and re-check.
 */

/** Partitions per kind of timed work. */
export const DUE_SHARDS = 8;

const KIND = { lapse: 'LAPSE', remind: 'REMIND', expire: 'EXPIRE', relay: 'RELAY', purge: 'PURGE', hold: 'HOLD', 'card-expiry': 'CARDEXPIRY', 'payment-digest': 'PAYDIGEST' } as const satisfies Record<DueWork, string>;

/** A stable shard for an id (FNV-1a), so an item stays on its shard whatever its due time. */
export function shardOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % DUE_SHARDS;
}

export const partition = (work: DueWork, shard: number): string => `DUE#${KIND[work]}#${shard}`;

/**
 * A payment subject as one part of an entry: a reservation by its bare id, as entries were written
 * before subjects had kinds; another kind will be `<kind>:<id>` (ids never hold ':').
 */
function token(s: PaymentSubject): string {
  switch (s.kind) {
    case 'reservation': return s.reservationId;
    case 'charge': return `charge:${s.reservationId}:${s.chargeId}`;
    case 'card-renewal': return `card-renewal:${s.reservationId}:${s.cardId}`;
  }
}
function fromToken(t: string): PaymentSubject {
  const parts = t.split(':');
  const [kind, reservationId = '', id = ''] = parts;
  if (parts.length !== 3) return reservationSubject(t);
  return kind === 'charge' ? chargeSubject(reservationId, id) : kind === 'card-renewal' ? cardRenewalSubject(reservationId, id) : reservationSubject(t);
}

/** What an entry names, per kind of item waiting. */
export const subject = {
  reservation: (hotelId: string, reservationId: string) => `${hotelId}#${reservationId}`,
  paymentRequest: (hotelId: string, subject: PaymentSubject, paymentRequestId: string) => `${hotelId}#${token(subject)}#${paymentRequestId}`,
  card: (hotelId: string, reservationId: string, cardId: string) => `${hotelId}#${reservationId}#${cardId}`,
  transaction: (hotelId: string, reservationId: string, transactionId: string) => `${hotelId}#${reservationId}#${transactionId}`,
  outbox: (eventId: string) => `OUTBOX#${eventId}`,
  paymentDigest: (hotelId: string, date: string) => `${hotelId}#${date}`,
} as const;

/** The index keys of an item due at `dueAt`; sharded by the subject unless told otherwise. */
export function entry(work: DueWork, what: string, dueAt: string, shardBy: string = what): IndexKeys {
  return { GSI2PK: partition(work, shardOf(shardBy)), GSI2SK: `${dueAt}#${what}` };
}

/** An index entry read back (keys only) as what is due. */
export function dueRef(work: DueWork, item: Item): DueRef {
  const [dueAt = '', a = '', b = '', fourth] = String(item.GSI2SK).split('#');
  if (a === 'OUTBOX') return { dueAt, eventId: b, hotelId: '', reservationId: '' };
  // The fourth part is a request id on REMIND/EXPIRE, a card id on PURGE.
  if (work === 'purge' || work === 'card-expiry') return { hotelId: a, reservationId: b, dueAt, ...(fourth ? { cardId: fourth } : {}) };
  if (work === 'payment-digest') return { hotelId: a, reservationId: '', dueAt, digestDate: b };
  if (work === 'hold') return { hotelId: a, reservationId: b, dueAt, ...(fourth ? { transactionId: fourth } : {}) };
  if (fourth && (work === 'remind' || work === 'expire')) {
    const subject = fromToken(b);
    return { hotelId: a, reservationId: reservationOf(subject) ?? '', dueAt, request: { subject, paymentRequestId: fourth } };
  }
  return { hotelId: a, reservationId: b, dueAt };
}
