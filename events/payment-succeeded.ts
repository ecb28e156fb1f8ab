import * as z from 'zod/mini';
import { defineEvent } from './envelope';
import { moneySchema } from './money';

/** A guarantee was registered or a deposit was paid. */
export const paymentSucceeded = /* @__PURE__ */ defineEvent('payment.succeeded', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
  transactionId: z.string(),
  type: z.enum(['deposit', 'guarantee', 'preauthorisation', 'charge']),
  amount: moneySchema,
}));

/** Money arrived for a reservation no longer on option (lapsed or cancelled meanwhile): the hotel decides. */
export const paymentReceivedAfterClose = /* @__PURE__ */ defineEvent('payment.received-after-close', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
  transactionId: z.string(),
  amount: moneySchema,
  reservationStatus: z.string(),
}));

/** A second payment arrived on a request already paid (two tabs, two cards): the hotel refunds one. */
export const paymentReceivedTwice = /* @__PURE__ */ defineEvent('payment.received-twice', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
  transactionId: z.string(),
  amount: moneySchema,
}));
