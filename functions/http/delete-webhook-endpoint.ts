import { deleteEndpoint } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { route } from '../shared/http';
import { endpointIdSchema } from './schemas';
import { webhooks } from '../shared/wiring/store';
import { DELETE_WEBHOOK_ENDPOINT } from '../catalog';

const deps = wired({}, webhooks);

export const handler = route(DELETE_WEBHOOK_ENDPOINT, async ({ params, hotelId }) => {
  await deleteEndpoint(deps(), hotelId, endpointIdSchema.parse(params.endpointId));
  return { statusCode: 204, headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }, body: '' };
});
