import { createApiKey } from '../../app/api-keys';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { newApiKeySchema } from './schemas';
import { commit, hotels } from '../shared/wiring/store';
import { CREATE_API_KEY } from '../catalog';

const deps = wired({ sealer }, commit, hotels);

export const handler = route(CREATE_API_KEY, { body: newApiKeySchema, answerSealer: () => deps().sealer }, async ({ body, hotelId, caller }) =>
  json(201, await createApiKey(deps(), hotelId, body, { keyId: caller!.keyId, scopes: caller!.scopes })));
