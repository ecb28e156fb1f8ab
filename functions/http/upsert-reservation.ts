import { upsertReservation } from '../../app/upsert-reservation';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { reservationIdSchema, reservationSchema } from './schemas';
import { commit, hotels, reservations, vault } from '../shared/wiring/store';
import { UPSERT_RESERVATION } from '../catalog';

const deps = wired({ sealer }, commit, hotels, reservations, vault);

export const handler = route(UPSERT_RESERVATION, { body: reservationSchema }, async ({ body, params, hotelId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  const { created, view } = await upsertReservation(deps(), hotelId, reservationId, body);
  return json(created ? 201 : 200, view);
});
