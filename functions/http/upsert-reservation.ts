import { upsertReservation } from '../../app/upsert-reservation';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { reservationIdSchema, reservationSchema } from './schemas';

export const handler = route('upsert-reservation', { body: reservationSchema }, async ({ body, params, hotelId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  const { created, view } = await upsertReservation(container(), hotelId, reservationId, body);
  return json(created ? 201 : 200, view);
});
