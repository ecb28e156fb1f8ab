import { Conflict } from '../domain/errors';
import { renderEmail } from '../templates/emails';
import type { Needs } from './deps';
import { type RunBudget, walkDue } from './timed-work';

/**
 * The hotel's daily payment digest (docs/hotel-digest.md). A hotel whose policy says
 * `hotelPaymentEmails: daily_digest` is not e-mailed each payment received: send-emails writes a
 * line in the day's digest instead (app/send-emails.ts). This job sends each day's digest once the
 * day is over, at 08:00 at the hotel: one e-mail listing the day's payments, in the hotel's
 * language. A day with no payment has no digest and sends nothing.
 */

/** Longer than a send takes, as for every e-mail (app/send-emails.ts). */
const SENDING_LEASE_MS = 30_000;

/** The e-mail's id for its once-only claim: one per hotel and day. */
export const paymentDigestEmailId = (hotelId: string, date: string): string => `PAYDIGEST-${hotelId}-${date}`;

/**
 * For each day due: read its lines; claim the digest e-mail (the same claim as every e-mail: a
 * lease while sending, `sentAt` once sent), send it, mark it sent, then take the day out of the due
 * index. A run that dies after the send finds the e-mail marked sent and only closes the day; a
 * second run at once finds it busy and leaves it for the next run. At least once, never lost, and
 * twice only if the run dies between SES's answer and the mark, as for every e-mail.
 */
export async function sendPaymentDigests(deps: Needs<'clock' | 'mailer' | 'store:hotels' | 'store:outbox' | 'store:scheduling'>, budget: RunBudget) {
  if (!deps.mailer) throw new Error('No mailer configured');
  const mailer = deps.mailer;
  return walkDue(deps, 'payment-digest', budget, async (ref) => {
    const date = ref.digestDate;
    if (!date) return null;
    const day = await deps.store.paymentDigest(ref.hotelId, date);
    if (!day || day.sentAt) return null;
    const hotel = (await deps.store.getHotel(ref.hotelId))?.hotel;
    if (!hotel || day.lines.length === 0) {
      await deps.store.markPaymentDigestSent(ref.hotelId, date, deps.clock.now().toISOString());
      return 'empty';
    }
    const id = paymentDigestEmailId(ref.hotelId, date);
    const now = deps.clock.now();
    const claim = await deps.store.claimEmail(id, 'hotel', now.toISOString(), new Date(now.getTime() + SENDING_LEASE_MS).toISOString());
    if (claim === 'busy') throw new Conflict('email_being_sent', `The payment digest ${id} is being sent by another run`);
    if (claim === 'claimed') {
      const { subject, html, text } = renderEmail('payment-digest-hotel', hotel.defaultLanguage, {
        hotel: { name: hotel.name, email: hotel.email, timezone: hotel.timezone },
        date,
        payments: day.lines.map((l) => ({
          reservationId: l.reservationId, guestName: l.guestName, arrival: l.arrival, departure: l.departure, type: l.type,
          amount: l.amount, transactionId: l.transactionId, paidAt: l.paidAt, ...(l.holdExpiresAt ? { holdExpiresAt: l.holdExpiresAt } : {}),
        })),
      });
      await mailer.send({ to: [hotel.email], subject, html, text, reference: `${id}.hotel` });
      await deps.store.markEmailSent(id, 'hotel', deps.clock.now().toISOString());
    }
    await deps.store.markPaymentDigestSent(ref.hotelId, date, deps.clock.now().toISOString());
    return claim === 'claimed' ? 'sent' : 'already_sent';
  });
}
