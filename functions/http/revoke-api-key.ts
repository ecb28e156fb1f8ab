import { revokeApiKey } from '../../app/api-keys';
import { wired } from '../shared/wiring/base';
import { noContent, route } from '../shared/http';
import { keyIdSchema } from './schemas';
import { commit, hotels } from '../shared/wiring/store';
import { REVOKE_API_KEY } from '../catalog';

const deps = wired({}, commit, hotels);

export const handler = route(REVOKE_API_KEY, async ({ params, hotelId, caller }) => {
  await revokeApiKey(deps(), hotelId, keyIdSchema.parse(params.keyId), { keyId: caller!.keyId, scopes: caller!.scopes });
  return noContent();
});
