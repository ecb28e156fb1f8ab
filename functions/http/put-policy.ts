import { setPolicy } from '../../app/policy';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { policySchema } from './schemas';
import { commit, hotels } from '../shared/wiring/store';
import { PUT_POLICY } from '../catalog';

const deps = wired({}, commit, hotels);

export const handler = route(PUT_POLICY, { body: policySchema }, async ({ hotelId, body }) => json(200, await setPolicy(deps(), hotelId, body)));
