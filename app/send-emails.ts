import { Conflict } from '../domain/errors';
import { pickLanguage } from '../domain/language';
import { isCharge } from '../domain/charge';
import { isRefund, refundableOf } from '../domain/refund';
import type { Transaction } from '../domain/transaction';
import { isOpen } from '../domain/payment-request';
import { reservationSubject } from '../domain/payment-subject';
import {
  cardExpiring, chargeActionRequired, chargeFailed, chargeSucceeded, holdLapseWarning, optionsLapseDigest, paymentFailed, paymentReceivedAfterClose, paymentReceivedTwice, paymentRequestCreated, paymentRequestReminderDue, paymentSucceeded,
  readEvent, refundFailed, refundSucceeded, vaultUserChanged, webhookEndpointDisabled, type Envelope,
} from '../events';
import {
  renderEmail, type EmailData, type EmailKind, type HoldLapseData, type LapseDigestData, type RenderedEmail, type VaultUserData, type WebhookDisabledData,
} from '../templates/emails';
import { hotelPaymentEmailsOf, paymentDigestDueAt } from '../domain/policy';
import { localDate } from '../domain/time';
import type { Needs } from './deps';
import type { PaymentDigestLine } from './ports';
import { loadSubject, requestOf, subjectIn, type SubjectSummary } from './payment-subjects';
import { linkContext } from './secrets';

type Planned = {
  recipient: 'guest' | 'hotel';
  to: string;
  language: ReturnType<typeof pickLanguage>;
  replyTo?: string;
  /**
   * The hotel's policy gathers this e-mail into its daily payment digest (docs/hotel-digest.md):
   * a line is written instead, under the same claim; sent as usual if that day's digest is gone.
   */
  gather?: { line: PaymentDigestLine; dueAt: string };
} & (
  | { kind: Exclude<EmailKind, 'lapse-digest' | 'vault-user-hotel' | 'hold-lapse-hotel' | 'webhook-disabled-hotel' | 'payment-digest-hotel'>; data: EmailData }
  | { kind: 'webhook-disabled-hotel'; data: WebhookDisabledData }
  | { kind: 'lapse-digest'; data: LapseDigestData }
  | { kind: 'vault-user-hotel'; data: VaultUserData }
  | { kind: 'hold-lapse-hotel'; data: HoldLapseData }
);

/** The same call for every kind, each picking its own overload (the digest and the vault ones take no booking). */
const render = (p: Planned): RenderedEmail => {
  if (p.kind === 'lapse-digest') return renderEmail(p.kind, p.language, p.data);
  if (p.kind === 'vault-user-hotel') return renderEmail(p.kind, p.language, p.data);
  if (p.kind === 'hold-lapse-hotel') return renderEmail(p.kind, p.language, p.data);
  if (p.kind === 'webhook-disabled-hotel') return renderEmail(p.kind, p.language, p.data);
  return renderEmail(p.kind, p.language, p.data);
};

/**
 * 1. Read the event and load what the e-mail shows (fresh from the table, not from the event).
 * 2. Plan the e-mails: a request to the guest for e-mail delivery; confirmations to guest and hotel;
 *    a refund confirmation to the guest; to the hotel, a refused refund, a refused card (with why,
 *    and the option's new deadline) and money it must decide about (paid after the option closed,
 *    or paid twice), and every card vault user created or unlocked with its key. At most one
 *    e-mail per recipient kind.
 * 3. Claim each one for this event (a short lease), send it, mark it sent. One already sent is
 *    skipped; one another consumer is sending (the event delivered twice at once) makes this
 *    delivery retry later, so neither sends it twice nor loses it if that consumer dies. A
 *    failure throws so the queue retries. Only a death between the send and the mark (an answer
 *    SES never gave) can send an e-mail twice: at least once, never lost.
 */
export async function sendEmailsFor(deps: Needs<'clock' | 'mailer' | 'sealer' | 'store:hotels' | 'store:outbox' | 'store:reservations' | 'store:scheduling'>, raw: Envelope): Promise<number> {
  if (!deps.mailer) throw new Error('No mailer configured');
  const planned = await plan(deps, raw);
  let sent = 0;
  for (const p of planned) {
    const now = deps.clock.now();
    const claim = await deps.store.claimEmail(raw.id, p.recipient, now.toISOString(), new Date(now.getTime() + SENDING_LEASE_MS).toISOString());
    if (claim === 'sent') continue;
    if (claim === 'busy') throw new Conflict('email_being_sent', `The ${p.recipient} e-mail of event ${raw.id} is being sent by another delivery; retry`);
    if (p.gather && await deps.store.addPaymentDigestLine(p.gather.line, p.gather.dueAt)) {
      await deps.store.markEmailSent(raw.id, p.recipient, deps.clock.now().toISOString());
      continue;
    }
    const { subject, html, text } = render(p);
    await deps.mailer.send({ to: [p.to], subject, html, text, reference: `${raw.id}.${p.recipient}`, ...(p.replyTo ? { replyTo: p.replyTo } : {}) });
    await deps.store.markEmailSent(raw.id, p.recipient, deps.clock.now().toISOString());
    sent += 1;
  }
  return sent;
}

/** Longer than a send takes (SES answers in well under a second; the SDK gives up long before). */
const SENDING_LEASE_MS = 30_000;

async function plan(deps: Needs<'clock' | 'sealer' | 'store:hotels' | 'store:reservations'>, raw: Envelope): Promise<Planned[]> {
  if (raw.type === optionsLapseDigest.type) {
    const e = readEvent(optionsLapseDigest, raw);
    const hotel = (await deps.store.getHotel(raw.hotelId))?.hotel;
    if (!hotel) return [];
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'lapse-digest',
      data: { hotel: { name: hotel.name, email: hotel.email, timezone: hotel.timezone }, lapses: e.data.lapses },
    }];
  }
  if (raw.type === vaultUserChanged.type) {
    const e = readEvent(vaultUserChanged, raw);
    const hotel = (await deps.store.getHotel(raw.hotelId))?.hotel;
    if (!hotel) return [];
    // A control on whoever holds the hotel's key: sent whatever became of the user since, and
    // showing the user as the change wrote it (the event), not as it is now.
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'vault-user-hotel',
      data: {
        hotel: { name: hotel.name, email: hotel.email, timezone: hotel.timezone },
        user: {
          userId: e.data.userId, name: e.data.name, roles: e.data.roles, change: e.data.change, at: raw.occurredAt,
          ...(e.data.lockedAt ? { lockedAt: e.data.lockedAt } : {}),
          ...(e.data.failedAttempts !== undefined ? { failedAttempts: e.data.failedAttempts } : {}),
        },
      },
    }];
  }
  if (raw.type === webhookEndpointDisabled.type) {
    const e = readEvent(webhookEndpointDisabled, raw);
    const hotel = (await deps.store.getHotel(raw.hotelId))?.hotel;
    if (!hotel) return [];
    const url = new URL(e.data.url);
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'webhook-disabled-hotel',
      data: {
        hotel: { name: hotel.name, email: hotel.email, timezone: hotel.timezone },
        // Without the query: a receiver's URL may carry its own token there.
        endpointId: e.data.endpointId, endpointUrl: `${url.origin}${url.pathname}`, failingSince: e.data.failingSince, lastResult: e.data.lastResult,
      },
    }];
  }
  // Every other event is about a reservation's payments (its schema names it): the e-mails ask
  // the payment subject who pays, in what language, and what it is for.
  const subject = await loadSubject(deps, raw.hotelId, reservationSubject(String(raw.data.reservationId ?? '')));
  if (!subject) return [];
  const { agg } = subject;
  const hotel = subject.hotel.hotel;
  const r = agg.reservation;
  const payer = subject.payer;
  const guestLanguage = pickLanguage(payer.language, hotel.defaultLanguage);
  const base = {
    hotel: { name: hotel.name, email: hotel.email, timezone: hotel.timezone },
    guest: { ...(payer.title ? { title: payer.title } : {}), firstName: payer.firstName, lastName: payer.lastName },
    ...stayOf(subject.summary),
  };

  if (raw.type === paymentRequestCreated.type) {
    const e = readEvent(paymentRequestCreated, raw);
    // The request's own subject: the stay, a charge waiting for the guest, or a card to renew.
    const rec = agg.requests.find((x) => x.request.paymentRequestId === e.data.paymentRequestId);
    const own = rec && subjectIn(subject.hotel, agg, rec.request.subject);
    if (e.data.delivery !== 'email' || !rec || !own || rec.request.status !== 'pending' || own.closed) return [];
    const url = await deps.sealer.open(rec.sealedUrl, linkContext(hotel.hotelId, rec.request.paymentRequestId));
    const data: EmailData = { ...base, type: rec.request.type, amount: rec.request.amount, deadline: rec.request.expiresAt, url };
    const mail = { recipient: 'guest' as const, to: payer.email, language: guestLanguage, replyTo: hotel.email };
    switch (own.kind) {
      case 'charge': return [{ ...mail, kind: 'charge-request', data: { ...data, chargeReason: own.charge.charge.reason } }];
      case 'card-renewal': {
        const card = agg.cards.find((c) => c.cardId === own.cardId);
        return card ? [{ ...mail, kind: 'card-expiring-guest', data: { ...data, expiringCard: { masked: card.maskedNumber, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear } } }] : [];
      }
      case 'reservation': return [{ ...mail, kind: REQUEST_KIND[e.data.type as keyof typeof REQUEST_KIND], data }];
    }
  }
  if (raw.type === chargeSucceeded.type) {
    const e = readEvent(chargeSucceeded, raw);
    const charge = agg.transactions.find((t) => t.transactionId === e.data.chargeId);
    if (!charge || !isCharge(charge) || charge.charge.status !== 'succeeded') return [];
    // A receipt for every charge of the guest's card (at a fast check-out: the balance settled).
    return [{
      recipient: 'guest', to: payer.email, language: guestLanguage, replyTo: hotel.email, kind: 'charge-receipt',
      data: {
        ...base, type: 'charge', amount: charge.amount, chargeReason: charge.charge.reason, transactionId: charge.transactionId,
        paidAt: charge.charge.completedAt ?? raw.occurredAt, ...(charge.psp.maskedCard ? { card: charge.psp.maskedCard } : {}),
      },
    }];
  }
  if (raw.type === chargeFailed.type) {
    const e = readEvent(chargeFailed, raw);
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'charge-failed-hotel',
      data: { ...base, type: 'charge', amount: e.data.amount, chargeReason: e.data.reason, transactionId: e.data.chargeId, pspError: { code: e.data.code, message: e.data.message }, completedAt: raw.occurredAt },
    }];
  }
  if (raw.type === chargeActionRequired.type) {
    const e = readEvent(chargeActionRequired, raw);
    const rec = agg.requests.find((x) => x.request.paymentRequestId === e.data.paymentRequestId);
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'charge-action-hotel',
      data: { ...base, type: 'charge', amount: e.data.amount, chargeReason: e.data.reason, transactionId: e.data.chargeId, ...(rec ? { deadline: rec.request.expiresAt } : {}) },
    }];
  }
  if (raw.type === cardExpiring.type) {
    const e = readEvent(cardExpiring, raw);
    const rec = e.data.paymentRequestId ? agg.requests.find((x) => x.request.paymentRequestId === e.data.paymentRequestId) : undefined;
    const url = rec ? await deps.sealer.open(rec.sealedUrl, linkContext(hotel.hotelId, rec.request.paymentRequestId)) : undefined;
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'card-expiring-hotel',
      data: {
        ...base, type: 'guarantee', amount: r.total, expiringCard: { masked: e.data.maskedCard, expiryMonth: e.data.expiryMonth, expiryYear: e.data.expiryYear },
        ...(rec && url ? { url, deadline: rec.request.expiresAt } : {}),
      },
    }];
  }
  if (raw.type === paymentRequestReminderDue.type) {
    const e = readEvent(paymentRequestReminderDue, raw);
    const rec = requestOf(subject, e.data.paymentRequestId);
    // Checked again at sending time: never a reminder after a payment, a cancellation or expiry.
    if (!rec || rec.request.status !== 'pending' || subject.closed) return [];
    const url = await deps.sealer.open(rec.sealedUrl, linkContext(hotel.hotelId, rec.request.paymentRequestId));
    return [{
      recipient: 'guest', to: payer.email, language: guestLanguage, replyTo: hotel.email, kind: 'payment-reminder',
      data: { ...base, type: rec.request.type, amount: rec.request.amount, deadline: rec.request.expiresAt, url },
    }];
  }
  if (raw.type === holdLapseWarning.type) {
    const e = readEvent(holdLapseWarning, raw);
    const preauth = agg.transactions.find((t) => t.transactionId === e.data.transactionId);
    // Captured or released by the hotel meanwhile (the policy's own operation aside): nothing to warn of.
    if (e.data.action === 'none' && (!preauth?.hold || preauth.hold.held === 0)) return [];
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'hold-lapse-hotel',
      data: {
        hotel: base.hotel, guest: base.guest, reservationId: r.reservationId, arrival: r.arrival, departure: r.departure,
        held: e.data.held, holdExpiresAt: e.data.holdExpiresAt, transactionId: e.data.transactionId, action: e.data.action,
      },
    }];
  }
  if (raw.type === paymentSucceeded.type) {
    const e = readEvent(paymentSucceeded, raw);
    const held = holdOf(agg.transactions.find((t) => t.transactionId === e.data.transactionId));
    const data: EmailData = { ...base, type: e.data.type, amount: e.data.amount, transactionId: e.data.transactionId, paidAt: raw.occurredAt, ...held };
    // The hotel's policy may gather this one into a digest the next morning: listed on the day it is
    // processed at the hotel, so a day's digest, sent once the day is over, is whole.
    const date = localDate(deps.clock.now(), hotel.timezone);
    const gather = hotelPaymentEmailsOf(hotel.policy) === 'daily_digest'
      ? {
        gather: {
          dueAt: paymentDigestDueAt(date, hotel.timezone),
          line: {
            hotelId: hotel.hotelId, date, eventId: raw.id, reservationId: r.reservationId, guestName: `${payer.firstName} ${payer.lastName}`.trim(),
            arrival: data.arrival, departure: data.departure, type: e.data.type, amount: e.data.amount, transactionId: e.data.transactionId, paidAt: raw.occurredAt, ...held,
          },
        },
      }
      : {};
    return [
      { recipient: 'guest', to: payer.email, language: guestLanguage, kind: 'payment-confirmation-guest', data, replyTo: hotel.email },
      { recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'payment-confirmation-hotel', data, ...gather },
    ];
  }
  // Refunds only ever give back a payment, i.e. a deposit (a guarantee charges nothing).
  if (raw.type === refundSucceeded.type) {
    const e = readEvent(refundSucceeded, raw);
    const refund = agg.transactions.find((t) => t.transactionId === e.data.refundId);
    // Whatever the origin (API, cancellation, the PSP's back office): it is the guest's money either way.
    if (!refund || !isRefund(refund) || refund.refund.status !== 'succeeded') return [];
    return [{
      recipient: 'guest', to: payer.email, language: guestLanguage, replyTo: hotel.email, kind: 'refund-confirmation-guest',
      data: {
        ...base, type: 'deposit', amount: refund.amount, transactionId: refund.transactionId,
        parentTransactionId: refund.parentTransactionId, completedAt: refund.refund.completedAt ?? raw.occurredAt,
      },
    }];
  }
  if (raw.type === refundFailed.type) {
    const e = readEvent(refundFailed, raw);
    const found = agg.transactions.find((t) => t.transactionId === e.data.refundId);
    const refund = found && isRefund(found) ? found : undefined;
    // A failure is final: a refund on record in any other state means the event is not about it.
    // (Not on record at all: the hotel is told from the event rather than not at all.)
    if (found && refund?.refund.status !== 'failed') return [];
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'refund-failed',
      data: {
        ...base, type: 'deposit', amount: refund?.amount ?? e.data.amount, transactionId: e.data.refundId,
        parentTransactionId: refund?.parentTransactionId ?? e.data.parentTransactionId,
        pspError: { code: e.data.code, message: e.data.message },
        completedAt: refund?.refund.completedAt ?? raw.occurredAt,
        ...(refund?.refund.reason ? { reason: refund.refund.reason } : {}),
      },
    }];
  }
  if (raw.type === paymentReceivedAfterClose.type) {
    const e = readEvent(paymentReceivedAfterClose, raw);
    const tx = agg.transactions.find((t) => t.transactionId === e.data.transactionId);
    const rec = requestOf(subject, e.data.paymentRequestId);
    if (tx && alreadyGivenBack(tx)) return [];
    // Money taken (a deposit) may be refunded; a registered card (a guarantee, amount 0 on the
    // transaction) charged nothing: the e-mail then shows the amount the card was to guarantee.
    const type = tx ? TYPE_OF_TRANSACTION[tx.type] ?? 'guarantee' : (rec?.request.type ?? 'deposit');
    const amount = type === 'guarantee' ? (rec?.request.amount ?? e.data.amount) : (tx?.amount ?? e.data.amount);
    const held = holdOf(tx);
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'payment-after-close-hotel',
      data: { ...base, type, amount, transactionId: e.data.transactionId, paidAt: raw.occurredAt, reservationStatus: e.data.reservationStatus, ...held },
    }];
  }
  if (raw.type === paymentFailed.type) {
    const e = readEvent(paymentFailed, raw);
    const rec = requestOf(subject, e.data.paymentRequestId);
    // Paid since with another card: the hotel hears of the confirmation instead.
    if (rec?.request.status === 'succeeded') return [];
    // Shown as they stand now: a deadline the PMS has set since is the one that counts, and a
    // link replaced or expired since is not offered.
    const linkOpen = rec && isOpen(rec.request, deps.clock.now()) ? rec.request.expiresAt : undefined;
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'payment-failed-hotel',
      data: {
        ...base, type: e.data.type ?? rec?.request.type ?? 'deposit', amount: e.data.amount ?? rec?.request.amount ?? r.total,
        refusal: {
          // Events committed before reasons were named carry none: told as unknown, with the PSP's words below.
          reason: e.data.reason ?? 'unknown', pspStatus: e.data.pspStatus, at: raw.occurredAt,
          ...(e.data.authResult ? { authResult: e.data.authResult } : {}),
        },
        reservationStatus: r.status, optionDeadline: r.optionDeadline,
        deadlineForced: r.deadlineForced?.paymentRequestId === e.data.paymentRequestId,
        ...(linkOpen ? { deadline: linkOpen } : {}),
      },
    }];
  }
  if (raw.type === paymentReceivedTwice.type) {
    const e = readEvent(paymentReceivedTwice, raw);
    const tx = agg.transactions.find((t) => t.transactionId === e.data.transactionId);
    if (tx && alreadyGivenBack(tx)) return [];
    const first = requestOf(subject, e.data.paymentRequestId)?.request.transactionId;
    return [{
      recipient: 'hotel', to: hotel.email, language: hotel.defaultLanguage, kind: 'payment-twice-hotel',
      data: {
        ...base, type: tx?.type === 'preauthorisation' ? 'preauthorisation' : 'deposit', amount: tx?.amount ?? e.data.amount, transactionId: e.data.transactionId, paidAt: raw.occurredAt,
        ...(first && first !== e.data.transactionId ? { firstTransactionId: first } : {}),
      },
    }];
  }
  return [];
}

/**
 * A payment the hotel has already refunded in full (or asked to: a requested refund holds its
 * amount) by the time the e-mail goes out: nothing is left to decide, so it is not sent.
 */
const alreadyGivenBack = (tx: Transaction): boolean =>
  tx.status === 'succeeded' && refundableOf(tx) === 0 && (tx.type === 'payment' || tx.type === 'charge' || (tx.type === 'preauthorisation' && (tx.hold?.held ?? 0) === 0));

/** What the e-mails of a stay show of it. */
function stayOf(s: SubjectSummary): Pick<EmailData, 'reservationId' | 'arrival' | 'departure' | 'total'> {
  switch (s.kind) {
    case 'stay': return { reservationId: s.reservationId, arrival: s.arrival, departure: s.departure, total: s.total };
  }
}

const REQUEST_KIND = { deposit: 'deposit-request', guarantee: 'guarantee-request', preauthorisation: 'preauthorisation-request' } as const;

/** What a transaction that settled a request was asked as (a verification: a card registered as a guarantee). */
const TYPE_OF_TRANSACTION: Partial<Record<Transaction['type'], EmailData['type']>> = { payment: 'deposit', preauthorisation: 'preauthorisation', verification: 'guarantee', charge: 'charge' };

/** A pre-authorisation still holding money: until when (the hotel's e-mails say it). */
const holdOf = (tx: Transaction | undefined): { holdExpiresAt?: string } =>
  (tx?.hold && tx.hold.held > 0 ? { holdExpiresAt: tx.hold.expiresAt } : {});
