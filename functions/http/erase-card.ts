import { eraseCard } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { pins } from '../shared/wiring/pins';
import { json, route } from '../shared/http';
import { cardIdSchema, revealSchema } from './schemas';
import { commit, reservations, vault } from '../shared/wiring/store';
import { ERASE_CARD } from '../catalog';

const deps = wired({ pins }, commit, reservations, vault);

export const handler = route(ERASE_CARD, { body: revealSchema }, async ({ event, body, params, hotelId }) => {
  const cardId = cardIdSchema.parse(params.cardId);
  const sourceIp = event.requestContext?.identity?.sourceIp;
  return json(200, await eraseCard(deps(), hotelId, cardId, { userId: body.userId, pin: body.pin, ...(sourceIp ? { sourceIp } : {}) }));
});
