import { sendTestEvent } from '../../app/webhook-endpoints';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { endpointIdSchema } from './schemas';
import { commit, webhooks } from '../shared/wiring/store';
import { TEST_WEBHOOK_ENDPOINT } from '../catalog';

const deps = wired({}, commit, webhooks);

export const handler = route(TEST_WEBHOOK_ENDPOINT, async ({ params, hotelId }) =>
  json(202, await sendTestEvent(deps(), hotelId, endpointIdSchema.parse(params.endpointId))));
