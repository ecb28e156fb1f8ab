import { getPolicy } from '../../app/policy';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';

const deps = wired({});

export const handler = route('get-policy', async ({ hotelId }) => json(200, await getPolicy(deps(), hotelId)));
