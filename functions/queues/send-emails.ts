import { sendEmailsFor } from '../../app/send-emails';
import { container } from '../shared/container';
import { log } from '../shared/logger';
import { queueConsumer } from '../shared/sqs';

export const handler = queueConsumer('send-emails', async (event) => {
  const sent = await sendEmailsFor(container(), event);
  log.info('e-mails sent', { eventId: event.id, type: event.type, sent });
});
