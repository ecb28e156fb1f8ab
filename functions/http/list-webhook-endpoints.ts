import { listEndpoints } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { webhooks } from '../shared/wiring/store';
import { LIST_WEBHOOK_ENDPOINTS } from '../catalog';

const deps = wired({}, webhooks);

export const handler = route(LIST_WEBHOOK_ENDPOINTS, async ({ hotelId }) => json(200, await listEndpoints(deps(), hotelId)));
