import * as z from 'zod/mini';
import { redeliverEvent } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { eventIdSchema, redeliverSchema } from './schemas';
import { commit, webhooks } from '../shared/wiring/store';
import { REDELIVER_EVENT } from '../catalog';

const deps = wired({}, commit, webhooks);

export const handler = route(REDELIVER_EVENT, { body: z.optional(redeliverSchema) }, async ({ body, params, hotelId }) =>
  json(202, await redeliverEvent(deps(), hotelId, eventIdSchema.parse(params.eventId), body?.endpointId)));
