/**
 * Every Lambda, described once: its entry, its trigger and what it may touch. The CDK stateless
 * stack turns each description into a function with exactly these grants; the local runtime
 * serves the same routes, polls the same queues and runs the same schedules with the same handlers.
 */
import type { SecretPurpose } from '../app/secrets';
import type { Scope } from '../domain/api-key';

export type QueueName = 'psp-notifications' | 'emails' | 'psp-operations' | 'webhooks';

export interface QueueDescription {
  readonly name: QueueName;
  readonly purpose: string;
  /** Event types the outbox relay routes to this queue. */
  readonly events: readonly string[];
  readonly visibilityTimeoutSeconds: number;
  /** Deliveries before a message moves to the queue's dead-letter queue. */
  readonly maxReceiveCount: number;
  /**
   * Exponential backoff between deliveries, set by the consumer on a message it could not process:
   * min(base × 2^(receives−1), max) seconds. Without it a failed message waits the visibility timeout.
   */
  readonly backoff?: { readonly baseSeconds: number; readonly maxSeconds: number };
}

/** A function's timeout: its own, else 10 s for an HTTP function (API Gateway gives up at 29 s) and 30 s for others. */
export const timeoutSecondsOf = (fn: { readonly timeoutSeconds?: number; readonly trigger: { readonly kind: string } }): number =>
  fn.timeoutSeconds ?? (fn.trigger.kind === 'http' ? 10 : 30);

/** Seconds a failed message waits before its next delivery. */
export const backoffSeconds = (b: NonNullable<QueueDescription['backoff']>, receiveCount: number): number =>
  Math.min(b.maxSeconds, b.baseSeconds * 2 ** Math.max(0, receiveCount - 1));

export const QUEUES: readonly QueueDescription[] = [
  {
    name: 'psp-notifications',
    purpose: 'Verified PSP notifications, processed into payment requests, transactions and reservations',
    events: ['psp-notification.received'],
    visibilityTimeoutSeconds: 60,
    maxReceiveCount: 5,
  },
  {
    name: 'emails',
    purpose: 'E-mails to guests and hotels, rendered and sent through SES',
    events: ['payment-request.created', 'payment.succeeded', 'payment-request.reminder-due', 'options.lapse-digest', 'refund.failed', 'refund.succeeded', 'payment.received-after-close', 'payment.received-twice', 'payment.failed', 'vault.user-changed', 'hold.lapse-warning', 'charge.succeeded', 'charge.failed', 'charge.action-required', 'card.expiring', 'webhook-endpoint.disabled'],
    visibilityTimeoutSeconds: 60,
    maxReceiveCount: 5,
  },
  {
    name: 'psp-operations',
    purpose: 'Requested PSP operations (refunds, captures and releases of pre-authorisations, charges of stored cards), taken to the PSP once each; retried with backoff while the PSP is unavailable',
    events: ['refund.requested', 'capture.requested', 'release.requested', 'charge.requested'],
    visibilityTimeoutSeconds: 60,
    // 30 s, 1, 2, 4, 8, 15, 15 min between 8 attempts: about an hour of PSP outage before the dead-letter queue.
    maxReceiveCount: 8,
    backoff: { baseSeconds: 30, maxSeconds: 900 },
  },
  {
    name: 'webhooks',
    purpose: "The hotel's events for its webhook endpoints (put in its feed, fanned out to each subscribed endpoint) and each delivery's attempts, retried for 3 days (docs/webhooks.md)",
    // The types a PMS may subscribe to (WEBHOOK_EVENT_TYPES in domain/webhook.ts; a test keeps the
    // two lists equal: the catalog imports only types), and the worker's own attempts.
    events: [
      'payment-request.created', 'payment-request.expired', 'payment.succeeded', 'payment.failed', 'payment.received-after-close', 'payment.received-twice',
      'reservation.confirmed', 'reservation.expired', 'reservation.option-overdue', 'reservation.cancelled', 'refund.succeeded', 'refund.failed',
      'capture.succeeded', 'capture.failed', 'release.succeeded', 'release.failed', 'hold.lapse-warning',
      'charge.succeeded', 'charge.failed', 'charge.action-required', 'card.expiring', 'webhook.delivery-due',
    ],
    visibilityTimeoutSeconds: 60,
    // Retries of deliveries are messages of their own (webhook.delivery-due, delayed); these receives
    // only cover the worker failing (the table or KMS unavailable): 5 s … 5 min, then the dead-letter queue.
    maxReceiveCount: 10,
    backoff: { baseSeconds: 5, maxSeconds: 300 },
  },
];

export type HttpAuth = 'admin' | 'hotel' | 'public' | 'psp';

interface HttpTriggerBase {
  readonly kind: 'http';
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /**
   * The route honours an Idempotency-Key (docs/api-keys.md): the route wrapper claims the key,
   * replays the first answer to the same request and refuses it for another. `'required'`: a
   * request without the header is refused (400 idempotency_key_required).
   */
  readonly idempotent?: true | 'required';
}

/**
 * An HTTP route, and the only place its auth is declared: the handler checks the caller as its
 * entry says (the route wrapper looks the entry up by function name), and the CDK documents the
 * same auth on the API Gateway method. A hotel route names the scope a key needs to call it: an
 * entry without one does not compile.
 */
export type HttpTrigger =
  | (HttpTriggerBase & { readonly auth: 'hotel'; readonly scope: Scope })
  | (HttpTriggerBase & { readonly auth: Exclude<HttpAuth, 'hotel'>; readonly scope?: never });

export type Trigger =
  | HttpTrigger
  | { readonly kind: 'queue'; readonly queue: QueueName; readonly batchSize: number }
  | { readonly kind: 'outbox-stream' }
  | { readonly kind: 'schedule'; readonly job: string; readonly everyMinutes: number };

export interface Access {
  /** 'none': a function that never touches the table (the API reference) gets no grant on it, nor its name. */
  readonly table: 'read' | 'write' | 'none';
  /**
   * KMS use, per kind of secret (the `purpose` in its encryption context): sealing needs
   * GenerateDataKey, opening needs Decrypt, each granted for these purposes only.
   */
  readonly kms?: { readonly seal?: readonly SecretPurpose[]; readonly open?: readonly SecretPurpose[] };
  readonly sendEmail?: boolean;
  readonly sendTo?: readonly QueueName[];
  /** Calls the PSP's REST API (refunds). */
  readonly pspApi?: boolean;
  /** Sends payment links outside an HTTP request (a job): it needs the API's public address. */
  readonly mintsLinks?: boolean;
  /** Checks or calls webhook targets: told which ones the deployment allows (WEBHOOK_TARGETS). */
  readonly webhookTargets?: boolean;
}

export interface FunctionDescription {
  readonly name: string;
  readonly entry: string;
  readonly description: string;
  readonly trigger: Trigger;
  readonly access: Access;
  readonly memoryMb?: number;
  readonly timeoutSeconds?: number;
}

/**
 * One description per function, each its own constant: a handler imports its own (`route(LIST_CARDS,
 * …)`), so its bundle carries that entry and not the others. Names and triggers stay literal
 * (`as const`), so a function's name, and for an HTTP function its route, are types the compiler
 * checks. Everything else reads them all as plain descriptions (FUNCTIONS).
 */
export const CREATE_HOTEL = {
  name: 'create-hotel',
  entry: 'functions/http/create-hotel.ts',
  description: 'POST /v1/hotels: create a hotel and its API key (admin key)',
  trigger: { kind: 'http', method: 'POST', path: '/v1/hotels', auth: 'admin', idempotent: true },
  // The answer holds the hotel's first key: kept for an Idempotency-Key's replay only sealed.
  access: { table: 'write', kms: { seal: ['psp-secrets', 'idempotent-answer'], open: ['idempotent-answer'] } },
} as const satisfies FunctionDescription;

export const UPSERT_RESERVATION = {
  name: 'upsert-reservation',
  entry: 'functions/http/upsert-reservation.ts',
  description: 'PUT /v1/reservations/{reservationId}: create or update a reservation on option',
  trigger: { kind: 'http', method: 'PUT', path: '/v1/reservations/{reservationId}', auth: 'hotel', scope: 'reservations:write' },
  // The answer shows the reservation's payment links, sealed at rest.
  access: { table: 'write', kms: { open: ['payment-link'] } },
} as const satisfies FunctionDescription;

export const GET_RESERVATION = {
  name: 'get-reservation',
  entry: 'functions/http/get-reservation.ts',
  description: 'GET /v1/reservations/{reservationId}: reservation with requests, transactions and history',
  trigger: { kind: 'http', method: 'GET', path: '/v1/reservations/{reservationId}', auth: 'hotel', scope: 'read' },
  access: { table: 'read', kms: { open: ['payment-link'] } },
} as const satisfies FunctionDescription;

export const CREATE_PAYMENT_REQUEST = {
  name: 'create-payment-request',
  entry: 'functions/http/create-payment-request.ts',
  description: 'POST /v1/reservations/{reservationId}/payment-requests: ask for a guarantee or a deposit',
  trigger: { kind: 'http', method: 'POST', path: '/v1/reservations/{reservationId}/payment-requests', auth: 'hotel', scope: 'payments:write', idempotent: true },
  access: { table: 'write', kms: { seal: ['payment-link'] } },
} as const satisfies FunctionDescription;

export const PAYMENT_PAGE = {
  name: 'payment-page',
  entry: 'functions/http/payment-page.ts',
  description: 'GET /pay/{token}: the hosted page with the signed PSP form',
  trigger: { kind: 'http', method: 'GET', path: '/pay/{token}', auth: 'public' },
  access: { table: 'write', kms: { open: ['psp-secrets', 'payment-link'] } },
} as const satisfies FunctionDescription;

export const PAYMENT_RESULT = {
  name: 'payment-result',
  entry: 'functions/http/payment-result.ts',
  description: 'GET /pay/{token}/result: where the PSP sends the guest back',
  trigger: { kind: 'http', method: 'GET', path: '/pay/{token}/result', auth: 'public' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const RECEIVE_PSP_NOTIFICATION = {
  name: 'receive-psp-notification',
  entry: 'functions/http/receive-psp-notification.ts',
  description: 'POST /psp/{provider}/{hotelId}/ipn: verify, store and acknowledge a PSP notification (Systempay: /psp/systempay/{hotelId}/ipn)',
  trigger: { kind: 'http', method: 'POST', path: '/psp/{provider}/{hotelId}/ipn', auth: 'psp' },
  access: { table: 'write', kms: { seal: ['psp-notification'], open: ['psp-secrets'] } },
} as const satisfies FunctionDescription;

export const PROCESS_PSP_NOTIFICATION = {
  name: 'process-psp-notification',
  entry: 'functions/queues/process-psp-notification.ts',
  description: 'Applies stored PSP notifications to requests, transactions, reservations and the card vault',
  trigger: { kind: 'queue', queue: 'psp-notifications', batchSize: 10 },
  // Opens the card token of a registration and seals it again under the card's own context.
  access: { table: 'write', kms: { open: ['psp-notification'], seal: ['card-token'] } },
} as const satisfies FunctionDescription;

export const SEND_EMAILS = {
  name: 'send-emails',
  entry: 'functions/queues/send-emails.ts',
  description: 'Renders and sends guest and hotel e-mails through SES',
  trigger: { kind: 'queue', queue: 'emails', batchSize: 10 },
  access: { table: 'write', kms: { open: ['payment-link'] }, sendEmail: true },
} as const satisfies FunctionDescription;

export const GET_POLICY = {
  name: 'get-policy',
  entry: 'functions/http/get-policy.ts',
  description: "GET /v1/hotel/policy: the hotel's option policy",
  trigger: { kind: 'http', method: 'GET', path: '/v1/hotel/policy', auth: 'hotel', scope: 'read' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const PUT_POLICY = {
  name: 'put-policy',
  entry: 'functions/http/put-policy.ts',
  description: "PUT /v1/hotel/policy: change the hotel's option policy",
  trigger: { kind: 'http', method: 'PUT', path: '/v1/hotel/policy', auth: 'hotel', scope: 'policy:write' },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const GET_PLANNING = {
  name: 'get-planning',
  entry: 'functions/http/get-planning.ts',
  description: 'GET /v1/planning: what the front desk must look at on a day',
  trigger: { kind: 'http', method: 'GET', path: '/v1/planning', auth: 'hotel', scope: 'read' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const CREATE_REFUND = {
  name: 'create-refund',
  entry: 'functions/http/create-refund.ts',
  description: 'POST /v1/transactions/{transactionId}/refunds: refund all or part of a payment',
  trigger: { kind: 'http', method: 'POST', path: '/v1/transactions/{transactionId}/refunds', auth: 'hotel', scope: 'refunds:write', idempotent: true },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const CREATE_CHARGE = {
  name: 'create-charge',
  entry: 'functions/http/create-charge.ts',
  description: 'POST /v1/reservations/{reservationId}/charges: charge a card the guest registered at the PSP (merchant-initiated)',
  trigger: { kind: 'http', method: 'POST', path: '/v1/reservations/{reservationId}/charges', auth: 'hotel', scope: 'charges:write', idempotent: 'required' },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const CAPTURE_HOLD = {
  name: 'capture-hold',
  entry: 'functions/http/capture-hold.ts',
  description: 'POST /v1/transactions/{transactionId}/capture: capture all or part of what a pre-authorisation holds',
  trigger: { kind: 'http', method: 'POST', path: '/v1/transactions/{transactionId}/capture', auth: 'hotel', scope: 'payments:write', idempotent: true },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const RELEASE_HOLD = {
  name: 'release-hold',
  entry: 'functions/http/release-hold.ts',
  description: 'POST /v1/transactions/{transactionId}/release: give back what a pre-authorisation holds',
  trigger: { kind: 'http', method: 'POST', path: '/v1/transactions/{transactionId}/release', auth: 'hotel', scope: 'payments:write', idempotent: true },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const LIST_TRANSACTIONS = {
  name: 'list-transactions',
  entry: 'functions/http/list-transactions.ts',
  description: "GET /v1/transactions: the hotel's transactions, filtered, as JSON pages or CSV",
  trigger: { kind: 'http', method: 'GET', path: '/v1/transactions', auth: 'hotel', scope: 'read' },
  access: { table: 'read' },
  timeoutSeconds: 29,
  memoryMb: 512,
} as const satisfies FunctionDescription;

export const CANCEL_RESERVATION = {
  name: 'cancel-reservation',
  entry: 'functions/http/cancel-reservation.ts',
  description: 'POST /v1/reservations/{reservationId}/cancel: cancel a booking and keep, refund or partly refund its deposit',
  trigger: { kind: 'http', method: 'POST', path: '/v1/reservations/{reservationId}/cancel', auth: 'hotel', scope: 'reservations:write', idempotent: true },
  // The answer shows the reservation's payment links, sealed at rest.
  access: { table: 'write', kms: { open: ['payment-link'] } },
} as const satisfies FunctionDescription;

export const PROCESS_PSP_OPERATIONS = {
  name: 'process-psp-operations',
  entry: 'functions/queues/process-psp-operations.ts',
  description: 'Takes requested PSP operations (refunds, captures, releases, charges of stored cards) to the PSP (once each) and records the outcome',
  // One operation per invocation: a slow PSP times out one operation, not a batch of them, so
  // each receive is one real attempt and the retry budget lasts the documented hour.
  trigger: { kind: 'queue', queue: 'psp-operations', batchSize: 1 },
  // Opens the hotel's PSP REST password and, for a charge, the card's PSP token; seals the
  // payment link a charge needing the guest's authentication sends.
  access: { table: 'write', kms: { open: ['psp-secrets', 'card-token'], seal: ['payment-link'] }, pspApi: true },
  timeoutSeconds: 50,
} as const satisfies FunctionDescription;

export const IMPORT_CARD = {
  name: 'import-card',
  entry: 'functions/http/import-card.ts',
  description: 'POST /v1/reservations/{reservationId}/cards: store a card pushed by the PMS (OTA) in the vault',
  trigger: { kind: 'http', method: 'POST', path: '/v1/reservations/{reservationId}/cards', auth: 'hotel', scope: 'cards:import', idempotent: true },
  // Seals only: storing a card never needs to decrypt one.
  access: { table: 'write', kms: { seal: ['card-secret', 'card-cvv'] } },
} as const satisfies FunctionDescription;

export const LIST_CARDS = {
  name: 'list-cards',
  entry: 'functions/http/list-cards.ts',
  description: "GET /v1/reservations/{reservationId}/cards: a reservation's cards, masked",
  trigger: { kind: 'http', method: 'GET', path: '/v1/reservations/{reservationId}/cards', auth: 'hotel', scope: 'read' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const CREATE_USER = {
  name: 'create-user',
  entry: 'functions/http/create-user.ts',
  description: 'POST /v1/users: a hotel user with roles and a PIN (hashed with scrypt)',
  trigger: { kind: 'http', method: 'POST', path: '/v1/users', auth: 'hotel', scope: 'users:manage', idempotent: true },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const UNLOCK_USER = {
  name: 'unlock-user',
  entry: 'functions/http/unlock-user.ts',
  description: 'POST /v1/users/{userId}/unlock: unlock a user locked by wrong PINs',
  trigger: { kind: 'http', method: 'POST', path: '/v1/users/{userId}/unlock', auth: 'hotel', scope: 'users:manage' },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const REVEAL_CARD = {
  name: 'reveal-card',
  entry: 'functions/http/reveal-card.ts',
  description: 'POST /v1/cards/{cardId}/reveal: the full card for a user with the right and their PIN; the CVV once',
  trigger: { kind: 'http', method: 'POST', path: '/v1/cards/{cardId}/reveal', auth: 'hotel', scope: 'cards:reveal' },
  // The only function that opens card secrets; never a PSP token (a PSP card is not revealable).
  access: { table: 'write', kms: { open: ['card-secret', 'card-cvv'] } },
  memoryMb: 512,
} as const satisfies FunctionDescription;

export const ERASE_CARD = {
  name: 'erase-card',
  entry: 'functions/http/erase-card.ts',
  description: "POST /v1/cards/{cardId}/erase: a user with cards:manage and their PIN deletes a card's number, CVV and token now",
  trigger: { kind: 'http', method: 'POST', path: '/v1/cards/{cardId}/erase', auth: 'hotel', scope: 'cards:reveal' },
  // Deletes sealed items without opening them: no KMS.
  access: { table: 'write' },
  memoryMb: 512,
} as const satisfies FunctionDescription;

export const CARD_AUDIT = {
  name: 'card-audit',
  entry: 'functions/http/card-audit.ts',
  description: "GET /v1/cards/{cardId}/audit: every attempt to see a card",
  trigger: { kind: 'http', method: 'GET', path: '/v1/cards/{cardId}/audit', auth: 'hotel', scope: 'read' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const CREATE_API_KEY = {
  name: 'create-api-key',
  entry: 'functions/http/create-api-key.ts',
  description: 'POST /v1/api-keys: a new API key of the hotel, with a name and scopes (its secret shown once)',
  trigger: { kind: 'http', method: 'POST', path: '/v1/api-keys', auth: 'hotel', scope: 'keys:manage', idempotent: true },
  // The answer holds the new secret: kept for an Idempotency-Key's replay only sealed.
  access: { table: 'write', kms: { seal: ['idempotent-answer'], open: ['idempotent-answer'] } },
} as const satisfies FunctionDescription;

export const LIST_API_KEYS = {
  name: 'list-api-keys',
  entry: 'functions/http/list-api-keys.ts',
  description: "GET /v1/api-keys: the hotel's API keys, their scopes and last use (never a secret)",
  trigger: { kind: 'http', method: 'GET', path: '/v1/api-keys', auth: 'hotel', scope: 'keys:manage' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const ROTATE_API_KEY = {
  name: 'rotate-api-key',
  entry: 'functions/http/rotate-api-key.ts',
  description: 'POST /v1/api-keys/{keyId}/rotate: a new secret for a key (shown once); the old one works for one hour more',
  trigger: { kind: 'http', method: 'POST', path: '/v1/api-keys/{keyId}/rotate', auth: 'hotel', scope: 'keys:manage', idempotent: true },
  access: { table: 'write', kms: { seal: ['idempotent-answer'], open: ['idempotent-answer'] } },
} as const satisfies FunctionDescription;

export const REVOKE_API_KEY = {
  name: 'revoke-api-key',
  entry: 'functions/http/revoke-api-key.ts',
  description: 'DELETE /v1/api-keys/{keyId}: revoke a key; it stops working at once',
  trigger: { kind: 'http', method: 'DELETE', path: '/v1/api-keys/{keyId}', auth: 'hotel', scope: 'keys:manage' },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const CREATE_HOTEL_API_KEY = {
  name: 'create-hotel-api-key',
  entry: 'functions/http/create-hotel-api-key.ts',
  description: "POST /v1/hotels/{hotelId}/api-keys: a new API key of a hotel, with a name and scopes (admin key)",
  trigger: { kind: 'http', method: 'POST', path: '/v1/hotels/{hotelId}/api-keys', auth: 'admin', idempotent: true },
  access: { table: 'write', kms: { seal: ['idempotent-answer'], open: ['idempotent-answer'] } },
} as const satisfies FunctionDescription;

export const OPENAPI_DOCUMENT = {
  name: 'openapi-document',
  entry: 'functions/http/openapi-document.ts',
  description: 'GET /v1/openapi.json: the OpenAPI 3.1 document of this API',
  trigger: { kind: 'http', method: 'GET', path: '/v1/openapi.json', auth: 'public' },
  // Generated from the catalog and the schemas in the code: no data, no table.
  access: { table: 'none' },
} as const satisfies FunctionDescription;

export const API_REFERENCE = {
  name: 'api-reference',
  entry: 'functions/http/api-reference.ts',
  description: 'GET /docs: the API reference page, rendered from the OpenAPI document',
  trigger: { kind: 'http', method: 'GET', path: '/docs', auth: 'public' },
  access: { table: 'none' },
} as const satisfies FunctionDescription;

export const CREATE_WEBHOOK_ENDPOINT = {
  name: 'create-webhook-endpoint',
  entry: 'functions/http/create-webhook-endpoint.ts',
  description: 'POST /v1/webhook-endpoints: register a URL for signed webhooks of some or every event type; its secret is shown once',
  trigger: { kind: 'http', method: 'POST', path: '/v1/webhook-endpoints', auth: 'hotel', scope: 'webhooks:manage', idempotent: true },
  // Seals the new secret; never opens one (but the answer kept for an Idempotency-Key's replay, sealed).
  access: { table: 'write', kms: { seal: ['webhook-secret', 'idempotent-answer'], open: ['idempotent-answer'] }, webhookTargets: true },
} as const satisfies FunctionDescription;

export const LIST_WEBHOOK_ENDPOINTS = {
  name: 'list-webhook-endpoints',
  entry: 'functions/http/list-webhook-endpoints.ts',
  description: "GET /v1/webhook-endpoints: the hotel's webhook endpoints (never their secrets)",
  trigger: { kind: 'http', method: 'GET', path: '/v1/webhook-endpoints', auth: 'hotel', scope: 'webhooks:manage' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const GET_WEBHOOK_ENDPOINT = {
  name: 'get-webhook-endpoint',
  entry: 'functions/http/get-webhook-endpoint.ts',
  description: 'GET /v1/webhook-endpoints/{endpointId}: one webhook endpoint',
  trigger: { kind: 'http', method: 'GET', path: '/v1/webhook-endpoints/{endpointId}', auth: 'hotel', scope: 'webhooks:manage' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const UPDATE_WEBHOOK_ENDPOINT = {
  name: 'update-webhook-endpoint',
  entry: 'functions/http/update-webhook-endpoint.ts',
  description: 'PATCH /v1/webhook-endpoints/{endpointId}: change its URL, events or description, turn it off or on again',
  trigger: { kind: 'http', method: 'PATCH', path: '/v1/webhook-endpoints/{endpointId}', auth: 'hotel', scope: 'webhooks:manage' },
  access: { table: 'write', webhookTargets: true },
} as const satisfies FunctionDescription;

export const DELETE_WEBHOOK_ENDPOINT = {
  name: 'delete-webhook-endpoint',
  entry: 'functions/http/delete-webhook-endpoint.ts',
  description: 'DELETE /v1/webhook-endpoints/{endpointId}: stop sending to it (its pending deliveries end failed)',
  trigger: { kind: 'http', method: 'DELETE', path: '/v1/webhook-endpoints/{endpointId}', auth: 'hotel', scope: 'webhooks:manage' },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const ROTATE_WEBHOOK_SECRET = {
  name: 'rotate-webhook-secret',
  entry: 'functions/http/rotate-webhook-secret.ts',
  description: 'POST /v1/webhook-endpoints/{endpointId}/rotate-secret: a new signing secret, shown once; the old one keeps signing during the overlap',
  trigger: { kind: 'http', method: 'POST', path: '/v1/webhook-endpoints/{endpointId}/rotate-secret', auth: 'hotel', scope: 'webhooks:manage', idempotent: true },
  access: { table: 'write', kms: { seal: ['webhook-secret', 'idempotent-answer'], open: ['idempotent-answer'] } },
} as const satisfies FunctionDescription;

export const TEST_WEBHOOK_ENDPOINT = {
  name: 'test-webhook-endpoint',
  entry: 'functions/http/test-webhook-endpoint.ts',
  description: 'POST /v1/webhook-endpoints/{endpointId}/test: send it a webhook.test event',
  trigger: { kind: 'http', method: 'POST', path: '/v1/webhook-endpoints/{endpointId}/test', auth: 'hotel', scope: 'webhooks:manage' },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const LIST_WEBHOOK_DELIVERIES = {
  name: 'list-webhook-deliveries',
  entry: 'functions/http/list-webhook-deliveries.ts',
  description: "GET /v1/webhook-endpoints/{endpointId}/deliveries: an endpoint's deliveries of the last 30 days with every attempt, newest first",
  trigger: { kind: 'http', method: 'GET', path: '/v1/webhook-endpoints/{endpointId}/deliveries', auth: 'hotel', scope: 'webhooks:manage' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const LIST_EVENTS = {
  name: 'list-events',
  entry: 'functions/http/list-events.ts',
  description: "GET /v1/events: the hotel's events of the last 30 days, in order, after a given one",
  trigger: { kind: 'http', method: 'GET', path: '/v1/events', auth: 'hotel', scope: 'read' },
  access: { table: 'read' },
} as const satisfies FunctionDescription;

export const REDELIVER_EVENT = {
  name: 'redeliver-event',
  entry: 'functions/http/redeliver-event.ts',
  description: 'POST /v1/events/{eventId}/redeliver: send an event of the feed again, to one endpoint or to every subscribed one',
  trigger: { kind: 'http', method: 'POST', path: '/v1/events/{eventId}/redeliver', auth: 'hotel', scope: 'webhooks:manage' },
  access: { table: 'write' },
} as const satisfies FunctionDescription;

export const DELIVER_WEBHOOKS = {
  name: 'deliver-webhooks',
  entry: 'functions/queues/deliver-webhooks.ts',
  description: "Puts the hotel's events in its feed, fans them out to subscribed endpoints and makes each signed delivery attempt, retried for 3 days",
  // Deliveries are independent and each may wait 10 s on its receiver: a batch runs in parallel.
  trigger: { kind: 'queue', queue: 'webhooks', batchSize: 10 },
  // Opens endpoint secrets to sign; sends its own retries (delayed) to its queue.
  access: { table: 'write', kms: { open: ['webhook-secret'] }, sendTo: ['webhooks'], webhookTargets: true },
  timeoutSeconds: 30,
} as const satisfies FunctionDescription;

export const CARD_PURGE = {
  name: 'card-purge',
  entry: 'functions/schedules/card-purge.ts',
  description: 'Deletes card numbers, CVVs and tokens after the stay (the masked card and audit stay)',
  trigger: { kind: 'schedule', job: 'card-purge', everyMinutes: 30 },
  access: { table: 'write' },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

export const HOLD_WATCH = {
  name: 'hold-watch',
  entry: 'functions/schedules/hold-watch.ts',
  description: 'Warns hotels before a pre-authorisation lapses (capturing or releasing it per policy) and releases holds at departure',
  trigger: { kind: 'schedule', job: 'hold-watch', everyMinutes: 15 },
  access: { table: 'write' },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

export const CARD_EXPIRY_WATCH = {
  name: 'card-expiry-watch',
  entry: 'functions/schedules/card-expiry-watch.ts',
  description: 'Finds registered cards that expire before their stay ends, asks each guest for a new card and tells the hotel',
  trigger: { kind: 'schedule', job: 'card-expiry-watch', everyMinutes: 1440 },
  access: { table: 'write', kms: { seal: ['payment-link'] }, mintsLinks: true },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

export const PAYMENT_DIGEST = {
  name: 'payment-digest',
  entry: 'functions/schedules/payment-digest.ts',
  description: "Sends each hotel whose policy gathers payment e-mails the day's payments in one digest, the next morning at 08:00 local time",
  trigger: { kind: 'schedule', job: 'payment-digest', everyMinutes: 15 },
  access: { table: 'write', sendEmail: true },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

export const OPTION_SWEEP = {
  name: 'option-sweep',
  entry: 'functions/schedules/option-sweep.ts',
  description: 'Lapses options past their deadline per hotel policy and sends each hotel a digest',
  trigger: { kind: 'schedule', job: 'option-sweep', everyMinutes: 15 },
  access: { table: 'write' },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

export const LINK_EXPIRY = {
  name: 'link-expiry',
  entry: 'functions/schedules/link-expiry.ts',
  description: 'Expires payment links past their expiry that are still unpaid',
  trigger: { kind: 'schedule', job: 'link-expiry', everyMinutes: 15 },
  access: { table: 'write' },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

export const PAYMENT_REMINDERS = {
  name: 'payment-reminders',
  entry: 'functions/schedules/payment-reminders.ts',
  description: 'Reminds guests who have not answered a payment request, once, before it expires',
  trigger: { kind: 'schedule', job: 'payment-reminders', everyMinutes: 15 },
  access: { table: 'write' },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

export const DISPATCH_EVENTS = {
  name: 'dispatch-events',
  entry: 'functions/streams/dispatch-events.ts',
  description: 'Outbox relay: routes events committed with state changes to their queues',
  trigger: { kind: 'outbox-stream' },
  access: { table: 'write', sendTo: ['psp-notifications', 'emails', 'psp-operations', 'webhooks'] },
} as const satisfies FunctionDescription;

export const OUTBOX_REDRIVE = {
  name: 'outbox-redrive',
  entry: 'functions/schedules/outbox-redrive.ts',
  description: 'Relays committed events the stream relay could not deliver',
  trigger: { kind: 'schedule', job: 'outbox-redrive', everyMinutes: 15 },
  access: { table: 'write', sendTo: ['psp-notifications', 'emails', 'psp-operations', 'webhooks'] },
  timeoutSeconds: 120,
} as const satisfies FunctionDescription;

const CATALOG = [
  CREATE_HOTEL,
  UPSERT_RESERVATION,
  GET_RESERVATION,
  CREATE_PAYMENT_REQUEST,
  PAYMENT_PAGE,
  PAYMENT_RESULT,
  RECEIVE_PSP_NOTIFICATION,
  PROCESS_PSP_NOTIFICATION,
  SEND_EMAILS,
  GET_POLICY,
  PUT_POLICY,
  GET_PLANNING,
  CREATE_REFUND,
  CREATE_CHARGE,
  CAPTURE_HOLD,
  RELEASE_HOLD,
  LIST_TRANSACTIONS,
  CANCEL_RESERVATION,
  PROCESS_PSP_OPERATIONS,
  IMPORT_CARD,
  LIST_CARDS,
  CREATE_USER,
  UNLOCK_USER,
  REVEAL_CARD,
  ERASE_CARD,
  CARD_AUDIT,
  CREATE_API_KEY,
  LIST_API_KEYS,
  ROTATE_API_KEY,
  REVOKE_API_KEY,
  CREATE_HOTEL_API_KEY,
  OPENAPI_DOCUMENT,
  API_REFERENCE,
  CREATE_WEBHOOK_ENDPOINT,
  LIST_WEBHOOK_ENDPOINTS,
  GET_WEBHOOK_ENDPOINT,
  UPDATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  ROTATE_WEBHOOK_SECRET,
  TEST_WEBHOOK_ENDPOINT,
  LIST_WEBHOOK_DELIVERIES,
  LIST_EVENTS,
  REDELIVER_EVENT,
  DELIVER_WEBHOOKS,
  CARD_PURGE,
  HOLD_WATCH,
  CARD_EXPIRY_WATCH,
  PAYMENT_DIGEST,
  OPTION_SWEEP,
  LINK_EXPIRY,
  PAYMENT_REMINDERS,
  DISPATCH_EVENTS,
  OUTBOX_REDRIVE,
] as const;

export const FUNCTIONS: readonly FunctionDescription[] = CATALOG;

type CatalogEntry = (typeof CATALOG)[number];
/** The HTTP functions' entries: what a route handler binds itself to (functions/shared/http.ts). */
export type HttpEntry = Extract<CatalogEntry, { readonly trigger: { readonly kind: 'http' } }>;
/** The HTTP functions' names. */
export type HttpFunctionName = HttpEntry['name'];
/** One HTTP function's route as its catalog entry declares it, e.g. its literal path. */
export type HttpTriggerOf<N extends HttpFunctionName> = Extract<CatalogEntry, { readonly name: N }>['trigger'];

/**
 * The stream records the outbox relay is invoked for: inserted outbox items. The CDK event source
 * filter and the local stream poller are both built from this.
 */
export const OUTBOX_RECORDS = { eventName: 'INSERT', entityAttribute: 'entity', entity: 'outbox' } as const;

/** Environment variable naming one queue's URL, e.g. QUEUE_URL_PSP_NOTIFICATIONS. */
export const queueUrlVariable = (q: QueueName): string => `QUEUE_URL_${q.replace(/-/g, '_').toUpperCase()}`;

export const queuesForEvent = (type: string): QueueName[] => QUEUES.filter((q) => q.events.includes(type)).map((q) => q.name);

/** Settings every deployment gives a function (same names in Lambda and in the local runtime). */
export type Setting = 'TABLE_NAME' | 'KMS_KEY_ID' | 'MAIL_FROM' | 'PSP_FORM_URL' | 'PSP_REST_URL' | 'ADMIN_API_KEY_HASH' | 'PUBLIC_BASE_URL' | 'PSP_SANDBOX_URL' | 'QUEUE_BACKOFF_SCALE' | 'WEBHOOK_TARGETS';

/** The environment a function needs, derived from its access so grants and settings never drift apart. */
export function settingsOf(fn: FunctionDescription): string[] {
  const out: string[] = fn.access.table === 'none' ? [] : ['TABLE_NAME'];
  if (fn.access.kms?.seal?.length || fn.access.kms?.open?.length) out.push('KMS_KEY_ID');
  if (fn.access.sendEmail) out.push('MAIL_FROM');
  for (const q of fn.access.sendTo ?? []) out.push(queueUrlVariable(q));
  if (fn.trigger.kind === 'http' && fn.trigger.auth === 'admin') out.push('ADMIN_API_KEY_HASH');
  if (fn.name === 'payment-page') out.push('PSP_FORM_URL');
  if (fn.access.pspApi) out.push('PSP_REST_URL');
  if (fn.access.webhookTargets) out.push('WEBHOOK_TARGETS');
  if (fn.trigger.kind === 'queue' && QUEUES.find((q) => q.name === (fn.trigger as { queue: QueueName }).queue)?.backoff) {
    // A consumer that backs off sets its own messages' visibility; locally the delays are scaled down.
    out.push(queueUrlVariable(fn.trigger.queue), 'QUEUE_BACKOFF_SCALE');
  }
  // Optional for a route: links and notification URLs otherwise use the API's own address. A job
  // minting links has no request to take it from: the stack gives it the API's address.
  if (fn.trigger.kind === 'http' || fn.access.mintsLinks) out.push('PUBLIC_BASE_URL');
  return [...new Set(out)];
}

/** An AWS SDK v3 client package (`@aws-sdk/client-<name>`). */
export type SdkClient = 'dynamodb' | 'kms' | 'sesv2' | 'sqs';

/**
 * The SDK clients a function's access lets it call, and so the only ones its bundle may carry:
 * the table, KMS for the secrets it seals or opens, SES if it sends e-mail, SQS if it sends to a
 * queue or backs off its own queue's messages (ChangeMessageVisibility, granted with the trigger).
 */
export function sdkClientsOf(fn: FunctionDescription): SdkClient[] {
  const out: SdkClient[] = [];
  if (fn.access.table !== 'none') out.push('dynamodb');
  if (fn.access.kms?.seal?.length || fn.access.kms?.open?.length) out.push('kms');
  if (fn.access.sendEmail) out.push('sesv2');
  const backsOff = fn.trigger.kind === 'queue' && QUEUES.find((q) => q.name === (fn.trigger as { queue: QueueName }).queue)?.backoff;
  if (fn.access.sendTo?.length || backsOff) out.push('sqs');
  return out;
}
