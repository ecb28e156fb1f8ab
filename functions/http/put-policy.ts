import { setPolicy } from '../../app/policy';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { policySchema } from './schemas';

export const handler = route('put-policy', { body: policySchema }, async ({ hotelId, body }) => json(200, await setPolicy(container(), hotelId, body)));
