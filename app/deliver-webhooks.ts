import { Conflict } from '../domain/errors';
import {
  type DeliveryAttempt, failingTooLong, hopSeconds, isSuccess, isWebhookEventType, nextAttemptAt, subscribes,
} from '../domain/webhook';
import { makeEvent, readEvent, webhookDeliveryDue, webhookEndpointDisabled, type Envelope } from '../events';
import type { Needs } from './deps';
import type { DeliveryRef, WebhookDelivery, WebhookEndpointRecord } from './ports';
import { webhookSecretContext } from './secrets';
import { eventView } from './webhook-endpoints';

type Deps = Needs<'clock' | 'ids' | 'publisher' | 'sealer' | 'webhookSender' | 'store:commit' | 'store:webhooks'>;

export interface DeliveryOptions {
  /** Multiplies every retry delay and the retry window (1 in AWS; the local stack shortens them). */
  readonly scale: number;
}

/** Longer than an attempt takes (10 s timeout) with room for the KMS and table calls around it. */
const ATTEMPT_LEASE_MS = 30_000;

/**
 * The webhooks queue's worker (docs/webhooks.md): a hotel's event is put in its feed and fanned out
 * to each endpoint subscribed to it; a `webhook.delivery-due` message makes one attempt.
 */
export async function handleWebhookMessage(deps: Deps, raw: Envelope, options: DeliveryOptions): Promise<string> {
  if (raw.type === webhookDeliveryDue.type) return attempt(deps, readEvent(webhookDeliveryDue, raw), options);
  if (isWebhookEventType(raw.type)) return fanOut(deps, raw);
  throw new Error(`The webhooks queue does not take ${raw.type} events`);
}

const due = (deps: Needs<'clock' | 'ids'>, ref: DeliveryRef, attemptNo: number): Envelope =>
  makeEvent(webhookDeliveryDue, { id: deps.ids.newId(), occurredAt: deps.clock.now(), hotelId: ref.hotelId }, { endpointId: ref.endpointId, deliveryId: ref.deliveryId, attempt: attemptNo });

/**
 * 1. Put the event in the hotel's feed (once).
 * 2. For each enabled endpoint subscribed to its type, create the delivery named by the event's id
 *    (once: a second fan-out of the event finds it) and ask for its first attempt.
 * 3. A delivery that exists with no attempt yet (the fan-out died before asking) is asked again;
 *    an extra message is dropped by the attempt's own checks.
 */
async function fanOut(deps: Deps, event: Envelope): Promise<string> {
  await deps.store.recordFeedEvent(event);
  const endpoints = (await deps.store.listEndpoints(event.hotelId)).filter((r) => subscribes(r.endpoint, event.type));
  const now = deps.clock.now().toISOString();
  for (const { endpoint } of endpoints) {
    const ref: DeliveryRef = { hotelId: event.hotelId, endpointId: endpoint.endpointId, deliveryId: event.id };
    const delivery: WebhookDelivery = { ...ref, origin: 'event', event, status: 'pending', attemptCount: 0, attempts: [], createdAt: now, nextAttemptAt: now };
    if (!(await deps.store.createDelivery(delivery))) {
      const existing = await deps.store.getDelivery(ref);
      if (!existing || existing.status !== 'pending' || existing.attemptCount > 0) continue;
    }
    await deps.publisher.publish(due(deps, ref, 0));
  }
  return `fanned out to ${endpoints.length}`;
}

const bodyOf = (event: Envelope): string => JSON.stringify(eventView(event));

/**
 * One attempt:
 * 1. Drop a message older than the delivery (its attempt was made) or for a delivery that ended.
 * 2. Not due yet: send the message again with the time left (SQS holds a message 15 min at most).
 * 3. Claim the attempt (a lease): a newer attempt recorded drops this one; another worker holding
 *    the lease makes this message come back when the lease ends (to take over if that worker died).
 * 4. The endpoint gone or disabled: the delivery ends failed.
 * 5. Open the secrets still signing, POST the event signed with each.
 * 6. Success: record it; the endpoint is not failing. Failure: the endpoint is failing (since its
 *    first failure); ask for the next attempt (before recording this one, so a crash in between
 *    repeats an attempt and never ends the retries) or, 3 days after the first, end failed; an
 *    endpoint failing for 3 days is disabled and the hotel e-mailed.
 */
async function attempt(deps: Deps, message: Envelope<{ endpointId: string; deliveryId: string; attempt: number }>, options: DeliveryOptions): Promise<string> {
  const ref: DeliveryRef = { hotelId: message.hotelId, endpointId: message.data.endpointId, deliveryId: message.data.deliveryId };
  const delivery = await deps.store.getDelivery(ref);
  if (!delivery || delivery.status !== 'pending' || delivery.attemptCount > message.data.attempt) return 'stale';
  const now = deps.clock.now();
  if (delivery.nextAttemptAt && Date.parse(delivery.nextAttemptAt) > now.getTime()) {
    const wait = hopSeconds(new Date(delivery.nextAttemptAt), now);
    if (wait > 0) {
      await deps.publisher.publish(due(deps, ref, delivery.attemptCount), { delaySeconds: wait });
      return 'waiting';
    }
  }
  const claimed = await deps.store.claimDelivery(ref, delivery.attemptCount, now.toISOString(), new Date(now.getTime() + ATTEMPT_LEASE_MS).toISOString());
  if (!claimed) {
    // Another attempt holds the lease. If it dies (or this very message failed after claiming and
    // comes back early), someone must take over when the lease ends: ask again then. Should the
    // holder record its attempt, this message will be older than the delivery, and dropped.
    const now2 = deps.clock.now();
    const held = await deps.store.getDelivery(ref);
    if (held?.status === 'pending' && held.attemptCount === delivery.attemptCount && held.leaseUntil && Date.parse(held.leaseUntil) > now2.getTime()) {
      await deps.publisher.publish(due(deps, ref, held.attemptCount), { delaySeconds: Math.max(1, hopSeconds(new Date(Date.parse(held.leaseUntil) + 1000), now2)) });
      return 'busy';
    }
    return 'stale';
  }

  const found = await deps.store.getEndpoint(ref.hotelId, ref.endpointId);
  const firstAttemptAt = delivery.firstAttemptAt ?? now.toISOString();
  if (!found || !found.endpoint.enabled) {
    const error = found ? 'endpoint_disabled' : 'endpoint_deleted';
    await deps.store.recordAttempt(ref, delivery.attemptCount, { at: now.toISOString(), latencyMs: 0, error }, { status: 'failed', firstAttemptAt });
    return error;
  }
  const secrets = await openSecrets(deps, found, now);
  const result = await deps.webhookSender.send({ url: found.endpoint.url, messageId: delivery.event.id, timestamp: now, body: bodyOf(delivery.event), secrets });

  if (isSuccess(result.statusCode)) {
    await deps.store.recordAttempt(ref, delivery.attemptCount, result, { status: 'succeeded', firstAttemptAt });
    await deps.store.endpointHealth(ref.hotelId, ref.endpointId, 'succeeded', now.toISOString());
    return 'succeeded';
  }
  const failingSince = await deps.store.endpointHealth(ref.hotelId, ref.endpointId, 'failed', now.toISOString());
  const next = nextAttemptAt(new Date(firstAttemptAt), deps.clock.now(), delivery.attemptCount + 1, options.scale);
  if (next) await deps.publisher.publish(due(deps, ref, delivery.attemptCount + 1), { delaySeconds: hopSeconds(next, deps.clock.now()) });
  await deps.store.recordAttempt(ref, delivery.attemptCount, result, { status: next ? 'pending' : 'failed', firstAttemptAt, ...(next ? { nextAttemptAt: next.toISOString() } : {}) });
  if (failingTooLong(failingSince, deps.clock.now(), options.scale)) await disable(deps, found, failingSince!, result);
  return next ? 'retrying' : 'failed';
}

/** The current secret and any a rotation replaced that still signs, opened under the endpoint's context. */
async function openSecrets(deps: Needs<'sealer'>, r: WebhookEndpointRecord, now: Date): Promise<string[]> {
  const signing = r.secrets.filter((s) => !s.retiresAt || Date.parse(s.retiresAt) > now.getTime());
  const context = webhookSecretContext(r.endpoint.hotelId, r.endpoint.endpointId);
  return Promise.all(signing.map((s) => deps.sealer.open(s.sealed, context)));
}

/** Turns a failing endpoint off, once (on the version read), with the event that e-mails the hotel. */
async function disable(deps: Deps, r: WebhookEndpointRecord, failingSince: string, last: DeliveryAttempt): Promise<void> {
  const now = deps.clock.now();
  const { failingSince: _f, ...endpoint } = r.endpoint;
  try {
    await deps.store.commit({
      webhookEndpoints: [{ value: { ...r, endpoint: { ...endpoint, enabled: false, disabledReason: 'failing', updatedAt: now.toISOString(), version: r.endpoint.version + 1 } }, expectedVersion: r.endpoint.version }],
      events: [makeEvent(webhookEndpointDisabled, { id: deps.ids.newId(), occurredAt: now, hotelId: r.endpoint.hotelId }, {
        endpointId: r.endpoint.endpointId, url: r.endpoint.url, failingSince, lastResult: last.statusCode !== undefined ? `HTTP ${last.statusCode}` : last.error ?? 'no answer',
      })],
    });
  } catch (e) {
    // Changed meanwhile (by the hotel, or disabled by another attempt): its next failure decides again.
    if (!(e instanceof Conflict)) throw e;
  }
}
