/**
 * What a payment request is for: a reservation, or a charge of a stored card the guest must
 * confirm with their bank (docs/charges.md); a debtor invoice next, as its own variant. The
 * request, its link, the PSP attempts it starts and its history all name their subject, so the
 * hosted page, the matching of notifications and the e-mails work per subject.
 */
export type PaymentSubject =
  | { readonly kind: 'reservation'; readonly reservationId: string }
  | { readonly kind: 'charge'; readonly reservationId: string; readonly chargeId: string }
  /** A new card for a stay whose registered card expires before it ends (`cardId`: the expiring one). */
  | { readonly kind: 'card-renewal'; readonly reservationId: string; readonly cardId: string };

export const reservationSubject = (reservationId: string): PaymentSubject => ({ kind: 'reservation', reservationId });
export const chargeSubject = (reservationId: string, chargeId: string): PaymentSubject => ({ kind: 'charge', reservationId, chargeId });
export const cardRenewalSubject = (reservationId: string, cardId: string): PaymentSubject => ({ kind: 'card-renewal', reservationId, cardId });

/**
 * The subject's reference as the PSP carries it (Systempay's `vads_order_id`) and its back office
 * shows it: a notification must name the subject its attempt was started for.
 */
export function subjectReference(s: PaymentSubject): string {
  switch (s.kind) {
    // A charge's payment names its reservation, as the PSP's back office shows it.
    case 'reservation': case 'charge': case 'card-renewal': return s.reservationId;
  }
}

/** For the default of a switch over every kind: a kind left unhandled is a type error there. */
export function unhandledSubject(s: never): never {
  throw new Error(`Unhandled payment subject ${JSON.stringify(s)}`);
}

/** The reservation a subject is, if it is one. */
export const reservationOf = (s: PaymentSubject): string | undefined => s.reservationId;
