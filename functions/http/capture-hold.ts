import * as z from 'zod/mini';
import { requestHoldOperation } from '../../app/hold-operations';
import { wired } from '../shared/wiring/base';
import { header, json, route } from '../shared/http';
import { captureSchema, idempotencyKeySchema, transactionIdSchema } from './schemas';
import { commit, payments, reservations } from '../shared/wiring/store';
import { CAPTURE_HOLD } from '../catalog';

const deps = wired({}, commit, payments, reservations);

export const handler = route(CAPTURE_HOLD, { body: z.optional(captureSchema) }, async ({ event, body, params, hotelId, actorKeyId }) => {
  const transactionId = transactionIdSchema.parse(params.transactionId);
  const key = header(event, 'idempotency-key');
  const op = await requestHoldOperation(deps(), hotelId, transactionId, 'capture', body ?? {}, key === undefined ? undefined : idempotencyKeySchema.parse(key), actorKeyId);
  return json(202, op);
});
