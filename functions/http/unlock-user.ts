import { unlockVaultUser } from '../../app/vault';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { userIdSchema } from './schemas';

export const handler = route('unlock-user', async ({ params, hotelId }) => json(200, await unlockVaultUser(container(), hotelId, userIdSchema.parse(params.userId))));
