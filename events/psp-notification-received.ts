import * as z from 'zod';
import { defineEvent } from './envelope';

/** A verified, deduplicated PSP notification was stored; processing happens off the request path. */
export const pspNotificationReceived = defineEvent('psp-notification.received', 1, z.object({
  notificationId: z.string(),
}));
