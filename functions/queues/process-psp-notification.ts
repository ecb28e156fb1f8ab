import { processNotification } from '../../app/process-notification';
import { pspNotificationReceived, readEvent } from '../../events';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { pspNotices } from '../shared/wiring/psp';
import { log } from '../shared/logger';
import { queueConsumer } from '../shared/sqs';
import { commit, hotels, payments, reservations } from '../shared/wiring/store';

const deps = wired({ sealer, pspNotices }, commit, hotels, payments, reservations);

/** Same line as the receiving function's: either way a signed notification could not be used. */
const NOTIFICATION_REJECTED = 'notification_rejected';

export const handler = queueConsumer('process-psp-notification', async (raw) => {
  const event = readEvent(pspNotificationReceived, raw);
  const result = await processNotification(deps(), event.hotelId, event.data.notificationId, event.data.attempt ? { attempt: event.data.attempt } : {});
  if (result === 'rejected') {
    const reason = (await deps().store.getNotification(event.hotelId, event.data.notificationId))?.reason;
    log.warn(NOTIFICATION_REJECTED, { hotelId: event.hotelId, notificationId: event.data.notificationId, reason });
  } else {
    log.info('psp notification processed', { hotelId: event.hotelId, notificationId: event.data.notificationId, result });
  }
});
