import { Conflict, Gone, InvalidInput } from './errors';
import { addDays, endOfLocalDay, isValidDate, isValidTimeZone, localDate } from './time';

/**
 * Card values for the vault (the hotel's card storage, PCI DSS scope).
 *
 * The full card number (PAN) and the CVV exist in clear only in `CardSecret` / the CVV string
 * returned by `validateCardInput`, which the application seals (KMS envelope) straight away.
 * Everything else here — `Card`, `CardDetails`, error messages and details — carries at most the
 * masked number (first 6 + last 4) and never the CVV. Pure code: no I/O, time comes in as a value.
 */

export type CardBrand = 'VISA' | 'MASTERCARD' | 'AMEX' | 'DISCOVER' | 'DINERS' | 'JCB' | 'MAESTRO' | 'UNIONPAY';

/** Sources the PMS usually sends; any other short lowercase label is accepted too (see `normaliseSource`). */
export const KNOWN_SOURCES = ['booking.com', 'expedia', 'airbnb', 'phone', 'other'] as const;
export type KnownSource = (typeof KNOWN_SOURCES)[number];
// `string & {}` keeps editor completion for the known values while accepting free labels.
export type CardSource = KnownSource | (string & {});

/** Days after the departure day (hotel time) at which a card is purged, unless the hotel says otherwise. */
export const DEFAULT_PURGE_DAYS = 7;

/** What the PMS pushes for an OTA card. Loosely typed on purpose: it comes from JSON. */
export interface CardInput {
  readonly holderName: string;
  readonly number: string;
  readonly expiryMonth: number | string;
  readonly expiryYear: number | string;
  readonly cvv?: string | null;
  readonly source?: string | null;
}

/** The stored, non-secret part of a card: safe to list, log and return. */
export interface Card extends CardDetails {
  readonly hotelId: string;
  readonly reservationId: string;
  readonly cardId: string;
  /** 'ota': pushed by the PMS (from an OTA, the phone…); 'psp': captured through the PSP. */
  readonly origin: 'ota' | 'psp';
  /** 'verified' only when a bank check happened (PSP); an OTA card as pushed is 'unverified'. */
  readonly verification: 'verified' | 'unverified';
  readonly primary: boolean;
  readonly status: 'active' | 'purged';
  readonly cvvRevealedAt?: string;
  /** ISO instant (UTC) after which the card can no longer be revealed and is due for the purge. */
  readonly purgeAt: string;
  readonly purgedAt?: string;
  /** Set when a `cards:manage` user erased the card before its purge time. */
  readonly erasedBy?: string;
  readonly createdAt: string;
  readonly version: number;
}

/** Sealed by another layer. No CVV in here: the CVV is sealed separately so it can be deleted alone. */
export interface CardSecret {
  readonly number: string;
  readonly holderName?: string;
}

/** The non-secret, normalised values of a card. */
export interface CardDetails {
  readonly holderName: string;
  readonly brand: CardBrand;
  readonly last4: string;
  /** First 6 + X… + last 4, like the PSP: `497010XXXXXX0014`. */
  readonly maskedNumber: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
  readonly source: CardSource;
  /** A sealed CVV is (still) held; false from the first successful reveal (or the purge) on. */
  readonly hasCvv: boolean;
}

export interface ValidatedCard {
  readonly details: CardDetails;
  /** Seal at once; never log. */
  readonly secret: CardSecret;
  /** Seal at once, separately from `secret`; never log. */
  readonly cvv?: string;
}

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

// ---------------------------------------------------------------------------------------------
// Card number rules

interface BrandRule {
  readonly brand: CardBrand;
  /** Inclusive prefix ranges; both ends have the same number of digits. */
  readonly ranges: readonly (readonly [string, string])[];
  readonly lengths: readonly number[];
}

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * BIN ranges by brand. Kept deliberately simple: the longest matching prefix wins (the ranges do
 * not overlap today). French Cartes Bancaires (CB) are co-badged and carry a VISA or MASTERCARD
 * BIN, so they come out as VISA / MASTERCARD — which is what the hotel's terminal and the OTAs show.
 * Discover-network co-brands inside 622126–622925 are reported as UNIONPAY (their 62 BIN).
 */
const BRAND_RULES: readonly BrandRule[] = [
  { brand: 'VISA', ranges: [['4', '4']], lengths: [13, 16, 19] },
  { brand: 'MASTERCARD', ranges: [['51', '55'], ['2221', '2720']], lengths: [16] },
  { brand: 'AMEX', ranges: [['34', '34'], ['37', '37']], lengths: [15] },
  { brand: 'DISCOVER', ranges: [['6011', '6011'], ['644', '649'], ['65', '65']], lengths: span(16, 19) },
  { brand: 'DINERS', ranges: [['300', '305'], ['36', '36'], ['38', '39']], lengths: span(14, 19) },
  { brand: 'JCB', ranges: [['3528', '3589']], lengths: span(16, 19) },
  { brand: 'MAESTRO', ranges: [['50', '50'], ['56', '58'], ['6304', '6304'], ['6759', '6759'], ['676770', '676770'], ['676774', '676774']], lengths: span(12, 19) },
  { brand: 'UNIONPAY', ranges: [['62', '62']], lengths: span(16, 19) },
];

/** Card numbers as people type them: spaces and dashes are ignored. */
const stripSeparators = (raw: string): string => raw.replace(/[\s-]/g, '');

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** The brand for a digits-only number from its BIN, or undefined when no range matches. */
export function detectBrand(digits: string): CardBrand | undefined {
  let best: { brand: CardBrand; len: number } | undefined;
  for (const rule of BRAND_RULES) {
    for (const [from, to] of rule.ranges) {
      const prefix = digits.slice(0, from.length);
      if (prefix.length === from.length && prefix >= from && prefix <= to && (!best || from.length > best.len)) {
        best = { brand: rule.brand, len: from.length };
      }
    }
  }
  return best?.brand;
}

const brandRule = (brand: CardBrand): BrandRule => BRAND_RULES.find((r) => r.brand === brand)!;

/**
 * Masks like the PSP: first 6, X for the middle, last 4 (`497010XXXXXX0014`). For numbers shorter
 * than 15 digits fewer leading digits are kept so that at least 5 stay hidden (12 digits: `123XXXXX9012`).
 */
export function maskPan(number: string): string {
  const digits = panDigits(number);
  const lead = Math.min(6, digits.length - 9);
  return digits.slice(0, lead) + 'X'.repeat(digits.length - lead - 4) + digits.slice(-4);
}

export function last4(number: string): string {
  return panDigits(number).slice(-4);
}

function panDigits(number: string): string {
  const digits = typeof number === 'string' ? stripSeparators(number) : '';
  if (!/^\d{12,19}$/.test(digits)) throw new InvalidInput('invalid_card_number', 'A card number is 12 to 19 digits');
  return digits;
}

// ---------------------------------------------------------------------------------------------
// Validation of an OTA card

const MAX_HOLDER_NAME = 100;
const MAX_SOURCE = 40;
/** How far ahead an expiry date may be; beyond this it is a typing error, not a card. */
const MAX_EXPIRY_YEARS_AHEAD = 20;

/** A digit run that could be a card number (spaces/dashes ignored): refused in free-text fields. */
const hidesPan = (text: string): boolean => /\d{12,}/.test(stripSeparators(text));

/**
 * Validates and normalises a card pushed by the PMS. `today` is the current year/month (see
 * `yearMonthIn`); a card is valid through the end of its expiry month.
 *
 * Throws InvalidInput with one of `invalid_holder_name`, `invalid_card_number`,
 * `unsupported_card_brand`, `invalid_expiry`, `card_expired`, `invalid_cvv`, `invalid_source`.
 * Messages and details never contain the number or the CVV.
 */
export function validateCardInput(input: CardInput, today: YearMonth): ValidatedCard {
  const holderName = normaliseHolderName(input.holderName);

  const raw: unknown = input.number;
  const number = typeof raw === 'string' ? stripSeparators(raw) : '';
  // Numbers as JSON numbers lose digits above 2^53: only strings are accepted.
  if (!/^\d{12,19}$/.test(number)) {
    throw new InvalidInput('invalid_card_number', 'The card number must be 12 to 19 digits (spaces and dashes allowed)');
  }
  if (!luhnValid(number)) throw new InvalidInput('invalid_card_number', 'The card number fails its check digit (Luhn)');
  const brand = detectBrand(number);
  if (!brand) throw new InvalidInput('unsupported_card_brand', 'The card brand is not recognised or not supported');
  const { lengths } = brandRule(brand);
  if (!lengths.includes(number.length)) {
    throw new InvalidInput('invalid_card_number', `A ${brand} card number has ${lengths.join(', ')} digits`, { brand, length: number.length });
  }

  const { expiryMonth, expiryYear } = normaliseExpiry(input.expiryMonth, input.expiryYear, today);
  const cvv = normaliseCvv(input.cvv, brand);
  const source = normaliseSource(input.source);

  const details: CardDetails = {
    holderName, brand, last4: number.slice(-4), maskedNumber: maskPan(number),
    expiryMonth, expiryYear, source, hasCvv: cvv !== undefined,
  };
  const result: ValidatedCard = { details, secret: { number, holderName }, ...(cvv !== undefined ? { cvv } : {}) };
  // Defence in depth: a validated card that ends up in a JSON log line shows only its details.
  Object.defineProperty(result, 'toJSON', { value: () => ({ details }), enumerable: false });
  return result;
}

export function normaliseHolderName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  const length = [...name].length;
  // eslint-disable-next-line no-control-regex
  if (length < 1 || length > MAX_HOLDER_NAME || /[\u0000-\u001f\u007f]/.test(name) || hidesPan(name)) {
    throw new InvalidInput('invalid_holder_name', `The holder name is 1 to ${MAX_HOLDER_NAME} characters of text`);
  }
  return name;
}

/** The holder name of a card whose name could not be kept. */
export const UNNAMED_HOLDER = 'Card holder';

/**
 * A holder name that never refuses: a card the PSP registered comes with a payment that must be
 * applied whatever the guest's name looks like. Control characters and digit runs that could
 * hide a card number are dropped and the rest cut to the maximum length; if nothing usable is
 * left, `UNNAMED_HOLDER`.
 */
export function lenientHolderName(value: unknown): string {
  const cleaned = (typeof value === 'string' ? value : '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\d(?:[\s-]*\d)*/g, (run) => (hidesPan(run) ? ' ' : run))
    .trim().replace(/\s+/g, ' ');
  try {
    return normaliseHolderName([...cleaned].slice(0, MAX_HOLDER_NAME).join(''));
  } catch {
    return UNNAMED_HOLDER;
  }
}

function toInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\d{1,4}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function normaliseExpiry(monthIn: unknown, yearIn: unknown, today: YearMonth): { expiryMonth: number; expiryYear: number } {
  const month = toInt(monthIn);
  if (month === undefined || month < 1 || month > 12) throw new InvalidInput('invalid_expiry', 'expiryMonth is 1 to 12');
  const yearText = typeof yearIn === 'number' && Number.isInteger(yearIn) ? String(yearIn) : typeof yearIn === 'string' ? yearIn.trim() : '';
  if (!/^(\d{2}|\d{4})$/.test(yearText)) throw new InvalidInput('invalid_expiry', 'expiryYear is 4 digits (or 2, read as 20yy)');
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year * 12 + month < today.year * 12 + today.month) throw new InvalidInput('card_expired', 'The card has expired');
  if (year > today.year + MAX_EXPIRY_YEARS_AHEAD) {
    throw new InvalidInput('invalid_expiry', `expiryYear is at most ${MAX_EXPIRY_YEARS_AHEAD} years ahead`);
  }
  return { expiryMonth: month, expiryYear: year };
}

/** Absent, null or blank: no CVV. Otherwise 3 digits, 4 for AMEX. */
function normaliseCvv(value: unknown, brand: CardBrand): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  const size = brand === 'AMEX' ? 4 : 3;
  if (typeof value !== 'string' || !new RegExp(`^\\d{${size}}$`).test(value.trim())) {
    throw new InvalidInput('invalid_cvv', `The security code of a ${brand} card is ${size} digits`);
  }
  return value.trim();
}

/**
 * Where the card came from. Case-insensitive; one of KNOWN_SOURCES or any label of 1–40 characters
 * among [a-z0-9 ._-] (PMSs name channels freely: "hrs", "google hotel ads"…). Absent or blank: 'other'.
 */
export function normaliseSource(value: unknown): CardSource {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return 'other';
  const source = typeof value === 'string' ? value.trim().toLowerCase().replace(/\s+/g, ' ') : '';
  if (!/^[a-z0-9 ._-]+$/.test(source) || source.length > MAX_SOURCE || hidesPan(source)) {
    throw new InvalidInput('invalid_source', `source is one of ${KNOWN_SOURCES.join(', ')} or a label of up to ${MAX_SOURCE} characters [a-z0-9 ._-]`);
  }
  return source;
}

/** The current year and month at the hotel, for `validateCardInput`. */
export function yearMonthIn(now: Date, timezone: string): YearMonth {
  const [year, month] = localDate(now, timezone).split('-').map(Number) as [number, number];
  return { year, month };
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

/**
 * When a card is purged: the end of the departure day plus `days`, in the hotel's timezone
 * (DST-safe: the last millisecond of that local day, as an ISO instant in UTC).
 */
export function purgeAt(departure: string, timezone: string, days: number = DEFAULT_PURGE_DAYS): string {
  if (!isValidDate(departure)) throw new InvalidInput('invalid_date', 'departure is a date (YYYY-MM-DD)');
  if (!isValidTimeZone(timezone)) throw new InvalidInput('invalid_timezone', 'Unknown timezone');
  if (!Number.isInteger(days) || days < 0 || days > 366) throw new InvalidInput('invalid_purge_days', 'Purge days is an integer from 0 to 366');
  return endOfLocalDay(addDays(departure, days), timezone).toISOString();
}

export interface NewCardContext {
  readonly now: Date;
  /** From `purgeAt(reservation.departure, hotel.timezone)`. */
  readonly purgeAt: string;
  readonly origin: Card['origin'];
  /** Defaults from the origin: 'psp' cards are verified, 'ota' cards are not. */
  readonly verification?: Card['verification'];
  /** From `choosePrimary`. */
  readonly primary: boolean;
}

/** The stored card for validated details. Seal `secret` (and the CVV) alongside, keyed by cardId. */
export function createCard(ids: { hotelId: string; reservationId: string; cardId: string }, details: CardDetails, ctx: NewCardContext): Card {
  return {
    ...ids,
    ...details,
    origin: ctx.origin,
    verification: ctx.verification ?? (ctx.origin === 'psp' ? 'verified' : 'unverified'),
    primary: ctx.primary,
    status: 'active',
    purgeAt: ctx.purgeAt,
    createdAt: ctx.now.toISOString(),
    version: 1,
  };
}

/** Purged (status), or past its purge time even if the purge job has not run yet. */
export const isPurged = (card: Card, now: Date): boolean => card.status === 'purged' || Date.parse(card.purgeAt) <= now.getTime();

/** For the purge job: active cards whose purge time has come. */
export const isPurgeDue = (card: Card, now: Date): boolean => card.status === 'active' && Date.parse(card.purgeAt) <= now.getTime();

/** 410 once the card is purged or its purge time has passed. */
export function assertRevealable(card: Card, now: Date): void {
  if (card.erasedBy) throw new Gone('card_erased', 'The card data has been erased by the hotel');
  if (isPurged(card, now)) throw new Gone('card_purged', 'The card data has been deleted after the stay');
}

/**
 * The purge, or an erasure (`erasedBy`) before it: the sealed number, CVV and token are deleted
 * by the caller; the masked card stays for the record. Null when already purged.
 */
export function purgeCard(card: Card, now: Date, erasedBy?: string): Card | null {
  if (card.status === 'purged') return null;
  return { ...card, status: 'purged', hasCvv: false, purgedAt: now.toISOString(), ...(erasedBy ? { erasedBy } : {}), version: card.version + 1 };
}

/**
 * A new departure date moves the purge; returns null when nothing changes or the card is purged,
 * including past its purge time but not yet purged by the job: a later departure must not make
 * it revealable again.
 */
export function reschedulePurge(card: Card, purgeAtIso: string, now: Date): Card | null {
  if (isPurged(card, now) || card.purgeAt === purgeAtIso) return null;
  return { ...card, purgeAt: purgeAtIso, version: card.version + 1 };
}

/** The CVV is shown once: only while a sealed CVV is held and before the first successful reveal. */
export const canRevealCvv = (card: Card): boolean => card.status === 'active' && card.hasCvv && !card.cvvRevealedAt;

/**
 * The card after its CVV has been shown. The caller deletes the sealed CVV and must write this
 * with a condition on `version` *before* returning the CVV, so two concurrent reveals cannot both
 * show it. Throws Conflict when the CVV is no longer available.
 */
export function revealCvv(card: Card, now: Date): Card {
  if (!canRevealCvv(card)) throw new Conflict('cvv_already_revealed', 'The security code can be viewed only once');
  return { ...card, hasCvv: false, cvvRevealedAt: now.toISOString(), version: card.version + 1 };
}

/**
 * Keeps exactly one primary card among a reservation's active cards when one is added.
 * - no active card yet: the new card is primary, whatever was asked (the invariant wins);
 * - `makePrimary: true`: the new card is primary and the current primary cards are demoted;
 * - otherwise the new card is secondary; if (inconsistently) no active card is primary, it becomes primary.
 * Returns the new card's flag and the existing cards to write back (demoted, version bumped).
 */
export function choosePrimary(existing: readonly Card[], makePrimary?: boolean): { primary: boolean; demoted: Card[] } {
  const active = existing.filter((c) => c.status === 'active');
  const primaries = active.filter((c) => c.primary);
  if (active.length === 0 || primaries.length === 0 || makePrimary === true) {
    return { primary: true, demoted: primaries.map((c) => ({ ...c, primary: false, version: c.version + 1 })) };
  }
  return { primary: false, demoted: [] };
}

const PSP_BRANDS: Readonly<Record<string, CardBrand>> = {
  VISA: 'VISA', VISA_ELECTRON: 'VISA', VPAY: 'VISA', MASTERCARD: 'MASTERCARD', MAESTRO: 'MAESTRO', AMEX: 'AMEX',
  DINERS: 'DINERS', DISCOVER: 'DISCOVER', JCB: 'JCB', CUP: 'UNIONPAY',
};

/**
 * The details of a card the PSP registered (its notification shows it masked). The brand comes
 * from the BIN the mask keeps; a CB (co-badged) card gets its network's brand. The holder name
 * never refuses the card (`lenientHolderName`).
 */
export function pspCardDetails(p: { maskedNumber: string; pspBrand?: string; expiryMonth: number; expiryYear: number; holderName: string }): CardDetails | undefined {
  const masked = p.maskedNumber.toUpperCase();
  if (!/^\d{4,8}X+\d{4}$/.test(masked)) return undefined;
  const brand = detectBrand(masked.replace(/X.*$/, '')) ?? (p.pspBrand ? PSP_BRANDS[p.pspBrand.toUpperCase()] : undefined);
  if (!brand || !(p.expiryMonth >= 1 && p.expiryMonth <= 12) || !(p.expiryYear >= 2000)) return undefined;
  return {
    holderName: lenientHolderName(p.holderName), brand, last4: masked.slice(-4), maskedNumber: masked,
    expiryMonth: p.expiryMonth, expiryYear: p.expiryYear, source: 'other', hasCvv: false,
  };
}

/** The first instant a card no longer works: it is valid through the last day of its expiry month. */
export const cardEndsAt = (c: Pick<Card, 'expiryMonth' | 'expiryYear'>): Date => new Date(Date.UTC(c.expiryYear, c.expiryMonth, 1));

/**
 * A card that will not work on the departure day, when the balance is charged at check-out: it
 * expires before the stay ends (or before it begins). `departureStart`: the start of the
 * departure day, hotel time.
 */
export const expiresBeforeDeparture = (c: Pick<Card, 'expiryMonth' | 'expiryYear'>, departureStart: Date): boolean =>
  cardEndsAt(c).getTime() <= departureStart.getTime();
