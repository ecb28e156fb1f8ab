import { listApiKeys } from '../../app/api-keys';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { hotels } from '../shared/wiring/store';
import { LIST_API_KEYS } from '../catalog';

const deps = wired({}, hotels);

export const handler = route(LIST_API_KEYS, async ({ hotelId }) => json(200, await listApiKeys(deps(), hotelId)));
