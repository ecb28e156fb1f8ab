/**
 * API keys with scopes and the Idempotency-Key, through the handlers as API Gateway calls them,
 * against moto (docs/api-keys.md): a key gives what its scopes say (a key made before scopes gives
 * everything), a revoked key stops at once, a rotated one an hour later; the same Idempotency-Key
 * replays the first answer and refuses another request.
 */
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import * as entities from '../../adapters/dynamo/entities';
import { hashSecret } from '../../app/secrets';
import { upgradeApiKeys } from '../../ops/migrate';
import { upsertReservation } from '../../app/upsert-reservation';
import type { Wired } from '../../app/deps';
import { setContainer } from '../../functions/shared/container';
import { requestHashOf } from '../../functions/shared/http';
import { handler as createHotelHandler } from '../../functions/http/create-hotel';
import { handler as createKey } from '../../functions/http/create-api-key';
import { handler as createHotelKey } from '../../functions/http/create-hotel-api-key';
import { handler as listKeys } from '../../functions/http/list-api-keys';
import { handler as rotateKey } from '../../functions/http/rotate-api-key';
import { handler as revokeKey } from '../../functions/http/revoke-api-key';
import { handler as getPolicy } from '../../functions/http/get-policy';
import { handler as createRefund } from '../../functions/http/create-refund';
import { handler as cancelReservation } from '../../functions/http/cancel-reservation';
import { handler as createUser } from '../../functions/http/create-user';
import { handler as importCard } from '../../functions/http/import-card';
import { apiEvent, call } from '../support/api';
import { FakeClock, freshDeps } from '../support/aws';
import { stay } from '../support/scenario';
import { registerSecret } from '../support/secrets';

const ADMIN = 'admin-key-for-api-key-tests-0123456789';
const PIN = '40271938';
registerSecret(ADMIN, PIN);
const clock = new FakeClock(new Date('2026-11-22T09:00:00Z'));
let deps: Wired;
let table = '';
let hotelId = '';
let fullKey = '';

type Handler = Parameters<typeof call>[0];
const req = (handler: unknown, method: string, path: string, opts: { key?: string; body?: unknown; params?: Record<string, string>; headers?: Record<string, string> } = {}) => {
  const event: APIGatewayProxyEvent = apiEvent(method, path, { ...(opts.body !== undefined ? { body: opts.body } : {}), ...(opts.key ? { key: opts.key } : {}), ...(opts.params ? { params: opts.params } : {}) });
  Object.assign(event.headers, opts.headers ?? {});
  return call(handler as Handler, event);
};
const db = () => dynamoClient();
const get = async (key: { PK: string; SK: string }) => (await db().send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item;

async function newKey(name: string, scopes: string[], key = fullKey): Promise<{ keyId: string; apiKey: string }> {
  const res = await req(createKey, 'POST', '/v1/api-keys', { key, body: { name, scopes } });
  expect(res.status).toBe(201);
  registerSecret(res.body.apiKey);
  return res.body;
}

beforeAll(async () => {
  const ctx = await freshDeps(clock);
  deps = ctx.deps;
  table = ctx.resources.tableName;
  Object.assign(process.env, { ADMIN_API_KEY_HASH: createHash('sha256').update(ADMIN).digest('hex'), PUBLIC_BASE_URL: 'https://api.example.com' });
  setContainer(deps);
  const hotel = await req(createHotelHandler, 'POST', '/v1/hotels', {
    key: ADMIN,
    body: { name: 'Hôtel des Clés', email: 'desk@cles.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris', psp: { provider: 'systempay', siteId: '24681357', mode: 'TEST', testKey: 'ApiKeysTestKey123' } },
  });
  expect(hotel.status).toBe(201);
  ({ hotelId, apiKey: fullKey } = hotel.body);
  registerSecret(fullKey, 'ApiKeysTestKey123');
  await upsertReservation(deps, hotelId, 'KEY-1', stay('2026-12-10'));
});
afterAll(() => setContainer(undefined));

describe('scopes', () => {
  it('refuses a route to a key without its scope (403 missing_scope naming it), and lets it use its own', async () => {
    const limited = await newKey('Front desk', ['read', 'reservations:write']);
    const refused = await req(createRefund, 'POST', '/v1/transactions/T-1/refunds', { key: limited.apiKey, params: { transactionId: 'T-1' }, body: { reason: 'x' } });
    expect(refused).toMatchObject({
      status: 403,
      body: { error: { code: 'missing_scope', message: 'POST /v1/transactions/{transactionId}/refunds needs scope refunds:write', details: { scope: 'refunds:write' } } },
    });
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: limited.apiKey })).status).toBe(200);
    // A cancellation that refunds needs refunds:write as well as reservations:write; one that keeps the deposit does not.
    const cancel = await req(cancelReservation, 'POST', '/v1/reservations/KEY-1/cancel', { key: limited.apiKey, params: { reservationId: 'KEY-1' }, body: { deposit: 'refund' } });
    expect(cancel.body.error).toMatchObject({ code: 'missing_scope', details: { scope: 'refunds:write' } });
    // Managing keys is a scope of its own.
    expect((await req(listKeys, 'GET', '/v1/api-keys', { key: limited.apiKey })).body.error).toMatchObject({ code: 'missing_scope', details: { scope: 'keys:manage' } });
  });

  it('lets a key give only the scopes it has', async () => {
    const manager = await newKey('Key manager', ['keys:manage', 'read']);
    expect((await req(createKey, 'POST', '/v1/api-keys', { key: manager.apiKey, body: { name: 'More', scopes: ['read', 'refunds:write'] } })).body.error)
      .toMatchObject({ code: 'missing_scope', details: { scope: 'refunds:write' } });
    const given = await newKey('Reader', ['read'], manager.apiKey);
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: given.apiKey })).status).toBe(200);
    // Nor rotate a key giving more than it has.
    expect((await req(rotateKey, 'POST', `/v1/api-keys/${manager.keyId}/rotate`, { key: given.apiKey, params: { keyId: manager.keyId } })).status).toBe(403);
    expect((await req(createKey, 'POST', '/v1/api-keys', { key: fullKey, body: { name: 'x', scopes: ['everything'] } })).status).toBe(400);
  });

  it('gives a key made before scopes existed every scope', async () => {
    const legacy = `hk_legacy_${'a'.repeat(40)}`;
    registerSecret(legacy);
    // As the first release stored it: the hotel and when, nothing else.
    await db().send(new PutCommand({ TableName: table, Item: { ...entities.apiKey.key(hashSecret(legacy)), entity: 'apiKey', hotelId, createdAt: '2026-01-01T00:00:00.000Z' } }));
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: legacy })).status).toBe(200);
    // Past the scope check: the refund route looks for the transaction.
    expect((await req(createRefund, 'POST', '/v1/transactions/T-1/refunds', { key: legacy, params: { transactionId: 'T-1' } })).body.error.code).toBe('transaction_not_found');
    const made = await req(createKey, 'POST', '/v1/api-keys', { key: legacy, body: { name: 'Made by a legacy key', scopes: ['refunds:write', 'keys:manage'] } });
    expect(made.status).toBe(201);
    registerSecret(made.body.apiKey);
    // Audited under the id the legacy key is known by (from its hash, not the key).
    const audit = await db().send(new QueryCommand({ TableName: table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': entities.apiKey.auditPartition(hotelId) } }));
    expect(audit.Items).toEqual(expect.arrayContaining([expect.objectContaining({ keyId: made.body.keyId, action: 'created', byKeyId: `legacy-${hashSecret(legacy).slice(0, 12)}` })]));

    // The operator's upgrade lists it, with every scope still, under the same id: the hotel can revoke it.
    const legacyId = `legacy-${hashSecret(legacy).slice(0, 12)}`;
    expect((await req(listKeys, 'GET', '/v1/api-keys', { key: fullKey })).body.apiKeys.map((k: { keyId: string }) => k.keyId)).not.toContain(legacyId);
    expect(await upgradeApiKeys(db(), table, { dryRun: true })).toEqual({ scanned: 1, upgraded: 1, dryRun: true });
    expect(await upgradeApiKeys(db(), table)).toEqual({ scanned: 1, upgraded: 1, dryRun: false });
    expect(await upgradeApiKeys(db(), table)).toEqual({ scanned: 0, upgraded: 0, dryRun: false });
    expect((await req(listKeys, 'GET', '/v1/api-keys', { key: fullKey })).body.apiKeys).toEqual(expect.arrayContaining([
      expect.objectContaining({ keyId: legacyId, name: 'Key made before scopes', fullAccess: true }),
    ]));
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: legacy })).status).toBe(200);
    expect((await req(revokeKey, 'DELETE', `/v1/api-keys/${legacyId}`, { key: fullKey, params: { keyId: legacyId } })).status).toBe(204);
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: legacy })).status).toBe(401);
  });
});

describe('keys', () => {
  it('lists keys with their scopes and last use, never a secret; last use written at most once a minute', async () => {
    const k = await newKey('Channel manager', ['read']);
    await req(getPolicy, 'GET', '/v1/hotel/policy', { key: k.apiKey });
    const firstUse = clock.now().toISOString();
    clock.advance(30_000);
    await req(getPolicy, 'GET', '/v1/hotel/policy', { key: k.apiKey });
    expect((await get(entities.apiKey.key(hashSecret(k.apiKey))))?.lastUsedAt).toBe(firstUse);
    clock.advance(31_000);
    await req(getPolicy, 'GET', '/v1/hotel/policy', { key: k.apiKey });
    const listed = await req(listKeys, 'GET', '/v1/api-keys', { key: fullKey });
    expect(listed.status).toBe(200);
    expect(listed.body.apiKeys).toEqual(expect.arrayContaining([
      { keyId: expect.any(String), name: 'Created with the hotel', scopes: expect.arrayContaining(['refunds:write', 'keys:manage']), fullAccess: true, createdAt: expect.any(String), lastUsedAt: expect.any(String) },
      { keyId: k.keyId, name: 'Channel manager', scopes: ['read'], fullAccess: false, createdAt: expect.any(String), lastUsedAt: clock.now().toISOString() },
    ]));
    expect(JSON.stringify(listed.body)).not.toMatch(/hk_/);
  });

  it('revokes a key at once; rotates one with an hour of overlap', async () => {
    const k = await newKey('Old PMS', ['read', 'keys:manage']);
    const rotated = await req(rotateKey, 'POST', `/v1/api-keys/${k.keyId}/rotate`, { key: fullKey, params: { keyId: k.keyId } });
    expect(rotated).toMatchObject({ status: 201, body: { keyId: k.keyId, name: 'Old PMS', scopes: ['read', 'keys:manage'], apiKey: expect.stringMatching(/^hk_/), previousExpiresAt: expect.any(String) } });
    registerSecret(rotated.body.apiKey);
    expect(rotated.body.apiKey).not.toBe(k.apiKey);
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: rotated.body.apiKey })).status).toBe(200);
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: k.apiKey })).status).toBe(200);
    // Listed once, under its id, with the overlap.
    expect((await req(listKeys, 'GET', '/v1/api-keys', { key: fullKey })).body.apiKeys.filter((x: { keyId: string }) => x.keyId === k.keyId))
      .toEqual([expect.objectContaining({ rotatedAt: clock.now().toISOString(), previousExpiresAt: rotated.body.previousExpiresAt })]);
    clock.advance(61 * 60_000);
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: k.apiKey })).body.error.code).toBe('invalid_api_key');
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: rotated.body.apiKey })).status).toBe(200);

    // A second rotation, then the revocation: every secret stops at once.
    const again = await req(rotateKey, 'POST', `/v1/api-keys/${k.keyId}/rotate`, { key: fullKey, params: { keyId: k.keyId } });
    registerSecret(again.body.apiKey);
    const revoked = await req(revokeKey, 'DELETE', `/v1/api-keys/${k.keyId}`, { key: rotated.body.apiKey, params: { keyId: k.keyId } });
    expect(revoked.status).toBe(204);
    for (const secret of [rotated.body.apiKey, again.body.apiKey]) {
      expect(await req(getPolicy, 'GET', '/v1/hotel/policy', { key: secret })).toMatchObject({ status: 401, body: { error: { code: 'invalid_api_key' } } });
    }
    expect((await req(revokeKey, 'DELETE', `/v1/api-keys/${k.keyId}`, { key: fullKey, params: { keyId: k.keyId } })).body.error.code).toBe('api_key_not_found');
    const audit = await db().send(new QueryCommand({ TableName: table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': entities.apiKey.auditPartition(hotelId) } }));
    expect(audit.Items!.filter((a) => a.keyId === k.keyId).map((a) => [a.action, a.byKeyId])).toEqual([
      ['created', expect.any(String)], ['rotated', expect.any(String)], ['rotated', expect.any(String)], ['revoked', k.keyId],
    ]);
  });

  it('lets the admin give a hotel a key', async () => {
    const made = await req(createHotelKey, 'POST', `/v1/hotels/${hotelId}/api-keys`, { key: ADMIN, params: { hotelId }, body: { name: 'PMS', scopes: ['read'] } });
    expect(made).toMatchObject({ status: 201, body: { scopes: ['read'], fullAccess: false } });
    registerSecret(made.body.apiKey);
    expect((await req(getPolicy, 'GET', '/v1/hotel/policy', { key: made.body.apiKey })).status).toBe(200);
    expect((await req(createHotelKey, 'POST', '/v1/hotels/NOPE/api-keys', { key: ADMIN, params: { hotelId: 'NOPE' }, body: { name: 'PMS', scopes: ['read'] } })).body.error.code).toBe('hotel_not_found');
    expect((await req(createHotelKey, 'POST', `/v1/hotels/${hotelId}/api-keys`, { key: fullKey, params: { hotelId }, body: { name: 'PMS', scopes: ['read'] } })).status).toBe(401);
  });

  it('records the key that stored a card', async () => {
    const importer = await newKey('OTA channel', ['cards:import']);
    const card = await req(importCard, 'POST', '/v1/reservations/KEY-1/cards', {
      key: importer.apiKey, params: { reservationId: 'KEY-1' }, body: { holderName: 'Anna Schmidt', number: '4970100000000014', expiryMonth: 12, expiryYear: 2030 },
    });
    expect(card.status).toBe(201);
    const audit = await db().send(new QueryCommand({ TableName: table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': entities.cardAudit.partition(hotelId, card.body.cardId) } }));
    expect(audit.Items).toEqual([expect.objectContaining({ action: 'store', keyId: importer.keyId })]);
  });
});

describe('Idempotency-Key', () => {
  const user = { userId: 'frontdesk', name: 'Front desk', roles: ['cards:reveal'], pin: PIN };
  const idem = (key: string) => ({ 'Idempotency-Key': key });

  it('replays the first answer to the same request, refuses another request under the key', async () => {
    const first = await req(createUser, 'POST', '/v1/users', { key: fullKey, body: user, headers: idem('user-1') });
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same body, its keys in another order: the same request.
    const again = await req(createUser, 'POST', '/v1/users', { key: fullKey, body: { pin: PIN, roles: ['cards:reveal'], name: 'Front desk', userId: 'frontdesk' }, headers: idem('user-1') });
    expect(again).toMatchObject({ status: 201, body: first.body, headers: { 'idempotent-replayed': 'true' } });
    // A replay is two calls: the key's read and the failed claim, which brings the record back (no read of it).
    const sent = jest.spyOn(DynamoDBDocumentClient.prototype, 'send');
    try {
      await req(createUser, 'POST', '/v1/users', { key: fullKey, body: user, headers: idem('user-1') });
      expect(sent.mock.calls.map(([c]) => c.constructor.name)).toEqual(['GetCommand', 'PutCommand']);
    } finally {
      sent.mockRestore();
    }
    const other = await req(createUser, 'POST', '/v1/users', { key: fullKey, body: { ...user, userId: 'night' }, headers: idem('user-1') });
    expect(other).toMatchObject({ status: 422, body: { error: { code: 'idempotency_key_reused' } } });
    // Without the key, the route runs again: the user exists.
    expect((await req(createUser, 'POST', '/v1/users', { key: fullKey, body: user })).body.error.code).toBe('user_exists');
  });

  it('keeps a business refusal as the answer, but not a conflict (the retry runs again)', async () => {
    const weak = await req(createUser, 'POST', '/v1/users', { key: fullKey, body: { ...user, userId: 'weak', pin: '123456' }, headers: idem('user-weak') });
    expect(weak.body.error.code).toBe('weak_pin');
    expect(await req(createUser, 'POST', '/v1/users', { key: fullKey, body: { ...user, userId: 'weak', pin: '123456' }, headers: idem('user-weak') }))
      .toMatchObject({ status: 400, body: weak.body, headers: { 'idempotent-replayed': 'true' } });
    const conflict = await req(createUser, 'POST', '/v1/users', { key: fullKey, body: user, headers: idem('user-conflict') });
    expect(conflict.body.error.code).toBe('user_exists');
    expect(await get(entities.idempotency.requestKey(hotelId, hashSecret('user-conflict')))).toBeUndefined();
  });

  it('does not keep our failure (5xx) as the answer: the retry with the same key runs again', async () => {
    const body = { holderName: 'Anna Schmidt', number: '4970100000000014', expiryMonth: 12, expiryYear: 2030 };
    const params = { reservationId: 'KEY-1' };
    // The vault's sealer fails (KMS unavailable): a port that throws, the table still moto.
    setContainer({ ...deps, sealer: { seal: async () => { throw new Error('KMS is unavailable'); }, open: async () => { throw new Error('KMS is unavailable'); } } });
    try {
      expect((await req(importCard, 'POST', '/v1/reservations/KEY-1/cards', { key: fullKey, params, body, headers: idem('card-1') })).status).toBe(500);
    } finally {
      setContainer(deps);
    }
    expect(await get(entities.idempotency.requestKey(hotelId, hashSecret('card-1')))).toBeUndefined();
    const retried = await req(importCard, 'POST', '/v1/reservations/KEY-1/cards', { key: fullKey, params, body, headers: idem('card-1') });
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
  });

  it('answers 409 while the first request holds the key, and takes over a claim whose lease ran out', async () => {
    const body = { ...user, userId: 'busy' };
    const requestHash = requestHashOf('POST', '/v1/users', body);
    const now = clock.now();
    await deps.store.claimRequest({ owner: hotelId, keyHash: hashSecret('user-busy'), requestHash, state: 'in_progress', leaseUntil: new Date(now.getTime() + 15_000).toISOString(), createdAt: now.toISOString() });
    expect(await req(createUser, 'POST', '/v1/users', { key: fullKey, body, headers: idem('user-busy') }))
      .toMatchObject({ status: 409, body: { error: { code: 'idempotency_key_in_progress' } }, headers: { 'retry-after': '1' } });
    clock.advance(16_000);
    expect((await req(createUser, 'POST', '/v1/users', { key: fullKey, body, headers: idem('user-busy') })).status).toBe(201);
  });

  it('is kept per hotel, and for 24 hours', async () => {
    const other = await req(createHotelHandler, 'POST', '/v1/hotels', {
      key: ADMIN,
      body: { name: 'Autre', email: 'desk@autre.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris', psp: { provider: 'systempay', siteId: '13572468', mode: 'TEST', testKey: 'ApiKeysOtherKey123' } },
    });
    registerSecret(other.body.apiKey, 'ApiKeysOtherKey123');
    const body = { ...user, userId: 'shared' };
    expect((await req(createUser, 'POST', '/v1/users', { key: fullKey, body, headers: idem('user-shared') })).status).toBe(201);
    expect((await req(createUser, 'POST', '/v1/users', { key: other.body.apiKey, body, headers: idem('user-shared') })).headers['idempotent-replayed']).toBeUndefined();
    clock.advance(24 * 3600_000 + 1000);
    expect((await req(createUser, 'POST', '/v1/users', { key: fullKey, body, headers: idem('user-shared') })).body.error.code).toBe('user_exists');
  });

  it('replays a new key with its secret, kept sealed, never in clear', async () => {
    const body = { name: 'Replayed', scopes: ['read'] };
    const first = await req(createKey, 'POST', '/v1/api-keys', { key: fullKey, body, headers: idem('key-1') });
    registerSecret(first.body.apiKey);
    const again = await req(createKey, 'POST', '/v1/api-keys', { key: fullKey, body, headers: idem('key-1') });
    expect(again).toMatchObject({ status: 201, body: first.body, headers: { 'idempotent-replayed': 'true' } });
    const kept = await get(entities.idempotency.requestKey(hotelId, hashSecret('key-1')));
    expect(kept).toMatchObject({ state: 'done', answer: { status: 201, sealedBody: expect.any(Object) } });
    expect(JSON.stringify(kept)).not.toContain(first.body.apiKey);
  });

  it('creates a hotel once under an Idempotency-Key (admin)', async () => {
    const body = { name: 'Once', email: 'desk@once.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris', psp: { provider: 'systempay', siteId: '11223344', mode: 'TEST', testKey: 'ApiKeysOnceKey123' } };
    registerSecret('ApiKeysOnceKey123');
    const first = await req(createHotelHandler, 'POST', '/v1/hotels', { key: ADMIN, body, headers: idem('hotel-once') });
    registerSecret(first.body.apiKey);
    expect(await req(createHotelHandler, 'POST', '/v1/hotels', { key: ADMIN, body, headers: idem('hotel-once') }))
      .toMatchObject({ status: 201, body: first.body, headers: { 'idempotent-replayed': 'true' } });
  });

  it('refuses a malformed key before anything runs', async () => {
    expect((await req(createUser, 'POST', '/v1/users', { key: fullKey, body: { ...user, userId: 'bad' }, headers: idem('with space') })).body.error.code).toBe('invalid_input');
  });
});
