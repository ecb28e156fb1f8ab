import { listDeliveries } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { deliveriesQuerySchema, endpointIdSchema } from './schemas';
import { webhooks } from '../shared/wiring/store';
import { LIST_WEBHOOK_DELIVERIES } from '../catalog';

const deps = wired({}, webhooks);

export const handler = route(LIST_WEBHOOK_DELIVERIES, async ({ params, query, hotelId }) => {
  const { cursor, limit } = deliveriesQuerySchema.parse(query);
  return json(200, await listDeliveries(deps(), hotelId, endpointIdSchema.parse(params.endpointId), limit, cursor));
});
