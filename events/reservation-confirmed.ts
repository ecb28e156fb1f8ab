import * as z from 'zod';
import { defineEvent } from './envelope';

export const reservationConfirmed = defineEvent('reservation.confirmed', 1, z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
}));
