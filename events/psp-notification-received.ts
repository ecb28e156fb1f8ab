import * as z from 'zod/mini';
import { defineEvent } from './envelope';

/** A verified, deduplicated PSP notification was stored; processing happens off the request path. */
export const pspNotificationReceived = /* @__PURE__ */ defineEvent('psp-notification.received', 1, () => z.object({
  notificationId: z.string(),
  /** Where the attempt it names is stored (the PSP's reference of our form), so processing reads both at once. */
  attempt: z.optional(z.object({ siteId: z.string(), day: z.string(), transId: z.string() })),
}));
