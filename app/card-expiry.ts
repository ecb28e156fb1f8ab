import { cardRenewalRequest, applyOutcome, isOpen } from '../domain/payment-request';
import { cardRenewalSubject } from '../domain/payment-subject';
import { recordOutcome } from '../domain/transaction';
import { cardExpiring, makeEvent, paymentRequestCreated } from '../events';
import type { Needs } from './deps';
import { stampHistory } from './history';
import type { CardRenewalSubject } from './payment-subjects';
import type { Changes, PaymentRequestRecord, StoredNotification } from './ports';
import type { PaymentNotice, PspNotices } from './psp';
import { departureStart, needsNewCard, registeredCard } from './registered-card';
import { hashSecret, linkContext } from './secrets';
import { type RunBudget, walkDue } from './timed-work';

/**
 * The card-expiry watch (docs/charges.md): a card the guest registered at the PSP that will not
 * work on the departure day (when the balance is charged) is found by a daily job, which asks the
 * guest by e-mail for a new card (a guarantee request whose subject is the renewal) and tells the
 * hotel. The planning view lists the stay while the request is open.
 */

/**
 * The daily job: for each watched card, re-checked now, either the watch is dropped (the stay is
 * settled: another card, new dates, cancelled, over) or the guest is sent a request for a new card
 * (unless one is open) and the hotel is told; one commit each, the watch deleted with it.
 */
export async function watchCardExpiry(deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit' | 'store:hotels' | 'store:reservations' | 'store:scheduling'>, budget: RunBudget, linkBase: string) {
  return walkDue(deps, 'card-expiry', budget, async (ref) => {
    if (!ref.cardId) return null;
    const watch = { hotelId: ref.hotelId, reservationId: ref.reservationId, cardId: ref.cardId };
    const [hotel, agg] = await Promise.all([deps.store.getHotel(ref.hotelId), deps.store.getReservation(ref.hotelId, ref.reservationId)]);
    const card = agg?.cards.find((c) => c.cardId === ref.cardId);
    const now = deps.clock.now();
    if (!hotel || !agg || !card || !needsNewCard(agg, card, hotel.hotel.timezone, now)) {
      await deps.store.commit({ cardWatches: [{ ...watch, dueAt: null }] });
      return 'settled';
    }
    const subject = cardRenewalSubject(agg.reservation.reservationId, card.cardId);
    const open = agg.requests.find((r) => r.request.subject.kind === 'card-renewal' && isOpen(r.request, now));
    const at = now.toISOString();
    const expiring = { reservationId: agg.reservation.reservationId, cardId: card.cardId, maskedCard: card.maskedNumber, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear };
    const meta = () => ({ id: deps.ids.newId(), occurredAt: now, hotelId: ref.hotelId });
    if (open) {
      await deps.store.commit({ cardWatches: [{ ...watch, dueAt: null }] });
      return 'already_asked';
    }
    const request = cardRenewalRequest(ref.hotelId, subject, agg.reservation.total, { now, paymentRequestId: deps.ids.newId(), departureStart: departureStart(agg.reservation, hotel.hotel.timezone) });
    const token = deps.ids.newSecret();
    const sealedUrl = await deps.sealer.seal(`${linkBase.replace(/\/$/, '')}/pay/${token}`, linkContext(ref.hotelId, request.paymentRequestId));
    await deps.store.commit({
      cardWatches: [{ ...watch, dueAt: null }],
      paymentRequests: [{ value: { request, sealedUrl }, expectedVersion: null }],
      link: { tokenHash: hashSecret(token), hotelId: ref.hotelId, subject, paymentRequestId: request.paymentRequestId, expiresAt: request.expiresAt },
      history: stampHistory(deps.ids, ref.hotelId, ref.reservationId, [{
        at, type: 'card_expiring', actor: 'system', detail: { ...expiring, paymentRequestId: request.paymentRequestId },
      }]),
      events: [
        makeEvent(paymentRequestCreated, meta(), {
          reservationId: ref.reservationId, paymentRequestId: request.paymentRequestId, type: request.type, delivery: request.delivery, amount: request.amount, expiresAt: request.expiresAt,
        }),
        makeEvent(cardExpiring, meta(), { ...expiring, paymentRequestId: request.paymentRequestId }),
      ],
    });
    return 'asked';
  });
}

/**
 * The guest answered a card renewal: a card registered becomes the stay's primary card (the old
 * one stays until its purge); a refusal is recorded and the link stays open for another try.
 * The reservation itself does not change.
 */
export async function settleCardRenewal(
  deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit'>,
  { n, notice, gateway, subject, record, markProcessed, now }: {
    readonly n: StoredNotification; readonly notice: PaymentNotice; readonly gateway: PspNotices; readonly subject: CardRenewalSubject;
    readonly record: PaymentRequestRecord; readonly markProcessed: (result: string) => Changes['notification']; readonly now: Date;
  },
): Promise<'applied'> {
  const { agg, hotel } = subject;
  const outcome = notice.outcome;
  const existingTx = agg.transactions.find((t) => t.psp.transactionUuid === outcome.pspTransactionId);
  const tx = recordOutcome(existingTx, outcome, {
    now, transactionId: existingTx?.transactionId ?? deps.ids.newId(), hotelId: n.hotelId, reservationId: agg.reservation.reservationId,
    paymentRequestId: record.request.paymentRequestId, provider: gateway.provider,
  });
  const request = applyOutcome(record.request, outcome, { now, ...(tx && outcome.kind === 'succeeded' ? { transactionId: tx.transactionId } : {}) });
  const becameSucceeded = record.request.status !== 'succeeded' && request.status === 'succeeded';
  const card = becameSucceeded && outcome.tokenCreated ? await registeredCard(deps, gateway, n, notice, agg, hotel.hotel, now) : undefined;
  await deps.store.commit({
    notification: markProcessed(outcome.kind),
    paymentRequests: [{ value: { ...record, request }, expectedVersion: record.request.version }],
    ...(card ? { cards: card.cards, cardSecrets: [card.secrets], audit: [card.audit], ...(card.watch?.length ? { cardWatches: card.watch } : {}) } : {}),
    ...(tx ? { transactions: [{ value: tx, expectedVersion: existingTx ? existingTx.version : null }] } : {}),
    history: stampHistory(deps.ids, n.hotelId, agg.reservation.reservationId, [{
      at: now.toISOString(), type: card ? 'card_renewed' : outcome.kind === 'succeeded' ? 'payment_succeeded' : outcome.kind === 'failed' ? 'payment_failed' : outcome.kind === 'pending' ? 'payment_pending' : 'payment_abandoned',
      actor: 'psp', detail: { paymentRequestId: request.paymentRequestId, pspStatus: outcome.pspStatus, attempt: outcome.attemptRef, replaces: subject.cardId, ...(card ? { cardId: card.cards[0]!.value.cardId } : {}) },
    }]),
  });
  return 'applied';
}
