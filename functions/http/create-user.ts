import { createVaultUser } from '../../app/vault';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { userSchema } from './schemas';

export const handler = route('create-user', { body: userSchema }, async ({ body, hotelId }) => json(201, await createVaultUser(container(), hotelId, body)));
