/**
 * The OpenAPI 3.1 document of the API, generated from the function catalog (routes, methods,
 * auth, descriptions) and the zod schemas the handlers validate with and answer by
 * (functions/http/schemas.ts, what routes take, on zod/mini; functions/http/answer-schemas.ts, what
 * they answer), converted by zod to JSON Schema 2020-12, the dialect of OpenAPI 3.1.
 * What neither says (tags, the error codes each route can give, examples) is declared here, per
 * route, typed by the catalog: a new route is a type error until it is documented.
 *
 * docs/openapi.json is this document as generated (`npm run openapi`); GET /v1/openapi.json serves
 * it with the deployment's own address, GET /docs renders it (templates/pages/api-reference.ts).
 */
import * as z from 'zod';
import { FUNCTIONS, type FunctionDescription, type HttpFunctionName, type HttpTrigger } from './catalog';
import * as s from './http/answer-schemas';
import { $ZodType, type $ZodObject } from 'zod/v4/core';
import type { ZodMiniType } from 'zod/mini';
import * as events from '../events';
import { TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES } from '../domain/webhook';
import pkg from '../package.json';

export type JsonSchema = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Error codes: every code a documented route can answer, with its status (the status of its
// DomainError kind, functions/shared/http.ts) and what it means.

export const ERROR_CODES = {
  invalid_input: [400, 'The request does not match its schema (body, path, query or header): `details` lists each field and why'],
  malformed_json: [400, 'The body is not valid JSON'],
  invalid_stay: [400, 'departure must be after arrival'],
  option_deadline_required: [400, "The hotel's policy has no default option length: send optionDeadline"],
  amount_or_percent_required: [400, 'A deposit needs exactly one of amount or percent'],
  amount_and_percent: [400, 'Give either amount or percent, not both'],
  invalid_percent: [400, 'percent is greater than 0, at most 100, with at most two decimals'],
  invalid_cursor: [400, 'The cursor belongs to another listing (other filters, dates or day): start again without it'],
  invalid_range: [400, '`from` is after `to`'],
  range_too_old: [400, 'The transaction history goes back 15 months'],
  invalid_card_number: [400, 'The card number is not 12 to 19 digits, fails its check digit, or has the wrong length for its brand'],
  unsupported_card_brand: [400, 'The card brand is not recognised or not supported'],
  invalid_holder_name: [400, 'The holder name is not 1 to 100 characters of text'],
  invalid_expiry: [400, 'expiryMonth is not 1 to 12, or expiryYear is not 4 digits (or 2) within 20 years'],
  card_expired: [400, 'The card has expired'],
  invalid_cvv: [400, "The security code does not have its brand's number of digits"],
  invalid_source: [400, 'source is not a known source nor a short label [a-z0-9 ._-]'],
  invalid_name: [400, 'name is not 1 to 100 characters'],
  invalid_roles: [400, 'roles is not a non-empty list of roles'],
  unknown_role: [400, 'A role is not one of cards:reveal, cards:manage'],
  invalid_pin: [400, 'The PIN is not 6 to 12 digits'],
  weak_pin: [400, 'The PIN is too easy to guess (one repeated digit, or a straight run)'],
  missing_api_key: [401, 'No key: send it as `Authorization: Bearer <key>`'],
  invalid_api_key: [401, 'The key is not a key of any hotel (or, on an admin route, not the admin key)'],
  wrong_pin: [403, 'Unknown user or wrong PIN (the same answer for both); the 5th wrong PIN in a row locks the user'],
  missing_scope: [403, 'The API key lacks the scope this route (or this use of it) needs: `details.scope` names it (docs/api-keys.md)'],
  missing_role: [403, "The user does not have the role this action needs (`details.role`)"],
  card_not_revealable: [403, 'The card is held by the PSP as a token: there is no number to show'],
  reservation_not_found: [404, 'No such reservation for this hotel'],
  transaction_not_found: [404, 'No such transaction for this hotel'],
  card_not_found: [404, 'No such card for this hotel'],
  user_not_found: [404, 'No such vault user for this hotel'],
  api_key_not_found: [404, 'No such API key for this hotel (or it was revoked)'],
  hotel_not_found: [404, 'No such hotel'],
  reservation_not_on_option: [409, 'The reservation is not on option (confirmed, expired or cancelled): no payment request for it'],
  payment_request_open: [409, 'A payment request of this reservation is still open: wait for it or its expiry'],
  idempotency_key_in_progress: [409, 'The first request with this Idempotency-Key is still running: retry after a second (`Retry-After`)'],
  idempotency_key_required: [400, 'This route moves money without the guest: it needs an Idempotency-Key header'],
  no_registered_card: [422, 'The reservation has no card registered at the PSP (or `cardId` is not one): cards typed or imported are never charged'],
  registered_card_expired: [422, 'The card registered at the PSP expired: ask the guest for a new one (a guarantee request)'],
  reservation_cancelled: [422, 'A cancelled reservation can only be charged a no-show or a fee'],
  user_exists: [409, 'A vault user with this userId exists'],
  concurrent_update: [409, 'The data changed meanwhile; nothing was written. Retry the request'],
  stay_over: [410, 'The stay ended too long ago to store a card for it'],
  card_erased: [410, 'The card data was erased by the hotel'],
  card_purged: [410, 'The card data was deleted after the stay'],
  idempotency_key_reused: [422, 'This Idempotency-Key was used (in the last 24 hours) for another request: another route, path or body'],
  currency_mismatch: [422, 'The amount is not in the currency of the hotel, reservation or payment'],
  amount_not_positive: [422, 'The amount is zero'],
  amount_above_total: [422, 'The amount is more than the reservation total'],
  option_deadline_passed: [422, 'The option deadline has passed: update it before asking for a payment'],
  not_refundable: [422, 'Only succeeded payments can be refunded'],
  nothing_to_refund: [422, 'The payment has been refunded in full'],
  amount_exceeds_refundable: [422, 'More than what is left to refund (`details.refundable`)'],
  not_captured: [422, 'A pre-authorisation nothing was captured on: release its hold instead of refunding it'],
  not_a_hold: [422, 'Only an authorised pre-authorisation can be captured or released'],
  nothing_held: [422, 'Nothing is held on this pre-authorisation any more: captured, released, or an operation on it is in progress'],
  hold_lapsed: [422, 'The authorisation lapsed: the money is no longer held'],
  amount_exceeds_held: [422, 'More than what is held (`details.held`)'],
  hold_choice_required: [422, 'The reservation holds a pre-authorisation: say `hold` (release, capture, or capture an amount)'],
  several_holds: [422, 'Several pre-authorisations are held: capture all or release all'],
  too_many_payments: [422, 'More payments than one cancellation can settle at once: refund them first, then cancel'],
  deposit_choice_required: [422, 'The reservation holds a deposit: say whether to keep it, refund it, or refund part of it (`details.held`)'],
  several_currencies_held: [422, 'Deposits are held in several currencies: refund all or keep all'],
  invalid_url: [400, 'url is not an absolute https URL (the local stack also takes http on 127.0.0.1 or localhost), or carries a user, password or fragment'],
  blocked_url: [400, 'url points to a private, loopback, link-local or reserved address'],
  invalid_events: [400, 'events is empty, or gives "*" with other types'],
  unknown_event_type: [400, 'An event type is not one a webhook can carry (`details.unknown`, `details.known`)'],
  webhook_endpoint_not_found: [404, 'No such webhook endpoint for this hotel'],
  event_not_found: [404, 'No such event in the last 30 days of this hotel'],
  too_many_endpoints: [422, 'A hotel has at most 20 webhook endpoints'],
  webhook_endpoint_disabled: [422, 'The endpoint is disabled: turn it on first (PATCH `enabled: true`)'],
  user_locked: [423, 'Too many wrong PINs: the user is locked until unlocked (POST /v1/users/{userId}/unlock)'],
  internal_error: [500, 'Something went wrong on our side; nothing was changed. Retry'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof ERROR_CODES;

// ---------------------------------------------------------------------------------------------
// What the catalog and the schemas do not say, per route.

const TAGS = {
  Administration: 'Hotels, created with the admin key of the deployment',
  Reservations: 'Reservations on option, as the PMS sees them, with their payment requests, transactions and history',
  'Payment requests': 'Guarantees and deposits asked of the guest through a payment link',
  Transactions: 'Payments, card verifications, pre-authorisations (and their captures and releases) and refunds',
  'Option control': "The hotel's option policy and the front desk's day",
  'Card vault': 'Cards pushed by the PMS, kept encrypted, shown in full to a user with the right role and their PIN',
  'API keys': "The hotel's keys: each with a name and scopes, rotated and revoked by the hotel (docs/api-keys.md)",
  Webhooks: 'Signed HTTPS deliveries of the hotel\'s events (Standard Webhooks), retried for 3 days, with a delivery log',
  Events: "The hotel's events of the last 30 days, in order, to catch up on and replay",
  Reference: 'This document and its reference page',
} as const;
type Tag = keyof typeof TAGS;

interface Answer {
  readonly description: string;
  /** A JSON answer described by a schema of functions/http/answer-schemas.ts (a component of the document). */
  readonly schema?: $ZodType;
  /** Any other answer: its media type and JSON Schema. */
  readonly content?: { readonly mediaType: string; readonly schema: JsonSchema };
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly schema: JsonSchema }>>;
}

interface HeaderParameter {
  readonly name: string;
  readonly schema: $ZodType;
  readonly required: boolean;
  readonly description: string;
}

export interface OperationDoc {
  readonly tag: Tag;
  /** More than the catalog's description says, when there is more to say. */
  readonly description?: string;
  /** The body schema exactly as the handler's `route(...)` takes it (`.optional()`: the body may be left out). */
  readonly body?: $ZodType;
  readonly bodyExample?: unknown;
  /** The schema the handler parses its query string with. */
  readonly query?: $ZodObject;
  readonly headers?: readonly HeaderParameter[];
  readonly answers: Readonly<Record<number, Answer>>;
  /** The codes this route can answer beyond those of its kind (auth, validation, concurrent writes). */
  readonly errors: readonly ErrorCode[];
}

/**
 * Routes left out of the document, and why: they are not called by the PMS. The contract promises
 * the payment link (`url`) of a payment request, not the shape of its path; the PSP notification
 * is the PSP's own protocol (Systempay IPN: signed `vads_*` form fields) at a URL we hand the PSP.
 */
export const NOT_DOCUMENTED = {
  'payment-page': 'the hosted payment page: the guest opens the `url` of a payment request, whose path is not part of the contract',
  'payment-result': 'where the PSP sends the guest back after paying: part of the hosted page',
  'receive-psp-notification': "the PSP's server-to-server notification (Systempay IPN), sent by the PSP in its own signed format to the URL we give it",
} as const satisfies Partial<Record<HttpFunctionName, string>>;

export type DocumentedRoute = Exclude<HttpFunctionName, keyof typeof NOT_DOCUMENTED>;

/** The header of every route the catalog declares `idempotent` (applied by the route wrapper). */
const idempotencyKey = (required: boolean): HeaderParameter => ({
  name: 'Idempotency-Key',
  schema: s.idempotencyKeySchema,
  required,
  description: 'Makes a retry safe for 24 hours: the same key with the same request (method, path, body) answers what the first one answered (header `Idempotent-Replayed: true`) without doing it again; with another request, 422 `idempotency_key_reused`; while the first still runs, 409 `idempotency_key_in_progress`. Failures on our side (5xx) and conflicts (409) are not kept: retry with the same key.',
});

const reservationAnswer = (description: string): Answer => ({ description, schema: s.reservationViewSchema });

export const OPERATIONS: Readonly<Record<DocumentedRoute, OperationDoc>> = {
  'create-hotel': {
    tag: 'Administration',
    description: 'In the local stack the PSP is the sandbox, which provisions the shop (REST credentials included) when the hotel is created.',
    body: s.createHotelSchema,
    bodyExample: {
      name: 'Hôtel du Lac', email: 'reception@hoteldulac.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
      psp: { provider: 'systempay', siteId: '12345678', mode: 'TEST', testKey: 'MyTestKey123456' },
    },
    answers: { 201: { description: 'The hotel and its API key, shown once', schema: s.hotelCreatedSchema } },
    errors: [],
  },
  'upsert-reservation': {
    tag: 'Reservations',
    description: 'The PMS sends its whole view of the reservation each time; nothing changed, nothing is written. A new optionDeadline replaces one brought forward by a refused payment.',
    body: s.reservationSchema,
    bodyExample: {
      guest: { title: 'mrs', firstName: 'Anna', lastName: 'Schmidt', email: 'anna@example.com', language: 'de' },
      arrival: '2026-12-20', departure: '2026-12-23', total: { amount: 54000, currency: 'EUR' }, optionDeadline: '2026-12-01',
    },
    answers: { 200: reservationAnswer('Updated (or unchanged)'), 201: reservationAnswer('Created, on option') },
    errors: ['invalid_stay', 'option_deadline_required', 'currency_mismatch'],
  },
  'get-reservation': {
    tag: 'Reservations',
    answers: { 200: reservationAnswer('The reservation') },
    errors: ['reservation_not_found'],
  },
  'cancel-reservation': {
    tag: 'Reservations',
    description: 'Open payment requests are withdrawn. A reservation holding a deposit needs `deposit`: keep it, refund it, or refund part of it (refunds then follow as for POST /v1/transactions/{transactionId}/refunds). One holding a pre-authorisation needs `hold`: release it, or capture it (all, or an amount) to keep as a deposit (then as for POST /v1/transactions/{transactionId}/capture or /release). Cancelling twice answers the cancelled reservation.',
    body: z.optional(s.cancelSchema),
    bodyExample: { deposit: 'refund' },
    answers: { 200: reservationAnswer('The cancelled reservation') },
    errors: ['reservation_not_found', 'deposit_choice_required', 'several_currencies_held', 'amount_exceeds_refundable', 'hold_choice_required', 'several_holds', 'amount_exceeds_held', 'currency_mismatch', 'too_many_payments'],
  },
  'create-payment-request': {
    tag: 'Payment requests',
    description: 'A deposit needs exactly one of `amount` or `percent`; a guarantee takes neither (a card check) or an amount. The link expires at the option deadline (at most 30 days ahead). With `delivery: "email"` the guest is e-mailed in their language.',
    body: s.paymentRequestSchema,
    bodyExample: { type: 'deposit', percent: 30, delivery: 'link' },
    answers: { 201: { description: 'The request and its payment link', schema: s.paymentRequestCreatedSchema } },
    errors: [
      'amount_or_percent_required', 'amount_and_percent', 'invalid_percent', 'reservation_not_found', 'reservation_not_on_option', 'payment_request_open',
      'currency_mismatch', 'amount_not_positive', 'amount_above_total', 'option_deadline_passed',
    ],
  },
  'create-refund': {
    tag: 'Transactions',
    description: 'Without `amount`, all that is left. The refund is taken to the PSP after the answer: its status goes `requested` → `succeeded` | `failed`, visible in the reservation\'s `transactions`.',
    body: z.optional(s.refundSchema),
    bodyExample: { amount: { amount: 5000, currency: 'EUR' }, reason: 'room change' },
    answers: { 202: { description: 'The refund, requested', schema: s.refundAcceptedSchema } },
    errors: ['transaction_not_found', 'idempotency_key_reused', 'not_refundable', 'not_captured', 'nothing_to_refund', 'currency_mismatch', 'amount_exceeds_refundable'],
  },
  'create-charge': {
    tag: 'Transactions',
    description: 'Charges a card the guest registered at the PSP through a guarantee (the primary one when `cardId` is absent), merchant-initiated and server to server, chained to the card\'s first authorisation. Cards typed by staff or imported from channels are never charged. The charge is taken to the PSP after the answer; the reservation\'s `transactions` list it (type `charge`) with its `chargeStatus`: `requested` → `succeeded` (refundable like any payment; the guest is e-mailed a receipt) | `failed` (the reason in plain words; the hotel is e-mailed) | `action_required` (the bank wants the guest to authenticate: they are e-mailed a payment link for the same amount, in their language, and the charge succeeds when they pay).',
    body: s.chargeSchema,
    bodyExample: { amount: { amount: 18000, currency: 'EUR' }, reason: 'balance' },
    answers: { 202: { description: 'The charge, requested', schema: s.chargeAcceptedSchema } },
    errors: ['reservation_not_found', 'no_registered_card', 'registered_card_expired', 'currency_mismatch', 'reservation_cancelled'],
  },
  'capture-hold': {
    tag: 'Transactions',
    description: 'For a pre-authorisation (a payment request of type `preauthorisation`, once authorised). Without `amount`, all that is held; never more. The PSP captures once per authorisation: the rest of the hold is released by the same operation, so `held` becomes 0 at once. The capture is taken to the PSP after the answer: its `operationStatus` goes `requested` → `succeeded` | `failed` (a failure gives the hold back), visible in the reservation\'s `transactions`; what it took is then refundable.',
    body: z.optional(s.captureSchema),
    bodyExample: { amount: { amount: 12000, currency: 'EUR' } },
    answers: { 202: { description: 'The capture, requested', schema: s.holdOperationAcceptedSchema } },
    errors: ['transaction_not_found', 'idempotency_key_reused', 'not_a_hold', 'nothing_held', 'hold_lapsed', 'currency_mismatch', 'amount_exceeds_held'],
  },
  'release-hold': {
    tag: 'Transactions',
    description: 'Gives back everything a pre-authorisation holds (nothing is taken). Taken to the PSP after the answer, like a capture.',
    body: z.optional(s.releaseSchema),
    bodyExample: {},
    answers: { 202: { description: 'The release, requested', schema: s.holdOperationAcceptedSchema } },
    errors: ['transaction_not_found', 'idempotency_key_reused', 'not_a_hold', 'nothing_held'],
  },
  'list-transactions': {
    tag: 'Transactions',
    description: 'Dates are days of the hotel\'s calendar (default: the last 30 days; at most 15 months back), oldest first. `format=csv` answers the whole range as one CSV download (up to 10,000 rows; `x-next-cursor` continues).',
    query: s.transactionsQuerySchema,
    answers: {
      200: {
        description: 'A page of transactions (JSON), or the range as CSV with a header row',
        schema: s.transactionListSchema,
        content: { mediaType: 'text/csv', schema: { type: 'string', description: 'transaction_id,created_at,reservation_id,type,status,amount,currency,refund_status,parent_transaction_id,origin,card_brand,card,psp_status,psp_transaction,reason,charge_status' } },
        headers: { 'x-next-cursor': { description: 'CSV only: more rows follow; ask again with this cursor', schema: { type: 'string' } } },
      },
    },
    errors: ['invalid_cursor', 'invalid_range', 'range_too_old'],
  },
  'get-policy': {
    tag: 'Option control',
    answers: { 200: { description: 'The policy, every field present', schema: s.policyViewSchema } },
    errors: [],
  },
  'put-policy': {
    tag: 'Option control',
    description: 'Applies to what happens next: existing requests keep their reminder time.',
    body: s.policySchema,
    bodyExample: { defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'expire', cardRetentionDays: 7 },
    answers: { 200: { description: 'The new policy', schema: s.policyViewSchema } },
    errors: [],
  },
  'get-planning': {
    tag: 'Option control',
    description: 'Options due on the day (hotel time), those brought forward there by a refused payment, overdue and lapsed options, payment requests nobody answered, pre-authorisations about to lapse (`holdsLapsing`: by the end of the day plus the hotel\'s warning lead time; one page, no cursor), stays whose registered card expires before they end (`cardsExpiring`: the guest was asked for a new card) and charges waiting for the guest to confirm them with their bank (`chargesAwaitingGuest`). Each other group pages on its own cursor (give `group` with `cursor`).',
    query: s.planningQuerySchema,
    answers: { 200: { description: 'The day, group by group', schema: s.planningSchema } },
    errors: ['invalid_cursor'],
  },
  'import-card': {
    tag: 'Card vault',
    description: 'For cards the PMS receives from channels (OTAs) or by phone. The number and CVV are sealed at once and never returned by this or any listing; they are deleted 7 days after departure (fewer by policy).',
    body: s.cardSchema,
    bodyExample: { holderName: 'Anna Schmidt', number: '4970100000000014', expiryMonth: 12, expiryYear: 2030, cvv: '123', source: 'booking.com' },
    answers: { 201: { description: 'The card, masked', schema: s.cardViewSchema } },
    errors: [
      'reservation_not_found', 'stay_over', 'invalid_card_number', 'unsupported_card_brand', 'invalid_holder_name', 'invalid_expiry', 'card_expired',
      'invalid_cvv', 'invalid_source',
    ],
  },
  'list-cards': {
    tag: 'Card vault',
    answers: { 200: { description: "The reservation's cards, masked", schema: s.cardListSchema } },
    errors: ['reservation_not_found'],
  },
  'create-user': {
    tag: 'Card vault',
    description: 'Roles: `cards:reveal` sees full cards (the CVV once), `cards:manage` erases a card before its purge. The hotel is e-mailed.',
    body: s.userSchema,
    bodyExample: { userId: 'frontdesk', name: 'Front desk', roles: ['cards:reveal'], pin: '40271938' },
    answers: { 201: { description: 'The user (never the PIN)', schema: s.vaultUserSchema } },
    errors: ['invalid_name', 'invalid_roles', 'unknown_role', 'invalid_pin', 'weak_pin', 'user_exists'],
  },
  'unlock-user': {
    tag: 'Card vault',
    description: 'Also clears wrong PINs counted before the lock. The hotel is e-mailed.',
    answers: { 200: { description: 'The user', schema: s.vaultUserSchema } },
    errors: ['user_not_found'],
  },
  'reveal-card': {
    tag: 'Card vault',
    description: 'Every attempt is audited. An unknown user and a wrong PIN get the same answer; the 5th wrong PIN in a row locks the user (423, even with the right PIN) until unlocked.',
    body: s.revealSchema,
    bodyExample: { userId: 'frontdesk', pin: '40271938' },
    answers: { 200: { description: 'The full card; the CVV only on the first successful reveal', schema: s.revealedCardSchema } },
    errors: ['card_not_found', 'card_erased', 'card_purged', 'wrong_pin', 'user_locked', 'missing_role', 'card_not_revealable'],
  },
  'erase-card': {
    tag: 'Card vault',
    description: 'Deletes the number, CVV and PSP token now, as the purge does; the masked card and the audit trail stay. Erasing a card already purged answers it as it is.',
    body: s.revealSchema,
    bodyExample: { userId: 'manager', pin: '40271938' },
    answers: { 200: { description: 'The card, masked, now purged', schema: s.cardViewSchema } },
    errors: ['card_not_found', 'wrong_pin', 'user_locked', 'missing_role'],
  },
  'card-audit': {
    tag: 'Card vault',
    answers: { 200: { description: 'Every attempt to see, store, erase or purge the card, oldest first', schema: s.cardAuditSchema } },
    errors: ['card_not_found'],
  },
  'create-api-key': {
    tag: 'API keys',
    description: 'A key gives only the scopes its maker has (403 `missing_scope` otherwise). Scopes: `read` (every GET), `reservations:write`, `payments:write` (payment requests, captures, releases), `refunds:write`, `charges:write`, `cards:import`, `cards:reveal` (reveal and erase, with a vault user\'s PIN), `users:manage`, `webhooks:manage`, `policy:write`, `keys:manage`.',
    body: s.newApiKeySchema,
    bodyExample: { name: 'Channel manager', scopes: ['read', 'reservations:write', 'payments:write'] },
    answers: { 201: { description: 'The key and its secret, shown this once', schema: s.apiKeyCreatedSchema } },
    errors: ['invalid_name'],
  },
  'list-api-keys': {
    tag: 'API keys',
    description: 'Current keys, oldest first; never a secret. Keys made before scopes existed are not listed (they still work, with every scope).',
    answers: { 200: { description: "The hotel's keys", schema: s.apiKeyListSchema } },
    errors: [],
  },
  'rotate-api-key': {
    tag: 'API keys',
    description: 'Same key id, name and scopes, a new secret. The previous secret keeps working for one hour (`previousExpiresAt`), so a PMS can switch without downtime; rotating again ends that overlap at once.',
    answers: { 201: { description: 'The key and its new secret, shown this once', schema: s.apiKeyRotatedSchema } },
    errors: ['api_key_not_found'],
  },
  'revoke-api-key': {
    tag: 'API keys',
    description: 'Every secret of the key (and during a rotation, the previous one) stops working at once.',
    answers: { 204: { description: 'Revoked' } },
    errors: ['api_key_not_found'],
  },
  'create-hotel-api-key': {
    tag: 'Administration',
    description: "How the operator gives a hotel a key with chosen scopes (e.g. its first scoped key). The hotel's own keys with `keys:manage` do the rest.",
    body: s.newApiKeySchema,
    bodyExample: { name: 'PMS production', scopes: ['read', 'reservations:write', 'payments:write', 'refunds:write', 'keys:manage'] },
    answers: { 201: { description: 'The key and its secret, shown this once', schema: s.apiKeyCreatedSchema } },
    errors: ['hotel_not_found', 'invalid_name'],
  },
  'create-webhook-endpoint': {
    tag: 'Webhooks',
    description: 'Every event of the types given is POSTed to `url`, signed per the Standard Webhooks specification with the secret answered here (once): headers `webhook-id` (the event id), `webhook-timestamp`, `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>`). Any 2xx within 10 s is a delivery; anything else (redirects included) is retried for 3 days, after which a still failing endpoint is disabled and the hotel e-mailed. The bodies are described under `webhooks`.',
    body: s.webhookEndpointSchema,
    bodyExample: { url: 'https://pms.example/hooks/payments', events: ['payment.succeeded', 'payment.failed', 'reservation.cancelled'], description: 'PMS production' },
    answers: { 201: { description: 'The endpoint and its signing secret, shown once', schema: s.webhookEndpointCreatedSchema } },
    errors: ['invalid_url', 'blocked_url', 'invalid_events', 'unknown_event_type', 'too_many_endpoints'],
  },
  'list-webhook-endpoints': {
    tag: 'Webhooks',
    answers: { 200: { description: "The hotel's endpoints, without their secrets", schema: s.webhookEndpointListSchema } },
    errors: [],
  },
  'get-webhook-endpoint': {
    tag: 'Webhooks',
    answers: { 200: { description: 'The endpoint, without its secret', schema: s.webhookEndpointViewSchema } },
    errors: ['webhook_endpoint_not_found'],
  },
  'update-webhook-endpoint': {
    tag: 'Webhooks',
    description: 'Only the fields given change. `enabled: true` turns on an endpoint disabled after 3 days of failures (and forgets them).',
    body: s.webhookEndpointPatchSchema,
    bodyExample: { events: ['*'], enabled: true },
    answers: { 200: { description: 'The endpoint as changed', schema: s.webhookEndpointViewSchema } },
    errors: ['webhook_endpoint_not_found', 'invalid_url', 'blocked_url', 'invalid_events', 'unknown_event_type'],
  },
  'delete-webhook-endpoint': {
    tag: 'Webhooks',
    answers: { 204: { description: 'Deleted: nothing more is sent to it' } },
    errors: ['webhook_endpoint_not_found'],
  },
  'rotate-webhook-secret': {
    tag: 'Webhooks',
    description: 'Answers a new secret, once. During the overlap (default 24 h) every delivery carries two signatures, space-separated in `webhook-signature` (the new secret\'s first): the receiver switches to the new secret when it likes.',
    body: z.optional(s.rotateSecretSchema),
    bodyExample: { overlapHours: 24 },
    answers: { 200: { description: 'The endpoint and its new secret, shown once', schema: s.webhookEndpointCreatedSchema } },
    errors: ['webhook_endpoint_not_found'],
  },
  'test-webhook-endpoint': {
    tag: 'Webhooks',
    description: 'A `webhook.test` event goes to this endpoint only, signed and logged like any delivery.',
    answers: { 202: { description: 'The delivery, on its way', schema: s.deliveryAcceptedSchema } },
    errors: ['webhook_endpoint_not_found', 'webhook_endpoint_disabled'],
  },
  'list-webhook-deliveries': {
    tag: 'Webhooks',
    query: s.deliveriesQuerySchema,
    answers: { 200: { description: 'Deliveries, newest first, each with its attempts: time, status code, latency, the first KB of the answer', schema: s.webhookDeliveryListSchema } },
    errors: ['webhook_endpoint_not_found', 'invalid_cursor'],
  },
  'list-events': {
    tag: 'Events',
    description: 'Oldest first. A PMS keeps the id of the last event it processed and asks for what came `after` it: what a webhook could not deliver is here for 30 days. An event is listed once the delivery worker has taken it (normally within a second of its commit).',
    query: s.eventsQuerySchema,
    answers: { 200: { description: 'The events, oldest first', schema: s.eventListSchema } },
    errors: ['unknown_event_type'],
  },
  'redeliver-event': {
    tag: 'Events',
    description: 'The event is sent again, with the same `webhook-id`, as new deliveries (listed in the deliveries of each endpoint).',
    body: z.optional(s.redeliverSchema),
    bodyExample: { endpointId: '01JDX0M6Q4G5W3C3V9Z8K7Y6XB' },
    answers: { 202: { description: 'The deliveries made', schema: s.redeliveryAcceptedSchema } },
    errors: ['event_not_found', 'webhook_endpoint_not_found', 'webhook_endpoint_disabled'],
  },
  'openapi-document': {
    tag: 'Reference',
    answers: { 200: { description: 'This document, with the address of the deployment that serves it', content: { mediaType: 'application/json', schema: { type: 'object', description: 'An OpenAPI 3.1 document' } } } },
    errors: [],
  },
  'api-reference': {
    tag: 'Reference',
    description: 'A plain HTML page (no script, no external asset) rendered from this document.',
    answers: { 200: { description: 'The reference page', content: { mediaType: 'text/html', schema: { type: 'string' } } } },
    errors: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Components: the schemas operations name, by name.

const COMPONENTS = {
  Money: s.moneySchema,
  Error: s.errorSchema,
  CreateHotel: s.createHotelSchema,
  HotelCreated: s.hotelCreatedSchema,
  ReservationInput: s.reservationSchema,
  Reservation: s.reservationViewSchema,
  HistoryEntry: s.historyEntrySchema,
  Cancellation: s.cancelSchema,
  PaymentRequestInput: s.paymentRequestSchema,
  PaymentRequestCreated: s.paymentRequestCreatedSchema,
  PaymentRequest: s.paymentRequestViewSchema,
  Transaction: s.transactionViewSchema,
  TransactionList: s.transactionListSchema,
  RefundInput: s.refundSchema,
  RefundAccepted: s.refundAcceptedSchema,
  CaptureInput: s.captureSchema,
  ChargeInput: s.chargeSchema,
  ReleaseInput: s.releaseSchema,
  HoldOperationAccepted: s.holdOperationAcceptedSchema,
  ChargeAccepted: s.chargeAcceptedSchema,
  Policy: s.policySchema,
  PolicyView: s.policyViewSchema,
  Planning: s.planningSchema,
  PlanningGroup: s.planningGroupSchema,
  CardInput: s.cardSchema,
  Card: s.cardViewSchema,
  CardList: s.cardListSchema,
  VaultUserInput: s.userSchema,
  VaultUser: s.vaultUserSchema,
  CardActor: s.revealSchema,
  RevealedCard: s.revealedCardSchema,
  CardAudit: s.cardAuditSchema,
  ApiKeyInput: s.newApiKeySchema,
  ApiKey: s.apiKeyViewSchema,
  ApiKeyCreated: s.apiKeyCreatedSchema,
  ApiKeyRotated: s.apiKeyRotatedSchema,
  ApiKeyList: s.apiKeyListSchema,
  WebhookEndpointInput: s.webhookEndpointSchema,
  WebhookEndpointChange: s.webhookEndpointPatchSchema,
  WebhookEndpoint: s.webhookEndpointViewSchema,
  WebhookEndpointCreated: s.webhookEndpointCreatedSchema,
  WebhookEndpointList: s.webhookEndpointListSchema,
  SecretRotation: s.rotateSecretSchema,
  WebhookDeliveryAttempt: s.deliveryAttemptSchema,
  WebhookDelivery: s.webhookDeliverySchema,
  WebhookDeliveryList: s.webhookDeliveryListSchema,
  DeliveryAccepted: s.deliveryAcceptedSchema,
  Redelivery: s.redeliverSchema,
  RedeliveryAccepted: s.redeliveryAcceptedSchema,
  Event: s.eventSchema,
  EventList: s.eventListSchema,
} satisfies Record<string, $ZodType>;

const registry = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });

const REF = '#/components/schemas/';
const ref = (schema: $ZodType): JsonSchema => {
  const id = registry.get(schema)?.id;
  if (!id) throw new Error('A body or answer schema of functions/openapi.ts is not among its COMPONENTS: add it');
  return { $ref: `${REF}${id}` };
};

/** JSON Schema 2020-12 of what a schema accepts (its input: defaults are optional, coercions take strings). */
const inline = (schema: $ZodType): JsonSchema => {
  const { $schema: _s, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
  return json;
};

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', uri: (id) => `${REF}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, json]) => {
    const { $schema: _s, $id: _i, ...rest } = json as JsonSchema;
    return [id, rest];
  }));
}

// ---------------------------------------------------------------------------------------------
// The document.

/** Path parameters by name, wherever they appear. */
const PATH_PARAMETERS: Readonly<Record<string, $ZodType>> = {
  reservationId: s.reservationIdSchema,
  transactionId: s.transactionIdSchema,
  cardId: s.cardIdSchema,
  userId: s.userIdSchema,
  keyId: s.keyIdSchema,
  hotelId: s.hotelIdSchema,
  endpointId: s.endpointIdSchema,
  eventId: s.eventIdSchema,
};

const camel = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The catalog's description without its "METHOD /path: " prefix, as a sentence. */
function summaryOf(fn: FunctionDescription): string {
  const text = fn.description.replace(/^[A-Z]+ \S+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const pathParametersOf = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Every code a route can answer: its own, then those of its kind, by status. */
export function errorCodesOf(name: DocumentedRoute): ErrorCode[] {
  const fn = FUNCTIONS.find((f) => f.name === name)!;
  const trigger = fn.trigger as HttpTrigger;
  const doc = OPERATIONS[name];
  const codes = new Set<ErrorCode>(doc.errors);
  if (pathParametersOf(trigger.path).length || doc.body || doc.query || doc.headers?.length) codes.add('invalid_input');
  if (doc.body) codes.add('malformed_json');
  if (trigger.auth === 'admin' || trigger.auth === 'hotel') {
    codes.add('missing_api_key');
    codes.add('invalid_api_key');
  }
  if (trigger.auth === 'hotel') codes.add('missing_scope');
  if (trigger.idempotent === 'required') codes.add('idempotency_key_required');
  if (trigger.idempotent) {
    codes.add('invalid_input');
    codes.add('idempotency_key_reused');
    codes.add('idempotency_key_in_progress');
  }
  // Any write is one conditional transaction: a concurrent change makes it fail whole.
  if (fn.access.table === 'write') codes.add('concurrent_update');
  codes.add('internal_error');
  return [...codes].sort((a, b) => ERROR_CODES[a][0] - ERROR_CODES[b][0] || a.localeCompare(b));
}

function errorResponses(codes: readonly ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_CODES[code][0], [...(byStatus.get(ERROR_CODES[code][0]) ?? []), code]);
  return Object.fromEntries([...byStatus].map(([status, list]) => [String(status), {
    description: list.map((c) => `\`${c}\`: ${ERROR_CODES[c][1]}`).join('\n\n'),
    content: {
      'application/json': {
        schema: { allOf: [{ $ref: `${REF}Error` }, { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: list } } } } }] },
        examples: Object.fromEntries(list.map((c) => [c, { summary: ERROR_CODES[c][1], value: { error: { code: c, message: ERROR_CODES[c][1] } } }])),
      },
    },
  }]));
}

function parameters(trigger: HttpTrigger, doc: OperationDoc): unknown[] {
  const param = (name: string, where: 'path' | 'query' | 'header', schema: $ZodType, required: boolean, description?: string) => {
    const { description: fromSchema, ...json } = inline(schema);
    const text = description ?? fromSchema;
    return { name, in: where, required, ...(text ? { description: text } : {}), schema: json };
  };
  return [
    ...pathParametersOf(trigger.path).map((name) => {
      const schema = PATH_PARAMETERS[name];
      if (!schema) throw new Error(`No schema for the path parameter {${name}} of ${trigger.path}: add it to PATH_PARAMETERS`);
      return param(name, 'path', schema, true);
    }),
    ...Object.entries(doc.query?._zod.def.shape ?? {}).map(([name, schema]) => param(name, 'query', schema, !z.safeParse(schema, undefined).success)),
    ...[...(trigger.idempotent ? [idempotencyKey(trigger.idempotent === 'required')] : []), ...(doc.headers ?? [])].map((h) => param(h.name, 'header', h.schema, h.required, h.description)),
  ];
}

function requestBody(doc: OperationDoc): Record<string, unknown> | undefined {
  if (!doc.body) return undefined;
  // Classic or mini, an optional body is a $ZodOptional: its def names the inner schema.
  const def = doc.body._zod.def as { type: string; innerType?: $ZodType };
  const optional = def.type === 'optional';
  const schema = optional ? def.innerType! : doc.body;
  return {
    required: !optional,
    content: { 'application/json': { schema: ref(schema), ...(doc.bodyExample !== undefined ? { example: doc.bodyExample } : {}) } },
  };
}

const REPLAYED = { 'Idempotent-Replayed': { description: '`true` when this is the answer kept for the Idempotency-Key, replayed', schema: { type: 'string', enum: ['true'] } } };

function answers(doc: OperationDoc, idempotent: boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc.answers).map(([status, a]) => {
    const headers = { ...(a.headers ?? {}), ...(idempotent ? REPLAYED : {}) };
    const content = {
      ...(a.schema ? { 'application/json': { schema: ref(a.schema) } } : {}),
      ...(a.content ? { [a.content.mediaType]: { schema: a.content.schema } } : {}),
    };
    return [status, {
      description: a.description,
      ...(Object.keys(headers).length ? { headers: Object.fromEntries(Object.entries(headers).map(([h, v]) => [h, { description: v.description, schema: v.schema }])) } : {}),
      ...(Object.keys(content).length ? { content } : {}),
    }];
  }));
}

// ---------------------------------------------------------------------------------------------
// Webhooks: what the API POSTs to the hotel's endpoints, one entry per event type, its `data`
// described by the event's own schema (events/).

const isEventDefinition = (v: unknown): v is events.EventDefinition<ZodMiniType> =>
  typeof v === 'object' && v !== null && 'type' in v && 'schema' in v && (v as { schema: unknown }).schema instanceof $ZodType;
const EVENT_DEFINITIONS = (Object.values(events) as unknown[]).filter(isEventDefinition);

const WEBHOOK_HEADERS = [
  ['webhook-id', "The event's id: the same on every retry and replay (dedupe on it)"],
  ['webhook-timestamp', 'When this attempt was signed, in seconds since 1970 (refuse old ones)'],
  ['webhook-signature', '`v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">` with the endpoint secret (base64 after `whsec_`); during a rotation two, space-separated'],
] as const;

function webhooks(): Record<string, unknown> {
  return Object.fromEntries([...WEBHOOK_EVENT_TYPES, TEST_EVENT_TYPE].map((type) => {
    const def = EVENT_DEFINITIONS.find((d) => d.type === type);
    if (!def) throw new Error(`No event module defines ${type}`);
    return [type, {
      post: {
        summary: type === TEST_EVENT_TYPE ? 'A test, sent by POST /v1/webhook-endpoints/{endpointId}/test' : `A ${type} event`,
        tags: ['Webhooks'],
        parameters: WEBHOOK_HEADERS.map(([name, description]) => ({ name, in: 'header', required: true, description, schema: { type: 'string' } })),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { allOf: [{ $ref: `${REF}Event` }, { type: 'object', properties: { type: { const: type }, data: inline(def.schema) } }] } } },
        },
        responses: {
          '2XX': { description: 'Received: any 2xx within 10 s' },
          default: { description: 'Anything else (a redirect, an error, no answer in 10 s) is retried: 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h, then every 12 h, for 3 days' },
        },
      },
    }];
  }));
}

const DESCRIPTION = `The API a hotel's PMS calls to secure reservations held on option: card guarantees and deposits paid by the guest through a payment link, refunds, cancellations, the front desk's day, and a card vault.

**Conventions.** JSON bodies. Money is always \`{ "amount": <integer minor units>, "currency": "<ISO 4217 alpha-3>" }\`, never a float. Timestamps are ISO 8601 instants in UTC; dates are \`YYYY-MM-DD\`. Answers may gain fields: ignore those you do not know.

**Errors.** Every 4xx and 5xx answer is \`{ "error": { "code", "message", "details"? } }\`: 400 malformed, 401 no or bad key, 403 not allowed, 404 unknown (or another hotel's), 409 in conflict with the current state, 410 gone, 422 valid but refused by a business rule, 423 locked. Each operation lists the codes it can give; \`code\` is stable, \`message\` is for humans. In front of the functions, API Gateway answers in the same shape: 404 \`route_not_found\`, 429 \`too_many_requests\`, 403 \`request_blocked\` (firewall), 413 \`request_too_large\`.

**Keys.** A hotel's API key goes in \`Authorization: Bearer <key>\` and sees that hotel's data only. A hotel has several keys, each with scopes: each operation names the scope it needs (in its security requirement), and a key without it gets 403 \`missing_scope\`. The key given by \`POST /v1/hotels\` (and any key made before scopes existed) has every scope. Creating a hotel takes the deployment's admin key, in the same header.

**Idempotency.** Operations that move money or create something take an \`Idempotency-Key\` header: a retry with the same key and request answers the first answer again (\`Idempotent-Replayed: true\`) for 24 hours.

**Webhooks.** Register an HTTPS endpoint (\`POST /v1/webhook-endpoints\`) and the hotel's events are POSTed to it as they happen, signed per the Standard Webhooks specification (\`webhooks\` below lists each body), retried for 3 days; \`GET /v1/events\` lists the last 30 days of them in order, to catch up and replay.

**Not in this document.** The hosted payment page (the \`url\` of a payment request: give it to the guest as it is, its path is not part of the contract) and the PSP's notification URL (called by the PSP in its own signed format, Systempay's IPN) are served by the same API but are not called by a PMS.

Generated from the code (the route catalog and the zod schemas the handlers validate with): it is what the deployment serving it does.`;

export interface DocumentOptions {
  /** The base URL of the deployment serving the document; by default the local stack's. */
  readonly serverUrl?: string;
}

export function openApiDocument(options: DocumentOptions = {}): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const fn of FUNCTIONS) {
    if (fn.trigger.kind !== 'http' || fn.name in NOT_DOCUMENTED) continue;
    const name = fn.name as DocumentedRoute;
    const doc = OPERATIONS[name];
    const trigger = fn.trigger;
    const params = parameters(trigger, doc);
    const body = requestBody(doc);
    (paths[trigger.path] ??= {})[trigger.method.toLowerCase()] = {
      operationId: camel(name),
      tags: [doc.tag],
      summary: summaryOf(fn),
      ...(doc.description ? { description: doc.description } : {}),
      // OpenAPI 3.1 lets a non-OAuth requirement name the roles it needs: a hotel key's scope.
      security: trigger.auth === 'admin' ? [{ adminKey: [] }] : trigger.auth === 'hotel' ? [{ hotelKey: [trigger.scope] }] : [],
      ...(params.length ? { parameters: params } : {}),
      ...(body ? { requestBody: body } : {}),
      responses: { ...answers(doc, trigger.idempotent !== undefined), ...errorResponses(errorCodesOf(name)) },
    };
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'Hotel payment guarantees API',
      version: pkg.version,
      summary: 'Card guarantees, deposits, refunds and a card vault for hotels, called by their PMS',
      description: DESCRIPTION,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [options.serverUrl ? { url: options.serverUrl } : { url: 'http://127.0.0.1:3000', description: 'The local stack (npm start)' }],
    security: [{ hotelKey: [] }],
    tags: Object.entries(TAGS).map(([tag, description]) => ({ name: tag, description })),
    paths,
    webhooks: webhooks(),
    components: {
      securitySchemes: {
        hotelKey: { type: 'http', scheme: 'bearer', description: "A hotel's API key (`hk_…`), given once by POST /v1/hotels (every scope) or POST /v1/api-keys (the scopes asked): `Authorization: Bearer <key>`. Each operation names the scope it needs" },
        adminKey: { type: 'http', scheme: 'bearer', description: "The deployment's admin key (its SHA-256 is the deploy setting adminApiKeyHash; npm start prints it): `Authorization: Bearer <key>`" },
      },
      schemas: componentSchemas(),
    },
  };
}

/** The document as committed in docs/openapi.json: two-space JSON and a final newline. */
export const openApiJson = (options: DocumentOptions = {}): string => `${JSON.stringify(openApiDocument(options), null, 2)}\n`;
