import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Wired } from '../../app/deps';
import type { PspProvisioner } from '../../app/ports';
import { dynamoClient, kmsClient, sesClient, sqsClient } from '../../adapters/aws/clients';
import { SqsPublisher } from '../../adapters/aws/sqs-publisher';
import { FUNCTIONS, queuesForEvent, queueUrlVariable } from '../catalog';
import type { SecretSealer } from '../../app/ports';
import { KmsSealer } from '../../adapters/aws/kms-sealer';
import { SesMailer } from '../../adapters/aws/ses-mailer';
import { DynamoStore } from '../../adapters/dynamo/store';
import { pspGateways } from '../../adapters/psp';
import { SystempayGateway } from '../../adapters/psp/systempay/gateway';
import { ScryptPinHasher } from '../../adapters/crypto/pin-hasher';
import { currentFunction, requireSetting, setting } from './settings';

/** The PSP sandbox registers shops over HTTP; only the local runtime sets PSP_SANDBOX_URL. */
function sandboxProvisioner(url: string): PspProvisioner {
  return {
    async provisionShop(shop) {
      const res = await fetch(`${url.replace(/\/$/, '')}/shops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(shop) });
      if (!res.ok) throw new Error(`PSP sandbox refused the shop (${res.status})`);
      const out = (await res.json()) as { testPassword?: string; productionPassword?: string };
      return { ...(out.testPassword ? { testPassword: out.testPassword } : {}), ...(out.productionPassword ? { productionPassword: out.productionPassword } : {}) };
    },
  };
}

/**
 * What IAM does in AWS (grants per purpose of the encryption context), checked in the code too:
 * a function sealing or opening a kind of secret its catalog entry does not list fails locally
 * and in tests just as it would be denied by KMS.
 */
function purposeChecked(sealer: SecretSealer, fnName: string | undefined): SecretSealer {
  const fn = FUNCTIONS.find((f) => f.name === fnName);
  if (!fn) return sealer;
  const allowed = (list: readonly string[] | undefined, purpose: string | undefined, action: string) => {
    if (!list?.includes(purpose ?? '')) throw Object.assign(new Error(`${fn.name} may not ${action} secrets of purpose ${purpose ?? '(none)'}: add it to its kms access in functions/catalog.ts`), { name: 'AccessDeniedException' });
  };
  return {
    seal: async (plaintext, context) => (allowed(fn.access.kms?.seal, context.purpose, 'seal'), sealer.seal(plaintext, context)),
    open: async (sealed, context) => (allowed(fn.access.kms?.open, context.purpose, 'open'), sealer.open(sealed, context)),
  };
}

let override: Wired | undefined;
const wired = new Map<string, Wired>();

/**
 * Wires the ports to AWS once per container, from the function's settings. (Locally, once per
 * function: each sees only its own settings.)
 */
export function container(): Wired {
  if (override) return override;
  const key = currentFunction() ?? '';
  const existing = wired.get(key);
  if (existing) return existing;
  const kmsKeyId = setting('KMS_KEY_ID');
  const mailFrom = setting('MAIL_FROM');
  const sandbox = setting('PSP_SANDBOX_URL');
  const formUrl = setting('PSP_FORM_URL');
  const restUrl = setting('PSP_REST_URL');
  const store = new DynamoStore(dynamoClient(), requireSetting('TABLE_NAME'));
  const deps: Wired = {
    store,
    sealer: kmsKeyId ? purposeChecked(new KmsSealer(kmsClient(), kmsKeyId), key || process.env.POWERTOOLS_SERVICE_NAME) : {
      seal: () => Promise.reject(new Error('KMS_KEY_ID is not set for this function')),
      open: () => Promise.reject(new Error('KMS_KEY_ID is not set for this function')),
    },
    ids: { newId: monotonicFactory(), newSecret: () => randomBytes(32).toString('base64url') },
    clock: { now: () => new Date() },
    mailer: mailFrom ? new SesMailer(sesClient(), mailFrom) : { send: () => Promise.reject(new Error('MAIL_FROM is not set for this function')) },
    ...(sandbox ? { provisioner: sandboxProvisioner(sandbox) } : {}),
    psp: pspGateways(new SystempayGateway({ ...(formUrl ? { formUrl } : {}), ...(restUrl ? { restUrl } : {}), attempts: store })),
    pins: new ScryptPinHasher(),
    // Queue URLs are read when an event is sent: a function declares the queues it sends to.
    publisher: new SqsPublisher(sqsClient(), (type) => queuesForEvent(type).map((q) => requireSetting(queueUrlVariable(q)))),
  };
  wired.set(key, deps);
  return deps;
}

/** Tests swap in their own wiring (e.g. a fake clock); undefined goes back to the settings. */
export function setContainer(d: Wired | undefined): void {
  override = d;
  wired.clear();
}
