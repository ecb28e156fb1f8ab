import type { Wired } from '../../app/deps';
import { wired } from './wiring/base';
import { sealer } from './wiring/kms';
import { pspCheckout, pspNotices, pspOperations } from './wiring/psp';
import { pins } from './wiring/pins';
import { provisioner } from './wiring/sandbox';
import { mailer } from './wiring/ses';
import { publisher } from './wiring/sqs';
import { ALL_PARTS } from './wiring/store';
import { webhookSender } from './wiring/webhooks';

export { setContainer } from './wiring/base';

/**
 * Every port and the whole store wired, from the function's settings: what tests and the benchmark start from. A
 * handler wires only what its use cases need (`wired(...)` in its own file), so that its bundle
 * carries only those AWS SDK clients.
 */
export const container: () => Wired = wired({ sealer, mailer, publisher, pspCheckout, pspNotices, pspOperations, pins, provisioner, webhookSender }, ...ALL_PARTS);
