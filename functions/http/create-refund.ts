import * as z from 'zod/mini';
import { requestRefund } from '../../app/request-refund';
import { wired } from '../shared/wiring/base';
import { header, json, route } from '../shared/http';
import { idempotencyKeySchema, refundSchema, transactionIdSchema } from './schemas';
import { commit, payments, reservations } from '../shared/wiring/store';
import { CREATE_REFUND } from '../catalog';

const deps = wired({}, commit, payments, reservations);

export const handler = route(CREATE_REFUND, { body: z.optional(refundSchema) }, async ({ event, body, params, hotelId, actorKeyId }) => {
  const transactionId = transactionIdSchema.parse(params.transactionId);
  const key = header(event, 'idempotency-key');
  const refund = await requestRefund(deps(), hotelId, transactionId, body ?? {}, key === undefined ? undefined : idempotencyKeySchema.parse(key), actorKeyId);
  return json(202, refund);
});
