import { listEvents } from '../../app/webhook-endpoints';
import { checkEventTypes } from '../../domain/webhook';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { eventsQuerySchema } from './schemas';
import { webhooks } from '../shared/wiring/store';
import { LIST_EVENTS } from '../catalog';

const deps = wired({}, webhooks);

export const handler = route(LIST_EVENTS, async ({ query, hotelId }) => {
  const q = eventsQuerySchema.parse(query);
  // A type nobody could have subscribed to is a mistake, not an empty feed.
  if (q.type !== undefined) checkEventTypes([q.type]);
  return json(200, await listEvents(deps(), hotelId, q));
});
