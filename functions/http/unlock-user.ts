import { unlockVaultUser } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { userIdSchema } from './schemas';
import { commit, vault } from '../shared/wiring/store';
import { UNLOCK_USER } from '../catalog';

const deps = wired({}, commit, vault);

export const handler = route(UNLOCK_USER, async ({ params, hotelId, actorKeyId }) => json(200, await unlockVaultUser(deps(), hotelId, userIdSchema.parse(params.userId), actorKeyId)));
