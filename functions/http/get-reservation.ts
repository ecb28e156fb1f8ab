import { getReservation } from '../../app/reservation-view';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { reservationIdSchema } from './schemas';

const deps = wired({ sealer });

export const handler = route('get-reservation', async ({ params, hotelId }) =>
  json(200, await getReservation(deps(), hotelId, reservationIdSchema.parse(params.reservationId))));
