/**
 * CDK entry point (cdk.json: `npx tsx infra/app.ts`). Settings come from context:
 *   npx cdk deploy --all -c adminApiKeyHash=<sha256 hex> -c mailFrom=<verified sender> [-c publicBaseUrl=https://...] [-c pspFormUrl=https://...] [-c pspRestUrl=https://...] [-c alarmEmail=ops@...]
 */
import { buildApp, ConfigurationError } from './build-app';

try {
  buildApp({
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  }).app.synth();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
