import { randomBytes } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { Wired } from '../../app/deps';
import type { Clock } from '../../domain/time';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import { kmsClient } from '../../adapters/aws/client-kms';
import { sesClient } from '../../adapters/aws/client-ses';
import { sqsClient } from '../../adapters/aws/client-sqs';
import { SqsPublisher } from '../../adapters/aws/sqs-publisher';
import { queuesForEvent } from '../../functions/catalog';
import { KmsSealer } from '../../adapters/aws/kms-sealer';
import { SesMailer } from '../../adapters/aws/ses-mailer';
import { dynamoStore } from '../../adapters/dynamo/store';
import { ScryptPinHasher } from '../../adapters/crypto/pin-hasher';
import { systempayPorts } from '../../adapters/psp/systempay';
import { provision, type Provisioned } from '../../local/provision';
import { HttpWebhookSender } from '../../adapters/webhooks/http-sender';

/** Points the SDK at the run's moto server (started by global-setup). */
export function useMoto(): string {
  const endpoint = process.env.MOTO_ENDPOINT;
  if (!endpoint) throw new Error('MOTO_ENDPOINT is not set: run tests through jest with the global setup');
  Object.assign(process.env, { AWS_ENDPOINT_URL: endpoint, AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  return endpoint;
}

export class FakeClock implements Clock {
  constructor(public current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Fresh resources (own table name) in moto and Wired wired to them, as a Lambda would be. */
export async function freshDeps(clock: Clock = new FakeClock(new Date('2026-11-22T09:00:00Z'))): Promise<{ deps: Wired; resources: Provisioned }> {
  useMoto();
  const resources = await provision({ tableName: `t-${randomBytes(4).toString('hex')}`, mailFrom: 'hotel-payments@example.com' });
  Object.assign(process.env, resources.env);
  const store = dynamoStore(dynamoClient(), resources.tableName, () => Math.floor(clock.now().getTime() / 1000));
  const deps: Wired = {
    store,
    sealer: new KmsSealer(kmsClient(), resources.kmsKeyId),
    ids: { newId: monotonicFactory(), newSecret: () => randomBytes(32).toString('base64url') },
    clock,
    mailer: new SesMailer(sesClient(), 'hotel-payments@example.com', () => clock.now()),
    publisher: new SqsPublisher(sqsClient(), (type) => queuesForEvent(type).map((q) => resources.queueUrls[q]!)),
    // Forms post to a PSP that is not there; tests that pay use the sandbox (psp-harness.ts).
    ...systempayPorts({ formUrl: 'https://psp.example.com/vads-payment/', attempts: store }),
    pins: new ScryptPinHasher(),
    // Receivers in tests listen on 127.0.0.1, as in the local stack.
    webhookSender: new HttpWebhookSender('local'),
  };
  return { deps, resources };
}
