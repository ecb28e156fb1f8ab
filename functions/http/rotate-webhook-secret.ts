import * as z from 'zod/mini';
import { rotateSecret } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { endpointIdSchema, rotateSecretSchema } from './schemas';
import { commit, webhooks } from '../shared/wiring/store';
import { ROTATE_WEBHOOK_SECRET } from '../catalog';

const deps = wired({ sealer }, commit, webhooks);

export const handler = route(ROTATE_WEBHOOK_SECRET, { body: z.optional(rotateSecretSchema), answerSealer: () => deps().sealer }, async ({ body, params, hotelId }) =>
  json(200, await rotateSecret(deps(), hotelId, endpointIdSchema.parse(params.endpointId), body?.overlapHours)));
