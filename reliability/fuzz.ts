/**
 * The fuzz run: hostile input on every route of the local stack, signed and unsigned.
 *
 * 1. Starts the local stack (its own moto, or a given one) and sets up two hotels with PSP test
 *    keys, reservations, payment links viewed once (so each has a real `vads_trans_id`), a card
 *    and a vault user, all through the public API.
 * 2. Sends N PSP notifications signed with the hotel's key, each a realistic one (matching a real
 *    attempt) with fields mutated: missing, empty, huge, wrong types, unknown statuses and
 *    currencies, unicode, duplicate keys, very many fields; plus unsigned and badly signed ones.
 * 3. Sends M API calls to every HTTP route of the catalog (hosted pages included) with random
 *    bodies, headers, query strings and path parameters.
 * 4. Lets queues settle, then checks the invariants:
 *    - no 5xx, and an answer within the timeout, for every request;
 *    - a malformed signed notification is answered 200 and recorded as rejected, a well-formed
 *      one is stored, an untrusted one is refused; none is left in a dead-letter queue;
 *    - no refused (4xx) request changes the table: every refused request is sent again in a
 *      refused-only phase (no accepted request runs meanwhile), in batches; what each batch
 *      changed is read from the table's stream (reliability/table-changes.ts), a batch that
 *      changed something is halved until the request is found, and a final scan proves the
 *      stream reported every change;
 *    - another hotel's key never reads a hotel's reservation, card or audit.
 * Every violation is listed with its request (method, path, generator: never a key or a card
 * number) and an excerpt of the answer, and reported through `progress` as soon as it is found.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { apiKey, cardAudit, idempotency, notification, vaultUser } from '../adapters/dynamo/entities';
import { notificationId } from '../adapters/psp/systempay/form';
import { sign } from '../adapters/psp/systempay/signature';
import { FUNCTIONS } from '../functions/catalog';
import { formOf } from '../local/psp-sandbox/guest';
import { seeded } from './random';
import { TableChanges } from './table-changes';
import { startLocalStack, type LocalStack } from '../local/runtime';

export interface FuzzOptions {
  readonly notifications: number;
  readonly api: number;
  readonly seed: number;
  readonly concurrency: number;
  readonly timeoutMs: number;
  /** A running moto server to share (tests); otherwise the stack starts its own. */
  readonly motoEndpoint?: string;
  readonly tableName?: string;
  /** Progress lines (never a secret), and each violation as it is found. */
  readonly progress?: (line: string) => void;
  /**
   * Tests only: called after each refused request is sent again (its place among them), before
   * its batch is checked; a test writes to the table here, as a faulty handler would, to prove
   * the check names that request.
   */
  readonly afterRefusedReplay?: (request: { readonly index: number; readonly label: string }) => Promise<void>;
}

export const DEFAULTS: FuzzOptions = { notifications: 10_000, api: 10_000, seed: 1, concurrency: 8, timeoutMs: 10_000 };

export type Expectation = 'stored' | 'rejected' | 'refused' | 'any';
export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | 'no answer';

export interface Violation {
  readonly kind: '5xx' | 'no answer' | 'state changed by a refused request' | 'change missed by the stream' | 'notification outcome' | 'dead-lettered' | 'not recorded as rejected' | 'isolation';
  readonly request: string;
  readonly status?: number;
  readonly excerpt?: string;
}

export interface FuzzReport {
  readonly seed: number;
  readonly families: Record<string, Record<StatusClass | 'sent', number>>;
  readonly malformedSent: number;
  readonly malformedAnswered: number;
  readonly rejectedRecords: number;
  readonly refusedReplayed: number;
  readonly refusedChangedState: number;
  readonly deadLettered: number;
  readonly violations: readonly Violation[];
  readonly durationMs: number;
}

// ---------------------------------------------------------------------------------------------
// The run's seeded PRNG (reliability/random.ts): the same seed gives the same requests.

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seeded(seed);
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(16)];
    return s;
  }
  word(n: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Requests and their answers.

interface Req {
  readonly family: string;
  /** What a person reads in a violation: method, path (shortened) and how it was made. */
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
  readonly expect: Expectation;
  /** Notifications: the identity the product gives it, to find its record. */
  readonly notificationId?: string;
  readonly hotelId?: string;
  /** Checked for isolation: another hotel's key on this hotel's resource must not get a 2xx. */
  readonly foreign?: boolean;
  /** API calls: the hotel whose key was sent, and the reservation id in the path (reservation ids are the PMS's: any hotel may create one). */
  readonly actor?: string;
  readonly reservationId?: string;
}

interface Res {
  readonly status: number | null;
  readonly body: string;
}

const classOf = (status: number | null): StatusClass =>
  status === null ? 'no answer' : status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx';

/** What may be shown of an answer: short, one line, no long digit runs (card numbers), no keys. */
export function excerpt(text: string, secrets: readonly string[] = []): string {
  let s = text.slice(0, 300);
  for (const secret of secrets) if (secret) s = s.split(secret).join('[secret]');
  return s.replace(/\d{12,19}/g, '[digits]').replace(/[\r\n]+/g, ' ').slice(0, 200);
}

async function send(base: string, r: Req, timeoutMs: number): Promise<Res> {
  try {
    const res = await fetch(`${base}${r.path}`, {
      method: r.method, headers: r.headers, redirect: 'manual',
      ...(r.body !== undefined && r.method !== 'GET' ? { body: r.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: res.status, body: await res.text() };
  } catch (e) {
    const err = e as { name?: string; cause?: { code?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return { status: null, body: `no answer within ${timeoutMs} ms` };
    return { status: null, body: `request failed: ${err.cause?.code ?? err.name ?? 'error'}` };
  }
}

async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The world the requests aim at.

interface Hotel {
  readonly hotelId: string;
  readonly apiKey: string;
  readonly pspKey: string;
  readonly siteId: string;
  readonly reservations: string[];
  readonly tokens: string[];
  /** Forms rendered by a page view: each a real attempt, the base of realistic notifications. */
  readonly forms: Record<string, string>[];
  readonly transactions: string[];
  readonly cards: string[];
  readonly users: string[];
}

interface World {
  readonly base: string;
  readonly adminKey: string;
  readonly hotels: readonly Hotel[];
}

async function call(base: string, method: string, path: string, key: string | undefined, body?: unknown): Promise<{ status: number; body: any; text: string }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, body: parsed, text };
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function setUp(base: string, adminKey: string, rnd: Random, links: number): Promise<World> {
  const must = (what: string, r: { status: number; text: string }, ok: number[]) => {
    if (!ok.includes(r.status)) throw new Error(`fuzz set-up: ${what} answered ${r.status}: ${excerpt(r.text)}`);
  };
  const hotels: Hotel[] = [];
  for (let h = 0; h < 2; h++) {
    const siteId = String(10_000_000 + rnd.int(89_999_999));
    const pspKey = `Fuzz${rnd.word(16)}`;
    const created = await call(base, 'POST', '/v1/hotels', adminKey, {
      name: `Hôtel Fuzz ${h}`, email: `desk${h}@fuzz.example`, defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
      psp: { provider: 'systempay', siteId, mode: 'TEST', testKey: pspKey },
    });
    must('create hotel', created, [201]);
    const hotel: Hotel = { hotelId: created.body.hotelId, apiKey: created.body.apiKey, pspKey, siteId, reservations: [], tokens: [], forms: [], transactions: [], cards: [], users: [] };
    for (let i = 0; i < links; i++) {
      const id = `FZ${h}-${i}`;
      must('put reservation', await call(base, 'PUT', `/v1/reservations/${id}`, hotel.apiKey, {
        guest: { firstName: 'Léa', lastName: 'Durand', email: `lea${i}@example.com`, language: 'fr' },
        arrival: day(30), departure: day(33), total: { amount: 50_000 + i * 100, currency: 'EUR' }, optionDeadline: day(10),
      }), [200, 201]);
      hotel.reservations.push(id);
      const pr = await call(base, 'POST', `/v1/reservations/${id}/payment-requests`, hotel.apiKey, i % 4 === 3 ? { type: 'guarantee', delivery: 'link' } : { type: 'deposit', percent: 30, delivery: 'link' });
      must('payment request', pr, [201]);
      const token = String(pr.body.url).split('/pay/')[1]!;
      hotel.tokens.push(token);
      // A page view allocates the attempt (its vads_trans_id) a notification will name.
      const page = await fetch(`${base}/pay/${token}`);
      const form = formOf(await page.text()).fields;
      if (form.vads_trans_id) hotel.forms.push(form);
    }
    const card = await call(base, 'POST', `/v1/reservations/${hotel.reservations[0]}/cards`, hotel.apiKey, {
      holderName: 'Léa Durand', number: '4970100000000014', expiryMonth: 12, expiryYear: 2031, cvv: '123', source: 'booking.com',
    });
    must('import card', card, [201]);
    hotel.cards.push(card.body.cardId);
    const user = await call(base, 'POST', '/v1/users', hotel.apiKey, { userId: 'frontdesk', name: 'Front desk', roles: ['cards:reveal'], pin: '40271938' });
    must('create user', user, [201]);
    hotel.users.push('frontdesk');
    hotels.push(hotel);
  }
  if (!hotels.every((h) => h.forms.length)) throw new Error('fuzz set-up: no payment page rendered a PSP form');
  return { base, adminKey, hotels };
}

// ---------------------------------------------------------------------------------------------
// Notifications.

const STRICT_NUMERIC = ['vads_amount', 'vads_effective_amount', 'vads_currency', 'vads_effective_currency', 'vads_trans_id', 'vads_trans_date', 'vads_sequence_number'];
const BAD_NUMBERS = ['NaN', 'Infinity', '-Infinity', '1e400', '-1', '-12000', '1.5', '12000.00', '0x10', 'abc', '', ' 12', '１２', '12😀', '12\u0000', '\u202e12', '1'.repeat(40), '99999999999999999999'];
const BAD_STATUSES = ['MAYBE', 'authorised', 'AUTHORIZED', '', 'AUTHORISED ', 'AUTHORISED\u0000', '😀', '\u202eAUTHORISED', 'NULL', 'undefined', 'x'.repeat(300)];
const ODD_TEXT = ['😀🏨', 'Ünïcödé ñ', '\u0000', 'a\u0000b', '\u202eRTL\u202c', 'שלום', '𝓤𝓷𝓲', '\ufeff', '\u200b', 'null', '<script>', "' OR 1=1 --"];
const VALID_STATUSES = ['AUTHORISED', 'AUTHORISED', 'CAPTURED', 'ACCEPTED', 'REFUSED', 'REFUSED', 'ABANDONED', 'CANCELLED', 'WAITING_AUTHORISATION', 'UNDER_VERIFICATION', 'EXPIRED', 'ERROR'];

interface Notification {
  readonly entries: [string, string][];
  readonly sign: 'good' | 'none' | 'bad' | 'other-hotel';
  readonly expect: Expectation;
  readonly how: string;
}

/** A notification the PSP would send for this attempt, with a random valid outcome. */
function realistic(form: Record<string, string>, rnd: Random): Record<string, string> {
  const f: Record<string, string> = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('vads_')));
  const status = rnd.pick(VALID_STATUSES);
  const register = f.vads_page_action === 'REGISTER';
  Object.assign(f, {
    vads_trans_status: status, vads_trans_uuid: rnd.hex(32), vads_url_check_src: rnd.pick(['PAY', 'PAY', 'RETRY', 'BO']),
    vads_result: status === 'REFUSED' ? '05' : '00', vads_extra_result: '', vads_auth_result: status === 'REFUSED' ? '05' : '00', vads_auth_mode: 'FULL',
    vads_card_brand: 'CB', vads_card_number: '497010XXXXXX0014', vads_expiry_month: '12', vads_expiry_year: '2031',
    vads_operation_type: register ? 'VERIFICATION' : 'DEBIT', vads_sequence_number: '1', vads_warranty_result: 'YES',
    vads_hash: rnd.hex(64), vads_presentation_date: f.vads_trans_date ?? '', vads_effective_creation_date: f.vads_trans_date ?? '',
  });
  if (!register) Object.assign(f, { vads_effective_amount: f.vads_amount ?? '0', vads_effective_currency: f.vads_currency ?? '978' });
  else if (status === 'ACCEPTED' || status === 'AUTHORISED') Object.assign(f, { vads_identifier: rnd.hex(32), vads_identifier_status: 'CREATED' });
  return f;
}

/** One mutation of a realistic notification, with what the product must make of it. */
function mutateNotification(base: Record<string, string>, rnd: Random): Notification {
  const f = { ...base };
  const entries = (): [string, string][] => Object.entries(f);
  const pick = rnd.int(100);
  const field = (names: readonly string[]) => rnd.pick(names.filter((n) => n in f).length ? names.filter((n) => n in f) : names);
  if (pick < 8) return { entries: entries(), sign: 'good', expect: 'stored', how: 'as sent by the PSP' };
  if (pick < 13) return { entries: entries(), sign: rnd.pick(['none', 'bad'] as const), expect: 'refused', how: 'unsigned or badly signed' };
  if (pick < 16) return { entries: entries(), sign: 'other-hotel', expect: 'refused', how: "signed with another hotel's key" };
  if (pick < 34) {
    const name = field(STRICT_NUMERIC);
    f[name] = rnd.pick(BAD_NUMBERS);
    return { entries: entries(), sign: 'good', expect: 'rejected', how: `${name}: not a well-formed number` };
  }
  if (pick < 42) {
    f.vads_trans_status = rnd.pick(BAD_STATUSES);
    return { entries: entries(), sign: 'good', expect: 'rejected', how: 'vads_trans_status: unknown' };
  }
  if (pick < 48) {
    const name = field(['vads_currency', 'vads_effective_currency']);
    f[name] = rnd.pick(['999', '000', 'EUR', '97', '9780', '-978', '978.0']);
    return { entries: entries(), sign: 'good', expect: 'rejected', how: `${name}: unknown currency` };
  }
  if (pick < 54) {
    const name = rnd.pick(['vads_trans_id', 'vads_trans_date', 'vads_trans_status']);
    delete f[name];
    return { entries: entries(), sign: 'good', expect: 'rejected', how: `${name}: missing` };
  }
  if (pick < 57) {
    const name = rnd.pick(['vads_site_id', 'vads_ctx_mode']);
    if (rnd.chance(0.5)) delete f[name];
    else f[name] = rnd.pick(['', 'test', 'PROD', '😀', 'x'.repeat(2000), '1'.repeat(8)]);
    return { entries: entries(), sign: 'good', expect: 'refused', how: `${name}: missing or wrong` };
  }
  if (pick < 62) {
    const name = rnd.pick(['vads_amount', 'vads_trans_uuid', 'vads_card_number', 'vads_order_id', 'vads_cust_email', 'vads_ext_info_note']);
    f[name] = rnd.word(100_000);
    return { entries: entries(), sign: 'good', expect: 'rejected', how: `${name}: 100 kB` };
  }
  if (pick < 66) {
    const name = rnd.pick(['vads_trans_date', 'vads_expiry_month', 'vads_trans_uuid', 'vads_operation_type', 'vads_identifier_status', 'vads_card_number']);
    f[name] = ({
      vads_trans_date: rnd.pick(['20261332250000', '2026-11-22T09:00:00Z', '99999999999999', '20260230120000', '2026112209000']),
      vads_expiry_month: rnd.pick(['13', '0', '-1', 'XII', '1.5']),
      vads_trans_uuid: rnd.pick(['not-a-uuid', rnd.hex(31), rnd.hex(33), 'g'.repeat(32)]),
      vads_operation_type: rnd.pick(['REFUND', 'debit', 'DEBIT;CREDIT']),
      vads_identifier_status: rnd.pick(['MADE', 'created']),
      vads_card_number: '4970100000000014',
    } as Record<string, string>)[name]!;
    return { entries: entries(), sign: 'good', expect: 'rejected', how: `${name}: malformed` };
  }
  if (pick < 72) {
    // Unicode where the product keeps fields as they are: still well-formed.
    const name = rnd.pick(['vads_cust_first_name', 'vads_cust_last_name', 'vads_ext_info_note', 'vads_order_info']);
    f[name] = Array.from({ length: 1 + rnd.int(4) }, () => rnd.pick(ODD_TEXT)).join('');
    return { entries: entries(), sign: 'good', expect: 'stored', how: `${name}: unicode, emoji, NUL or RTL` };
  }
  if (pick < 77) {
    const name = field(['vads_amount', 'vads_trans_status', 'vads_order_id', 'vads_currency']);
    const all = entries();
    all.splice(rnd.int(all.length), 0, [name, rnd.pick(['1', 'NaN', f[name] ?? '', 'AUTHORISED'])]);
    return { entries: all, sign: 'good', expect: 'refused', how: `${name}: twice in the body` };
  }
  if (pick < 82) {
    const n = 300 + rnd.int(3000);
    for (let i = 0; i < n; i++) f[`vads_ext_info_k${i}`] = rnd.word(4);
    return { entries: entries(), sign: 'good', expect: 'rejected', how: `${n} extra fields` };
  }
  if (pick < 87) {
    const name = field(['vads_card_brand', 'vads_auth_result', 'vads_order_id', 'vads_page_action', 'vads_url_check_src']);
    f[name] = rnd.pick(ODD_TEXT.filter((t) => t !== 'null')) + rnd.word(2);
    return { entries: entries(), sign: 'good', expect: 'rejected', how: `${name}: unicode where a code is expected` };
  }
  if (pick < 92) {
    // Optional fields missing or empty: well-formed, processing copes.
    const name = field(['vads_trans_uuid', 'vads_card_number', 'vads_card_brand', 'vads_expiry_month', 'vads_effective_amount', 'vads_operation_type', 'vads_sequence_number', 'vads_order_id', 'vads_hash']);
    if (rnd.chance(0.6)) delete f[name];
    else if (['vads_card_number', 'vads_card_brand', 'vads_expiry_month', 'vads_order_id', 'vads_hash'].includes(name)) f[name] = '';
    else delete f[name];
    return { entries: entries(), sign: 'good', expect: 'stored', how: `${name}: optional, left out or empty` };
  }
  // Several mutations at once: no promise on which one is reported, only that it is not stored.
  for (const name of ['vads_amount', 'vads_trans_status', 'vads_currency']) if (rnd.chance(0.7)) f[name] = rnd.pick(BAD_NUMBERS.filter((b) => b !== '' || name !== 'vads_trans_status'));
  f.vads_trans_status = rnd.pick(BAD_STATUSES);
  return { entries: entries(), sign: 'good', expect: 'rejected', how: 'several fields malformed' };
}

function notificationRequest(world: World, rnd: Random): Req {
  const hotel = rnd.pick(world.hotels);
  const other = world.hotels.find((h) => h !== hotel)!;
  const n = mutateNotification(realistic(rnd.pick(hotel.forms), rnd), rnd);
  const last = Object.fromEntries(n.entries);
  const vads = Object.fromEntries(Object.entries(last).filter(([k]) => k.startsWith('vads_')));
  const signature = n.sign === 'good' ? sign(vads, hotel.pspKey) : n.sign === 'other-hotel' ? sign(vads, other.pspKey) : n.sign === 'bad' ? `${rnd.word(43)}=` : undefined;
  const body = new URLSearchParams([...n.entries, ...(signature !== undefined ? [['signature', signature] as [string, string]] : [])]).toString();
  const expect = n.expect;
  return {
    family: expect === 'rejected' ? 'ipn signed, malformed' : expect === 'stored' ? 'ipn signed, well-formed' : 'ipn untrusted or ambiguous',
    label: `POST /psp/systempay/{hotelId}/ipn (${n.how})`, method: 'POST', path: `/psp/systempay/${hotel.hotelId}/ipn`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, expect, hotelId: hotel.hotelId,
    notificationId: notificationId({ ...last }),
  };
}

// ---------------------------------------------------------------------------------------------
// API calls.

const HTTP_ROUTES = FUNCTIONS.flatMap((f) => (f.trigger.kind === 'http' ? [{ name: f.name, method: f.trigger.method, path: f.trigger.path, auth: f.trigger.auth }] : []));

function randomJson(rnd: Random, depth = 0): unknown {
  const k = rnd.int(depth > 3 ? 6 : 9);
  switch (k) {
    case 0: return null;
    case 1: return rnd.chance(0.5);
    case 2: return rnd.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 12000, 0.1, -0]);
    case 3: return rnd.pick(['', 'x', 'EUR', '2026-12-01', 'deposit', '4970100000000014'.replace(/\d{12}/, 'XXXXXXXXXXXX'), rnd.word(rnd.int(40)), rnd.pick(ODD_TEXT)]);
    case 4: return rnd.word(rnd.int(2000));
    case 5: return rnd.pick(ODD_TEXT);
    case 6: return Array.from({ length: rnd.int(5) }, () => randomJson(rnd, depth + 1));
    default: return Object.fromEntries(Array.from({ length: rnd.int(6) }, () => [rnd.pick(['type', 'amount', 'currency', 'percent', 'delivery', 'guest', 'pin', 'userId', 'roles', '__proto__', 'constructor', rnd.word(6)]), randomJson(rnd, depth + 1)]));
  }
}

function template(route: string, world: World, rnd: Random): Record<string, unknown> {
  switch (route) {
    case 'create-hotel':
      return { name: 'Hôtel X', email: 'x@fuzz.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris', psp: { provider: 'systempay', siteId: String(10_000_000 + rnd.int(89_999_999)), mode: 'TEST', testKey: rnd.word(16) } };
    case 'upsert-reservation':
      return { guest: { title: 'mrs', firstName: 'Anna', lastName: 'Schmidt', email: 'anna@example.com', language: 'de' }, arrival: day(20), departure: day(22), total: { amount: 54_000, currency: 'EUR' }, optionDeadline: day(5) };
    case 'create-payment-request':
      return rnd.pick([{ type: 'deposit', percent: 30, delivery: 'link' }, { type: 'guarantee', delivery: 'email' }, { type: 'deposit', amount: { amount: 1000, currency: 'EUR' }, delivery: 'link' }]);
    case 'put-policy':
      return { defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'report' };
    case 'create-refund':
      return { amount: { amount: 100, currency: 'EUR' }, reason: 'fuzz' };
    case 'cancel-reservation':
      return rnd.pick([{}, { deposit: 'keep' }, { deposit: 'refund' }, { deposit: { refund: { amount: 100, currency: 'EUR' } } }]);
    case 'import-card':
      return { holderName: 'Anna Schmidt', number: rnd.pick(['4970100000000071', '1234', '']), expiryMonth: 12, expiryYear: 2030, cvv: '123', source: 'fuzz' };
    case 'create-user':
      return { userId: `u${rnd.word(5)}`, name: 'Fuzz', roles: ['cards:reveal'], pin: String(10_000_000 + rnd.int(89_999_999)) };
    case 'reveal-card':
    case 'erase-card':
      return { userId: rnd.pick([...world.hotels[0]!.users, 'nobody']), pin: rnd.pick(['00000000', '', '1'.repeat(41)]) };
    default:
      return {};
  }
}

function mutateBody(body: Record<string, unknown>, rnd: Random): unknown {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const keys = Object.keys(copy);
  const k = rnd.int(6);
  if (k === 0 && keys.length) delete copy[rnd.pick(keys)];
  else if (k === 1 && keys.length) copy[rnd.pick(keys)] = randomJson(rnd);
  else if (k === 2) copy[rnd.word(5)] = randomJson(rnd);
  else if (k === 3 && keys.length) {
    const key = rnd.pick(keys);
    const v = copy[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = v as Record<string, unknown>;
      const innerKeys = Object.keys(inner);
      if (innerKeys.length) inner[rnd.pick(innerKeys)] = randomJson(rnd);
    }
  }
  return copy;
}

const nested = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

function pathParam(name: string, world: World, hotel: Hotel, rnd: Random): { value: string; foreign: boolean } {
  const other = world.hotels.find((h) => h !== hotel)!;
  const own: Record<string, string[]> = {
    reservationId: hotel.reservations, token: world.hotels.flatMap((h) => h.tokens), hotelId: world.hotels.map((h) => h.hotelId),
    transactionId: hotel.transactions, cardId: hotel.cards, userId: hotel.users,
  };
  const theirs: Record<string, string[]> = { reservationId: other.reservations, transactionId: other.transactions, cardId: other.cards, userId: other.users };
  const k = rnd.int(10);
  if (k < 4 && own[name]?.length) return { value: encodeURIComponent(rnd.pick(own[name]!)), foreign: false };
  if (k < 5 && theirs[name]?.length) return { value: encodeURIComponent(rnd.pick(theirs[name]!)), foreign: true };
  const garbage = [
    '%ED%A0%80', '%C0%AF', '%FF', '%E2%82', // percent-encodings that are not UTF-8
    rnd.word(1 + rnd.int(64)), rnd.word(65), rnd.word(2000), '..', '.', '%2e%2e', '%00', '%2F', 'a%2Fb', '%25', '%E2%82%AC', '%F0%9F%98%80', '%E2%80%AE',
    encodeURIComponent(rnd.pick(ODD_TEXT)), 'null', 'undefined', '0', '-1', "'%20OR%201=1", '%3Cscript%3E', 'R-1%0D%0AX-Injected:%201', '%C3%A9',
  ];
  return { value: rnd.pick(garbage), foreign: false };
}

/** A path as a violation shows it: long segments (link tokens, padding) shortened. */
const shown = (path: string): string => path.split('/').map((seg) => (seg.length > 24 ? `${seg.slice(0, 8)}…(${seg.length})` : seg)).join('/');

/** A path segment as the gateway reads it; one that is not valid percent-encoded UTF-8 stays as sent. */
function decodedOrRaw(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function apiRequest(world: World, rnd: Random): Req {
  const route = rnd.pick(HTTP_ROUTES);
  const hotel = rnd.pick(world.hotels);
  const other = world.hotels.find((h) => h !== hotel)!;
  let foreign = false;
  let reservationId: string | undefined;
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const p = pathParam(name, world, hotel, rnd);
    foreign ||= p.foreign;
    if (name === 'reservationId') reservationId = decodedOrRaw(p.value);
    return p.value;
  });
  const headers: Record<string, string> = {};
  const authKind = rnd.int(10);
  let auth = 'own key';
  if (route.auth === 'admin' && authKind < 5) headers.authorization = `Bearer ${world.adminKey}`;
  else if (authKind < 5) headers.authorization = `Bearer ${hotel.apiKey}`;
  else if (authKind < 6) {
    headers.authorization = `Bearer ${other.apiKey}`;
    auth = "other hotel's key";
    foreign = false; // the other hotel's own resources are its own
  } else if (authKind < 7) auth = 'no key';
  else {
    headers.authorization = rnd.pick([
      'Bearer', 'Bearer ', `Bearer ${rnd.word(43)}`, `Basic ${Buffer.from('a:b').toString('base64')}`, `bearer  ${hotel.apiKey}x`, rnd.word(300), `Bearer ${rnd.word(4000)}`,
      `Bearer hk_${rnd.word(43)}`, 'Bearer \u00e9\u00e8', `Bearer ${world.adminKey}`,
    ]);
    auth = 'garbage key';
  }
  if (foreign && auth !== 'own key') foreign = false;
  if (rnd.chance(0.3)) headers['idempotency-key'] = rnd.pick(['', ' ', rnd.word(300), rnd.word(10), 'a b', '\u00e9t\u00e9', `k-${rnd.int(5)}`, '%00', '"quoted"']);
  let query = '';
  if (rnd.chance(0.3)) {
    const params = Array.from({ length: 1 + rnd.int(4) }, () => [
      rnd.pick(['status', 'type', 'from', 'to', 'cursor', 'format', 'limit', 'date', 'group', 'reservationId', rnd.word(4)]),
      rnd.pick(['succeeded', 'refund', 'csv', 'xml', '2026-13-45', '-1', '0', '1e9', rnd.word(5000), '', 'dueToday', rnd.pick(ODD_TEXT), '%ZZ']),
    ]);
    query = `?${params.map(([k, v]) => `${encodeURIComponent(k!)}=${v === '%ZZ' ? v : encodeURIComponent(v!)}`).join('&')}`;
  }
  let body: string | Buffer | undefined;
  let how = 'no body';
  const b = rnd.int(12);
  if (route.method !== 'GET' || rnd.chance(0.1)) {
    if (b < 4) {
      body = JSON.stringify(mutateBody(template(route.name, world, rnd), rnd));
      headers['content-type'] = 'application/json';
      how = 'realistic body, one field changed';
    } else if (b < 5) {
      body = JSON.stringify(template(route.name, world, rnd));
      headers['content-type'] = 'application/json';
      how = 'realistic body';
    } else if (b < 7) {
      body = JSON.stringify(randomJson(rnd));
      headers['content-type'] = 'application/json';
      how = 'random JSON';
    } else if (b < 8) {
      body = JSON.stringify({ ...template(route.name, world, rnd), padding: rnd.word(100_000 + rnd.int(300_000)) });
      headers['content-type'] = 'application/json';
      how = 'huge JSON';
    } else if (b < 9) {
      body = rnd.chance(0.5) ? nested(1000 + rnd.int(20_000)) : `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
      headers['content-type'] = 'application/json';
      how = 'deeply nested JSON';
    } else if (b < 10) {
      body = rnd.pick(['{oops', 'null', '[]', '"string"', '42', '', 'true', '{"a":1}{"b":2}', '\u0000', '{"__proto__":{"polluted":1}}', rnd.word(500)]);
      headers['content-type'] = rnd.pick(['application/json', 'application/json; charset=utf-16']);
      how = 'not JSON or not an object';
    } else if (b < 11) {
      body = JSON.stringify(template(route.name, world, rnd));
      headers['content-type'] = rnd.pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']);
      how = 'wrong content-type';
    } else {
      body = Buffer.from(Array.from({ length: 1 + rnd.int(2000) }, () => rnd.int(256)));
      headers['content-type'] = rnd.pick(['application/octet-stream', 'image/png', 'application/json']);
      how = 'binary body';
    }
  }
  return {
    family: `api ${route.method} ${route.path}`, label: `${route.method} ${shown(path)} (${auth}; ${how}${query ? '; odd query' : ''}${headers['idempotency-key'] !== undefined ? '; odd Idempotency-Key' : ''})`,
    method: route.method, path: `${path}${query}`, headers, ...(body !== undefined ? { body } : {}), expect: 'any', foreign: foreign && route.method === 'GET',
    ...(auth === 'own key' ? { actor: hotel.hotelId } : auth === "other hotel's key" ? { actor: other.hotelId } : {}), ...(reservationId !== undefined ? { reservationId } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks against the table and the queues (the checker may scan: it is not a request path).

/** Items a violation names, the first three, long ids shortened. */
const shortened = (items: readonly string[]): string => items.slice(0, 3).map((k) => k.replace(/[^#\s]{24,}/g, '…')).join(', ');

/**
 * By design, not a leak of state: a refused attempt on a card is audited, and a wrong PIN counts
 * against its user; any use of a key records its last use (at most once a minute); a refused
 * request under an Idempotency-Key keeps its answer for the replay (docs/api-keys.md).
 */
function allowedChange(r: Req, key: string, status: number | null): boolean {
  const bearer = /^Bearer\s+(\S+)$/i.exec(r.headers.authorization ?? '')?.[1];
  if (bearer && key === `${apiKey.ENTITY} ${apiKey.key(createHash('sha256').update(bearer, 'utf8').digest('hex')).PK} APIKEY`) return true;
  if (key.startsWith(`${idempotency.ENTITY} `) && key.includes('#IDEMPOTENCY#request#')) return true;
  if (!/^\/v1\/cards\//.test(r.path)) return false;
  if (key.startsWith(`${cardAudit.ENTITY} `)) return true;
  return (status === 403 || status === 423) && key.startsWith(`${vaultUser.ENTITY} `);
}

// ---------------------------------------------------------------------------------------------
// The run.

export async function runFuzz(options: Partial<FuzzOptions> = {}): Promise<FuzzReport> {
  const o: FuzzOptions = { ...DEFAULTS, ...options };
  const progress = o.progress ?? (() => undefined);
  const started = Date.now();
  const rnd = new Random(o.seed);
  const adminKey = `admin_${createHash('sha256').update(`fuzz-admin-${o.seed}-${randomBytes(8).toString('hex')}`).digest('hex').slice(0, 40)}`;
  const stack: LocalStack = await startLocalStack({
    port: 0, adminApiKey: adminKey, ipnRetryIntervalMs: 50, retryDelaySeconds: 1, queueBackoffScale: 0,
    ...(o.motoEndpoint ? { motoEndpoint: o.motoEndpoint } : {}),
    tableName: o.tableName ?? `fuzz-${randomBytes(4).toString('hex')}`,
    log: () => undefined,
  });
  const violations: Violation[] = [];
  // Told at once: a long run reports what it finds long before its table.
  const found = (v: Violation) => {
    violations.push(v);
    progress(`violation ${formatViolation(v)}`);
  };
  const families: FuzzReport['families'] = {};
  const results: { req: Req; res: Res }[] = [];
  const clients: Array<{ destroy(): void }> = [];
  try {
    const world = await setUp(stack.url, adminKey, rnd, 12);
    const secrets = [adminKey, ...world.hotels.flatMap((h) => [h.apiKey, h.pspKey])];
    progress(`set up: ${world.hotels.length} hotels, ${world.hotels.reduce((n, h) => n + h.forms.length, 0)} rendered forms`);

    // Each answer on its own: no 5xx, no silence, notifications as expected.
    const judge = (req: Req, res: Res) => {
      const cls = classOf(res.status);
      if (cls === '5xx') found({ kind: '5xx', request: req.label, status: res.status!, excerpt: excerpt(res.body, secrets) });
      if (cls === 'no answer') found({ kind: 'no answer', request: req.label, excerpt: res.body });
      if (cls !== '5xx' && cls !== 'no answer' && req.expect !== 'any') {
        const ok = req.expect === 'refused' ? cls === '4xx'
          : req.expect === 'rejected' ? res.status === 200 && (res.body.startsWith('OK-rejected') || res.body === 'OK-already-received')
            : res.status === 200 && (res.body === 'OK-stored' || res.body === 'OK-already-received');
        if (!ok) found({ kind: 'notification outcome', request: `${req.label}, expected ${req.expect}`, status: res.status!, excerpt: excerpt(res.body, secrets) });
      }
    };
    const run = async (reqs: Req[], phase: string) => {
      let done = 0;
      await pool(reqs, o.concurrency, async (req) => {
        const res = await send(stack.url, req, o.timeoutMs);
        results.push({ req, res });
        const f = (families[req.family] ??= { sent: 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, 'no answer': 0 });
        f.sent++;
        f[classOf(res.status)]++;
        judge(req, res);
        if (++done % 500 === 0) progress(`${phase}: ${done}/${reqs.length} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      });
    };

    // Notifications first, then API calls (which may settle and refund what the notifications paid).
    const notifications = Array.from({ length: o.notifications }, () => notificationRequest(world, rnd));
    await run(notifications, 'notifications');
    // A few transactions for the API to aim at.
    await stack.settle();
    for (const h of world.hotels) {
      for (const id of h.reservations) {
        const r = await call(stack.url, 'GET', `/v1/reservations/${id}`, h.apiKey);
        for (const t of (r.body?.transactions ?? []) as { transactionId: string }[]) h.transactions.push(t.transactionId);
      }
    }
    const apiCalls = Array.from({ length: o.api }, () => apiRequest(world, rnd));
    await run(apiCalls, 'api');
    progress('settling queues');
    await stack.settle();

    // Isolation, once every answer is in (unless the hotel made a reservation of its own under
    // the other hotel's id meanwhile: a PUT with its key that succeeded, or went unanswered and
    // may have).
    const ownReservations = new Set(results.filter(({ req, res }) => req.method === 'PUT' && req.actor && req.reservationId && ['2xx', 'no answer'].includes(classOf(res.status))).map(({ req }) => `${req.actor}|${req.reservationId}`));
    for (const { req, res } of results) {
      if (req.foreign && classOf(res.status) === '2xx' && !ownReservations.has(`${req.actor}|${req.reservationId}`)) found({ kind: 'isolation', request: req.label, status: res.status!, excerpt: excerpt(res.body, secrets) });
    }

    // Poison notifications end as rejected records.
    const dynamo = new DynamoDBClient({ endpoint: stack.motoEndpoint });
    clients.push(dynamo);
    const db = DynamoDBDocumentClient.from(dynamo);
    const tableName = stack.resources.tableName;
    const malformed = results.filter(({ req }) => req.expect === 'rejected');
    const answered = malformed.filter(({ res }) => res.status === 200);
    let rejectedRecords = 0;
    const ids = [...new Set(answered.map(({ req }) => `${req.hotelId}|${req.notificationId}`))];
    await pool(ids, o.concurrency, async (key) => {
      const [hotelId, id] = key.split('|') as [string, string];
      const item = (await db.send(new GetCommand({ TableName: tableName, Key: notification.key(hotelId, id), ConsistentRead: true }))).Item;
      if (item?.result === 'rejected' && item.processedAt) rejectedRecords++;
      else found({ kind: 'not recorded as rejected', request: `notification ${id.slice(0, 12)}…`, excerpt: item ? `result ${String(item.result)}` : 'no record' });
    });

    // Nothing in any dead-letter queue.
    const sqs = new SQSClient({ endpoint: stack.motoEndpoint });
    clients.push(sqs);
    let deadLettered = 0;
    for (const [queue, url] of Object.entries(stack.resources.dlqUrls)) {
      const attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }))).Attributes ?? {};
      const n = Number(attrs.ApproximateNumberOfMessages ?? 0) + Number(attrs.ApproximateNumberOfMessagesNotVisible ?? 0);
      deadLettered += n;
      if (n) found({ kind: 'dead-lettered', request: `dead-letter queue of ${queue}`, excerpt: `${n} message(s)` });
    }

    // Refused requests change nothing: sent again, with no accepted request meanwhile, in batches;
    // what a batch changed is read from the table's stream. A batch that changed something is
    // halved until the request is found (a refused request that changes state does it again).
    const refused = results.filter(({ res }) => classOf(res.status) === '4xx').map(({ req }, index) => ({ req, index }));
    progress(`refused-only phase: ${refused.length} requests`);
    let refusedChangedState = 0;
    const table = await TableChanges.start({ endpoint: stack.motoEndpoint, tableName });
    clients.push({ destroy: () => table.close() });
    const check = async (batch: Array<{ req: Req; index: number }>): Promise<void> => {
      const answers = await pool(batch, o.concurrency, async ({ req, index }) => {
        const res = await send(stack.url, req, o.timeoutMs);
        await o.afterRefusedReplay?.({ index, label: req.label });
        return res;
      });
      await stack.settle();
      const changed = await table.changes();
      batch.forEach(({ req }, j) => {
        const cls = classOf(answers[j]!.status);
        if (cls === '5xx' || cls === 'no answer') found({ kind: cls, request: `${req.label} (sent again)`, ...(answers[j]!.status ? { status: answers[j]!.status! } : {}), excerpt: excerpt(answers[j]!.body, secrets) });
      });
      const diff = changed.filter((k) => !batch.some(({ req }, j) => allowedChange(req, k, answers[j]!.status)));
      if (!diff.length) return;
      if (batch.length === 1) {
        // Answered otherwise this time (a conflict since resolved): not a refused request any more.
        if (classOf(answers[0]!.status) === '4xx') {
          refusedChangedState++;
          found({ kind: 'state changed by a refused request', request: batch[0]!.req.label, status: answers[0]!.status!, excerpt: `${excerpt(answers[0]!.body, secrets)} — changed ${shortened(diff)}` });
        }
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await check(batch.slice(0, half));
      await check(batch.slice(half));
    };
    const batchSize = 250;
    for (let i = 0; i < refused.length; i += batchSize) {
      await check(refused.slice(i, i + batchSize));
      progress(`refused-only phase: ${Math.min(i + batchSize, refused.length)}/${refused.length} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    // The stream reported every change, or the check above may have missed one: a last scan says.
    const missed = await table.verify();
    if (missed.length) found({ kind: 'change missed by the stream', request: 'refused-only phase', excerpt: `${missed.length} item(s) differ from what the table's stream reported: ${shortened(missed)}` });

    return {
      seed: o.seed, families, malformedSent: malformed.length, malformedAnswered: answered.length, rejectedRecords,
      refusedReplayed: refused.length, refusedChangedState, deadLettered, violations, durationMs: Date.now() - started,
    };
  } finally {
    clients.forEach((c) => c.destroy());
    await stack.stop();
  }
}

/** One violation, on one line. */
export const formatViolation = (v: Violation): string => `[${v.kind}] ${v.request}${v.status !== undefined ? ` → ${v.status}` : ''}${v.excerpt ? `: ${v.excerpt}` : ''}`;

/** The figures as a table, then the violations. */
export function formatReport(r: FuzzReport): string {
  const cols: (StatusClass | 'sent')[] = ['sent', '2xx', '3xx', '4xx', '5xx', 'no answer'];
  const rows = Object.entries(r.families).sort(([a], [b]) => a.localeCompare(b));
  const total = Object.fromEntries(cols.map((c) => [c, rows.reduce((n, [, f]) => n + f[c], 0)]));
  const width = Math.max(30, ...rows.map(([name]) => name.length));
  const line = (name: string, f: Record<string, number>) => `${name.padEnd(width)} ${cols.map((c) => String(f[c] ?? 0).padStart(c.length + 2)).join(' ')}`;
  const out = [
    `fuzz run, seed ${r.seed}, ${(r.durationMs / 1000).toFixed(1)} s`,
    '',
    `${'family'.padEnd(width)} ${cols.map((c) => c.padStart(c.length + 2)).join(' ')}`,
    ...rows.map(([name, f]) => line(name, f)),
    line('total', total),
    '',
    'invariant                                                  found   expected',
    `5xx answers                                                ${String(total['5xx']).padStart(5)}   0`,
    `no answer within the timeout                               ${String(total['no answer']).padStart(5)}   0`,
    `state changes caused by a refused request (${String(r.refusedReplayed).padStart(5)} replayed) ${String(r.refusedChangedState).padStart(5)}   0`,
    `malformed signed notifications sent / answered 200         ${String(r.malformedSent).padStart(5)}   ${r.malformedAnswered}`,
    `  of those, recorded as rejected (distinct)                ${String(r.rejectedRecords).padStart(5)}   all`,
    `messages in dead-letter queues after settling              ${String(r.deadLettered).padStart(5)}   0`,
    `violations                                                 ${String(r.violations.length).padStart(5)}   0`,
  ];
  if (r.violations.length) {
    out.push('', 'violations:');
    for (const v of r.violations.slice(0, 200)) out.push(`- ${formatViolation(v)}`);
    if (r.violations.length > 200) out.push(`… and ${r.violations.length - 200} more`);
  }
  return out.join('\n');
}
