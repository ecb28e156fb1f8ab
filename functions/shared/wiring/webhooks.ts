import type { WebhookSender } from '../../../app/ports';
import { HttpWebhookSender } from '../../../adapters/webhooks/http-sender';
import { setting } from '../settings';

/** Signed webhook POSTs: public HTTPS targets only, unless the local stack says `WEBHOOK_TARGETS=local`. */
export const webhookSender = (): WebhookSender => new HttpWebhookSender(targetPolicy());

/** Which targets webhooks may call: `local` only where the local runtime sets it (npm start, tests). */
export const targetPolicy = (): 'public' | 'local' => (setting('WEBHOOK_TARGETS') === 'local' ? 'local' : 'public');
