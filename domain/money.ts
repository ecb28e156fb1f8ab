import { InvalidInput, RuleViolated } from './errors';

/** Money is always integer minor units plus an ISO 4217 alpha-3 code; never a float. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

interface CurrencyInfo {
  readonly numeric: string;
  readonly decimals: number;
}

/** Currencies the PSP accepts (ISO 4217 alpha-3 → numeric code and minor-unit exponent). */
export const CURRENCIES: Readonly<Record<string, CurrencyInfo>> = {
  ARS: { numeric: '032', decimals: 2 }, AUD: { numeric: '036', decimals: 2 }, BRL: { numeric: '986', decimals: 2 },
  CAD: { numeric: '124', decimals: 2 }, CHF: { numeric: '756', decimals: 2 }, CNY: { numeric: '156', decimals: 2 },
  COP: { numeric: '170', decimals: 2 }, CZK: { numeric: '203', decimals: 2 }, DKK: { numeric: '208', decimals: 2 },
  EUR: { numeric: '978', decimals: 2 }, GBP: { numeric: '826', decimals: 2 }, HKD: { numeric: '344', decimals: 2 },
  HUF: { numeric: '348', decimals: 2 }, IDR: { numeric: '360', decimals: 0 }, INR: { numeric: '356', decimals: 2 },
  JPY: { numeric: '392', decimals: 0 }, KHR: { numeric: '116', decimals: 0 }, KRW: { numeric: '410', decimals: 0 },
  KWD: { numeric: '414', decimals: 3 }, MAD: { numeric: '504', decimals: 2 }, MXN: { numeric: '484', decimals: 2 },
  MYR: { numeric: '458', decimals: 2 }, NOK: { numeric: '578', decimals: 2 }, NZD: { numeric: '554', decimals: 2 },
  PEN: { numeric: '604', decimals: 2 }, PHP: { numeric: '608', decimals: 2 }, PLN: { numeric: '985', decimals: 2 },
  RUB: { numeric: '643', decimals: 2 }, SEK: { numeric: '752', decimals: 2 }, SGD: { numeric: '702', decimals: 2 },
  THB: { numeric: '764', decimals: 2 }, TND: { numeric: '788', decimals: 3 }, TRY: { numeric: '949', decimals: 2 },
  TWD: { numeric: '901', decimals: 2 }, USD: { numeric: '840', decimals: 2 }, XOF: { numeric: '952', decimals: 0 },
  XPF: { numeric: '953', decimals: 0 }, ZAR: { numeric: '710', decimals: 2 },
};

/** Largest amount the PSP accepts (`vads_amount` is n..12). */
export const MAX_AMOUNT = 999_999_999_999;

export const isSupportedCurrency = (code: string): boolean => Object.hasOwn(CURRENCIES, code);

export function currencyInfo(code: string): CurrencyInfo {
  const info = CURRENCIES[code];
  if (!info) throw new InvalidInput('unsupported_currency', `Currency ${code} is not supported`);
  return info;
}

export function currencyByNumeric(numeric: string): string | undefined {
  return Object.entries(CURRENCIES).find(([, i]) => i.numeric === numeric)?.[0];
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_AMOUNT) {
    throw new InvalidInput('invalid_amount', 'An amount is a non-negative integer number of minor units');
  }
  currencyInfo(currency);
  return { amount, currency };
}

export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new RuleViolated('currency_mismatch', `Expected ${b.currency}, got ${a.currency}`);
  }
}

/**
 * `percent` of `total`, rounded half-up to the minor unit. Percentages carry at most two
 * decimals (basis points) so the arithmetic stays exact in integers.
 */
export function percentOf(total: Money, percent: number): Money {
  const basisPoints = Math.round(percent * 100);
  if (!(percent > 0 && percent <= 100) || Math.abs(basisPoints - percent * 100) > 1e-6) {
    throw new InvalidInput('invalid_percent', 'percent must be greater than 0, at most 100, with at most two decimals');
  }
  const scaled = BigInt(total.amount) * BigInt(basisPoints);
  const amount = (scaled + 5000n) / 10000n; // half-up: x.5 minor units round away from zero
  return { amount: Number(amount), currency: total.currency };
}

/** Human display, e.g. "1 234,56 €" in fr. Used only by templates. */
export function formatMoney(m: Money, locale: string): string {
  const { decimals } = currencyInfo(m.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(m.amount / 10 ** decimals);
}
