import { createEndpoint } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { targetPolicy } from '../shared/wiring/webhooks';
import { json, route } from '../shared/http';
import { webhookEndpointSchema } from './schemas';

const deps = wired({ sealer });

export const handler = route('create-webhook-endpoint', { body: webhookEndpointSchema, answerSealer: () => deps().sealer }, async ({ body, hotelId }) =>
  json(201, await createEndpoint(deps(), hotelId, body, targetPolicy())));
