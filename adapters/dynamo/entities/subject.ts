import { type PaymentSubject, reservationSubject } from '../../../domain/payment-subject';
import { collection as reservationCollection } from './reservation';

/**
 * Where a payment subject keeps its payment requests and their history: in its own item
 * collection (a reservation's), so one Query loads the subject with everything asked of it.
 */
export function collectionOf(hotelId: string, s: PaymentSubject): string {
  switch (s.kind) {
    // A charge is a transaction of its reservation: its requests live with them.
    case 'reservation': case 'charge': case 'card-renewal': return reservationCollection(hotelId, s.reservationId);
  }
}

/** The subject of a stored value; one written before requests named their subject names a reservation. */
export const subjectOfStored = (v: { readonly subject?: unknown; readonly reservationId?: unknown }): PaymentSubject =>
  (v.subject as PaymentSubject | undefined) ?? reservationSubject(String(v.reservationId));
