import { InvalidInput, NotFound } from '../domain/errors';
import { currencyInfo } from '../domain/money';
import { addDays, endOfLocalDay, localDate } from '../domain/time';
import type { Transaction } from '../domain/transaction';
import type { Needs } from './deps';
import type { TransactionFilter } from './ports';
import { transactionView } from './reservation-view';

/** The history the hotel is promised, and the default window of the listing. */
export const HISTORY_MONTHS = 15;
export const DEFAULT_DAYS = 30;

export interface TransactionQuery extends TransactionFilter {
  readonly from?: string;
  readonly to?: string;
  readonly reservationId?: string;
  readonly limit: number;
  readonly cursor?: string;
}

export interface TransactionPage {
  readonly transactions: Transaction[];
  readonly nextCursor?: string;
}

const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
};

interface Cursor { readonly month: string; readonly key?: string; readonly range: string }

const encode = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string, range: string, months: readonly string[]): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (c.range === range && months.includes(c.month) && (c.key === undefined || typeof c.key === 'string')) return c;
  } catch {
    // fall through
  }
  throw new InvalidInput('invalid_cursor', 'This cursor belongs to another listing (other filters or dates): start again without it');
}

/**
 * A hotel's transactions between two dates of its own calendar, oldest first.
 * 1. Resolve the dates to instants in the hotel's time zone (default: the last 30 days; at most
 *    15 months back).
 * 2. Walk the months of the range: one Query per month partition of GSI1, status and type as
 *    filters, until the page is full; the cursor remembers the month and the last key read.
 *    With a reservation, its own item collection is read instead.
 */
export async function listTransactions(deps: Needs<'clock' | 'store:hotels' | 'store:payments' | 'store:reservations'>, hotelId: string, q: TransactionQuery): Promise<TransactionPage> {
  const hotel = (await deps.store.getHotel(hotelId))?.hotel;
  if (!hotel) throw new NotFound('hotel_not_found', 'Unknown hotel');
  const tz = hotel.timezone;
  const today = localDate(deps.clock.now(), tz);
  // A cursor carries its range: without dates, continuing after midnight keeps yesterday's window.
  const carried = q.cursor && q.from === undefined && q.to === undefined && !q.reservationId ? rangeOf(q.cursor, q) : undefined;
  // Only a range the history could have given (a cursor is the caller's to forge): at most a
  // little older than the oldest month, and nothing after now.
  const earliest = new Date(Date.parse(`${monthsBack(today, HISTORY_MONTHS)}-01T00:00:00Z`)).toISOString();
  if (carried && carried.from >= earliest && carried.from <= carried.to && carried.to <= endOfLocalDay(today, tz).toISOString()) {
    return walkMonths(deps, hotelId, q, carried.from, carried.to);
  }
  // Nothing is dated after today: a far `to` would only walk empty months.
  const toDate = q.to && q.to < today ? q.to : today;
  const fromDate = q.from ?? addDays(toDate, -DEFAULT_DAYS + 1);
  if (fromDate > toDate) throw new InvalidInput('invalid_range', '`from` must not be after `to`');
  const oldest = `${monthsBack(today, HISTORY_MONTHS - 1)}-01`;
  if (fromDate < oldest) throw new InvalidInput('range_too_old', `The history goes back ${HISTORY_MONTHS} months, to ${oldest}`);
  const from = new Date(endOfLocalDay(addDays(fromDate, -1), tz).getTime() + 1).toISOString();
  const to = endOfLocalDay(toDate, tz).toISOString();
  const keep = (t: Transaction) => t.createdAt >= from && t.createdAt <= to && (!q.status || t.status === q.status) && (!q.type || t.type === q.type);

  if (q.reservationId) {
    if (q.cursor) throw new InvalidInput('invalid_cursor', 'A reservation\'s transactions come in one page: no cursor');
    const agg = await deps.store.getReservation(hotelId, q.reservationId);
    return { transactions: (agg?.transactions ?? []).filter(keep).sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
  }

  return walkMonths(deps, hotelId, q, from, to);
}

/** The instants a cursor was made for, when it was made for these filters. */
function rangeOf(cursor: string, q: TransactionFilter): { from: string; to: string } | undefined {
  try {
    const { range } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    const [from, to, status, type] = String(range).split('|');
    if (from && to && status === (q.status ?? '') && type === (q.type ?? '')) return { from, to };
  } catch {
    // not ours: decode() refuses it
  }
  return undefined;
}

async function walkMonths(deps: Needs<'store:payments'>, hotelId: string, q: TransactionQuery, from: string, to: string): Promise<TransactionPage> {
  const months = monthsBetween(from, to);
  const range = `${from}|${to}|${q.status ?? ''}|${q.type ?? ''}`;
  const start = q.cursor ? decode(q.cursor, range, months) : { month: months[0]!, range };
  const out: Transaction[] = [];
  let key = start.key;
  for (let i = months.indexOf(start.month); i < months.length; i++) {
    const month = months[i]!;
    do {
      const page = await deps.store.transactionsOfMonth(hotelId, month, { from, to }, q, q.limit - out.length, key);
      out.push(...page.items);
      key = page.cursor;
      if (out.length >= q.limit) {
        const next = key ? { month, key, range } : months[i + 1] ? { month: months[i + 1]!, range } : undefined;
        return { transactions: out, ...(next ? { nextCursor: encode(next) } : {}) };
      }
    } while (key);
  }
  return { transactions: out };
}

function monthsBack(date: string, n: number): string {
  let [y, m] = date.split('-').map(Number) as [number, number];
  m -= n;
  while (m < 1) [y, m] = [y - 1, m + 12];
  return `${y}-${String(m).padStart(2, '0')}`;
}

export const CSV_COLUMNS = [
  'transaction_id', 'created_at', 'reservation_id', 'type', 'status', 'amount', 'currency',
  'refund_status', 'parent_transaction_id', 'origin', 'card_brand', 'card', 'psp_status', 'psp_transaction', 'reason', 'charge_status',
] as const;

/** Major units with the currency's own decimals: 12345 EUR → "123.45", 1500 JPY → "1500". */
export function majorUnits(amount: number, currency: string): string {
  const digits = currencyInfo(currency).decimals;
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const abs = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/**
 * One CSV field: a value a spreadsheet would run as a formula (=, +, -, @, tab, carriage return
 * first) gets a leading apostrophe; then RFC 4180 quoting.
 */
export function csvField(value: string, separator = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * How the CSV is written. `standard` (the default): RFC 4180, commas, amounts with a dot, instants
 * in UTC. `excel`: what a spreadsheet opens as is in the hotel's locale: a UTF-8 BOM, `;` and
 * decimal commas where the hotel's language writes them so (fr, de, es, it), times in the hotel's
 * time zone, the zone named in the header.
 */
export type CsvDialect = 'standard' | 'excel';

interface CsvStyle {
  readonly separator: string;
  readonly decimalComma: boolean;
  /** Instants as local times in this zone; undefined: ISO 8601 UTC. */
  readonly timezone?: string;
  readonly bom: boolean;
}

const STANDARD: CsvStyle = { separator: ',', decimalComma: false, bom: false };

export function csvStyle(dialect: CsvDialect, hotel: { readonly defaultLanguage: string; readonly timezone: string }): CsvStyle {
  if (dialect === 'standard') return STANDARD;
  const comma = hotel.defaultLanguage !== 'en';
  return { separator: comma ? ';' : ',', decimalComma: comma, timezone: hotel.timezone, bom: true };
}

/** `2026-12-01 23:51:08`, the wall-clock time in a zone. */
function localTime(iso: string, timezone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export function csvHeader(style: CsvStyle = STANDARD): string {
  return CSV_COLUMNS.map((c) => (c === 'created_at' && style.timezone ? csvField(`created_at (${style.timezone})`, style.separator) : c)).join(style.separator);
}

export function csvRow(t: Transaction, style: CsvStyle = STANDARD): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string> = {
    transaction_id: t.transactionId,
    created_at: style.timezone ? localTime(t.createdAt, style.timezone) : t.createdAt,
    reservation_id: t.reservationId,
    type: t.type,
    status: t.status,
    amount: style.decimalComma ? majorUnits(t.amount.amount, t.amount.currency).replace('.', ',') : majorUnits(t.amount.amount, t.amount.currency),
    currency: t.amount.currency,
    refund_status: t.refund?.status ?? '',
    parent_transaction_id: t.parentTransactionId ?? '',
    origin: t.refund?.origin ?? '',
    card_brand: t.psp.cardBrand ?? '',
    card: t.psp.maskedCard ?? '',
    psp_status: t.psp.status,
    psp_transaction: t.psp.transactionUuid,
    reason: t.refund?.reason ?? t.refund?.failure?.message ?? t.holdOperation?.failure?.message
      ?? (t.charge ? [t.charge.reason, t.charge.failure?.message].filter(Boolean).join(': ') : ''),
    charge_status: t.charge?.status ?? '',
  };
  return CSV_COLUMNS.map((c) => csvField(values[c], style.separator)).join(style.separator);
}

export const CSV_MAX_ROWS = 10_000;

/** The whole range as CSV (header first, CRLF lines), up to CSV_MAX_ROWS; the cursor continues beyond. */
export async function exportTransactionsCsv(
  deps: Needs<'clock' | 'store:hotels' | 'store:payments' | 'store:reservations'>, hotelId: string, q: Omit<TransactionQuery, 'limit'>, dialect: CsvDialect = 'standard',
): Promise<{ csv: string; nextCursor?: string }> {
  const hotel = (await deps.store.getHotel(hotelId))?.hotel;
  if (!hotel) throw new NotFound('hotel_not_found', 'Unknown hotel');
  const style = csvStyle(dialect, hotel);
  const lines: string[] = [csvHeader(style)];
  let cursor = q.cursor;
  let rows = 0;
  do {
    const page = await listTransactions(deps, hotelId, { ...q, limit: Math.min(500, CSV_MAX_ROWS - rows), ...(cursor ? { cursor } : {}) });
    for (const t of page.transactions) lines.push(csvRow(t, style));
    rows += page.transactions.length;
    cursor = page.nextCursor;
  } while (cursor && rows < CSV_MAX_ROWS);
  return { csv: `${style.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`, ...(cursor ? { nextCursor: cursor } : {}) };
}

export const listView = (page: TransactionPage) => ({
  transactions: page.transactions.map(transactionView),
  ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
});
