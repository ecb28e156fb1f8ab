import { getEndpoint } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { endpointIdSchema } from './schemas';

const deps = wired({});

export const handler = route('get-webhook-endpoint', async ({ params, hotelId }) =>
  json(200, await getEndpoint(deps(), hotelId, endpointIdSchema.parse(params.endpointId))));
