import { importCard } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { json, route } from '../shared/http';
import { cardSchema, reservationIdSchema } from './schemas';
import { commit, hotels, reservations } from '../shared/wiring/store';
import { IMPORT_CARD } from '../catalog';

const deps = wired({ sealer }, commit, hotels, reservations);

export const handler = route(IMPORT_CARD, { body: cardSchema }, async ({ body, params, hotelId, actorKeyId }) => {
  const reservationId = reservationIdSchema.parse(params.reservationId);
  return json(201, await importCard(deps(), hotelId, reservationId, body, actorKeyId));
});
