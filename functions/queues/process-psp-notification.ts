import { processNotification } from '../../app/process-notification';
import { pspNotificationReceived, readEvent } from '../../events';
import { container } from '../shared/container';
import { log } from '../shared/logger';
import { queueConsumer } from '../shared/sqs';

export const handler = queueConsumer('process-psp-notification', async (raw) => {
  const event = readEvent(pspNotificationReceived, raw);
  const result = await processNotification(container(), event.hotelId, event.data.notificationId);
  log.info('psp notification processed', { hotelId: event.hotelId, notificationId: event.data.notificationId, result });
});
