import * as z from 'zod/mini';
import { defineEvent } from './envelope';
import { moneySchema } from './money';

/** A hotel asked a guest for a guarantee or a deposit; e-mail delivery reacts to it. */
export const paymentRequestCreated = /* @__PURE__ */ defineEvent('payment-request.created', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
  type: z.enum(['deposit', 'guarantee', 'preauthorisation', 'charge']),
  delivery: z.enum(['email', 'link', 'terminal']),
  amount: moneySchema,
  expiresAt: z.string(),
}));
