import { updateEndpoint } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { targetPolicy } from '../shared/wiring/webhooks';
import { json, route } from '../shared/http';
import { endpointIdSchema, webhookEndpointPatchSchema } from './schemas';
import { commit, webhooks } from '../shared/wiring/store';
import { UPDATE_WEBHOOK_ENDPOINT } from '../catalog';

const deps = wired({}, commit, webhooks);

export const handler = route(UPDATE_WEBHOOK_ENDPOINT, { body: webhookEndpointPatchSchema }, async ({ body, params, hotelId }) =>
  json(200, await updateEndpoint(deps(), hotelId, endpointIdSchema.parse(params.endpointId), body, targetPolicy())));
