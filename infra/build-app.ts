import { App, ReferenceStrength, Tags, cx_api as cxapi, type AppProps, type Environment } from 'aws-cdk-lib';
import { FUNCTIONS, QUEUES, type FunctionDescription, type QueueDescription } from '../functions/catalog';
import { applyNagPacks } from './nag';
import { StatefulStack } from './stateful-stack';
import { StatelessStack, type DeploymentSettings } from './stateless-stack';

export const DEFAULT_MAIL_FROM = 'no-reply@example.com';
export const DEFAULT_PSP_FORM_URL = 'https://paiement.systempay.fr/vads-payment/';
export const DEFAULT_PSP_REST_URL = 'https://api.systempay.fr/api-payment/V4/';

export interface BuildAppProps {
  /** SHA-256 (hex) of the admin API key. Required; context `adminApiKeyHash`. */
  readonly adminApiKeyHash?: string;
  /** Verified SES sender address; context `mailFrom`. */
  readonly mailFrom?: string;
  /** Public base URL of the API (custom domain) used in links; context `publicBaseUrl`. */
  readonly publicBaseUrl?: string;
  /** The PSP's hosted payment form; context `pspFormUrl`. */
  readonly pspFormUrl?: string;
  /** The PSP's REST API V4 base; context `pspRestUrl`. */
  readonly pspRestUrl?: string;
  /** E-mail address subscribed to operator alarms; context `alarmEmail`. */
  readonly alarmEmail?: string;
  /** Stack name prefix (`<prefix>-Stateful`, `<prefix>-Stateless`); context `stackPrefix`. */
  readonly stackPrefix?: string;
  readonly env?: Environment;
  /** Defaults to the catalog; tests pass extra descriptions to exercise every trigger kind. */
  readonly functions?: readonly FunctionDescription[];
  readonly queues?: readonly QueueDescription[];
  /** Passed to the App (e.g. `aws:cdk:bundling-stacks` to skip bundling in a test). */
  readonly appProps?: AppProps;
}

export interface HotelPaymentsApp {
  readonly app: App;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/** Thrown for a missing or malformed deployment setting; app.ts prints it without a stack trace. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

function settingsFrom(app: App, props: BuildAppProps): DeploymentSettings {
  const context = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const adminApiKeyHash = (props.adminApiKeyHash ?? context('adminApiKeyHash'))?.toLowerCase();
  if (!adminApiKeyHash) {
    throw new ConfigurationError(
      'adminApiKeyHash is required: the SHA-256 (hex) of the admin API key, e.g.\n' +
        "  npx cdk deploy --all -c adminApiKeyHash=$(printf '%s' \"$ADMIN_API_KEY\" | sha256sum | cut -d' ' -f1) -c mailFrom=no-reply@your-domain",
    );
  }
  if (!/^[0-9a-f]{64}$/.test(adminApiKeyHash)) {
    throw new ConfigurationError('adminApiKeyHash must be 64 hexadecimal characters (a SHA-256 digest), not the key itself.');
  }
  const mailFrom = props.mailFrom ?? context('mailFrom') ?? DEFAULT_MAIL_FROM;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mailFrom)) throw new ConfigurationError(`mailFrom is not an e-mail address: ${mailFrom}`);
  const pspFormUrl = httpsUrl('pspFormUrl', props.pspFormUrl ?? context('pspFormUrl') ?? DEFAULT_PSP_FORM_URL);
  const publicBaseUrlValue = props.publicBaseUrl ?? context('publicBaseUrl');
  const publicBaseUrl = publicBaseUrlValue === undefined ? undefined : httpsUrl('publicBaseUrl', publicBaseUrlValue).replace(/\/+$/, '');
  const pspRestUrl = httpsUrl('pspRestUrl', props.pspRestUrl ?? context('pspRestUrl') ?? DEFAULT_PSP_REST_URL);
  return { adminApiKeyHash, mailFrom, pspFormUrl, pspRestUrl, ...(publicBaseUrl ? { publicBaseUrl } : {}) };
}

function httpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new ConfigurationError(`${name} must be an https URL: ${value}`);
  return value;
}

/** The whole deployment: stateful and stateless stacks, checked by the cdk-nag packs on synth. */
export function buildApp(props: BuildAppProps = {}): HotelPaymentsApp {
  const app = new App(props.appProps);
  // Exports/imports between the stacks (CloudFormation keeps the stateful stack while the stateless
  // one uses it). Explicit so CDK does not warn; cdk.json can override it (e.g. "weak").
  if (app.node.tryGetContext(cxapi.DEFAULT_CROSS_STACK_REFERENCES) === undefined) {
    app.node.setContext(cxapi.DEFAULT_CROSS_STACK_REFERENCES, ReferenceStrength.STRONG);
  }
  const settings = settingsFrom(app, props);
  const prefix = props.stackPrefix ?? (app.node.tryGetContext('stackPrefix') as string | undefined) ?? 'HotelPayments';
  const queues = props.queues ?? QUEUES;
  const functions = props.functions ?? FUNCTIONS;

  const alarmEmail = props.alarmEmail ?? (app.node.tryGetContext('alarmEmail') as string | undefined);
  const stateful = new StatefulStack(app, `${prefix}-Stateful`, {
    description: 'Hotel payment guarantees: table, keys, queues, mail identity',
    env: props.env,
    queues,
    mailFrom: settings.mailFrom,
    ...(alarmEmail ? { alarmEmail } : {}),
  });
  const stateless = new StatelessStack(app, `${prefix}-Stateless`, {
    description: 'Hotel payment guarantees: functions, API, triggers',
    env: props.env,
    resources: stateful.resources,
    settings,
    functions,
    queues,
  });
  stateless.addStackDependency(stateful);

  Tags.of(app).add('service', 'hotel-payment-guarantees');
  applyNagPacks(app);
  return { app, stateful, stateless };
}
