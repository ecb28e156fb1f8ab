import { sendPaymentDigests } from '../../app/payment-digest';
import { wired } from '../shared/wiring/base';
import { mailer } from '../shared/wiring/ses';
import { scheduledJob } from '../shared/schedule';
import { hotels, outbox, scheduling } from '../shared/wiring/store';

const deps = wired({ mailer }, hotels, outbox, scheduling);

export const handler = scheduledJob('payment-digest', (budget) => sendPaymentDigests(deps(), budget));
