import { listCards } from '../../app/vault';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { reservationIdSchema } from './schemas';

export const handler = route('list-cards', async ({ params, hotelId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(200, await listCards(container(), hotelId, reservationId));
});
