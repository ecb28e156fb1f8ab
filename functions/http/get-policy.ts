import { getPolicy } from '../../app/policy';
import { container } from '../shared/container';
import { json, route } from '../shared/http';

export const handler = route('get-policy', async ({ hotelId }) => json(200, await getPolicy(container(), hotelId)));
