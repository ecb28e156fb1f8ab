import { cancelBooking } from '../../app/cancel-reservation';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { cancelSchema, reservationIdSchema } from './schemas';

export const handler = route('cancel-reservation', { body: cancelSchema.optional() }, async ({ body, params, hotelId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(200, await cancelBooking(container(), hotelId, reservationId, body?.deposit));
});
