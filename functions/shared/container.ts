import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Deps } from '../../app/deps';
import type { PspProvisioner } from '../../app/ports';
import { dynamoClient, kmsClient, requireEnv, sesClient } from '../../adapters/aws/clients';
import { KmsSealer } from '../../adapters/aws/kms-sealer';
import { SesMailer } from '../../adapters/aws/ses-mailer';
import { DynamoStore } from '../../adapters/dynamo/store';

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

let deps: Deps | undefined;

/** Wires the ports to AWS once per container, from the function's environment. */
export function container(): Deps {
  if (deps) return deps;
  const kmsKeyId = process.env.KMS_KEY_ID;
  deps = {
    store: new DynamoStore(dynamoClient(), requireEnv('TABLE_NAME')),
    sealer: kmsKeyId ? new KmsSealer(kmsClient(), kmsKeyId) : {
      seal: () => Promise.reject(new Error('KMS_KEY_ID is not set for this function')),
      open: () => Promise.reject(new Error('KMS_KEY_ID is not set for this function')),
    },
    ids: { newId: monotonicFactory(), newSecret: () => randomBytes(32).toString('base64url') },
    clock: { now: () => new Date() },
    ...(process.env.MAIL_FROM ? { mailer: new SesMailer(sesClient(), process.env.MAIL_FROM) } : {}),
    ...(process.env.PSP_SANDBOX_URL ? { provisioner: sandboxProvisioner(process.env.PSP_SANDBOX_URL) } : {}),
  };
  return deps;
}

/** Tests and the local runtime swap in their own wiring (e.g. a fake clock). */
export function setContainer(d: Deps | undefined): void {
  deps = d;
}
