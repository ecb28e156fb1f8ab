import { Conflict, NotFound } from '../domain/errors';
import { blocksNewRequest, createPaymentRequest, replaceRequest, type PaymentRequestInput } from '../domain/payment-request';
import { assertOnOption } from '../domain/reservation';
import { makeEvent, paymentRequestCreated } from '../events';
import type { Needs } from './deps';
import type { HotelRecord } from './ports';
import { subjectHistory } from './payment-subjects';
import { hashSecret, linkContext } from './secrets';

export interface CreatedRequest {
  paymentRequestId: string;
  type: string;
  status: string;
  amount: { amount: number; currency: string };
  url: string;
  expiresAt: string;
}

/**
 * 1. Load the reservation; it must be on option with a deadline ahead, and have no request the guest
 *    has not answered yet. A refused request still open is replaced: withdrawn in the same commit.
 * 2. Compute the amount (fixed, or a percentage of the stay rounded half-up).
 * 3. Mint an unguessable link token; store only its hash, and the URL sealed with KMS.
 * 4. Commit request, link, history and the `payment-request.created` event together with a bump
 *    of the reservation's version, so a concurrent second request fails; e-mail reacts to the event.
 */
export async function requestPayment(
  deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit' | 'store:hotels' | 'store:reservations'>,
  hotelId: string,
  reservationId: string,
  input: PaymentRequestInput,
  publicBaseUrl: string,
  /** The hotel, when the caller's key brought it already. */
  knownHotel?: HotelRecord,
): Promise<CreatedRequest> {
  const [hotel, agg] = await Promise.all([knownHotel ?? deps.store.getHotel(hotelId), deps.store.getReservation(hotelId, reservationId)]);
  if (!hotel || !agg) throw new NotFound('reservation_not_found', `No reservation ${reservationId}`);
  assertOnOption(agg.reservation);
  const now = deps.clock.now();
  // A charge's link (the guest confirming a charge with their bank) is not the reservation's own.
  const own = agg.requests.filter((r) => r.request.subject.kind === 'reservation');
  const open = own.find((r) => blocksNewRequest(r.request, now));
  if (open) {
    throw new Conflict('payment_request_open', `Payment request ${open.request.paymentRequestId} is still open until ${open.request.expiresAt}`);
  }
  const request = createPaymentRequest(agg.reservation, input, { now, paymentRequestId: deps.ids.newId(), policy: hotel.hotel.policy });
  // A refused request whose link still works is withdrawn by the new one: one payable link at a time.
  const replaced = own.flatMap((rec) => {
    const withdrawn = replaceRequest(rec.request, now);
    return withdrawn ? [{ value: { ...rec, request: withdrawn }, expectedVersion: rec.request.version }] : [];
  });
  const token = deps.ids.newSecret();
  const url = `${publicBaseUrl.replace(/\/$/, '')}/pay/${token}`;
  const sealedUrl = await deps.sealer.seal(url, linkContext(hotelId, request.paymentRequestId));
  const event = makeEvent(paymentRequestCreated, { id: deps.ids.newId(), occurredAt: now, hotelId }, {
    reservationId, paymentRequestId: request.paymentRequestId, type: request.type, delivery: request.delivery, amount: request.amount, expiresAt: request.expiresAt,
  });
  await deps.store.commit({
    // Bumping the reservation's version serialises request creation: of two concurrent calls
    // (a double click, a retry) one commits and the other gets 409, so only one link is ever open.
    reservation: { value: { ...agg.reservation, updatedAt: now.toISOString(), version: agg.reservation.version + 1 }, expectedVersion: agg.reservation.version },
    paymentRequests: [...replaced, { value: { request, sealedUrl }, expectedVersion: null }],
    link: { tokenHash: hashSecret(token), hotelId, subject: request.subject, paymentRequestId: request.paymentRequestId, expiresAt: request.expiresAt },
    history: subjectHistory(deps.ids, hotelId, request.subject, [
      ...replaced.map(({ value }) => ({
        at: now.toISOString(), type: 'payment_request_replaced' as const, actor: 'pms' as const,
        detail: { paymentRequestId: value.request.paymentRequestId, replacedBy: request.paymentRequestId, reason: 'payment_failed' },
      })),
      {
        at: now.toISOString(), type: 'payment_requested', actor: 'pms',
        detail: { paymentRequestId: request.paymentRequestId, type: request.type, amount: request.amount, delivery: request.delivery },
      },
    ]),
    events: [event],
  });
  return { paymentRequestId: request.paymentRequestId, type: request.type, status: request.status, amount: request.amount, url, expiresAt: request.expiresAt };
}
