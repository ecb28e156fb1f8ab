/**
 * The pure parts of keys and idempotency: scopes and what a key may give, last use once a minute,
 * what a key shows of itself, when two requests are the same and which answers are final; and the
 * catalog's rule that a hotel route without a scope does not compile.
 */
import { assertMayGrant, hasScope, hotelNamedBy, keySecretFor, keyView, lastUseDue, legacyKeyId, requireScope, SCOPES, validateKeyInput } from '../../domain/api-key';
import type { HttpTrigger } from '../../functions/catalog';
import { canonicalJson, isFinalAnswer, requestHashOf } from '../../functions/shared/http';

const codeOf = (f: () => unknown): string => {
  try {
    f();
    return 'none';
  } catch (e) {
    return `${(e as { kind?: string }).kind}:${(e as { code?: string }).code}`;
  }
};

describe('scopes', () => {
  it('gives a full-scope key every scope, a scoped key only its own', () => {
    expect(SCOPES.every((s) => hasScope('all', s))).toBe(true);
    expect(hasScope(['read'], 'read')).toBe(true);
    expect(hasScope(['read'], 'refunds:write')).toBe(false);
  });

  it('refuses a missing scope with 403 missing_scope, naming it', () => {
    let error: unknown;
    try {
      requireScope(['read'], 'refunds:write', 'POST /v1/transactions/{transactionId}/refunds');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ kind: 'forbidden', code: 'missing_scope', message: 'POST /v1/transactions/{transactionId}/refunds needs scope refunds:write', details: { scope: 'refunds:write' } });
  });

  it('lets a key give only what it has', () => {
    expect(codeOf(() => assertMayGrant(['read', 'keys:manage'], ['read']))).toBe('none');
    expect(codeOf(() => assertMayGrant(['read', 'keys:manage'], ['read', 'refunds:write']))).toBe('forbidden:missing_scope');
    expect(codeOf(() => assertMayGrant('all', [...SCOPES]))).toBe('none');
  });

  it('validates a new key: a name, known scopes (deduplicated, in the catalog order)', () => {
    expect(validateKeyInput({ name: ' PMS ', scopes: ['refunds:write', 'read', 'read'] })).toEqual({ name: 'PMS', scopes: ['read', 'refunds:write'] });
    expect(codeOf(() => validateKeyInput({ name: '', scopes: ['read'] }))).toBe('invalid_input:invalid_name');
    expect(codeOf(() => validateKeyInput({ name: 'x'.repeat(101), scopes: ['read'] }))).toBe('invalid_input:invalid_name');
    expect(codeOf(() => validateKeyInput({ name: 'PMS', scopes: [] }))).toBe('invalid_input:invalid_scopes');
    expect(codeOf(() => validateKeyInput({ name: 'PMS', scopes: ['admin'] }))).toBe('invalid_input:unknown_scope');
  });
});

describe('keys', () => {
  it('writes last use at most once a minute', () => {
    const now = new Date('2026-11-22T09:00:00Z');
    expect(lastUseDue(undefined, now)).toBe(true);
    expect(lastUseDue('2026-11-22T08:59:01Z', now)).toBe(false);
    expect(lastUseDue('2026-11-22T08:59:00Z', now)).toBe(true);
  });

  it('shows a key without its secret; a full-scope key with every scope of today', () => {
    expect(keyView({ hotelId: 'H', keyId: 'K', name: 'PMS', scopes: 'all', createdAt: '2026-11-22T09:00:00.000Z' }))
      .toEqual({ keyId: 'K', name: 'PMS', scopes: [...SCOPES], fullAccess: true, createdAt: '2026-11-22T09:00:00.000Z' });
    expect(keyView({ hotelId: 'H', keyId: 'K', name: 'PMS', scopes: ['read'], createdAt: 'c', lastUsedAt: 'l' })).toEqual({ keyId: 'K', name: 'PMS', scopes: ['read'], fullAccess: false, createdAt: 'c', lastUsedAt: 'l' });
  });

  it('names a key made before ids by 12 hex digits of its hash', () => {
    expect(legacyKeyId('0123456789abcdef'.repeat(4))).toBe('legacy-0123456789ab');
  });
});

describe('Idempotency-Key', () => {
  it('takes two bodies that differ only in key order as one request; path, method and values tell requests apart', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
    const h = requestHashOf('POST', '/v1/users', { a: 1, b: 2 });
    expect(requestHashOf('POST', '/v1/users', { b: 2, a: 1 })).toBe(h);
    expect(requestHashOf('POST', '/v1/users', { a: 1, b: 3 })).not.toBe(h);
    expect(requestHashOf('POST', '/v1/cards', { a: 1, b: 2 })).not.toBe(h);
    expect(requestHashOf('POST', '/v1/users', undefined)).toBe(requestHashOf('POST', '/v1/users', null));
  });

  it('keeps successes and business refusals, not our failures, conflicts or throttles', () => {
    expect([200, 201, 202, 204, 400, 403, 404, 410, 422].every(isFinalAnswer)).toBe(true);
    expect([409, 429, 500, 502, 503].some(isFinalAnswer)).toBe(false);
  });
});

describe('the catalog', () => {
  it('does not compile a hotel route without a scope', () => {
    // @ts-expect-error a hotel route must name its scope
    const missing: HttpTrigger = { kind: 'http', method: 'POST', path: '/v1/x', auth: 'hotel' };
    const given: HttpTrigger = { kind: 'http', method: 'POST', path: '/v1/x', auth: 'hotel', scope: 'read', idempotent: true };
    // @ts-expect-error only hotel routes have a scope
    const admin: HttpTrigger = { kind: 'http', method: 'POST', path: '/v1/x', auth: 'admin', scope: 'read' };
    expect([missing, given, admin]).toHaveLength(3);
  });
});

describe('a key naming its hotel', () => {
  it('names the hotel the key was made for, and nothing for a key made before or a malformed one', () => {
    const random = 'Q2hvc2VuIGF0IHJhbmRvbSwgMjU2IGJpdHM_aGVyZQ';
    expect(hotelNamedBy(keySecretFor('H-PARIS_01', random))).toBe('H-PARIS_01');
    expect(hotelNamedBy(`hk_${random}`)).toBeUndefined();
    expect(hotelNamedBy(`hk_H1.short`)).toBeUndefined();
    expect(hotelNamedBy(`hk_${'h'.repeat(65)}.${random}`)).toBeUndefined();
    expect(hotelNamedBy(`hk_H/1.${random}`)).toBeUndefined();
  });
});
