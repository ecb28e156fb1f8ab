import { cardAudit } from '../../app/vault';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { cardIdSchema } from './schemas';
import { vault } from '../shared/wiring/store';
import { CARD_AUDIT } from '../catalog';

const deps = wired({}, vault);

export const handler = route(CARD_AUDIT, async ({ params, hotelId }) => json(200, await cardAudit(deps(), hotelId, cardIdSchema.parse(params.cardId))));
