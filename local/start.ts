import { startLocalStack } from './runtime';

// This machine runs Node 20 while Lambda runs Node 22: the SDK's notice about it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** `npm start`: the whole backend on this machine, until Ctrl-C. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const stack = await startLocalStack({
    port,
    ...(process.env.ADMIN_API_KEY ? { adminApiKey: process.env.ADMIN_API_KEY } : {}),
    ...(process.env.PUBLIC_BASE_URL ? { publicBaseUrl: process.env.PUBLIC_BASE_URL } : {}),
    ...(process.env.PSP_SANDBOX_IPN_RETRY_MS ? { ipnRetryIntervalMs: Number(process.env.PSP_SANDBOX_IPN_RETRY_MS) } : {}),
  });
  const base = process.env.PUBLIC_BASE_URL ?? stack.url;
  process.stdout.write([
    '',
    `Hotel payments backend running on ${stack.url}`,
    `  API            ${base}/v1/...`,
    `  Admin key      ${stack.adminApiKey}`,
    `  PSP sandbox    ${base}/psp-sandbox/`,
    `  E-mail outbox  ${base}/local/outbox`,
    `  Webhooks       ${base}/local/webhooks/{name} (a receiver: register ${base}/local/webhooks/pms as an endpoint)`,
    `  Jobs           ${base}/local/jobs`,
    `  Local AWS      ${stack.motoEndpoint} (moto)`,
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n'));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping...\n`);
    stack.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: Error) => {
  process.stderr.write(`Could not start: ${e.message}\n`);
  process.exit(1);
});
