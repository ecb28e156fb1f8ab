import { addDays, localDate } from '../../domain/time';
import type { LocalStack } from '../../local/runtime';
import { Client, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/** The card vault over HTTP on the local stack: masked listings, users, PIN, audited reveal. */
const today = localDate(new Date(), 'Europe/Paris');
const PIN = '58204719';
const MANAGER_PIN = '58203917';
registerSecret(PIN, MANAGER_PIN);
let stack: LocalStack;
let api: Client;
let other: Client;

async function hotel(siteId: string): Promise<Client> {
  const created = await new Client(stack.url, stack.adminApiKey).req('POST', '/v1/hotels', {
    name: `Hôtel ${siteId}`, email: `desk-${siteId}@hotel.example`, defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId, mode: 'TEST', testKey: `VaultKey${siteId}` },
  });
  registerSecret(`VaultKey${siteId}`, created.body.apiKey);
  return new Client(stack.url, created.body.apiKey);
}

beforeAll(async () => {
  stack = await startTestStack();
  api = await hotel('11223344');
  other = await hotel('55667788');
  await api.req('PUT', '/v1/reservations/OTA-1', {
    guest: { firstName: 'Jonas', lastName: 'Weber', email: 'jonas@example.com', language: 'de' },
    arrival: addDays(today, 10), departure: addDays(today, 12), total: { amount: 40_000, currency: 'EUR' }, optionDeadline: addDays(today, 3),
  });
});
afterAll(async () => {
  await stack?.stop();
});

describe('card vault on the local stack', () => {
  it('stores an OTA card, lists it masked, and reveals it once in full to a user with the right and PIN', async () => {
    const bad = await api.req('POST', '/v1/reservations/OTA-1/cards', { holderName: 'Jonas Weber', number: '4970 1000 0000 0015', expiryMonth: 12, expiryYear: 2030 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_card_number');
    expect(bad.text).not.toContain('0015');
    const stored = await api.req('POST', '/v1/reservations/OTA-1/cards', { holderName: 'Jonas Weber', number: '4970 1000 0000 0014', expiryMonth: 12, expiryYear: 2030, cvv: '737', source: 'booking.com' });
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ cardId: expect.any(String), last4: '0014', brand: 'VISA', expiryMonth: 12, expiryYear: 2030, status: 'active' });
    const { cardId } = stored.body;
    const listed = await api.req('GET', '/v1/reservations/OTA-1/cards');
    expect(listed.body.cards).toEqual([expect.objectContaining({ cardId, maskedNumber: '497010XXXXXX0014' })]);
    const reservation = await api.req('GET', '/v1/reservations/OTA-1');
    for (const text of [stored.text, listed.text, reservation.text]) expect(text).not.toMatch(/4970100000000014|737/);

    expect((await api.req('POST', '/v1/users', { userId: 'frontdesk.anna', name: 'Anna', roles: ['cards:reveal'], pin: PIN })).status).toBe(201);
    expect((await api.req('POST', '/v1/users', { userId: 'frontdesk.anna', name: 'Anna', roles: ['cards:reveal'], pin: PIN })).status).toBe(409);
    expect((await api.req('POST', '/v1/users', { userId: 'x', name: 'X', roles: ['root'], pin: PIN })).status).toBe(400);
    expect((await api.req('POST', '/v1/users', { userId: 'y', name: 'Y', roles: ['cards:reveal'], pin: '1234' })).status).toBe(400);
    // The hotel is told at its own address, once: the refused requests created no one.
    await stack.settle();
    const told = (await new Client(stack.url).req('GET', '/local/outbox')).body.emails.filter((m: { to: string[] }) => m.to.includes('desk-11223344@hotel.example'));
    expect(told.map((m: { subject: string }) => m.subject)).toEqual(['Nouvel utilisateur du coffre-fort des cartes : Anna (frontdesk.anna) – Hôtel 11223344']);

    const first = await api.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: PIN });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ holderName: 'Jonas Weber', number: '4970100000000014', expiryMonth: 12, expiryYear: 2030, cvv: '737' });
    expect(first.headers.get('cache-control')).toBe('no-store');
    const second = await api.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: PIN });
    expect(second.body.cvv).toBeUndefined();

    for (let i = 0; i < 5; i++) expect((await api.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: '99990000' })).status).toBe(403);
    const locked = await api.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: PIN });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('user_locked');
    expect((await api.req('POST', '/v1/users/frontdesk.anna/unlock')).body).toMatchObject({ locked: false });
    expect((await api.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: PIN })).status).toBe(200);

    const audit = await api.req('GET', `/v1/cards/${cardId}/audit`);
    expect(audit.body.entries.filter((e: { action: string }) => e.action === 'reveal').map((e: { outcome: string }) => e.outcome)).toEqual([
      'revealed', 'revealed', 'wrong_pin', 'wrong_pin', 'wrong_pin', 'wrong_pin', 'wrong_pin_locked', 'locked', 'revealed',
    ]);
    expect(audit.body.entries[1]).toMatchObject({ userId: 'frontdesk.anna', at: expect.any(String), sourceIp: expect.stringMatching(/127\.0\.0\.1/) });

    // Another hotel, no key, and a malformed body.
    expect((await other.req('GET', '/v1/reservations/OTA-1/cards')).status).toBe(404);
    expect((await other.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: PIN })).status).toBe(404);
    expect((await other.req('GET', `/v1/cards/${cardId}/audit`)).status).toBe(404);
    expect((await api.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: PIN }, 'no-such-key')).status).toBe(401);
    expect((await api.req('POST', `/v1/cards/${cardId}/reveal`, '{"userId":')).status).toBe(400);

    // A manager erases the card: masked card kept, reveal answers 410.
    expect((await api.req('POST', '/v1/users', { userId: 'manager.max', name: 'Max', roles: ['cards:manage'], pin: MANAGER_PIN })).status).toBe(201);
    expect((await other.req('POST', `/v1/cards/${cardId}/erase`, { userId: 'manager.max', pin: MANAGER_PIN })).status).toBe(404);
    expect((await api.req('POST', `/v1/cards/${cardId}/erase`, { userId: 'frontdesk.anna', pin: PIN })).body.error.code).toBe('missing_role');
    const erased = await api.req('POST', `/v1/cards/${cardId}/erase`, { userId: 'manager.max', pin: MANAGER_PIN });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ cardId, status: 'purged', erasedBy: 'manager.max', last4: expect.any(String) });
    const gone = await api.req('POST', `/v1/cards/${cardId}/reveal`, { userId: 'frontdesk.anna', pin: PIN });
    expect([gone.status, gone.body.error.code]).toEqual([410, 'card_erased']);
    expect((await api.req('GET', '/v1/reservations/OTA-1/cards')).body.cards[0]).toMatchObject({ status: 'purged', erasedBy: 'manager.max' });
  });

  it('runs the purge job on demand', async () => {
    const run = await new Client(stack.url).req('POST', '/local/jobs/card-purge');
    expect(run.status).toBe(200);
  });
});
