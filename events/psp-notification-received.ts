import * as z from 'zod/mini';
import { defineEvent } from './envelope';

/** A verified, deduplicated PSP notification was stored; processing happens off the request path. */
export const pspNotificationReceived = /* @__PURE__ */ defineEvent('psp-notification.received', 1, () => z.object({
  notificationId: z.string(),
}));
