import { sendPaymentDigests } from '../../app/payment-digest';
import { wired } from '../shared/wiring/base';
import { mailer } from '../shared/wiring/ses';
import { scheduledJob } from '../shared/schedule';

const deps = wired({ mailer });

export const handler = scheduledJob('payment-digest', (budget) => sendPaymentDigests(deps(), budget));
