import { sendEmailsFor } from '../../app/send-emails';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { mailer } from '../shared/wiring/ses';
import { log } from '../shared/logger';
import { queueConsumer } from '../shared/sqs';
import { hotels, outbox, reservations, scheduling } from '../shared/wiring/store';

const deps = wired({ sealer, mailer }, hotels, outbox, reservations, scheduling);

export const handler = queueConsumer('send-emails', async (event) => {
  const sent = await sendEmailsFor(deps(), event);
  log.info('e-mails sent', { eventId: event.id, type: event.type, sent });
});
