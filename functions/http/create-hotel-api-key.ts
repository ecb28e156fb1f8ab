import { createApiKey } from '../../app/api-keys';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { hotelIdSchema, newApiKeySchema } from './schemas';
import { commit, hotels } from '../shared/wiring/store';
import { CREATE_HOTEL_API_KEY } from '../catalog';

const deps = wired({ sealer }, commit, hotels);

export const handler = route(CREATE_HOTEL_API_KEY, { body: newApiKeySchema, answerSealer: () => deps().sealer }, async ({ body, params }) =>
  json(201, await createApiKey(deps(), hotelIdSchema.parse(params.hotelId), body, 'admin')));
