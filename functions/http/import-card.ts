import { importCard } from '../../app/vault';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { cardSchema, reservationIdSchema } from './schemas';

export const handler = route('import-card', { body: cardSchema }, async ({ body, params, hotelId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(201, await importCard(container(), hotelId, reservationId, body));
});
