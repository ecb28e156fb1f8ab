import { revealCard } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { pins } from '../shared/wiring/pins';
import { json, route } from '../shared/http';
import { cardIdSchema, revealSchema } from './schemas';
import { commit, reservations, vault } from '../shared/wiring/store';
import { REVEAL_CARD } from '../catalog';

const deps = wired({ sealer, pins }, commit, reservations, vault);

export const handler = route(REVEAL_CARD, { body: revealSchema }, async ({ event, body, params, hotelId }) => {
  const cardId = cardIdSchema.parse(params.cardId);
  const sourceIp = event.requestContext?.identity?.sourceIp;
  return json(200, await revealCard(deps(), hotelId, cardId, { userId: body.userId, pin: body.pin, ...(sourceIp ? { sourceIp } : {}) }));
});
