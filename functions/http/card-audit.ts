import { cardAudit } from '../../app/vault';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { cardIdSchema } from './schemas';

export const handler = route('card-audit', async ({ params, hotelId }) => json(200, await cardAudit(container(), hotelId, cardIdSchema.parse(params.cardId))));
