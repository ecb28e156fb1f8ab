import * as z from 'zod/mini';
import { defineEvent } from './envelope';
import { moneySchema } from './money';

/** A refund was accepted and its amount held off the payment: the refund worker takes it to the PSP. */
export const refundRequested = /* @__PURE__ */ defineEvent('refund.requested', 1, () => z.object({
  reservationId: z.string(),
  refundId: z.string(),
  parentTransactionId: z.string(),
  amount: moneySchema,
  origin: z.enum(['api', 'cancellation', 'psp_back_office']),
  /** Added later, optional: the hotel key that asked (docs/api-keys.md). */
  keyId: z.optional(z.string()),
}));

/** The PSP gave the money back (through us, or from its own back office). */
export const refundSucceeded = /* @__PURE__ */ defineEvent('refund.succeeded', 1, () => z.object({
  reservationId: z.string(),
  refundId: z.string(),
  parentTransactionId: z.string(),
  amount: moneySchema,
  origin: z.enum(['api', 'cancellation', 'psp_back_office']),
}));

/** The PSP refused a refund for good: the hold is released and the hotel is told why. */
export const refundFailed = /* @__PURE__ */ defineEvent('refund.failed', 1, () => z.object({
  reservationId: z.string(),
  refundId: z.string(),
  parentTransactionId: z.string(),
  amount: moneySchema,
  code: z.string(),
  message: z.string(),
}));

/** The hotel cancelled a reservation; what happened to its deposit. */
export const reservationCancelled = /* @__PURE__ */ defineEvent('reservation.cancelled', 1, () => z.object({
  reservationId: z.string(),
  deposit: z.enum(['none', 'kept', 'refunded', 'partly_refunded']),
  retained: z.array(moneySchema),
  refundIds: z.array(z.string()),
  /** Added later, optional: a pre-authorisation held at cancellation, released or captured, and those operations. */
  hold: z.optional(z.enum(['released', 'captured'])),
  holdOperationIds: z.optional(z.array(z.string())),
}));
