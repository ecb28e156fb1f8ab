import { startMoto } from '../../local/moto';

/** One moto server for the whole run; each suite makes its own table, key and queues in it. */
export default async function globalSetup(): Promise<void> {
  // Lambda runs Node 22; the SDK's notice about Node 20 support is noise in the test output.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const moto = await startMoto();
  process.env.MOTO_ENDPOINT = moto.endpoint;
  (globalThis as { __moto?: typeof moto }).__moto = moto;
}
