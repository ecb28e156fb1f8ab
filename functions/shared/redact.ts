import { luhnValid } from '../../domain/card';

/**
 * Everything logged passes through here. Card numbers, CVVs, keys, passwords, tokens and
 * signatures never reach a log line, whatever shape they arrive in.
 */
const SENSITIVE_KEY = /(key|password|secret|token|signature|cvv|cvc|pan|card_?number|cardnumber|authorization|identifier|pin)$/i;
const PAN = /\b(?:\d[ -]?){11,18}\d\b/g;
const API_KEY = /\bhk_[A-Za-z0-9_.-]{20,}/g;
const BEARER = /Bearer\s+[A-Za-z0-9._~+/=-]+/gi;

/**
 * 13 to 19 digits are redacted whatever they are; 12 digits (a Maestro card) only when they pass
 * Luhn, so that an AWS account id in an ARN, which mostly fails it, stays readable.
 */
const redactPan = (m: string): string => {
  const digits = m.replace(/\D/g, '');
  return digits.length > 12 || luhnValid(digits) ? `[number:${digits.slice(-4)}]` : m;
};

export function redactText(s: string): string {
  return s.replace(PAN, redactPan).replace(BEARER, 'Bearer [redacted]').replace(API_KEY, 'hk_[redacted]');
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[deep]';
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return { name: value.name, message: redactText(value.message), ...(value.stack ? { stack: redactText(value.stack) } : {}) };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE_KEY.test(k) ? '[redacted]' : redact(v, depth + 1)]));
  }
  return value;
}
