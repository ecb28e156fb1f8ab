import { pickLanguage } from '../domain/language';
import { optionsLapseDigest, paymentRequestCreated, paymentRequestReminderDue, paymentSucceeded, readEvent, type Envelope } from '../events';
import { renderEmail, type EmailData, type EmailKind, type LapseDigestData } from '../templates/emails';
import type { Deps } from './deps';
import { linkContext } from './secrets';

type Planned = {
  recipient: 'guest' | 'hotel';
  to: string;
  language: ReturnType<typeof pickLanguage>;
  replyTo?: string;
} & ({ kind: Exclude<EmailKind, 'lapse-digest'>; data: EmailData } | { kind: 'lapse-digest'; data: LapseDigestData });

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
    // Same call on both sides, but each picks its own overload: the digest takes only hotel and lapses.
    const { subject, html, text } = p.kind === 'lapse-digest' ? renderEmail(p.kind, p.language, p.data) : renderEmail(p.kind, p.language, p.data);
    await deps.mailer.send({ to: [p.to], subject, html, text, ...(p.replyTo ? { replyTo: p.replyTo } : {}) });
    await deps.store.markEmailSent(raw.id, p.recipient, deps.clock.now().toISOString());
    sent += 1;
  }
  return sent;
}

async function plan(deps: Deps, raw: Envelope): Promise<Planned[]> {
  if (raw.type === optionsLapseDigest.type) {
    const e = readEvent(optionsLapseDigest, raw);
    const hotel = (await deps.store.getHotel(raw.hotelId))?.hotel;
    if (!hotel) return [];
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'lapse-digest',
      data: { hotel: { name: hotel.name, email: hotel.email, timezone: hotel.timezone }, lapses: e.data.lapses },
    }];
  }
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
    if (e.data.delivery !== 'email' || !rec || rec.request.status !== 'pending' || r.status !== 'option') return [];
    const url = await deps.sealer.open(rec.sealedUrl, linkContext(hotel.hotelId, rec.request.paymentRequestId));
    return [{
      recipient: 'guest', to: r.guest.email, language: guestLanguage, replyTo: hotel.email,
      kind: e.data.type === 'deposit' ? 'deposit-request' : 'guarantee-request',
      data: { ...base, type: e.data.type, amount: rec.request.amount, deadline: rec.request.expiresAt, url },
    }];
  }
  if (raw.type === paymentRequestReminderDue.type) {
    const e = readEvent(paymentRequestReminderDue, raw);
    const rec = agg.requests.find((x) => x.request.paymentRequestId === e.data.paymentRequestId);
    // Checked again at sending time: never a reminder after a payment, a cancellation or expiry.
    if (!rec || rec.request.status !== 'pending' || r.status !== 'option') return [];
    const url = await deps.sealer.open(rec.sealedUrl, linkContext(hotel.hotelId, rec.request.paymentRequestId));
    return [{
      recipient: 'guest', to: r.guest.email, language: guestLanguage, replyTo: hotel.email, kind: 'payment-reminder',
      data: { ...base, type: rec.request.type, amount: rec.request.amount, deadline: rec.request.expiresAt, url },
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
