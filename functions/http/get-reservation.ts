import { getReservation } from '../../app/reservation-view';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { reservationIdSchema } from './schemas';

export const handler = route('get-reservation', async ({ params, hotelId }) =>
  json(200, await getReservation(container(), hotelId, reservationIdSchema.parse(params.reservationId))));
