import { handleReminder } from '../domain/payment-request';
import { makeEvent, paymentRequestReminderDue } from '../events';
import type { Needs } from './deps';
import { loadSubject, requestOf, subjectHistory, subjectOfEvent } from './payment-subjects';
import { type RunBudget, walkDue } from './timed-work';

/**
 * The reminder job.
 * 1. Walk requests whose reminder time has come.
 * 2. Reload each: a guest who has not answered (no attempt, still pending, link alive) gets one
 *    reminder; any other request just has its reminder marked as no longer needed.
 * 3. One conditional write records it, with the `payment-request.reminder-due` event the e-mail
 *    sender reacts to; the request then waits in the index for its expiry instead.
 */
export async function sendReminders(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels' | 'store:reservations' | 'store:scheduling'>, budget: RunBudget) {
  return walkDue(deps, 'remind', budget, async (ref) => {
    const subject = ref.request && await loadSubject(deps, ref.hotelId, ref.request.subject);
    const rec = subject && requestOf(subject, ref.request!.paymentRequestId);
    if (!subject || !rec) return null;
    const now = deps.clock.now();
    const handled = handleReminder(rec.request, now);
    if (!handled) return null;
    const send = handled.send && !subject.closed;
    const { hotelId, paymentRequestId } = rec.request;
    await deps.store.commit({
      paymentRequests: [{ value: { ...rec, request: { ...handled.request, reminder: { at: now.toISOString(), sent: send } } }, expectedVersion: rec.request.version }],
      ...(send ? {
        history: subjectHistory(deps.ids, hotelId, subject.subject, [{ at: now.toISOString(), type: 'payment_reminder_sent', actor: 'system', detail: { paymentRequestId } }]),
        events: [makeEvent(paymentRequestReminderDue, { id: deps.ids.newId(), occurredAt: now, hotelId }, { ...subjectOfEvent(subject.subject), paymentRequestId })],
      } : {}),
    });
    return send ? 'reminded' : 'notNeeded';
  });
}
