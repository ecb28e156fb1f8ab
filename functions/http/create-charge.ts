import { requestCharge } from '../../app/charges';
import { InvalidInput } from '../../domain/errors';
import { wired } from '../shared/wiring/base';
import { header, json, route } from '../shared/http';
import { chargeSchema, idempotencyKeySchema, reservationIdSchema } from './schemas';

const deps = wired({});

export const handler = route('create-charge', { body: chargeSchema }, async ({ event, body, params, hotelId, publicBaseUrl }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  const key = header(event, 'idempotency-key');
  // A charge moves money without the guest: a retry must never charge twice.
  if (key === undefined) throw new InvalidInput('idempotency_key_required', 'A charge needs an Idempotency-Key header: retry with the same key, never a new one, until you get an answer');
  const charge = await requestCharge(deps(), hotelId, reservationId, body, idempotencyKeySchema.parse(key), publicBaseUrl);
  return json(202, charge);
});
