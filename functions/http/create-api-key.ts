import { createApiKey } from '../../app/api-keys';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { newApiKeySchema } from './schemas';

const deps = wired({ sealer });

export const handler = route('create-api-key', { body: newApiKeySchema, answerSealer: () => deps().sealer }, async ({ body, hotelId, caller }) =>
  json(201, await createApiKey(deps(), hotelId, body, { keyId: caller!.keyId, scopes: caller!.scopes })));
