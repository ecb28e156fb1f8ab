import { z } from 'zod';
import { defineEvent } from './envelope';

/** The PSP refused a payment or a card registration; the option stays open, due today at the latest. */
export const paymentFailed = defineEvent('payment.failed', 1, z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
  pspStatus: z.string(),
  optionDeadline: z.string(),
}));
