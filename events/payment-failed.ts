import * as z from 'zod/mini';
import { defineEvent } from './envelope';
import { REFUSAL_REASONS } from '../domain/payment-outcome';
import { moneySchema } from './money';

/**
 * The PSP refused a payment or a card registration; the option stays open, due today at the latest.
 * Fields after `optionDeadline` were added later, optional so that events committed before them
 * (and consumers that ignore them) keep working: still version 1.
 */
export const paymentFailed = /* @__PURE__ */ defineEvent('payment.failed', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
  /** The PSP's status word, e.g. REFUSED. */
  pspStatus: z.string(),
  /** The reservation's option deadline after the refusal (forced to the end of the hotel's day if it was later). */
  optionDeadline: z.string(),
  type: z.optional(z.enum(['deposit', 'guarantee', 'preauthorisation', 'charge'])),
  /** What the request asked: the deposit, or the amount the card was to guarantee. */
  amount: z.optional(moneySchema),
  /** The acquirer's result code, when the PSP gave one (e.g. "51": insufficient funds). */
  authResult: z.optional(z.string()),
  /** Which attempt (form) was refused. */
  attemptRef: z.optional(z.string()),
  /** The link's expiry after the refusal: the guest may try another card until then. */
  linkExpiresAt: z.optional(z.string()),
  /** True when this refusal brought the option deadline forward. */
  deadlineForced: z.optional(z.boolean()),
  /** Why, in our words (from the acquirer's result code or the PSP's status), as the PSP's adapter read it. */
  reason: z.optional(z.enum(REFUSAL_REASONS)),
}));
