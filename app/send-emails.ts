import { pickLanguage } from '../domain/language';
import { paymentRequestCreated, paymentSucceeded, readEvent, type Envelope } from '../events';
import { renderEmail, type EmailData, type EmailKind } from '../templates/emails';
import type { Deps } from './deps';
import { linkContext } from './secrets';

interface Planned {
  recipient: 'guest' | 'hotel';
  to: string;
  kind: EmailKind;
  language: ReturnType<typeof pickLanguage>;
  data: EmailData;
  replyTo?: string;
}

/**
 * 1. Read the event and load what the e-mail shows (fresh from the table, not from the event).
 * 2. Plan the e-mails: a request to the guest for e-mail delivery; confirmations to guest and hotel.
 * 3. Send each one not yet sent for this event, then mark it sent. A failure throws so the queue
 *    retries; e-mails already sent are not sent again.
 */
export async function sendEmailsFor(deps: Deps, raw: Envelope): Promise<number> {
  if (!deps.mailer) throw new Error('No mailer configured');
  const planned = await plan(deps, raw);
  let sent = 0;
  for (const p of planned) {
    if (await deps.store.wasEmailSent(raw.id, p.recipient)) continue;
    const { subject, html, text } = renderEmail(p.kind, p.language, p.data);
    await deps.mailer.send({ to: [p.to], subject, html, text, ...(p.replyTo ? { replyTo: p.replyTo } : {}) });
    await deps.store.markEmailSent(raw.id, p.recipient, deps.clock.now().toISOString());
    sent += 1;
  }
  return sent;
}

async function plan(deps: Deps, raw: Envelope): Promise<Planned[]> {
  const reservationId = String(raw.data.reservationId ?? '');
  const [hotelRec, agg] = await Promise.all([deps.store.getHotel(raw.hotelId), deps.store.getReservation(raw.hotelId, reservationId)]);
  if (!hotelRec || !agg) return [];
  const hotel = hotelRec.hotel;
  const r = agg.reservation;
  const guestLanguage = pickLanguage(r.guest.language, hotel.defaultLanguage);
  const base = {
    hotel: { name: hotel.name, email: hotel.email, timezone: hotel.timezone },
    guest: { ...(r.guest.title ? { title: r.guest.title } : {}), firstName: r.guest.firstName, lastName: r.guest.lastName },
    reservationId, arrival: r.arrival, departure: r.departure, total: r.total,
  };

  if (raw.type === paymentRequestCreated.type) {
    const e = readEvent(paymentRequestCreated, raw);
    const rec = agg.requests.find((x) => x.request.paymentRequestId === e.data.paymentRequestId);
    if (e.data.delivery !== 'email' || !rec || rec.request.status !== 'pending') return [];
    const url = await deps.sealer.open(rec.sealedUrl, linkContext(hotel.hotelId, rec.request.paymentRequestId));
    return [{
      recipient: 'guest', to: r.guest.email, language: guestLanguage, replyTo: hotel.email,
      kind: e.data.type === 'deposit' ? 'deposit-request' : 'guarantee-request',
      data: { ...base, type: e.data.type, amount: rec.request.amount, deadline: rec.request.expiresAt, url },
    }];
  }
  if (raw.type === paymentSucceeded.type) {
    const e = readEvent(paymentSucceeded, raw);
    const data: EmailData = { ...base, type: e.data.type, amount: e.data.amount, transactionId: e.data.transactionId, paidAt: raw.occurredAt };
    return [
      { recipient: 'guest', to: r.guest.email, language: guestLanguage, kind: 'payment-confirmation-guest', data, replyTo: hotel.email },
      { recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'payment-confirmation-hotel', data },
    ];
  }
  return [];
}
