import { createVaultUser } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { pins } from '../shared/wiring/pins';
import { json, route } from '../shared/http';
import { userSchema } from './schemas';

const deps = wired({ pins });

export const handler = route('create-user', { body: userSchema }, async ({ body, hotelId, actorKeyId }) => json(201, await createVaultUser(deps(), hotelId, body, actorKeyId)));
