import { getPolicy } from '../../app/policy';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { hotels } from '../shared/wiring/store';
import { GET_POLICY } from '../catalog';

const deps = wired({}, hotels);

export const handler = route(GET_POLICY, async ({ hotelId }) => json(200, await getPolicy(deps(), hotelId)));
