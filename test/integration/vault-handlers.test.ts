import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import { ScryptPinHasher } from '../../adapters/crypto/pin-hasher';
import * as entities from '../../adapters/dynamo/entities';
import { createHotel } from '../../app/create-hotel';
import { upsertReservation } from '../../app/upsert-reservation';
import { setContainer } from '../../functions/shared/container';
import { handler as importCard } from '../../functions/http/import-card';
import { handler as createUser } from '../../functions/http/create-user';
import { handler as reveal } from '../../functions/http/reveal-card';
import { apiEvent, call } from '../support/api';
import { FakeClock, freshDeps } from '../support/aws';
import { stay } from '../support/scenario';
import { registerSecret } from '../support/secrets';

/**
 * The vault's handlers with everything logged watched: the log guard (test/support/log-guard.ts)
 * fails the test if a card number, CVV-bearing body, PIN or key reaches any line, including the
 * error path, which logs.
 */
const PIN = '61729384';
registerSecret(PIN);
let table: string;
let apiKey: string;
const lines: string[] = [];

beforeAll(async () => {
  const ctx = await freshDeps(new FakeClock(new Date('2026-11-22T09:00:00Z')));
  table = ctx.resources.tableName;
  setContainer({ ...ctx.deps, pins: new ScryptPinHasher() });
  const created = await createHotel(ctx.deps, {
    name: 'Hôtel Coffre', email: 'desk@coffre.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId: '77778888', mode: 'TEST', testKey: 'VaultHandlersKey123' },
  });
  registerSecret(created.apiKey, 'VaultHandlersKey123');
  apiKey = created.apiKey;
  await upsertReservation(ctx.deps, created.hotelId, 'LOG-1', stay('2026-11-30'));
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    });
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method].bind(console);
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      original(...args);
    });
  }
});
afterAll(() => {
  jest.restoreAllMocks();
  setContainer(undefined);
});

describe('vault handlers and the logs', () => {
  it('stores, reveals and fails without a card number, CVV or PIN in any log line or error body', async () => {
    const stored = await call(importCard as never, apiEvent('POST', '/v1/reservations/LOG-1/cards', {
      key: apiKey, params: { reservationId: 'LOG-1' }, body: { holderName: 'Léa Durand', number: '4970100000000014', expiryMonth: 12, expiryYear: 2030, cvv: '913' },
    }));
    expect(stored.status).toBe(201);
    const refused = await call(importCard as never, apiEvent('POST', '/v1/reservations/LOG-1/cards', {
      key: apiKey, params: { reservationId: 'LOG-1' }, body: { holderName: 'Léa Durand', number: '4970100000000015', expiryMonth: 12, expiryYear: 2030 },
    }));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toMatch(/497010000000001/);
    expect((await call(createUser as never, apiEvent('POST', '/v1/users', { key: apiKey, body: { userId: 'desk', name: 'Desk', roles: ['cards:reveal'], pin: PIN } }))).status).toBe(201);
    const cardId = (stored.body as { cardId: string }).cardId;
    const shown = await call(reveal as never, apiEvent('POST', `/v1/cards/${cardId}/reveal`, { key: apiKey, params: { cardId }, body: { userId: 'desk', pin: PIN } }));
    expect(shown.body).toMatchObject({ number: '4970100000000014', cvv: '913' });

    // A damaged ciphertext: KMS refuses, the function logs the error and answers a bare 500.
    const item = { ...entities.cardSecret.key((await hotelOf(apiKey))!, 'LOG-1', cardId), entity: entities.cardSecret.ENTITY, sealed: { v: 1, key: 'AAAA', iv: 'AAAA', data: 'AAAA', tag: 'AAAA' } };
    await dynamoClient().send(new PutCommand({ TableName: table, Item: item }));
    const broken = await call(reveal as never, apiEvent('POST', `/v1/cards/${cardId}/reveal`, { key: apiKey, params: { cardId }, body: { userId: 'desk', pin: PIN } }));
    expect(broken.status).toBe(500);
    expect(JSON.stringify(broken.body)).toBe(JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side; nothing was changed. Please retry.' } }));
    expect(lines.some((l) => l.includes('unhandled error'))).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/4970100000000014|"913"|61729384/);
  });
});

async function hotelOf(key: string): Promise<string | undefined> {
  const { container } = await import('../../functions/shared/container');
  const { hashSecret } = await import('../../app/secrets');
  return container().store.findHotelIdByApiKeyHash(hashSecret(key));
}
