import { listEndpoints } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';

const deps = wired({});

export const handler = route('list-webhook-endpoints', async ({ hotelId }) => json(200, await listEndpoints(deps(), hotelId)));
