import * as z from 'zod/mini';
import { cancelBooking } from '../../app/cancel-reservation';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { cancelSchema, reservationIdSchema } from './schemas';
import { commit, reservations } from '../shared/wiring/store';
import { CANCEL_RESERVATION } from '../catalog';

const deps = wired({ sealer }, commit, reservations);

export const handler = route(CANCEL_RESERVATION, { body: z.optional(cancelSchema) }, async ({ body, params, hotelId, actorKeyId, requireScope }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  // A cancellation that moves money needs the scope of that money operation too (docs/api-keys.md).
  if (body?.deposit !== undefined && body.deposit !== 'keep') requireScope('refunds:write', 'A cancellation that refunds a deposit');
  if (body?.hold !== undefined) requireScope('payments:write', 'A cancellation that captures or releases a hold');
  return json(200, await cancelBooking(deps(), hotelId, reservationId, body?.deposit, body?.hold, actorKeyId));
});
