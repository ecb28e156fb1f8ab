import { getReservation } from '../../app/reservation-view';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { reservationIdSchema } from './schemas';
import { reservations } from '../shared/wiring/store';
import { GET_RESERVATION } from '../catalog';

const deps = wired({ sealer }, reservations);

export const handler = route(GET_RESERVATION, async ({ params, hotelId }) =>
  json(200, await getReservation(deps(), hotelId, reservationIdSchema.parse(params.reservationId))));
