import { createEndpoint } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { targetPolicy } from '../shared/wiring/webhooks';
import { json, route } from '../shared/http';
import { webhookEndpointSchema } from './schemas';
import { commit, webhooks } from '../shared/wiring/store';
import { CREATE_WEBHOOK_ENDPOINT } from '../catalog';

const deps = wired({ sealer }, commit, webhooks);

export const handler = route(CREATE_WEBHOOK_ENDPOINT, { body: webhookEndpointSchema, answerSealer: () => deps().sealer }, async ({ body, hotelId }) =>
  json(201, await createEndpoint(deps(), hotelId, body, targetPolicy())));
