import { createVaultUser } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { pins } from '../shared/wiring/pins';
import { json, route } from '../shared/http';
import { userSchema } from './schemas';
import { commit, vault } from '../shared/wiring/store';
import { CREATE_USER } from '../catalog';

const deps = wired({ pins }, commit, vault);

export const handler = route(CREATE_USER, { body: userSchema }, async ({ body, hotelId, actorKeyId }) => json(201, await createVaultUser(deps(), hotelId, body, actorKeyId)));
