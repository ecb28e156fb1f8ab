/** Values that must never appear in a log line during the run (API keys, PSP keys, passwords). */
const registry: Set<string> = ((globalThis as { __secrets?: Set<string> }).__secrets ??= new Set());

export function registerSecret(...values: (string | undefined)[]): void {
  for (const v of values) if (v && v.length >= 8) registry.add(v);
}
export const registeredSecrets = (): ReadonlySet<string> => registry;

/** How a card number starts; 12 digits are only a Maestro's, with the prefixes domain/card.ts accepts. */
const CARD_START = /^(4|5[0-8]|5970|2[2-7]|3[47]|6)/;
const MAESTRO_START = /^(50|5[6-8]|6304|6759|67677[04])/;

/**
 * Any standalone run of 12–19 digits (spaces or dashes allowed between them) that passes Luhn and
 * starts like a card counts as a leak: the same shape the log redactor removes. Digits inside a
 * word, such as a hex hash or an identifier, are not a card number.
 */
export function looksLikePan(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\w])(\d(?:[ -]?\d){11,18})(?![\w])/g)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (luhn(digits) && (digits.length === 12 ? MAESTRO_START : CARD_START).test(digits)) return digits;
  }
  return undefined;
}

function luhn(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}
