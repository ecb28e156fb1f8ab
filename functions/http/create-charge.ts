import { requestCharge } from '../../app/charges';
import { wired } from '../shared/wiring/base';
import { header, json, route } from '../shared/http';
import { chargeSchema, idempotencyKeySchema, reservationIdSchema } from './schemas';
import { commit, hotels, payments, reservations } from '../shared/wiring/store';
import { CREATE_CHARGE } from '../catalog';

const deps = wired({}, commit, hotels, payments, reservations);

export const handler = route(CREATE_CHARGE, { body: chargeSchema, withHotel: true }, async ({ event, body, params, hotelId, hotel, publicBaseUrl, actorKeyId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  // A charge moves money without the guest: the catalog requires the Idempotency-Key (the route
  // wrapper refuses a request without it); the charge also keeps its own record, written with it.
  const key = idempotencyKeySchema.parse(header(event, 'idempotency-key'));
  const charge = await requestCharge(deps(), hotelId, reservationId, body, key, publicBaseUrl, actorKeyId, hotel);
  return json(202, charge);
});
