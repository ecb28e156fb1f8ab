import { listEndpoints } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { webhooks } from '../shared/wiring/store';

const deps = wired({}, webhooks);

export const handler = route('list-webhook-endpoints', async ({ hotelId }) => json(200, await listEndpoints(deps(), hotelId)));
