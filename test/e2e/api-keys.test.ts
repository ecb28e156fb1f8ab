import type { LocalStack } from '../../local/runtime';
import { Client, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/** API keys over HTTP on the local stack: scoped keys, revocation (DELETE) at once, a replayed request. */
let stack: LocalStack;
let owner: Client;

beforeAll(async () => {
  stack = await startTestStack();
  const created = await new Client(stack.url, stack.adminApiKey).req('POST', '/v1/hotels', {
    name: 'Hôtel des Clés', email: 'desk@cles.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId: '86427531', mode: 'TEST', testKey: 'E2eKeysTestKey123' },
  });
  registerSecret('E2eKeysTestKey123', created.body.apiKey);
  owner = new Client(stack.url, created.body.apiKey);
});
afterAll(async () => {
  await stack?.stop();
});

describe('API keys on the local stack', () => {
  it('makes a scoped key, refuses it what it lacks, revokes it at once', async () => {
    const made = await owner.req('POST', '/v1/api-keys', { name: 'Reporting', scopes: ['read'] });
    expect(made).toMatchObject({ status: 201, body: { keyId: expect.any(String), apiKey: expect.stringMatching(/^hk_/), scopes: ['read'] } });
    registerSecret(made.body.apiKey);
    const reporting = new Client(stack.url, made.body.apiKey);
    expect((await reporting.req('GET', '/v1/hotel/policy')).status).toBe(200);
    expect((await reporting.req('POST', '/v1/transactions/T-1/refunds', {})).body.error).toMatchObject({ code: 'missing_scope', details: { scope: 'refunds:write' } });
    const revoked = await owner.req('DELETE', `/v1/api-keys/${made.body.keyId}`);
    expect(revoked.status).toBe(204);
    expect(revoked.text).toBe('');
    expect((await reporting.req('GET', '/v1/hotel/policy')).status).toBe(401);
    expect((await owner.req('GET', '/v1/api-keys')).body.apiKeys.map((k: { name: string }) => k.name)).toEqual(['Created with the hotel']);
  });

  it('replays a request sent again with its Idempotency-Key', async () => {
    const send = (body: unknown) => fetch(`${stack.url}/v1/users`, {
      method: 'POST', headers: { authorization: `Bearer ${owner.key}`, 'content-type': 'application/json', 'idempotency-key': 'e2e-user-1' }, body: JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, replayed: res.headers.get('idempotent-replayed'), body: await res.json() as Record<string, unknown> }));
    const user = { userId: 'frontdesk', name: 'Front desk', roles: ['cards:reveal'], pin: '40271938' };
    registerSecret(user.pin);
    const first = await send(user);
    expect(first).toMatchObject({ status: 201, replayed: null });
    expect(await send(user)).toEqual({ status: 201, replayed: 'true', body: first.body });
    expect((await send({ ...user, userId: 'night' })).status).toBe(422);
  });
});
