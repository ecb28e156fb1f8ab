import * as z from 'zod/mini';
import { defineEvent } from './envelope';

export const reservationConfirmed = /* @__PURE__ */ defineEvent('reservation.confirmed', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
}));
