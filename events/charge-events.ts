import * as z from 'zod/mini';
import { defineEvent } from './envelope';
import { moneySchema } from './money';

/** One charge of a stored card (docs/charges.md). */
const charge = () => ({
  reservationId: z.string(),
  chargeId: z.string(),
  amount: moneySchema,
  reason: z.enum(['prepayment', 'stay', 'balance', 'no_show', 'fee']),
});

/** A charge was accepted: the PSP-operation worker takes it to the PSP. */
export const chargeRequested = /* @__PURE__ */ defineEvent('charge.requested', 1, () => z.object(charge()));
/** The PSP took the money (by the merchant-initiated call, or through the link the guest was sent): the guest is e-mailed a receipt. */
export const chargeSucceeded = /* @__PURE__ */ defineEvent('charge.succeeded', 1, () => z.object({ ...charge(), via: z.enum(['card_on_file', 'guest_link']) }));
/** The PSP refused the charge for good: the hotel is e-mailed the reason. */
export const chargeFailed = /* @__PURE__ */ defineEvent('charge.failed', 1, () => z.object({ ...charge(), code: z.string(), message: z.string() }));
/** The issuer asked for the cardholder to authenticate: the guest was sent a payment link for the same amount (`paymentRequestId`). */
export const chargeActionRequired = /* @__PURE__ */ defineEvent('charge.action-required', 1, () => z.object({ ...charge(), paymentRequestId: z.string(), message: z.string() }));

/**
 * A registered card expires before its stay ends: the guest was sent a request for a new card
 * (`paymentRequestId`), or could not be (`paymentRequestId` absent: one is already open), and the
 * hotel is told.
 */
export const cardExpiring = /* @__PURE__ */ defineEvent('card.expiring', 1, () => z.object({
  reservationId: z.string(),
  cardId: z.string(),
  maskedCard: z.string(),
  expiryMonth: z.int(),
  expiryYear: z.int(),
  paymentRequestId: z.optional(z.string()),
}));
