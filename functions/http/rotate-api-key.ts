import { rotateApiKey } from '../../app/api-keys';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { keyIdSchema } from './schemas';
import { commit, hotels } from '../shared/wiring/store';
import { ROTATE_API_KEY } from '../catalog';

const deps = wired({ sealer }, commit, hotels);

export const handler = route(ROTATE_API_KEY, { answerSealer: () => deps().sealer }, async ({ params, hotelId, caller }) =>
  json(201, await rotateApiKey(deps(), hotelId, keyIdSchema.parse(params.keyId), { keyId: caller!.keyId, scopes: caller!.scopes })));
