import { expireRequest } from '../domain/payment-request';
import { makeEvent, paymentRequestExpired } from '../events';
import type { Needs } from './deps';
import { stampHistory } from './history';
import type { PaymentRequestRecord } from './ports';
import { type RunBudget, walkDue } from './timed-work';

/** Expires one open request whose link ran out, in one conditional write; false if it was not open or not due. */
export async function expireLink(deps: Needs<'clock' | 'ids' | 'store'>, rec: PaymentRequestRecord): Promise<boolean> {
  const now = deps.clock.now();
  const next = expireRequest(rec.request, now);
  if (!next) return false;
  const { hotelId, reservationId, paymentRequestId } = next;
  await deps.store.commit({
    paymentRequests: [{ value: { ...rec, request: next }, expectedVersion: rec.request.version }],
    history: stampHistory(deps.ids, hotelId, reservationId, [{ at: now.toISOString(), type: 'payment_request_expired', actor: 'system', detail: { paymentRequestId, reason: 'link_expired' } }]),
    events: [makeEvent(paymentRequestExpired, { id: deps.ids.newId(), occurredAt: now, hotelId }, { reservationId, paymentRequestId, reason: 'link_expired' })],
  });
  return true;
}

/**
 * The link-expiry job: walks requests whose link is past `expiresAt` and expires those still open.
 * The hosted page does the same on open, so a guest never pays on a dead link between two runs.
 */
export async function expireLinks(deps: Needs<'clock' | 'ids' | 'store'>, budget: RunBudget) {
  return walkDue(deps, 'expire', budget, async (ref) => {
    const agg = await deps.store.getReservation(ref.hotelId, ref.reservationId);
    const rec = agg?.requests.find((r) => r.request.paymentRequestId === ref.paymentRequestId);
    if (!agg || !rec) return null;
    return (await expireLink(deps, rec)) ? 'expired' : null;
  });
}
