import { getEndpoint } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { endpointIdSchema } from './schemas';
import { webhooks } from '../shared/wiring/store';
import { GET_WEBHOOK_ENDPOINT } from '../catalog';

const deps = wired({}, webhooks);

export const handler = route(GET_WEBHOOK_ENDPOINT, async ({ params, hotelId }) =>
  json(200, await getEndpoint(deps(), hotelId, endpointIdSchema.parse(params.endpointId))));
