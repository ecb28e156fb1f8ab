import { revealCard } from '../../app/vault';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { cardIdSchema, revealSchema } from './schemas';

export const handler = route('reveal-card', { body: revealSchema }, async ({ event, body, params, hotelId }) => {
  const cardId = cardIdSchema.parse(params.cardId);
  const sourceIp = event.requestContext?.identity?.sourceIp;
  return json(200, await revealCard(container(), hotelId, cardId, { userId: body.userId, pin: body.pin, ...(sourceIp ? { sourceIp } : {}) }));
});
