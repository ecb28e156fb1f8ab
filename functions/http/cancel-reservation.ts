import { cancelBooking } from '../../app/cancel-reservation';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { cancelSchema, reservationIdSchema } from './schemas';

const deps = wired({ sealer });

export const handler = route('cancel-reservation', { body: cancelSchema.optional() }, async ({ body, params, hotelId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(200, await cancelBooking(deps(), hotelId, reservationId, body?.deposit, body?.hold));
});
