import { planning } from '../../app/planning';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { planningQuerySchema } from './schemas';

export const handler = route('get-planning', async ({ hotelId, query }) => {
  const q = planningQuerySchema.parse(query);
  return json(200, await planning(container(), hotelId, q));
});
