import { expireRequest } from '../domain/payment-request';
import { makeEvent, paymentRequestExpired } from '../events';
import type { Needs } from './deps';
import { loadSubject, requestOf, subjectHistory, subjectOfEvent } from './payment-subjects';
import type { PaymentRequestRecord } from './ports';
import { type RunBudget, walkDue } from './timed-work';

/** Expires one open request whose link ran out, in one conditional write; false if it was not open or not due. */
export async function expireLink(deps: Needs<'clock' | 'ids' | 'store:commit'>, rec: PaymentRequestRecord): Promise<boolean> {
  const now = deps.clock.now();
  const next = expireRequest(rec.request, now);
  if (!next) return false;
  const { hotelId, subject, paymentRequestId } = next;
  await deps.store.commit({
    paymentRequests: [{ value: { ...rec, request: next }, expectedVersion: rec.request.version }],
    history: subjectHistory(deps.ids, hotelId, subject, [{ at: now.toISOString(), type: 'payment_request_expired', actor: 'system', detail: { paymentRequestId, reason: 'link_expired' } }]),
    events: [makeEvent(paymentRequestExpired, { id: deps.ids.newId(), occurredAt: now, hotelId }, { ...subjectOfEvent(subject), paymentRequestId, reason: 'link_expired' })],
  });
  return true;
}

/**
 * The link-expiry job: walks requests whose link is past `expiresAt` and expires those still open.
 * The hosted page does the same on open, so a guest never pays on a dead link between two runs.
 */
export async function expireLinks(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels' | 'store:reservations' | 'store:scheduling'>, budget: RunBudget) {
  return walkDue(deps, 'expire', budget, async (ref) => {
    const subject = ref.request && await loadSubject(deps, ref.hotelId, ref.request.subject);
    const rec = subject && requestOf(subject, ref.request!.paymentRequestId);
    if (!rec) return null;
    return (await expireLink(deps, rec)) ? 'expired' : null;
  });
}
