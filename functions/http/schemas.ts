import { z } from 'zod';
import { isValidDate, isValidTimeZone } from '../../domain/time';
import { isSupportedCurrency, MAX_AMOUNT } from '../../domain/money';
import { LANGUAGES, TITLES } from '../../domain/language';

/** The contract's input shapes. Validation lives at the edge; rules that need state live in domain/. */
export const moneySchema = z.object({
  amount: z.number().int().min(0).max(MAX_AMOUNT),
  currency: z.string().refine(isSupportedCurrency, 'unsupported currency'),
}).strict();

const date = z.string().refine(isValidDate, 'expected a date YYYY-MM-DD');
// An instant must say its offset ("Z" or "+01:00"): a bare local time would depend on the server.
const instantOrDate = z.string().refine((s) => isValidDate(s) || z.string().datetime({ offset: true }).safeParse(s).success, 'expected YYYY-MM-DD or an ISO 8601 instant with its offset');

export const reservationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'reservationId is 1–64 of [A-Za-z0-9_-]');

export const policySchema = z.object({
  defaultOptionDays: z.number().int().min(0).max(365).nullable(),
  reminderHoursBefore: z.number().int().min(1).max(720).nullable(),
  onLapse: z.enum(['expire', 'report']),
  cardRetentionDays: z.number().int().min(0).max(7).optional(),
}).strict();

export const createHotelSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().email(),
  defaultLanguage: z.enum(LANGUAGES),
  currency: z.string().refine(isSupportedCurrency, 'unsupported currency'),
  timezone: z.string().refine(isValidTimeZone, 'unknown IANA timezone'),
  policy: policySchema.optional(),
  psp: z.object({
    provider: z.literal('systempay'),
    siteId: z.string().regex(/^\d{8}$/, 'siteId is the 8-digit shop id'),
    mode: z.enum(['TEST', 'PRODUCTION']),
    testKey: z.string().min(8).max(200),
    productionKey: z.string().min(8).max(200).optional(),
    testPassword: z.string().min(8).max(200).optional(),
    productionPassword: z.string().min(8).max(200).optional(),
  }).strict().refine((p) => p.mode !== 'PRODUCTION' || p.productionKey, { message: 'PRODUCTION mode needs a productionKey', path: ['productionKey'] }),
}).strict();

export const reservationSchema = z.object({
  guest: z.object({
    title: z.enum(TITLES).optional(),
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    email: z.string().email().max(150),
    language: z.string().regex(/^[a-zA-Z]{2}([-_][a-zA-Z]{2})?$/, 'a language code such as "fr" or "en-GB"'),
  }).strict(),
  arrival: date,
  departure: date,
  total: moneySchema,
  optionDeadline: instantOrDate.optional(),
}).strict();

export const paymentRequestSchema = z.object({
  type: z.enum(['deposit', 'guarantee']),
  amount: moneySchema.optional(),
  percent: z.number().gt(0).max(100).optional(),
  delivery: z.enum(['email', 'link', 'terminal']),
}).strict();

export const planningQuerySchema = z.object({
  date: date.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  group: z.enum(['dueToday', 'paymentRefused', 'overdue', 'lapsed', 'unanswered']).optional(),
  cursor: z.string().max(2000).optional(),
}).strict().refine((q) => !q.cursor || q.group, { message: 'a cursor pages one group: give group too', path: ['group'] });

export const transactionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'transactionId is 1–64 of [A-Za-z0-9_-]');

export const refundSchema = z.object({
  amount: moneySchema.refine((m) => m.amount > 0, 'a refund is for more than zero').optional(),
  reason: z.string().trim().min(1).max(500).optional(),
}).strict();

/** Idempotency-Key header: printable ASCII, as most payment APIs accept. */
export const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,255}$/, 'Idempotency-Key is 1–255 printable ASCII characters');

export const cancelSchema = z.object({
  deposit: z.union([
    z.enum(['keep', 'refund']),
    z.object({ refund: moneySchema.refine((m) => m.amount > 0, 'a refund is for more than zero') }).strict(),
  ]).optional(),
}).strict();

export const transactionsQuerySchema = z.object({
  status: z.enum(['pending', 'succeeded', 'failed']).optional(),
  type: z.enum(['payment', 'verification', 'refund']).optional(),
  from: date.optional(),
  to: date.optional(),
  reservationId: reservationIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(4000).optional(),
  format: z.enum(['json', 'csv']).default('json'),
}).strict();

export const cardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'cardId is 1–64 of [A-Za-z0-9_-]');
export const userIdSchema = z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'userId is 1–64 of [A-Za-z0-9_.@-]');

/** Card fields are checked in the domain (Luhn, brand, expiry) so that no error ever echoes them. */
export const cardSchema = z.object({
  holderName: z.string().max(200),
  number: z.string().max(40),
  expiryMonth: z.union([z.number().int(), z.string().max(2)]),
  expiryYear: z.union([z.number().int(), z.string().max(4)]),
  cvv: z.string().max(8).optional(),
  source: z.string().max(60).optional(),
  primary: z.boolean().optional(),
}).strict();

export const userSchema = z.object({
  userId: userIdSchema,
  name: z.string().max(200),
  roles: z.array(z.string().max(40)).max(10),
  pin: z.string().max(40),
}).strict();

/** Who acts on a card (reveal, erase): a vault user and their PIN. */
export const revealSchema = z.object({ userId: z.string().max(64), pin: z.string().max(40) }).strict();
