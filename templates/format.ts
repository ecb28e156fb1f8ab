import type { Language } from '../domain/language';
import { type Money, formatMoney } from '../domain/money';

/** The locale each language is formatted in (dates, money, plurals). */
export const LOCALES: Readonly<Record<Language, string>> = {
  fr: 'fr-FR', en: 'en-GB', de: 'de-DE', es: 'es-ES', it: 'it-IT',
};

const STAY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** French writes the first of the month as an ordinal: "1er mars", where ICU gives "1 mars". */
const polish = (s: string, language: Language): string => (language === 'fr' ? s.replace(/(^|\s)1 (?=\p{L})/u, '$11er ') : s);

/** A stay date (`YYYY-MM-DD`, a calendar day with no time zone), e.g. "12 mars 2025". */
export function formatStayDate(date: string, language: Language): string {
  if (!STAY_DATE.test(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const s = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return polish(s, language);
}

/** An instant shown at the hotel: date and time in its time zone, e.g. "12 mars 2025 à 18:00". */
export function formatInstant(iso: string, timezone: string, language: Language): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not an instant: ${iso}`);
  return polish(new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: timezone }).format(at), language);
}

export function formatAmount(m: Money, language: Language): string {
  return formatMoney(m, LOCALES[language]);
}

/** Nights between two stay dates. */
export function nightsBetween(arrival: string, departure: string): number {
  const ms = Date.parse(`${departure}T00:00:00Z`) - Date.parse(`${arrival}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}

const NIGHT_WORDS: Readonly<Record<Language, { one: string; other: string }>> = {
  fr: { one: 'nuit', other: 'nuits' },
  en: { one: 'night', other: 'nights' },
  de: { one: 'Nacht', other: 'Nächte' },
  es: { one: 'noche', other: 'noches' },
  it: { one: 'notte', other: 'notti' },
};

/** "1 nuit", "3 nuits", "2 Nächte"… */
export function formatNights(nights: number, language: Language): string {
  const rule = new Intl.PluralRules(LOCALES[language]).select(nights);
  const words = NIGHT_WORDS[language];
  return `${nights} ${rule === 'one' ? words.one : words.other}`;
}

/**
 * Links we put in a button, a form action or an href: absolute http(s) only (or, where a page
 * links within our own site, a root-relative path), never `javascript:` or `data:`.
 */
export function assertWebUrl(url: string, options: { allowRelative?: boolean } = {}): string {
  const absolute = /^https?:\/\/[^\s"'<>]+$/i.test(url);
  const relative = options.allowRelative === true && /^\/(?!\/)[^\s"'<>]*$/.test(url);
  if (!absolute && !relative) throw new RangeError('Links in templates must be absolute http(s) URLs');
  return url;
}
