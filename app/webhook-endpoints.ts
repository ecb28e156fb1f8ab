import { NotFound, RuleViolated } from '../domain/errors';
import {
  checkEndpointUrl, checkEventTypes, MAX_ENDPOINTS, subscribes, TEST_EVENT_TYPE, type TargetPolicy, type WebhookEndpoint,
} from '../domain/webhook';
import { makeEvent, webhookDeliveryDue, webhookTest, type Envelope } from '../events';
import type { Needs } from './deps';
import type { Page, WebhookDelivery, WebhookEndpointRecord } from './ports';
import { webhookSecretContext } from './secrets';

/** A new endpoint secret as the Standard Webhooks libraries take it: `whsec_` + base64 (not base64url) of 32 random bytes. */
const newSecret = (ids: Needs<'ids'>['ids']): string => `whsec_${Buffer.from(ids.newSecret(), 'base64url').toString('base64')}`;

/** What the API shows of an endpoint: never a secret, only when the previous one retires. */
export function endpointView(r: WebhookEndpointRecord) {
  const e = r.endpoint;
  const retiring = r.secrets.find((s) => s.retiresAt);
  return {
    endpointId: e.endpointId,
    url: e.url,
    events: [...e.events],
    ...(e.description !== undefined ? { description: e.description } : {}),
    enabled: e.enabled,
    ...(e.disabledReason ? { disabledReason: e.disabledReason } : {}),
    ...(e.failingSince ? { failingSince: e.failingSince } : {}),
    ...(retiring?.retiresAt ? { previousSecretRetiresAt: retiring.retiresAt } : {}),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
export type EndpointView = ReturnType<typeof endpointView>;

async function loadEndpoint(deps: Needs<'store:webhooks'>, hotelId: string, endpointId: string): Promise<WebhookEndpointRecord> {
  const found = await deps.store.getEndpoint(hotelId, endpointId);
  if (!found) throw new NotFound('webhook_endpoint_not_found', 'No such webhook endpoint for this hotel');
  return found;
}

/**
 * Registers an endpoint:
 * 1. Check the URL (https, a public host; the local stack also takes http on 127.0.0.1) and the event types (known, or "*").
 * 2. At most MAX_ENDPOINTS a hotel.
 * 3. Make its secret, seal it under the endpoint's own context, store the endpoint.
 * 4. Answer the secret, once.
 */
export async function createEndpoint(
  deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit' | 'store:webhooks'>, hotelId: string,
  input: { url: string; events: readonly string[]; description?: string | undefined }, policy: TargetPolicy,
): Promise<EndpointView & { secret: string }> {
  const url = checkEndpointUrl(input.url, policy);
  const events = checkEventTypes(input.events);
  if ((await deps.store.listEndpoints(hotelId)).length >= MAX_ENDPOINTS) {
    throw new RuleViolated('too_many_endpoints', `A hotel has at most ${MAX_ENDPOINTS} webhook endpoints: delete one first`);
  }
  const now = deps.clock.now().toISOString();
  const endpointId = deps.ids.newId();
  const secret = newSecret(deps.ids);
  const endpoint: WebhookEndpoint = {
    hotelId, endpointId, url, events, ...(input.description !== undefined ? { description: input.description } : {}),
    enabled: true, createdAt: now, updatedAt: now, version: 1,
  };
  const record: WebhookEndpointRecord = { endpoint, secrets: [{ createdAt: now, sealed: await deps.sealer.seal(secret, webhookSecretContext(hotelId, endpointId)) }] };
  await deps.store.commit({ webhookEndpoints: [{ value: record, expectedVersion: null }] });
  return { ...endpointView(record), secret };
}

export async function listEndpoints(deps: Needs<'store:webhooks'>, hotelId: string): Promise<{ endpoints: EndpointView[] }> {
  const all = await deps.store.listEndpoints(hotelId);
  return { endpoints: all.map(endpointView) };
}

export async function getEndpoint(deps: Needs<'store:webhooks'>, hotelId: string, endpointId: string): Promise<EndpointView> {
  return endpointView(await loadEndpoint(deps, hotelId, endpointId));
}

/**
 * Changes an endpoint (each field given), on the version read: a concurrent change is a 409.
 * Turning it off says so (`disabledReason: by_hotel`); turning it on clears why and how long it failed.
 */
export async function updateEndpoint(
  deps: Needs<'clock' | 'store:commit' | 'store:webhooks'>, hotelId: string, endpointId: string,
  patch: { url?: string | undefined; events?: readonly string[] | undefined; description?: string | null | undefined; enabled?: boolean | undefined }, policy: TargetPolicy,
): Promise<EndpointView> {
  const url = patch.url === undefined ? undefined : checkEndpointUrl(patch.url, policy);
  const events = patch.events === undefined ? undefined : checkEventTypes(patch.events);
  const current = await loadEndpoint(deps, hotelId, endpointId);
  const { description: _d, disabledReason: _r, failingSince: _f, ...rest } = current.endpoint;
  const description = patch.description === null ? undefined : patch.description ?? current.endpoint.description;
  const enabled = patch.enabled ?? current.endpoint.enabled;
  const disabledReason = enabled ? undefined : patch.enabled === false ? 'by_hotel' : current.endpoint.disabledReason;
  const endpoint: WebhookEndpoint = {
    ...rest,
    ...(url ? { url } : {}),
    ...(events ? { events } : {}),
    ...(description !== undefined ? { description } : {}),
    enabled,
    ...(disabledReason ? { disabledReason } : {}),
    // Still failing while on; a disabled endpoint starts clean when turned on again.
    ...(enabled && current.endpoint.enabled && current.endpoint.failingSince ? { failingSince: current.endpoint.failingSince } : {}),
    updatedAt: deps.clock.now().toISOString(),
    version: current.endpoint.version + 1,
  };
  const record = { ...current, endpoint };
  await deps.store.commit({ webhookEndpoints: [{ value: record, expectedVersion: current.endpoint.version }] });
  return endpointView(record);
}

export async function deleteEndpoint(deps: Needs<'store:webhooks'>, hotelId: string, endpointId: string): Promise<void> {
  if (!(await deps.store.deleteEndpoint(hotelId, endpointId))) throw new NotFound('webhook_endpoint_not_found', 'No such webhook endpoint for this hotel');
}

/** Hours the previous secret keeps signing after a rotation, by default. */
export const DEFAULT_OVERLAP_HOURS = 24;

/**
 * A new secret (answered once). The previous one keeps signing for `overlapHours` (deliveries carry
 * both signatures meanwhile), so the receiver can switch whenever it likes; older ones are dropped.
 */
export async function rotateSecret(
  deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit' | 'store:webhooks'>, hotelId: string, endpointId: string, overlapHours = DEFAULT_OVERLAP_HOURS,
): Promise<EndpointView & { secret: string }> {
  const current = await loadEndpoint(deps, hotelId, endpointId);
  const now = deps.clock.now();
  const secret = newSecret(deps.ids);
  const previous = current.secrets[0];
  const retiresAt = new Date(now.getTime() + overlapHours * 3_600_000).toISOString();
  const record: WebhookEndpointRecord = {
    endpoint: { ...current.endpoint, updatedAt: now.toISOString(), version: current.endpoint.version + 1 },
    secrets: [
      { createdAt: now.toISOString(), sealed: await deps.sealer.seal(secret, webhookSecretContext(hotelId, endpointId)) },
      ...(previous && overlapHours > 0 ? [{ createdAt: previous.createdAt, sealed: previous.sealed, retiresAt }] : []),
    ],
  };
  await deps.store.commit({ webhookEndpoints: [{ value: record, expectedVersion: current.endpoint.version }] });
  return { ...endpointView(record), secret };
}

/** A delivery to make now, and the message that asks for it, committed together. */
function newDelivery(deps: Needs<'clock' | 'ids'>, endpointId: string, event: Envelope, origin: WebhookDelivery['origin']): { delivery: WebhookDelivery; due: Envelope } {
  const now = deps.clock.now();
  const deliveryId = deps.ids.newId();
  const delivery: WebhookDelivery = {
    hotelId: event.hotelId, endpointId, deliveryId, origin, event, status: 'pending', attemptCount: 0, attempts: [],
    createdAt: now.toISOString(), nextAttemptAt: now.toISOString(),
  };
  const due = makeEvent(webhookDeliveryDue, { id: deps.ids.newId(), occurredAt: now, hotelId: event.hotelId }, { endpointId, deliveryId, attempt: 0 });
  return { delivery, due };
}

const deliveryAccepted = (d: WebhookDelivery) => ({ deliveryId: d.deliveryId, endpointId: d.endpointId, eventId: d.event.id, status: d.status });

/** Sends a `webhook.test` event to one enabled endpoint (through the delivery queue, signed and logged like any). */
export async function sendTestEvent(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:webhooks'>, hotelId: string, endpointId: string) {
  const { endpoint } = await loadEndpoint(deps, hotelId, endpointId);
  if (!endpoint.enabled) throw new RuleViolated('webhook_endpoint_disabled', 'The endpoint is disabled: enable it first (PATCH enabled: true)');
  const event = makeEvent(webhookTest, { id: deps.ids.newId(), occurredAt: deps.clock.now(), hotelId }, { endpointId, message: 'A test event: your endpoint receives and verifies webhooks.' });
  if (event.type !== TEST_EVENT_TYPE) throw new Error('webhook.test is misnamed');
  const { delivery, due } = newDelivery(deps, endpointId, event, 'test');
  await deps.store.commit({ webhookDeliveries: [delivery], events: [due] });
  return deliveryAccepted(delivery);
}

/**
 * Sends an event of the feed again: to the endpoint named (enabled, whatever it subscribes to) or to
 * every enabled endpoint subscribed to its type. Same `webhook-id` (the event's), new deliveries.
 */
export async function redeliverEvent(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:webhooks'>, hotelId: string, eventId: string, endpointId?: string) {
  const event = await deps.store.getFeedEvent(hotelId, eventId);
  if (!event) throw new NotFound('event_not_found', 'No such event in the last 30 days of this hotel');
  let targets: WebhookEndpointRecord[];
  if (endpointId) {
    const one = await loadEndpoint(deps, hotelId, endpointId);
    if (!one.endpoint.enabled) throw new RuleViolated('webhook_endpoint_disabled', 'The endpoint is disabled: enable it first (PATCH enabled: true)');
    targets = [one];
  } else {
    targets = (await deps.store.listEndpoints(hotelId)).filter((r) => subscribes(r.endpoint, event.type));
  }
  const made = targets.map((t) => newDelivery(deps, t.endpoint.endpointId, event, 'redelivery'));
  if (made.length) await deps.store.commit({ webhookDeliveries: made.map((m) => m.delivery), events: made.map((m) => m.due) });
  return { eventId, deliveries: made.map((m) => deliveryAccepted(m.delivery)) };
}

/** What the delivery log shows of a delivery: the event sent and every attempt. */
export const deliveryView = (d: WebhookDelivery) => ({
  deliveryId: d.deliveryId,
  eventId: d.event.id,
  eventType: d.event.type,
  origin: d.origin,
  status: d.status,
  attemptCount: d.attemptCount,
  ...(d.nextAttemptAt && d.status === 'pending' ? { nextAttemptAt: d.nextAttemptAt } : {}),
  createdAt: d.createdAt,
  attempts: d.attempts.map((a) => ({ ...a })),
});

export async function listDeliveries(deps: Needs<'store:webhooks'>, hotelId: string, endpointId: string, limit: number, cursor?: string) {
  await loadEndpoint(deps, hotelId, endpointId);
  const page: Page<WebhookDelivery> = await deps.store.deliveries(hotelId, endpointId, limit, cursor);
  return { deliveries: page.items.map(deliveryView), ...(page.cursor ? { nextCursor: page.cursor } : {}) };
}

/** What the feed shows of an event: the body a webhook carries. */
export const eventView = (e: Envelope) => ({ id: e.id, type: e.type, occurredAt: e.occurredAt, hotelId: e.hotelId, data: e.data });

export async function listEvents(deps: Needs<'store:webhooks'>, hotelId: string, query: { type?: string | undefined; after?: string | undefined; limit: number }) {
  const page = await deps.store.feed(hotelId, { ...(query.type ? { type: query.type } : {}), ...(query.after ? { after: query.after } : {}) }, query.limit);
  return { events: page.items.map(eventView), ...(page.cursor ? { nextCursor: page.cursor } : {}) };
}
