/**
 * What a payment request is for. A reservation today; a debtor invoice next, as its own variant.
 * The request, its link, the PSP attempts it starts and its history all name their subject, so
 * the hosted page, the matching of notifications and the e-mails work per subject.
 */
export type PaymentSubject = { readonly kind: 'reservation'; readonly reservationId: string };

export const reservationSubject = (reservationId: string): PaymentSubject => ({ kind: 'reservation', reservationId });

/**
 * The subject's reference as the PSP carries it (Systempay's `vads_order_id`) and its back office
 * shows it: a notification must name the subject its attempt was started for.
 */
export function subjectReference(s: PaymentSubject): string {
  switch (s.kind) {
    case 'reservation': return s.reservationId;
  }
}

/** For the default of a switch over every kind: a kind left unhandled is a type error there. */
export function unhandledSubject(s: never): never {
  throw new Error(`Unhandled payment subject ${JSON.stringify(s)}`);
}

/** The reservation a subject is, if it is one. */
export const reservationOf = (s: PaymentSubject): string | undefined => (s.kind === 'reservation' ? s.reservationId : undefined);
