import { cardEndsAt, type Card } from './card';
import { RuleViolated } from './errors';
import type { PspMode } from './hotel';
import type { Money } from './money';
import type { PspPaymentState } from './psp-operation';
import type { Reservation } from './reservation';
import type { ChargeDetails, ChargeReason, Transaction } from './transaction';

/**
 * Charges of a card the guest registered at the PSP (docs/charges.md): merchant-initiated, server
 * to server. A charge is a transaction of type `charge` with its `charge` block; once the PSP took
 * the money it is a payment like any other (refundable).
 */
export type Charge = Transaction & { readonly type: 'charge'; readonly charge: ChargeDetails };

export const isCharge = (t: Transaction): t is Charge => t.type === 'charge' && t.charge !== undefined;

/** A card can be charged through the month of its expiry. */
export const cardExpiredAt = (card: Pick<Card, 'expiryMonth' | 'expiryYear'>, now: Date): boolean => now.getTime() >= cardEndsAt(card).getTime();

/**
 * The card a charge goes to: the one named, or else the primary card registered at the PSP (the
 * newest registered one when the primary card was typed or imported). Cards typed by staff or
 * imported from channels are never sent to the PSP.
 */
export function chargeableCard(cards: readonly Card[], cardId: string | undefined, now: Date): Card {
  const registered = cards.filter((c) => c.origin === 'psp' && c.status === 'active' && Date.parse(c.purgeAt) > now.getTime());
  const card = cardId !== undefined
    ? registered.find((c) => c.cardId === cardId)
    : registered.find((c) => c.primary) ?? [...registered].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!card) {
    throw new RuleViolated('no_registered_card', cardId !== undefined
      ? `Card ${cardId} is not a card registered at the PSP for this reservation (cards typed or imported are never charged)`
      : 'This reservation has no card registered at the PSP: send a guarantee request first');
  }
  if (cardExpiredAt(card, now)) {
    throw new RuleViolated('registered_card_expired', `The card ending ${card.last4} expired at the end of ${String(card.expiryMonth).padStart(2, '0')}/${card.expiryYear}`);
  }
  return card;
}

/** Checks what is asked against the reservation. */
export function assertChargeable(reservation: Reservation, amount: Money, reason: ChargeReason): void {
  if (amount.currency !== reservation.total.currency) throw new RuleViolated('currency_mismatch', `The reservation is in ${reservation.total.currency}`);
  if (reservation.status === 'cancelled' && reason !== 'no_show' && reason !== 'fee') {
    throw new RuleViolated('reservation_cancelled', 'A cancelled reservation can only be charged a no-show or a fee');
  }
}

/**
 * The order reference of a charge at the PSP: unique per charge (it finds the charge's payment
 * after an unanswered call), within Systempay's `orderId` alphabet.
 */
export const chargeOrderRef = (chargeId: string): string => `CHG-${chargeId}`;

export function newCharge(
  reservation: Reservation, card: Card, input: { readonly amount: Money; readonly reason: ChargeReason },
  ctx: { readonly now: Date; readonly chargeId: string; readonly provider: Transaction['psp']['provider']; readonly mode: PspMode; readonly linkBase: string },
): Charge {
  const at = ctx.now.toISOString();
  const orderRef = chargeOrderRef(ctx.chargeId);
  return {
    hotelId: reservation.hotelId,
    reservationId: reservation.reservationId,
    transactionId: ctx.chargeId,
    paymentRequestId: '',
    type: 'charge',
    status: 'pending',
    amount: input.amount,
    createdAt: at,
    updatedAt: at,
    psp: { provider: ctx.provider, transactionUuid: '', attemptRef: orderRef, status: '', mode: ctx.mode, ...(card.maskedNumber ? { maskedCard: card.maskedNumber } : {}) },
    charge: { status: 'requested', reason: input.reason, cardId: card.cardId, orderRef, requestedAt: at, linkBase: ctx.linkBase },
    version: 1,
  };
}

export const withChargeCall = (c: Charge, now: Date, details: ChargeDetails): Charge => ({ ...c, charge: details, updatedAt: now.toISOString(), version: c.version + 1 });

/** The PSP took the money: the charge is a payment, refundable in full. */
export function chargeSucceeded(c: Charge, now: Date, psp: { readonly uuid: string; readonly status: string; readonly reconciled?: boolean; readonly maskedCard?: string }): Charge {
  const at = now.toISOString();
  const { pspCall: _call, failure: _failure, ...details } = c.charge;
  return {
    ...c, status: 'succeeded', refundable: c.amount.amount, updatedAt: at, version: c.version + 1,
    psp: { ...c.psp, transactionUuid: psp.uuid, status: psp.status, ...(psp.maskedCard ? { maskedCard: psp.maskedCard } : {}) },
    charge: { ...details, status: 'succeeded', completedAt: at, ...(psp.reconciled ? { reconciled: true } : {}) },
  };
}

/** The PSP refused for good: nothing was taken. */
export function chargeFailed(c: Charge, now: Date, failure: { readonly code: string; readonly message: string }, reconciled?: boolean): Charge {
  const at = now.toISOString();
  const { pspCall: _call, ...details } = c.charge;
  return { ...c, status: 'failed', updatedAt: at, version: c.version + 1, charge: { ...details, status: 'failed', completedAt: at, failure, ...(reconciled ? { reconciled: true } : {}) } };
}

/** The issuer wants the cardholder to authenticate: the guest was sent a payment link for the same amount. */
export function chargeNeedsAction(c: Charge, now: Date, failure: { readonly code: string; readonly message: string }, paymentRequestId: string): Charge {
  const at = now.toISOString();
  const { pspCall: _call, ...details } = c.charge;
  return { ...c, updatedAt: at, version: c.version + 1, charge: { ...details, status: 'action_required', failure, paymentRequestId } };
}

/** A charge waiting for the guest can still be paid through its link. */
export const awaitsGuest = (c: Transaction): boolean => isCharge(c) && c.charge.status === 'action_required';

/**
 * What the PSP's order shows after a charge call that went unanswered: a payment it accepted
 * (the charge succeeded), one it refused (the charge failed), or none (the call never went through).
 */
export function chargeAtPsp(state: PspPaymentState | null): 'accepted' | 'refused' | 'none' {
  if (!state) return 'none';
  if (state.status === 'captured' || state.status === 'held' || state.status === 'to_validate') return 'accepted';
  if (state.status === 'refused' || state.status === 'cancelled') return 'refused';
  // Waiting at the PSP: treated as not known yet (the worker tries again later).
  return 'none';
}
