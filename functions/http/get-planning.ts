import { planning } from '../../app/planning';
import { wired } from '../shared/wiring/base';
import { json, route } from '../shared/http';
import { planningQuerySchema } from './schemas';
import { hotels, payments, reservations } from '../shared/wiring/store';
import { GET_PLANNING } from '../catalog';

const deps = wired({}, hotels, payments, reservations);

export const handler = route(GET_PLANNING, async ({ hotelId, query }) => {
  const q = planningQuerySchema.parse(query);
  return json(200, await planning(deps(), hotelId, q));
});
