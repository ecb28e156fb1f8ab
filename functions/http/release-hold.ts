import * as z from 'zod/mini';
import { requestHoldOperation } from '../../app/hold-operations';
import { wired } from '../shared/wiring/base';
import { header, json, route } from '../shared/http';
import { idempotencyKeySchema, releaseSchema, transactionIdSchema } from './schemas';
import { commit, payments, reservations } from '../shared/wiring/store';
import { RELEASE_HOLD } from '../catalog';

const deps = wired({}, commit, payments, reservations);

export const handler = route(RELEASE_HOLD, { body: z.optional(releaseSchema) }, async ({ event, params, hotelId, actorKeyId }) => {
  const transactionId = transactionIdSchema.parse(params.transactionId);
  const key = header(event, 'idempotency-key');
  const op = await requestHoldOperation(deps(), hotelId, transactionId, 'release', {}, key === undefined ? undefined : idempotencyKeySchema.parse(key), actorKeyId);
  return json(202, op);
});
