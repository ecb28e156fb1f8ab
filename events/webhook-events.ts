import * as z from 'zod/mini';
import { defineEvent } from './envelope';

/** Sent to one endpoint when the hotel asks (POST /v1/webhook-endpoints/{id}/test); never fanned out. */
export const webhookTest = /* @__PURE__ */ defineEvent('webhook.test', 1, () => z.object({
  endpointId: z.string(),
  message: z.string(),
}));

/**
 * An attempt to make (docs/webhooks.md): the delivery worker's own message on the webhooks queue.
 * `attempt` is the number of attempts made when it was sent: a message older than the delivery is dropped.
 */
export const webhookDeliveryDue = /* @__PURE__ */ defineEvent('webhook.delivery-due', 1, () => z.object({
  endpointId: z.string(),
  deliveryId: z.string(),
  attempt: z.int().check(z.nonnegative()),
}));

/** An endpoint failed every attempt for the whole retry window and was turned off: the hotel is e-mailed. */
export const webhookEndpointDisabled = /* @__PURE__ */ defineEvent('webhook-endpoint.disabled', 1, () => z.object({
  endpointId: z.string(),
  url: z.string(),
  failingSince: z.string(),
  /** The last attempt's HTTP status, or what went wrong without one. */
  lastResult: z.string(),
}));
