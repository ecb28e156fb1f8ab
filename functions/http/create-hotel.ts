import { createHotel } from '../../app/create-hotel';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { provisioner } from '../shared/wiring/sandbox';
import { json, route } from '../shared/http';
import { createHotelSchema } from './schemas';
import { commit } from '../shared/wiring/store';
import { CREATE_HOTEL } from '../catalog';

const deps = wired({ sealer, provisioner }, commit);

export const handler = route(CREATE_HOTEL, { body: createHotelSchema, answerSealer: () => deps().sealer }, async ({ body }) => {
  const { psp, ...rest } = body;
  const created = await createHotel(deps(), { ...rest, psp: { ...psp } });
  return json(201, created);
});
