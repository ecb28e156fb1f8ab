import { listCards } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { reservationIdSchema } from './schemas';
import { reservations } from '../shared/wiring/store';
import { LIST_CARDS } from '../catalog';

const deps = wired({}, reservations);

export const handler = route(LIST_CARDS, async ({ params, hotelId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(200, await listCards(deps(), hotelId, reservationId));
});
