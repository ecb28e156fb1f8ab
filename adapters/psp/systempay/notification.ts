import * as z from 'zod/mini';
import { currencyByNumeric, MAX_AMOUNT } from '../../../domain/money';
import { SENSITIVE_FIELDS } from './form';

/**
 * A notification's fields, once well-formed: every field the application reads has the shape the
 * reference (§5.6, §5.7) gives it, so processing can never trip on a value (an amount of "NaN", a
 * date of "tomorrow"). A signature only says the PSP sent it; this says we can act on it.
 * Fields we do not read are kept as they came, only bounded in size.
 */

/** Every `vads_trans_status` the reference documents (§5.6), with ERROR from Lyra's failed group. */
export const TRANS_STATUSES = [
  'ABANDONED', 'ACCEPTED', 'AUTHORISED', 'AUTHORISED_TO_VALIDATE', 'CANCELLED', 'CAPTURED', 'CAPTURE_FAILED', 'ERROR', 'EXPIRED',
  'INITIAL', 'NOT_CREATED', 'PARTIALLY_AUTHORISED', 'PENDING', 'PRE_AUTHORISED', 'REFUND_TO_RETRY', 'REFUSED', 'SUSPENDED',
  'UNDER_VERIFICATION', 'WAITING_AUTHORISATION', 'WAITING_AUTHORISATION_TO_VALIDATE', 'WAITING_FOR_PAYMENT',
] as const;

/** Bounds on what we keep: a real notification has well under a hundred short fields. */
export const MAX_FIELDS = 200;
export const MAX_FIELD_LENGTH = 4096;
export const MAX_NOTIFICATION_BYTES = 64 * 1024;
const FIELD_NAME = /^[A-Za-z0-9_-]{1,64}$/;

const digits = (min: number, max: number, what: string) => z.string().check(z.regex(new RegExp(`^[0-9]{${min},${max}}$`), what));

/** `YYYYMMDDHHMMSS`, UTC, a real instant (no 13th month, no 25th hour). */
export function isVadsDate(s: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
  return y >= 2000 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
    && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === se;
}

const code = (max: number, what = `must be at most ${max} letters, digits or "_"`) => z.string().check(z.regex(new RegExp(`^[A-Za-z0-9_]{0,${max}}$`), what));

/**
 * Built in one call marked pure, as the module loads: a bundle that imports this module without
 * parsing a notification (the hosted page, through the form's helpers) drops the whole schema
 * rather than building parts of it at start-up.
 */
const schema = /* @__PURE__ */ (() => {
  const amount = z.string().check(
    z.regex(/^[0-9]{1,12}$/, 'must be a non-negative integer number of minor units'),
    z.refine((s) => Number(s) <= MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`),
  );
  const currency = z.string().check(z.refine((s) => /^[0-9]{3}$/.test(s) && currencyByNumeric(s) !== undefined, 'must be a known ISO 4217 numeric currency code'));
  return z.catchall(z.object({
    vads_site_id: digits(1, 16, 'must be the shop id (digits)'),
    vads_ctx_mode: z.enum(['TEST', 'PRODUCTION'], 'must be TEST or PRODUCTION'),
    vads_trans_id: digits(6, 6, 'must be 6 digits'),
    vads_trans_date: z.string().check(z.refine(isVadsDate, 'must be a UTC date YYYYMMDDHHMMSS')),
    vads_trans_status: z.enum(TRANS_STATUSES, 'must be a documented transaction status'),
    vads_trans_uuid: z.optional(z.string().check(z.regex(/^[0-9a-fA-F]{32}$/, 'must be 32 hexadecimal digits'))),
    vads_amount: z.optional(amount),
    vads_effective_amount: z.optional(amount),
    vads_currency: z.optional(currency),
    vads_effective_currency: z.optional(currency),
    vads_operation_type: z.optional(z.enum(['DEBIT', 'CREDIT', 'VERIFICATION'], 'must be DEBIT, CREDIT or VERIFICATION')),
    vads_page_action: z.optional(code(32)),
    vads_sequence_number: z.optional(digits(1, 6, 'must be a number of at most 6 digits')),
    vads_order_id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{0,64}$/, 'must be at most 64 letters, digits, "-" or "_"'))),
    vads_url_check_src: z.optional(code(20)),
    vads_identifier: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a token of at most 64 letters, digits, "-" or "_"'))),
    vads_identifier_status: z.optional(z.enum(['CREATED', 'NOT_CREATED', 'UPDATED', 'NOT_UPDATED', 'ABANDONED'], 'must be a documented token status')),
    // Masked by the PSP (e.g. 497010XXXXXX0014): a run of 12 or more clear digits is not a masked number.
    vads_card_number: z.optional(z.string().check(
      z.regex(/^[0-9A-Za-z*]{0,36}$/, 'must be a masked card number'),
      z.refine((s) => !/[0-9]{12,}/.test(s), 'must be a masked card number'),
    )),
    vads_card_brand: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_ -]{0,127}$/, 'must be a card brand code'))),
    vads_expiry_month: z.optional(z.string().check(z.refine((s) => s === '' || (/^[0-9]{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 12), 'must be a month 1–12'))),
    vads_expiry_year: z.optional(z.string().check(z.regex(/^([0-9]{4})?$/, 'must be a 4-digit year'))),
    vads_auth_result: z.optional(code(11)),
  }), z.string().check(z.maxLength(MAX_FIELD_LENGTH, `must be at most ${MAX_FIELD_LENGTH} characters`)));
})();

export type WellFormedNotification = Readonly<z.infer<typeof schema>>;

export type NotificationParse =
  | { readonly ok: true; readonly fields: WellFormedNotification }
  | { readonly ok: false; readonly field: string; readonly reason: string };

const rejected = (field: string, problem: string): NotificationParse => ({ ok: false, field, reason: `${field}: ${problem}` });

/**
 * The one parse of a notification's fields. The reason names the field and what is wrong with
 * it, never the value (it may be anything, a card number included).
 */
export function parseNotification(fields: Readonly<Record<string, string>>): NotificationParse {
  const names = Object.keys(fields);
  if (names.length > MAX_FIELDS) return rejected('(fields)', `more than ${MAX_FIELDS} fields`);
  const badName = names.find((n) => !FIELD_NAME.test(n));
  if (badName !== undefined) return rejected('(field name)', 'a field name is not 1–64 letters, digits, "-" or "_"');
  const bytes = names.reduce((sum, n) => sum + n.length + Buffer.byteLength(fields[n] ?? '', 'utf8'), 0);
  if (bytes > MAX_NOTIFICATION_BYTES) return rejected('(fields)', `more than ${MAX_NOTIFICATION_BYTES} bytes in all`);
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, fields: parsed.data };
  // The first problem, sorted so that the same notification always gets the same reason.
  const issue = [...parsed.error.issues].sort((a, b) => String(a.path[0] ?? '').localeCompare(String(b.path[0] ?? '')))[0]!;
  const field = String(issue.path[0] ?? '(fields)');
  return rejected(field, issue.code === 'invalid_type' && fields[field] === undefined ? 'is missing' : issue.message);
}

/** Kept of a rejected notification: enough for a person to find it at the PSP, never a secret, always small. */
export function rejectedFields(fields: Readonly<Record<string, string>>, field: string): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (Object.keys(kept).length >= 100) break;
    if (!FIELD_NAME.test(name) || (SENSITIVE_FIELDS as readonly string[]).includes(name)) continue;
    kept[name] = name === field ? `[rejected: ${value.length} characters]` : value.length > 256 ? `${Array.from(value.slice(0, 512)).slice(0, 256).join('')}…` : value;
  }
  return kept;
}
