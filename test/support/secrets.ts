/** Values that must never appear in a log line during the run (API keys, PSP keys, passwords). */
const registry: Set<string> = ((globalThis as { __secrets?: Set<string> }).__secrets ??= new Set());

export function registerSecret(...values: (string | undefined)[]): void {
  for (const v of values) if (v && v.length >= 8) registry.add(v);
}
export const registeredSecrets = (): ReadonlySet<string> => registry;

/**
 * Any standalone run of 13–19 digits (spaces or dashes allowed between them) that passes Luhn and
 * starts like a card counts as a leak: the same shape the log redactor removes. Digits inside a
 * word, such as a hex hash or an identifier, are not a card number.
 */
export function looksLikePan(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\w])(\d(?:[ -]?\d){12,18})(?![\w])/g)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (luhn(digits) && /^(4|5[1-5]|5970|2[2-7]|3[47]|6)/.test(digits)) return digits;
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
