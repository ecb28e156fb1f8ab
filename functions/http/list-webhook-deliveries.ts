import { listDeliveries } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { deliveriesQuerySchema, endpointIdSchema } from './schemas';
import { webhooks } from '../shared/wiring/store';

const deps = wired({}, webhooks);

export const handler = route('list-webhook-deliveries', async ({ params, query, hotelId }) => {
  const { cursor, limit } = deliveriesQuerySchema.parse(query);
  return json(200, await listDeliveries(deps(), hotelId, endpointIdSchema.parse(params.endpointId), limit, cursor));
});
