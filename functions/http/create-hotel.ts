import { createHotel } from '../../app/create-hotel';
import { container } from '../shared/container';
import { json, route } from '../shared/http';
import { createHotelSchema } from './schemas';

export const handler = route('create-hotel', { body: createHotelSchema }, async ({ body }) => {
  const { psp, ...rest } = body;
  const created = await createHotel(container(), { ...rest, psp: { ...psp } });
  return json(201, created);
});
