import * as z from 'zod';
import * as zm from 'zod/mini';
import type { CardBrand } from '../../domain/card';
import { PSP_PROVIDERS } from '../../domain/hotel';
import { HOTEL_PAYMENT_EMAILS } from '../../domain/policy';
import { TITLES } from '../../domain/language';
import type { OutcomeKind } from '../../domain/payment-outcome';
import type { Delivery, PaymentRequestStatus, PaymentRequestType } from '../../domain/payment-request';
import type { HistoryEntry, HistoryType, Reservation, ReservationStatus } from '../../domain/reservation';
import { CHARGE_REASONS, type ChargeStatus, type HoldOperationType, type RefundOrigin, type RefundStatus, type TransactionStatus, type TransactionType } from '../../domain/transaction';
import { ROLES } from '../../domain/vault-user';
import { PLANNING_GROUPS } from '../../app/planning';
import { moneySchema, policySchema, reservationIdSchema, scopeSchema, userIdSchema } from './schemas';

/**
 * What the routes answer, for the API document only (functions/openapi.ts) and the test that checks
 * every handler's answer against it: no handler imports this module, so no function but the API
 * document and reference carries zod's classic API. What the routes take is in ./schemas.ts.
 */
export * from './schemas';

// ---------------------------------------------------------------------------------------------
// What the routes answer. Objects are open (more fields may be added, as the contract says);
// test/integration/openapi-answers.test.ts checks every handler's answer against these, field by field.

/** Every value of a domain union, for an enum: a value missing or unknown here is a type error. */
const valuesOf = <T extends string>() => <const A extends readonly [T, ...T[]]>(values: A & ([T] extends [A[number]] ? unknown : { missing: Exclude<T, A[number]> })): A => values;

const instant = /* @__PURE__ */ z.iso.datetime().meta({ description: 'An ISO 8601 instant, UTC' });
const day = /* @__PURE__ */ z.iso.date().meta({ description: 'A date, YYYY-MM-DD' });
const id = (description: string) => z.string().meta({ description });

export const errorSchema = /* @__PURE__ */ z.object({
  error: z.object({
    code: z.string().meta({ description: 'Machine-readable and stable (snake_case); the responses of each operation list the codes it can give' }),
    message: z.string().meta({ description: 'For humans; may change' }),
    details: z.unknown().optional().meta({ description: 'Some codes say more: the invalid fields of `invalid_input` ([{ path, message }]), the amount still refundable, ...' }),
  }),
}).meta({ description: 'Every 4xx and 5xx answer of the API' });

export const hotelCreatedSchema = /* @__PURE__ */ z.object({
  hotelId: id('The new hotel'),
  apiKey: z.string().meta({ description: "The hotel's API key (`hk_…`), with every scope, shown this once and stored hashed: keep it" }),
  keyId: id('The API key, as GET /v1/api-keys lists it'),
});

// API keys (docs/api-keys.md).


export const apiKeyViewSchema = /* @__PURE__ */ z.object({
  keyId: id('The key'),
  name: z.string(),
  scopes: z.array(scopeSchema),
  fullAccess: z.boolean().meta({ description: 'Every scope, including those added later: the key given with the hotel, and keys made before scopes existed' }),
  createdAt: instant,
  lastUsedAt: instant.optional().meta({ description: 'Last use, to the minute' }),
  rotatedAt: instant.optional().meta({ description: 'When the key last got a new secret' }),
  previousExpiresAt: instant.optional().meta({ description: 'After a rotation: until when the previous secret keeps working (one hour)' }),
});

export const apiKeyCreatedSchema = /* @__PURE__ */ apiKeyViewSchema.extend({
  apiKey: z.string().meta({ description: 'The secret (`hk_…`), shown this once and stored hashed: keep it. Send it as `Authorization: Bearer <key>`' }),
});

export const apiKeyRotatedSchema = /* @__PURE__ */ apiKeyCreatedSchema.extend({
  previousExpiresAt: instant.meta({ description: 'Until when the previous secret keeps working (one hour)' }),
  rotatedAt: instant,
});

export const apiKeyListSchema = /* @__PURE__ */ z.object({ apiKeys: z.array(apiKeyViewSchema) });

const money = moneySchema;
const paymentRequestType = /* @__PURE__ */ z.enum(valuesOf<PaymentRequestType>()(['deposit', 'guarantee', 'preauthorisation', 'charge']))
  .meta({ description: 'deposit: money taken; guarantee: a card registered, nothing taken; preauthorisation: money held on the card until captured or released; charge: sent by us when a charge of the stored card needed the guest to authenticate with their bank (never asked through this route)' });
const delivery = /* @__PURE__ */ z.enum(valuesOf<Delivery>()(['email', 'link', 'terminal']))
  .meta({ description: 'email: sent to the guest; link: handed to the hotel; terminal: opened by front-desk staff taking the card by phone' });

export const paymentRequestCreatedSchema = /* @__PURE__ */ z.object({
  paymentRequestId: id('The new payment request'),
  type: paymentRequestType,
  status: z.enum(valuesOf<PaymentRequestStatus>()(['pending', 'succeeded', 'failed', 'expired', 'cancelled'])),
  amount: money,
  url: z.url().meta({ description: 'The payment link: the hosted page where the guest pays' }),
  expiresAt: instant,
});

export const paymentRequestViewSchema = /* @__PURE__ */ paymentRequestCreatedSchema.extend({
  percent: z.number().optional().meta({ description: 'The percentage of the total asked, when a percentage was asked' }),
  delivery,
  createdAt: instant,
  completedAt: instant.optional(),
  transactionId: id('The transaction that settled it').optional(),
  attempts: z.array(z.object({
    at: instant,
    outcome: z.enum(valuesOf<OutcomeKind>()(['succeeded', 'pending', 'failed', 'abandoned', 'cancelled'])),
    pspStatus: z.string().meta({ description: "The PSP's own status word" }),
  })).meta({ description: 'Every PSP outcome seen for this request, oldest first' }),
});

export const transactionViewSchema = /* @__PURE__ */ z.object({
  transactionId: id('The transaction (for a refund: the refund)'),
  reservationId: id('Its reservation'),
  type: z.enum(valuesOf<TransactionType>()(['payment', 'verification', 'refund', 'preauthorisation', 'capture', 'release', 'charge'])),
  status: z.enum(valuesOf<TransactionStatus>()(['pending', 'succeeded', 'failed'])),
  amount: money,
  createdAt: instant,
  updatedAt: instant,
  paymentRequestId: id('The payment request it came from'),
  refundable: z.optional(money).meta({ description: 'A succeeded payment or charge, or a captured pre-authorisation: what may still be refunded' }),
  held: z.optional(money).meta({ description: 'A pre-authorisation: what is still held on the card (0 once a capture or release is asked)' }),
  holdExpiresAt: instant.optional().meta({ description: 'A pre-authorisation: when the hold lapses by itself if neither captured nor released' }),
  captured: z.optional(money).meta({ description: 'A pre-authorisation: what its capture took' }),
  holdLapsedAt: instant.optional().meta({ description: 'A pre-authorisation neither captured nor released in time: when it was found lapsed (the bank dropped it; `held` is 0)' }),
  operationId: id('A capture or release: its id, as answered by POST /v1/transactions/{transactionId}/capture or /release').optional(),
  operationStatus: z.enum(['requested', 'succeeded', 'failed']).optional().meta({ description: 'A capture or release: where it stands' }),
  chargeId: id('A charge: its id, as answered by POST /v1/reservations/{reservationId}/charges').optional(),
  chargeStatus: z.enum(valuesOf<ChargeStatus>()(['requested', 'succeeded', 'failed', 'action_required'])).optional()
    .meta({ description: 'A charge: where it stands; action_required: the issuer asked for the guest to authenticate, and the guest was e-mailed a payment link' }),
  cardId: id('A charge: the card charged').optional(),
  chargePaymentRequestId: id('A charge waiting for the guest: the payment request they were sent').optional(),
  parentTransactionId: id('A refund: the payment the money goes back from').optional(),
  refundId: id('A refund: its id, as answered by POST /v1/transactions/{transactionId}/refunds').optional(),
  refundStatus: z.enum(valuesOf<RefundStatus>()(['requested', 'succeeded', 'failed'])).optional(),
  origin: z.enum(valuesOf<RefundOrigin>()(['api', 'cancellation', 'psp_back_office'])).optional().meta({ description: 'A refund: who asked for it' }),
  reason: z.string().optional().meta({ description: 'A refund: the reason given; a charge: prepayment, stay, balance, no_show or fee' }),
  failure: z.object({ code: z.string(), message: z.string() }).optional().meta({ description: 'A failed refund, capture, release or charge (or one waiting for the guest): why, in plain words' }),
  completedAt: instant.optional(),
  psp: z.object({
    provider: z.enum(PSP_PROVIDERS),
    status: z.string().meta({ description: "The PSP's own status word (empty until the PSP answered)" }),
    transactionUuid: z.string().meta({ description: "The PSP's transaction id (empty until the PSP answered)" }),
    mode: z.enum(['TEST', 'PRODUCTION']),
    cardBrand: z.string().optional(),
    card: z.string().optional().meta({ description: 'The masked card number, as the PSP shows it' }),
  }),
});

export const cardViewSchema = /* @__PURE__ */ z.object({
  cardId: id('The card'),
  reservationId: id('Its reservation'),
  holderName: z.string(),
  brand: z.enum(valuesOf<CardBrand>()(['VISA', 'MASTERCARD', 'AMEX', 'DISCOVER', 'DINERS', 'JCB', 'MAESTRO', 'UNIONPAY'])),
  last4: z.string(),
  maskedNumber: z.string().meta({ description: 'First 6 and last 4 digits', examples: ['497010XXXXXX0014'] }),
  expiryMonth: z.number().int(),
  expiryYear: z.number().int(),
  source: z.string().meta({ description: 'Where the card came from (booking.com, expedia, airbnb, phone, other, or a label)' }),
  origin: z.enum(['ota', 'psp']).meta({ description: 'ota: pushed by the PMS; psp: registered at the PSP' }),
  verification: z.enum(['verified', 'unverified']),
  primary: z.boolean(),
  status: z.enum(['active', 'purged']),
  cvvAvailable: z.boolean().meta({ description: 'The CVV is still held and will be shown by the next successful reveal' }),
  purgeAt: instant,
  purgedAt: instant.optional(),
  erasedBy: z.string().optional().meta({ description: 'The vault user who erased the card before its purge' }),
  createdAt: instant,
}).meta({ description: 'A card, masked: the full number and the CVV are never in it' });

const HISTORY_TYPES = /* @__PURE__ */ valuesOf<HistoryType>()([
  'created', 'updated', 'payment_requested', 'payment_succeeded', 'payment_failed', 'payment_abandoned', 'payment_pending', 'confirmed',
  'option_deadline_forced', 'payment_after_close', 'expired', 'option_overdue_reported', 'payment_request_expired', 'payment_request_replaced',
  'payment_mismatch', 'payment_reminder_sent', 'refund_requested', 'refund_succeeded', 'refund_failed', 'cancelled', 'deposit_retained',
  'capture_requested', 'capture_succeeded', 'capture_failed', 'release_requested', 'release_succeeded', 'release_failed',
  'hold_lapse_warning', 'hold_release_skipped', 'hold_lapsed', 'charge_requested', 'charge_succeeded', 'charge_failed', 'charge_action_required', 'card_expiring', 'card_renewed',
]);

export const historyEntrySchema = /* @__PURE__ */ z.object({
  at: instant,
  type: z.enum(HISTORY_TYPES),
  actor: z.enum(valuesOf<HistoryEntry['actor']>()(['pms', 'guest', 'psp', 'system'])),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional().meta({ description: 'Fields that changed, with their values before and after' }),
  detail: z.record(z.string(), z.unknown()).optional(),
});

const reservationStatus = /* @__PURE__ */ z.enum(valuesOf<ReservationStatus>()(['option', 'confirmed', 'expired', 'cancelled']));
type Cancellation = NonNullable<Reservation['cancellation']>;

export const reservationViewSchema = /* @__PURE__ */ z.object({
  reservationId: reservationIdSchema,
  status: reservationStatus,
  arrival: day,
  departure: day,
  optionDeadline: instant.meta({ description: 'When the option lapses (an instant, UTC)' }),
  total: money,
  guest: z.object({
    title: z.enum(TITLES).optional(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    language: z.string(),
  }),
  cancellation: z.object({
    at: instant,
    deposit: z.enum(valuesOf<Cancellation['deposit']>()(['none', 'kept', 'refunded', 'partly_refunded'])),
    retained: z.array(money),
    hold: z.enum(['released', 'captured']).optional().meta({ description: 'A pre-authorisation held at cancellation: released, or captured as a deposit' }),
  }).optional().meta({ description: 'A cancelled reservation: what was done with its deposit (and its pre-authorisation)' }),
  paymentRequests: z.array(paymentRequestViewSchema),
  transactions: z.array(transactionViewSchema),
  cards: z.array(cardViewSchema),
  history: z.array(historyEntrySchema).meta({ description: 'Oldest first' }),
  createdAt: instant,
  updatedAt: instant,
});

export const policyViewSchema = /* @__PURE__ */ z.object({
  ...policySchema.shape,
  cardRetentionDays: z.number().int().min(0).max(7),
  holdWarningHoursBefore: z.number().int().min(1).max(144).nullable(),
  onHoldLapse: z.enum(['none', 'capture', 'release']),
  releaseHoldsAtDeparture: z.boolean(),
  hotelPaymentEmails: z.enum(HOTEL_PAYMENT_EMAILS),
});

const emptyOr = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]);
const planningEntrySchema = /* @__PURE__ */ z.object({
  reason: z.enum(['option_due_today', 'payment_refused', 'option_overdue', 'option_lapsed', 'request_unanswered', 'hold_lapsing', 'card_expiring', 'charge_awaiting_guest']),
  reservationId: z.string(),
  status: z.union([reservationStatus, z.literal('unknown')]).meta({ description: "unknown: an unanswered request's reservation could not be read (its dates are then empty)" }),
  guest: z.object({ title: z.enum(TITLES).optional(), firstName: z.string(), lastName: z.string() }),
  arrival: emptyOr(day),
  departure: emptyOr(day),
  optionDeadline: emptyOr(instant),
  deadlineForcedAt: instant.optional(),
  lapsedAt: instant.optional(),
  lapseAction: z.enum(['expired', 'reported']).optional(),
  paymentRequest: z.object({
    paymentRequestId: z.string(), type: paymentRequestType, amount: money, createdAt: instant, expiresAt: instant, reminded: z.boolean(),
  }).optional(),
  hold: z.object({ transactionId: z.string(), held: money, expiresAt: instant, warned: z.boolean() }).optional()
    .meta({ description: 'holdsLapsing: a pre-authorisation still holding money that lapses by the end of the day plus the hotel\'s warning lead time' }),
  card: z.object({ cardId: z.string(), maskedNumber: z.string(), expiryMonth: z.number().int(), expiryYear: z.number().int() }).optional()
    .meta({ description: 'cardsExpiring: the registered card that will not work on the departure day (the guest was asked for a new one: `paymentRequest`)' }),
  charge: z.object({ chargeId: z.string(), amount: money, reason: z.enum(CHARGE_REASONS) }).optional()
    .meta({ description: 'chargesAwaitingGuest: a charge the guest was asked to confirm with their bank (`paymentRequest` is its link)' }),
});

export const planningGroupSchema = /* @__PURE__ */ z.object({ entries: z.array(planningEntrySchema), nextCursor: z.string().optional() });

export const planningSchema = /* @__PURE__ */ z.object({
  date: day,
  timezone: z.string(),
  groups: z.object(Object.fromEntries(PLANNING_GROUPS.map((g) => [g, planningGroupSchema.optional()])) as Record<(typeof PLANNING_GROUPS)[number], z.ZodOptional<typeof planningGroupSchema>>)
    .meta({ description: 'Each group asked for (all of them without `group`), with its own cursor' }),
});

export const refundAcceptedSchema = /* @__PURE__ */ z.object({
  refundId: id('The refund: it is listed in the reservation\'s transactions'),
  status: z.enum(valuesOf<RefundStatus>()(['requested', 'succeeded', 'failed'])),
  amount: money,
  transactionId: id('The payment refunded'),
  reservationId: id('Its reservation'),
});

export const holdOperationAcceptedSchema = /* @__PURE__ */ z.object({
  operationId: id('The capture or release: it is listed in the reservation\'s transactions'),
  status: z.enum(['requested', 'succeeded', 'failed']),
  type: z.enum(valuesOf<HoldOperationType>()(['capture', 'release'])),
  amount: money.check(zm.meta({ description: 'A capture: what is captured; a release: what is given back' })),
  transactionId: id('The pre-authorisation'),
  reservationId: id('Its reservation'),
});

export const chargeAcceptedSchema = /* @__PURE__ */ z.object({
  chargeId: id('The charge: it is listed in the reservation\'s transactions (type `charge`)'),
  status: z.enum(valuesOf<ChargeStatus>()(['requested', 'succeeded', 'failed', 'action_required'])),
  amount: money,
  reason: z.enum(CHARGE_REASONS),
  cardId: id('The card charged'),
  reservationId: id('Its reservation'),
});

export const transactionListSchema = /* @__PURE__ */ z.object({
  transactions: z.array(transactionViewSchema).meta({ description: 'Oldest first' }),
  nextCursor: z.string().optional().meta({ description: 'More follow: ask again with `cursor`' }),
});

export const cardListSchema = /* @__PURE__ */ z.object({ cards: z.array(cardViewSchema) });

export const vaultUserSchema = /* @__PURE__ */ z.object({
  userId: userIdSchema,
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  locked: z.boolean(),
  failedAttempts: z.number().int().meta({ description: 'Wrong PINs in a row; 5 lock the user' }),
  createdAt: instant,
  lockedAt: instant.optional(),
});

export const revealedCardSchema = /* @__PURE__ */ z.object({
  holderName: z.string(),
  number: z.string(),
  expiryMonth: z.number().int(),
  expiryYear: z.number().int(),
  cvv: z.string().optional().meta({ description: 'Only on the first successful reveal' }),
});

export const cardAuditSchema = /* @__PURE__ */ z.object({
  entries: z.array(z.object({
    userId: z.string(),
    action: z.enum(['reveal', 'erase', 'purge', 'store']),
    outcome: z.string().meta({ description: 'revealed, stored, erased, purged, or why it was refused (wrong_pin, locked, forbidden, ...)' }),
    at: instant,
    sourceIp: z.string().optional(),
    cvvShown: z.boolean().optional(),
  })),
});

// ---------------------------------------------------------------------------------------------
// Webhooks and the event feed (docs/webhooks.md).

export const webhookEndpointViewSchema = /* @__PURE__ */ z.object({
  endpointId: id('The endpoint'),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().optional(),
  enabled: z.boolean(),
  disabledReason: z.enum(['by_hotel', 'failing']).optional().meta({ description: 'by_hotel: turned off by PATCH; failing: every attempt failed for 3 days (the hotel was e-mailed)' }),
  failingSince: instant.optional().meta({ description: 'The first failed attempt since the last success' }),
  previousSecretRetiresAt: instant.optional().meta({ description: 'After a rotation: until then deliveries are signed with the previous secret too' }),
  createdAt: instant,
  updatedAt: instant,
});

export const webhookEndpointCreatedSchema = /* @__PURE__ */ webhookEndpointViewSchema.extend({
  secret: z.string().meta({ description: 'The signing secret (`whsec_` + base64), as the Standard Webhooks libraries take it: shown this once, keep it' }),
});

export const webhookEndpointListSchema = /* @__PURE__ */ z.object({ endpoints: z.array(webhookEndpointViewSchema) });

export const deliveryAttemptSchema = /* @__PURE__ */ z.object({
  at: instant,
  statusCode: z.number().int().optional().meta({ description: "The receiver's HTTP status (2xx: delivered); absent without an answer" }),
  latencyMs: z.number().int(),
  error: z.string().optional().meta({ description: 'Without an answer: timeout, connection_failed, dns_failed, blocked_target; or endpoint_deleted, endpoint_disabled' }),
  response: z.string().optional().meta({ description: 'The start of the answer, at most 1 KB' }),
});

export const webhookDeliverySchema = /* @__PURE__ */ z.object({
  deliveryId: id('The delivery'),
  eventId: id('The event sent (its `webhook-id`)'),
  eventType: z.string(),
  origin: z.enum(['event', 'redelivery', 'test']),
  status: z.enum(['pending', 'succeeded', 'failed']),
  attemptCount: z.number().int(),
  nextAttemptAt: instant.optional(),
  createdAt: instant,
  attempts: z.array(deliveryAttemptSchema).meta({ description: 'Oldest first' }),
});

export const webhookDeliveryListSchema = /* @__PURE__ */ z.object({
  deliveries: z.array(webhookDeliverySchema).meta({ description: 'Newest first, the last 30 days' }),
  nextCursor: z.string().optional().meta({ description: 'More follow: ask again with `cursor`' }),
});

export const deliveryAcceptedSchema = /* @__PURE__ */ z.object({
  deliveryId: id('The delivery: see GET /v1/webhook-endpoints/{endpointId}/deliveries'),
  endpointId: id('Where it goes'),
  eventId: id('The event sent'),
  status: z.enum(['pending', 'succeeded', 'failed']),
});

export const redeliveryAcceptedSchema = /* @__PURE__ */ z.object({
  eventId: id('The event'),
  deliveries: z.array(deliveryAcceptedSchema).meta({ description: 'One per endpoint it is sent to (none when no enabled endpoint subscribes to it)' }),
});

export const eventSchema = /* @__PURE__ */ z.object({
  id: id('The event (a ULID: time order); the `webhook-id` of its deliveries'),
  type: z.string().meta({ description: 'What happened, e.g. payment.succeeded' }),
  occurredAt: instant,
  hotelId: id('The hotel'),
  data: z.record(z.string(), z.unknown()).meta({ description: "The event's own fields (reservationId, amounts, …), as in the webhook body" }),
}).meta({ description: 'An event, as the feed shows it and as a webhook delivers it (the body of the POST)' });

export const eventListSchema = /* @__PURE__ */ z.object({
  events: z.array(eventSchema).meta({ description: 'Oldest first' }),
  nextCursor: z.string().optional().meta({ description: 'More follow: ask again with `after` set to it' }),
});
