import { handleWebhookMessage } from '../../app/deliver-webhooks';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { publisher } from '../shared/wiring/sqs';
import { webhookSender } from '../shared/wiring/webhooks';
import { log } from '../shared/logger';
import { setting } from '../shared/settings';
import { queueConsumer } from '../shared/sqs';
import { backOffOn } from '../shared/sqs-backoff';
import { commit, webhooks } from '../shared/wiring/store';

const deps = wired({ sealer, publisher, webhookSender }, commit, webhooks);

/**
 * Retry delays and the 3-day window, shortened locally (QUEUE_BACKOFF_SCALE) like every queue's
 * backoff. Never to nothing: a window of 0 would give up at the first failure (tests run at 0).
 */
const scale = (): number => {
  const s = Number(setting('QUEUE_BACKOFF_SCALE') ?? 1);
  return Number.isFinite(s) && s >= 0 ? Math.max(s, 0.001) : 1;
};

/** The webhooks worker: the feed, the fan-out and each delivery attempt (app/deliver-webhooks.ts). */
export const handler = queueConsumer('deliver-webhooks', async (raw) => {
  const result = await handleWebhookMessage(deps(), raw, { scale: scale() });
  // Ids and outcomes only: never a URL's query, a secret or a receiver's answer.
  log.info('webhook message handled', { eventId: raw.id, type: raw.type, result });
}, { inParallel: true, backOff: backOffOn('webhooks') });
