import { startMoto } from '../../local/moto';

/** One moto server for the whole run; each suite makes its own table, key and queues in it. */
export default async function globalSetup(): Promise<void> {
  const moto = await startMoto();
  process.env.MOTO_ENDPOINT = moto.endpoint;
  (globalThis as { __moto?: typeof moto }).__moto = moto;
}
