import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';
import { SCOPES } from '../../domain/api-key';
import { HOTEL_PAYMENT_EMAILS } from '../../domain/policy';
import { isValidDate, isValidTimeZone } from '../../domain/time';
import { CURRENCIES, isSupportedCurrency, MAX_AMOUNT } from '../../domain/money';
import { LANGUAGES, TITLES } from '../../domain/language';
import { CHARGE_REASONS } from '../../domain/transaction';
import { PLANNING_GROUPS } from '../../app/planning';
import { WEBHOOK_EVENT_TYPES } from '../../domain/webhook';

/**
 * The contract's shapes: what each route takes (validation lives at the edge; rules that need
 * state live in domain/). What the routes answer is in ./answer-schemas.ts. docs/openapi.json is
 * generated from both (functions/openapi.ts); `z.meta()` only documents, it never changes what is
 * accepted. On zod/mini, so that a route's bundle carries a small part of zod (the API document
 * alone uses the classic API); its English messages are those the 400 answers give.
 */
z.config(en());

/**
 * Builds a schema as the module loads. The call is marked pure: a bundle that does not use a schema
 * leaves it out, and with it the parts of zod only it needs, so a route carries and builds at cold
 * start the schemas it parses, not the whole contract.
 */
const built = <T>(build: () => T): T => build();

const positive = (what: string) => z.refine<{ amount: number }>((m) => m.amount > 0, what);

export const currencySchema = /* @__PURE__ */ built(() => z.string().check(
  z.refine(isSupportedCurrency, 'unsupported currency'),
  z.meta({ description: 'ISO 4217 alpha-3 code, among those the PSP accepts', enum: Object.keys(CURRENCIES) }),
));

export const moneySchema = /* @__PURE__ */ built(() => z.strictObject({
  amount: z.int().check(z.minimum(0), z.maximum(MAX_AMOUNT), z.meta({ description: 'Integer minor units of the currency (12000 EUR is 120.00 €)' })),
  currency: currencySchema,
}).check(z.meta({ description: 'Money: always integer minor units and a currency, never a float', examples: [{ amount: 12000, currency: 'EUR' }] })));

const date = /* @__PURE__ */ built(() => z.string().check(z.refine(isValidDate, 'expected a date YYYY-MM-DD'), z.meta({ format: 'date', description: 'A date, YYYY-MM-DD' })));
// An instant must say its offset ("Z" or "+01:00"): a bare local time would depend on the server.
const instant = /* @__PURE__ */ built(() => z.iso.datetime({ offset: true }));
const instantOrDate = /* @__PURE__ */ built(() => z.string().check(
  z.refine((s) => isValidDate(s) || z.safeParse(instant, s).success, 'expected YYYY-MM-DD or an ISO 8601 instant with its offset'),
  z.meta({ description: 'A date YYYY-MM-DD (the end of that day at the hotel) or an ISO 8601 instant with its offset', examples: ['2026-12-01', '2026-12-01T18:00:00+01:00'] }),
));

export const reservationIdSchema = /* @__PURE__ */ built(() => z.string().check(
  z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'reservationId is 1–64 of [A-Za-z0-9_-]'),
  z.meta({ description: "The PMS's own reservation id", examples: ['RES-1'] }),
));

const intIn = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const trimmed = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const upTo = (max: number) => z.string().check(z.maxLength(max));

export const policySchema = /* @__PURE__ */ built(() => z.strictObject({
  defaultOptionDays: z.nullable(intIn(0, 365)),
  reminderHoursBefore: z.nullable(intIn(1, 720)),
  onLapse: z.enum(['expire', 'report']),
  cardRetentionDays: z.optional(intIn(0, 7)),
  holdWarningHoursBefore: z.optional(z.nullable(intIn(1, 144)))
    .check(z.meta({ description: 'Pre-authorisations: e-mail the hotel this many hours before a hold lapses (default 24; null: never)' })),
  onHoldLapse: z.optional(z.enum(['none', 'capture', 'release']))
    .check(z.meta({ description: 'Pre-authorisations: at that warning, also capture the whole hold or release it (default none)' })),
  releaseHoldsAtDeparture: z.optional(z.boolean())
    .check(z.meta({ description: 'Pre-authorisations: release what is still held at the end of the departure day (default true)' })),
  hotelPaymentEmails: z.optional(z.enum(HOTEL_PAYMENT_EMAILS))
    .check(z.meta({ description: "The hotel's e-mail about each payment received (deposit, card guarantee, pre-authorisation): `each` sends one per payment (default); `daily_digest` lists a day's payments in one e-mail the next morning at 08:00 hotel time. Refusals and alerts needing action are always sent at once" })),
}));

export const createHotelSchema = /* @__PURE__ */ built(() => z.strictObject({
  name: trimmed(1, 200),
  email: z.email(),
  defaultLanguage: z.enum(LANGUAGES),
  currency: currencySchema,
  timezone: z.string().check(z.refine(isValidTimeZone, 'unknown IANA timezone'), z.meta({ description: 'IANA time zone of the hotel', examples: ['Europe/Paris'] })),
  policy: z.optional(policySchema),
  psp: z.strictObject({
    provider: z.literal('systempay'),
    siteId: z.string().check(z.regex(/^\d{8}$/, 'siteId is the 8-digit shop id')),
    mode: z.enum(['TEST', 'PRODUCTION']),
    testKey: text(8, 200),
    productionKey: z.optional(text(8, 200)),
    testPassword: z.optional(text(8, 200)),
    productionPassword: z.optional(text(8, 200)),
  }).check(z.refine((p) => p.mode !== 'PRODUCTION' || !!p.productionKey, { message: 'PRODUCTION mode needs a productionKey', path: ['productionKey'] })),
}));

export const reservationSchema = /* @__PURE__ */ built(() => z.strictObject({
  guest: z.strictObject({
    title: z.optional(z.enum(TITLES)),
    firstName: trimmed(1, 100),
    lastName: trimmed(1, 100),
    email: z.email().check(z.maxLength(150)),
    language: z.string().check(z.regex(/^[a-zA-Z]{2}([-_][a-zA-Z]{2})?$/, 'a language code such as "fr" or "en-GB"')),
  }),
  arrival: date,
  departure: date,
  total: moneySchema,
  optionDeadline: z.optional(instantOrDate),
}));

export const paymentRequestSchema = /* @__PURE__ */ built(() => z.strictObject({
  type: z.enum(['deposit', 'guarantee', 'preauthorisation']),
  amount: z.optional(moneySchema),
  percent: z.optional(z.number().check(z.gt(0), z.maximum(100))),
  delivery: z.enum(['email', 'link', 'terminal']),
}));

export const planningQuerySchema = /* @__PURE__ */ built(() => z.strictObject({
  date: z.optional(date),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  group: z.optional(z.enum(PLANNING_GROUPS)),
  cursor: z.optional(upTo(2000)),
}).check(z.refine((q) => !q.cursor || !!q.group, { message: 'a cursor pages one group: give group too', path: ['group'] })));

export const transactionIdSchema = /* @__PURE__ */ built(() => z.string().check(
  z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'transactionId is 1–64 of [A-Za-z0-9_-]'),
  z.meta({ description: "A transaction's id, as listed in its reservation's `transactions`" }),
));

export const refundSchema = /* @__PURE__ */ built(() => z.strictObject({
  amount: z.optional(moneySchema.check(positive('a refund is for more than zero'))),
  reason: z.optional(trimmed(1, 500)),
}));

export const captureSchema = /* @__PURE__ */ built(() => z.strictObject({
  amount: z.optional(moneySchema.check(positive('a capture is for more than zero')))
    .check(z.meta({ description: 'What to capture: at most what is held; all of it when absent. The rest of the hold is released by the same operation' })),
}));

export const releaseSchema = /* @__PURE__ */ built(() => z.strictObject({}));

export const chargeSchema = /* @__PURE__ */ built(() => z.strictObject({
  amount: moneySchema.check(positive('a charge is for more than zero')),
  reason: z.enum(CHARGE_REASONS)
    .check(z.meta({ description: 'prepayment, stay (during the stay), balance (fast check-out: the guest is e-mailed a receipt, as for every charge), no_show or fee' })),
  cardId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'cardId is 1–64 of [A-Za-z0-9_-]')))
    .check(z.meta({ description: 'A card registered at the PSP for this reservation; the primary one when absent' })),
}));

/** Idempotency-Key header: printable ASCII, as most payment APIs accept. */
export const idempotencyKeySchema = /* @__PURE__ */ built(() => z.string().check(z.regex(/^[\x21-\x7e]{1,255}$/, 'Idempotency-Key is 1–255 printable ASCII characters')));

export const cancelSchema = /* @__PURE__ */ built(() => z.strictObject({
  deposit: z.optional(z.union([
    z.enum(['keep', 'refund']),
    z.strictObject({ refund: moneySchema.check(positive('a refund is for more than zero')) }),
  ])),
  hold: z.optional(z.union([
    z.enum(['release', 'capture']),
    z.strictObject({ capture: moneySchema.check(positive('a capture is for more than zero')) }),
  ])).check(z.meta({ description: 'A pre-authorisation still held: release it, or capture it (all, or an amount; the rest is released) to keep as a deposit' })),
}));

export const transactionsQuerySchema = /* @__PURE__ */ built(() => z.strictObject({
  status: z.optional(z.enum(['pending', 'succeeded', 'failed'])),
  type: z.optional(z.enum(['payment', 'verification', 'refund', 'preauthorisation', 'capture', 'release', 'charge'])),
  from: z.optional(date),
  to: z.optional(date),
  reservationId: z.optional(reservationIdSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
  cursor: z.optional(upTo(4000)),
  format: z._default(z.enum(['json', 'csv']), 'json'),
  dialect: z._default(z.enum(['standard', 'excel']), 'standard')
    .check(z.meta({ description: "CSV only. standard: RFC 4180, commas, amounts with a dot, times in UTC. excel: opens as is in a spreadsheet in the hotel's language: UTF-8 BOM, `;` and decimal commas for fr, de, es and it, times in the hotel's time zone (named in the header)" })),
}));

export const cardIdSchema = /* @__PURE__ */ built(() => z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'cardId is 1–64 of [A-Za-z0-9_-]'), z.meta({ description: "A card's id" })));
export const userIdSchema = /* @__PURE__ */ built(() => z.string().check(z.regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'userId is 1–64 of [A-Za-z0-9_.@-]'), z.meta({ description: 'A vault user, named by the hotel' })));

/** Card fields are checked in the domain (Luhn, brand, expiry) so that no error ever echoes them. */
export const cardSchema = /* @__PURE__ */ built(() => z.strictObject({
  holderName: upTo(200),
  number: upTo(40),
  expiryMonth: z.union([z.int(), upTo(2)]),
  expiryYear: z.union([z.int(), upTo(4)]),
  cvv: z.optional(upTo(8)),
  source: z.optional(upTo(60)),
  primary: z.optional(z.boolean()),
}));

export const userSchema = /* @__PURE__ */ built(() => z.strictObject({
  userId: userIdSchema,
  name: upTo(200),
  roles: z.array(upTo(40)).check(z.maxLength(10)),
  pin: upTo(40),
}));

/** Who acts on a card (reveal, erase): a vault user and their PIN. */
export const revealSchema = /* @__PURE__ */ built(() => z.strictObject({ userId: upTo(64), pin: upTo(40) }));

// ---------------------------------------------------------------------------------------------
// API keys (docs/api-keys.md).

export const keyIdSchema = /* @__PURE__ */ built(() => z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'keyId is 1–64 of [A-Za-z0-9_-]'), z.meta({ description: "An API key's id (never its secret)" })));
export const hotelIdSchema = /* @__PURE__ */ built(() => z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'hotelId is 1–64 of [A-Za-z0-9_-]'), z.meta({ description: 'A hotel' })));

export const scopeSchema = /* @__PURE__ */ built(() => z.enum(SCOPES).check(z.meta({ description: 'What a key may do: docs/api-keys.md lists the routes of each scope' })));

export const newApiKeySchema = /* @__PURE__ */ built(() => z.strictObject({
  name: text(1, 100).check(z.meta({ description: 'What the key is for, e.g. "PMS production"' })),
  scopes: z.array(scopeSchema).check(z.minLength(1), z.maxLength(SCOPES.length), z.meta({ description: 'The scopes of the key; a hotel key gives only scopes it has itself' })),
}));

// ---------------------------------------------------------------------------------------------
// Webhooks and the event feed (docs/webhooks.md).

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const endpointIdSchema = /* @__PURE__ */ built(() => z.string().check(z.regex(ULID, 'endpointId is the id POST /v1/webhook-endpoints gave'), z.meta({ description: 'A webhook endpoint' })));
export const eventIdSchema = /* @__PURE__ */ built(() => z.string().check(z.regex(ULID, 'an event id is 26 characters (a ULID)'), z.meta({ description: "An event's id (the `id` of a webhook body and its `webhook-id` header)" })));

const webhookEvents = /* @__PURE__ */ built(() => z.array(text(1, 100)).check(
  z.minLength(1), z.maxLength(50),
  z.meta({ description: `Event types to receive, or \`["*"]\` for all of them: ${WEBHOOK_EVENT_TYPES.map((t) => `\`${t}\``).join(', ')}`, examples: [['payment.succeeded', 'payment.failed'], ['*']] }),
));

export const webhookEndpointSchema = /* @__PURE__ */ built(() => z.strictObject({
  url: upTo(2048).check(z.meta({ description: 'Where to POST: https, a public host (the local stack also takes http://127.0.0.1:* and http://localhost:*)' })),
  events: webhookEvents,
  description: z.optional(z.string().check(z.trim(), z.maxLength(500))),
}));

export const webhookEndpointPatchSchema = /* @__PURE__ */ built(() => z.strictObject({
  url: z.optional(upTo(2048)),
  events: z.optional(webhookEvents),
  description: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(500)))).check(z.meta({ description: 'null removes it' })),
  enabled: z.optional(z.boolean()).check(z.meta({ description: 'false stops deliveries; true turns a disabled endpoint on again' })),
}).check(z.refine((p) => Object.keys(p).length > 0, 'Give at least one field to change')));

export const rotateSecretSchema = /* @__PURE__ */ built(() => z.strictObject({
  overlapHours: z.optional(intIn(0, 72)).check(z.meta({ description: 'Hours the previous secret keeps signing too (default 24; 0: stops now)' })),
}));

export const redeliverSchema = /* @__PURE__ */ built(() => z.strictObject({
  endpointId: z.optional(endpointIdSchema).check(z.meta({ description: 'Only to this endpoint (enabled; whatever it subscribes to); by default to every enabled endpoint subscribed to the type' })),
}));

export const eventsQuerySchema = /* @__PURE__ */ built(() => z.strictObject({
  type: z.optional(upTo(100)).check(z.meta({ description: 'Only events of this type' })),
  after: z.optional(eventIdSchema).check(z.meta({ description: 'Events after this one (exclusive): the last id you processed, or `nextCursor`' })),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
}));

export const deliveriesQuerySchema = /* @__PURE__ */ built(() => z.strictObject({
  cursor: z.optional(z.string().check(z.regex(ULID, 'cursor is the nextCursor of a previous page'))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
}));
