import { requestPayment } from '../../app/create-payment-request';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { paymentRequestSchema, reservationIdSchema } from './schemas';
import { commit, hotels, reservations } from '../shared/wiring/store';
import { CREATE_PAYMENT_REQUEST } from '../catalog';

const deps = wired({ sealer }, commit, hotels, reservations);

export const handler = route(CREATE_PAYMENT_REQUEST, { body: paymentRequestSchema, withHotel: true }, async ({ body, params, hotelId, hotel, publicBaseUrl }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(201, await requestPayment(deps(), hotelId, reservationId, body, publicBaseUrl, hotel));
});
