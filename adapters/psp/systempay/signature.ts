import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureAlgorithm = 'HMAC-SHA-256' | 'SHA-1';

export type Fields = Readonly<Record<string, string>>;

/**
 * The string Systempay signs: the values of every `vads_*` field sorted by field name, joined
 * with "+", then "+" and the key. Empty values stay in (they give "++").
 */
export function signingString(fields: Fields, key: string): string {
  const names = Object.keys(fields).filter((n) => n.startsWith('vads_')).sort();
  return [...names.map((n) => fields[n] ?? ''), key].join('+');
}

/** Form API signature: HMAC-SHA-256 (Base64) keyed by the shop key, or the legacy SHA-1 (hex). */
export function sign(fields: Fields, key: string, algorithm: SignatureAlgorithm = 'HMAC-SHA-256'): string {
  const content = signingString(fields, key);
  return algorithm === 'HMAC-SHA-256'
    ? createHmac('sha256', key).update(content, 'utf8').digest('base64')
    : createHash('sha1').update(content, 'utf8').digest('hex');
}

/** Constant-time comparison of a received signature with the one recomputed over the received fields. */
export function verify(fields: Fields, signature: string | undefined, key: string, algorithm: SignatureAlgorithm = 'HMAC-SHA-256'): boolean {
  if (!signature) return false;
  const expected = Buffer.from(sign(fields, key, algorithm));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
