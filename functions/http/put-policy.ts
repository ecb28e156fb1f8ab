import { setPolicy } from '../../app/policy';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { policySchema } from './schemas';

const deps = wired({});

export const handler = route('put-policy', { body: policySchema }, async ({ hotelId, body }) => json(200, await setPolicy(deps(), hotelId, body)));
