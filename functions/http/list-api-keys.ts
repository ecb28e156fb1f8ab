import { listApiKeys } from '../../app/api-keys';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { hotels } from '../shared/wiring/store';

const deps = wired({}, hotels);

export const handler = route('list-api-keys', async ({ hotelId }) => json(200, await listApiKeys(deps(), hotelId)));
