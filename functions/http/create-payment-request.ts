import { requestPayment } from '../../app/create-payment-request';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { paymentRequestSchema, reservationIdSchema } from './schemas';

export const handler = route('create-payment-request', { body: paymentRequestSchema }, async ({ body, params, hotelId, publicBaseUrl }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(201, await requestPayment(container(), hotelId, reservationId, body, publicBaseUrl));
});
