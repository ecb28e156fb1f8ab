import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { awsCallCounts, resetAwsCallCounts } from '../../adapters/aws/clients';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import * as entities from '../../adapters/dynamo/entities';
import { ScryptPinHasher } from '../../adapters/crypto/pin-hasher';
import type { Wired } from '../../app/deps';
import { purgeCards } from '../../app/purge-cards';
import { setPolicy } from '../../app/policy';
import { cardContext } from '../../app/secrets';
import { sendEmailsFor } from '../../app/send-emails';
import { upsertReservation } from '../../app/upsert-reservation';
import { cardAudit, createVaultUser, eraseCard, importCard, listCards, revealCard, unlockVaultUser } from '../../app/vault';
import { DomainError } from '../../domain/errors';
import { readOutbox } from '../../local/outbox';
import { FakeClock, freshDeps } from '../support/aws';
import { startPspHarness, type PspHarness } from '../support/psp-harness';
import { ask, committedEvents, reserve, stay } from '../support/scenario';
import { registerSecret } from '../support/secrets';

/** The card vault against moto: real KMS envelope encryption with contexts, conditional writes. */
let clock: FakeClock;
let deps: Wired;
let table: string;
let psp: PspHarness;
let hotelId: string;

const VISA = '4970100000000014';
const MASTERCARD = '5100010000000106';
const PIN = '40271938';
const OTHER_PIN = '83920174';
registerSecret(PIN, OTHER_PIN);

beforeEach(async () => {
  // Departure of the scenario's stay is 2027-01-12: the cards live until 2027-01-19 end of day, Paris.
  clock = new FakeClock(new Date('2026-11-22T09:00:00Z'));
  const fresh = await freshDeps(clock);
  table = fresh.resources.tableName;
  psp = await startPspHarness({ ...fresh.deps, pins: new ScryptPinHasher() });
  deps = psp.deps;
  hotelId = await psp.hotel();
  await reserve(deps, hotelId, 'V-1', '2026-11-30');
});
afterEach(async () => psp.stop());

const otaCard = (number = VISA, cvv: string | undefined = '123') => ({ holderName: 'Léa Durand', number, expiryMonth: 12, expiryYear: 2029, ...(cvv ? { cvv } : {}), source: 'booking.com' });
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof DomainError ? `${e.kind}:${e.code}` : `thrown:${(e as Error).name}`));
const user = (userId: string, roles: string[] = ['cards:reveal'], pin = PIN) => createVaultUser(deps, hotelId, { userId, name: `User ${userId}`, roles, pin });

/** Test-only look at the hotel's stored PSP notifications, as written (the product never scans). */
async function storedNotifications(): Promise<Record<string, unknown>[]> {
  const out = await dynamoClient().send(new ScanCommand({
    TableName: table, ConsistentRead: true, FilterExpression: 'entity = :e AND begins_with(PK, :pk)',
    ExpressionAttributeValues: { ':e': entities.notification.ENTITY, ':pk': entities.notification.keyPrefix(hotelId) },
  }));
  return out.Items ?? [];
}

describe('storing cards', () => {
  it('stores an OTA card sealed and answers masked, with exactly one primary card', async () => {
    const first = await importCard(deps, hotelId, 'V-1', otaCard());
    expect(first).toMatchObject({ last4: '0014', brand: 'VISA', maskedNumber: '497010XXXXXX0014', expiryMonth: 12, expiryYear: 2029, status: 'active', primary: true, verification: 'unverified', cvvAvailable: true, source: 'booking.com' });
    const second = await importCard(deps, hotelId, 'V-1', { ...otaCard(MASTERCARD, undefined), primary: true });
    const { cards } = await listCards(deps, hotelId, 'V-1');
    expect(cards.map((c) => [c.cardId, c.primary])).toEqual([[first.cardId, false], [second.cardId, true]]);
    expect(JSON.stringify(cards)).not.toMatch(/4970100000000014|5100010000000106/);
    // At rest: the number and CVV are not in the table in clear.
    const raw = await dynamoClient().send(new GetCommand({ TableName: table, Key: entities.cardSecret.key(hotelId, 'V-1', first.cardId) }));
    expect(JSON.stringify(raw.Item)).not.toContain(VISA);
    expect(raw.Item!.ttl).toBe(Math.ceil(Date.parse(first.purgeAt) / 1000));
    expect(first.purgeAt).toBe('2027-01-19T22:59:59.999Z');
  });

  it('refuses invalid cards without echoing them, and changes nothing', async () => {
    expect(await codeOf(importCard(deps, hotelId, 'V-1', otaCard('4970100000000015')))).toBe('invalid_input:invalid_card_number');
    expect(await codeOf(importCard(deps, hotelId, 'V-1', { ...otaCard(), expiryYear: 2025 }))).toBe('invalid_input:card_expired');
    expect(await codeOf(importCard(deps, hotelId, 'V-1', otaCard(VISA, '12')))).toBe('invalid_input:invalid_cvv');
    const err = await importCard(deps, hotelId, 'V-1', otaCard('4970100000000015')).catch((e: Error) => e);
    expect(JSON.stringify({ ...(err as object), message: (err as Error).message })).not.toContain('497010000000001');
    expect((await listCards(deps, hotelId, 'V-1')).cards).toEqual([]);
  });

  it('binds each ciphertext to its card: a secret copied to another card does not open', async () => {
    const a = await importCard(deps, hotelId, 'V-1', otaCard());
    const b = await importCard(deps, hotelId, 'V-1', otaCard(MASTERCARD));
    await user('ana');
    const stolen = await dynamoClient().send(new GetCommand({ TableName: table, Key: entities.cardSecret.key(hotelId, 'V-1', a.cardId) }));
    await dynamoClient().send(new PutCommand({ TableName: table, Item: { ...stolen.Item, ...entities.cardSecret.key(hotelId, 'V-1', b.cardId) } }));
    const result = await revealCard(deps, hotelId, b.cardId, { userId: 'ana', pin: PIN }).then((r) => r.number, (e: Error) => e.name);
    expect(result).not.toBe(VISA);
    expect(result).toMatch(/InvalidCiphertext|AccessDenied|Error/);
    // The right card still opens.
    expect((await revealCard(deps, hotelId, a.cardId, { userId: 'ana', pin: PIN })).number).toBe(VISA);
    // And the context is the whole binding: another card id in the context is refused by KMS.
    await expect(deps.sealer.open(stolen.Item!.sealed, cardContext(hotelId, 'V-1', b.cardId, 'card-secret'))).rejects.toThrow();
  });
});

describe('revealing a card', () => {
  it('needs the role and the PIN, locks after 5 wrong PINs until unlocked, and audits every attempt', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('nora', ['cards:manage'], OTHER_PIN);
    await user('ana');
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'nora', pin: OTHER_PIN }))).toBe('forbidden:missing_role');
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ghost', pin: PIN }))).toBe('forbidden:wrong_pin');
    for (let i = 0; i < 5; i++) expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: '11112222', sourceIp: '203.0.113.7' }))).toBe('forbidden:wrong_pin');
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }))).toBe('locked:user_locked');
    expect(await unlockVaultUser(deps, hotelId, 'ana')).toMatchObject({ locked: false, failedAttempts: 0 });
    const shown = await revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN, sourceIp: '203.0.113.7' });
    expect(shown).toEqual({ holderName: 'Léa Durand', number: VISA, expiryMonth: 12, expiryYear: 2029, cvv: '123' });

    const { entries } = await cardAudit(deps, hotelId, card.cardId);
    expect(entries.map((e) => `${e.userId}:${e.action}:${e.outcome}`)).toEqual([
      'pms:store:stored', 'nora:reveal:forbidden', 'ghost:reveal:unknown_user',
      'ana:reveal:wrong_pin', 'ana:reveal:wrong_pin', 'ana:reveal:wrong_pin', 'ana:reveal:wrong_pin', 'ana:reveal:wrong_pin_locked',
      'ana:reveal:locked', 'ana:reveal:revealed',
    ]);
    expect(entries.at(-1)).toMatchObject({ sourceIp: '203.0.113.7', cvvShown: true, at: expect.any(String) });
  });

  it('does the same AWS calls for an unknown user as for a wrong PIN, so timing tells neither', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('ana');
    const callsOf = async (who: { userId: string; pin: string }) => {
      resetAwsCallCounts();
      expect(await codeOf(revealCard(deps, hotelId, card.cardId, who))).toBe('forbidden:wrong_pin');
      return Object.values(awsCallCounts()).reduce((a, b) => a + b, 0);
    };
    const wrong = await callsOf({ userId: 'ana', pin: '11112222' });
    expect(await callsOf({ userId: 'nobody', pin: '11112222' })).toBe(wrong);
  });

  it('lets 20 guesses at once check at most 5 PINs before the lock', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('ana');
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: String(10_000_000 + i * 7919) }))));
    expect(codes.filter((c) => c === 'forbidden:wrong_pin')).toHaveLength(5);
    expect(codes.filter((c) => c === 'locked:user_locked')).toHaveLength(15);
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }))).toBe('locked:user_locked');
  });

  it('shows the CVV once, even to two reveals at the same moment', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('ana');
    await user('ben', ['cards:reveal'], OTHER_PIN);
    const both = await Promise.all([
      revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }),
      revealCard(deps, hotelId, card.cardId, { userId: 'ben', pin: OTHER_PIN }),
    ]);
    expect(both.filter((r) => r.cvv === '123')).toHaveLength(1);
    expect(both.every((r) => r.number === VISA)).toBe(true);
    expect((await revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN })).cvv).toBeUndefined();
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ cvvAvailable: false });
    const raw = await dynamoClient().send(new GetCommand({ TableName: table, Key: entities.cardSecret.cvvKey(hotelId, 'V-1', card.cardId) }));
    expect(raw.Item).toBeUndefined();
  });

  it('keeps the CVV when it cannot be opened: the next reveal shows it', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('ana');
    const open = deps.sealer.open.bind(deps.sealer);
    const failing = jest.spyOn(deps.sealer, 'open').mockImplementation(async (sealed, context) => {
      if (context.purpose === 'card-cvv') throw new Error('KMS is unavailable');
      return open(sealed, context);
    });
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }))).toBe('thrown:Error');
    failing.mockRestore();
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ cvvAvailable: true });
    expect((await revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN })).cvv).toBe('123');
    expect((await revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN })).cvv).toBeUndefined();
  });

  it('purges number, CVV and token 7 days after departure; revealing then answers 410', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('ana');
    clock.current = new Date('2027-01-19T22:00:00Z');
    expect(await purgeCards(deps, { maxItems: 10 })).toMatchObject({ examined: 0 });
    expect((await revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN })).number).toBe(VISA);
    clock.current = new Date('2027-01-20T00:00:00Z');
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }))).toBe('gone:card_purged');
    expect(await purgeCards(deps, { maxItems: 10 })).toMatchObject({ examined: 1, purged: 1 });
    expect(await purgeCards(deps, { maxItems: 10 })).toMatchObject({ examined: 0 });
    expect(await deps.store.getCardSecret(hotelId, 'V-1', card.cardId)).toBeUndefined();
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ status: 'purged', last4: '0014', cvvAvailable: false, purgedAt: '2027-01-20T00:00:00.000Z' });
    expect((await cardAudit(deps, hotelId, card.cardId)).entries.map((e) => e.outcome)).toEqual(['stored', 'revealed', 'purged', 'purged']);
  });

  it('moves the purge with the departure and honours a shorter hotel retention', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await upsertReservation(deps, hotelId, 'V-1', { ...stay('2026-11-30'), departure: '2027-01-15' });
    const moved = (await listCards(deps, hotelId, 'V-1')).cards[0]!;
    expect(moved.purgeAt).toBe('2027-01-22T22:59:59.999Z');
    const raw = await dynamoClient().send(new GetCommand({ TableName: table, Key: entities.cardSecret.key(hotelId, 'V-1', card.cardId) }));
    expect(raw.Item!.ttl).toBe(Math.ceil(Date.parse(moved.purgeAt) / 1000));
    await setPolicy(deps, hotelId, { defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'expire', cardRetentionDays: 2 });
    expect((await importCard(deps, hotelId, 'V-1', otaCard(MASTERCARD))).purgeAt).toBe('2027-01-17T22:59:59.999Z');
  });

  it('does not move the purge of a card past its purge time that the job has not purged yet', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('ana');
    clock.current = new Date('2027-01-20T00:00:00Z');
    await upsertReservation(deps, hotelId, 'V-1', { ...stay('2026-11-30'), departure: '2027-01-25' });
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ status: 'active', purgeAt: card.purgeAt });
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }))).toBe('gone:card_purged');
    expect(await purgeCards(deps, { maxItems: 10 })).toMatchObject({ examined: 1, purged: 1 });
    expect(await deps.store.getCardSecret(hotelId, 'V-1', card.cardId)).toBeUndefined();
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ status: 'purged', purgeAt: card.purgeAt });
  });

  it('lets a cards:manage user erase a card now: secrets gone, masked card and audit kept', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('ana');
    await user('max', ['cards:manage'], OTHER_PIN);
    expect(await codeOf(eraseCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }))).toBe('forbidden:missing_role');
    expect(await codeOf(eraseCard(deps, hotelId, card.cardId, { userId: 'max', pin: PIN }))).toBe('forbidden:wrong_pin');
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ status: 'active', cvvAvailable: true });

    const erased = await eraseCard(deps, hotelId, card.cardId, { userId: 'max', pin: OTHER_PIN, sourceIp: '203.0.113.9' });
    expect(erased).toMatchObject({ cardId: card.cardId, status: 'purged', erasedBy: 'max', last4: '0014', cvvAvailable: false, purgedAt: clock.current.toISOString() });
    for (const key of [entities.cardSecret.key(hotelId, 'V-1', card.cardId), entities.cardSecret.cvvKey(hotelId, 'V-1', card.cardId)]) {
      expect((await dynamoClient().send(new GetCommand({ TableName: table, Key: key }))).Item).toBeUndefined();
    }
    expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: PIN }))).toBe('gone:card_erased');
    // Erasing again changes nothing; the purge job has nothing left to do at the purge time.
    expect(await eraseCard(deps, hotelId, card.cardId, { userId: 'max', pin: OTHER_PIN })).toEqual(erased);
    clock.current = new Date('2027-01-20T00:00:00Z');
    expect(await purgeCards(deps, { maxItems: 10 })).toMatchObject({ examined: 0 });
    const { entries } = await cardAudit(deps, hotelId, card.cardId);
    expect(entries.map((e) => `${e.userId}:${e.action}:${e.outcome}`)).toEqual([
      'pms:store:stored', 'ana:erase:forbidden', 'max:erase:wrong_pin', 'max:erase:erased', 'ana:reveal:purged', 'max:erase:already_purged',
    ]);
    expect(entries[3]).toMatchObject({ sourceIp: '203.0.113.9' });
  });

  it('counts wrong PINs on erase and reveal together', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    await user('max', ['cards:reveal', 'cards:manage']);
    for (let i = 0; i < 3; i++) expect(await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'max', pin: '11112222' }))).toBe('forbidden:wrong_pin');
    for (let i = 0; i < 2; i++) expect(await codeOf(eraseCard(deps, hotelId, card.cardId, { userId: 'max', pin: '11112222' }))).toBe('forbidden:wrong_pin');
    expect(await codeOf(eraseCard(deps, hotelId, card.cardId, { userId: 'max', pin: PIN }))).toBe('locked:user_locked');
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ status: 'active' });
  });

  it('keeps every vault route to its own hotel', async () => {
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    const other = await psp.hotel();
    await createVaultUser(deps, other, { userId: 'ana', name: 'Ana', roles: ['cards:reveal'], pin: PIN });
    expect(await codeOf(revealCard(deps, other, card.cardId, { userId: 'ana', pin: PIN }))).toBe('not_found:card_not_found');
    expect(await codeOf(cardAudit(deps, other, card.cardId))).toBe('not_found:card_not_found');
    await createVaultUser(deps, other, { userId: 'max', name: 'Max', roles: ['cards:manage'], pin: OTHER_PIN });
    expect(await codeOf(eraseCard(deps, other, card.cardId, { userId: 'max', pin: OTHER_PIN }))).toBe('not_found:card_not_found');
    expect((await listCards(deps, hotelId, 'V-1')).cards[0]).toMatchObject({ status: 'active' });
    expect(await codeOf(listCards(deps, other, 'V-1'))).toBe('not_found:reservation_not_found');
    expect(await codeOf(importCard(deps, other, 'V-1', otaCard()))).toBe('not_found:reservation_not_found');
    expect(await codeOf(unlockVaultUser(deps, hotelId, 'ana'))).toBe('not_found:user_not_found');
  });
});

describe('telling the hotel who was given the vault', () => {
  /** E-mails sent to this hotel (its address is its own in this run of moto). */
  const hotelMails = async () => {
    const email = (await deps.store.getHotel(hotelId))!.hotel.email;
    return (await readOutbox(process.env.MOTO_ENDPOINT!)).filter((m) => m.to.includes(email));
  };
  const changes = () => committedEvents(table, 'vault.user-changed');

  it('commits an event with each user created or unlocked, and e-mails the hotel once per event', async () => {
    await user('eve', ['cards:reveal', 'cards:manage']);
    const [created, ...none] = await changes();
    expect(none).toEqual([]);
    expect(created).toMatchObject({ type: 'vault.user-changed', version: 1, hotelId, occurredAt: '2026-11-22T09:00:00.000Z' });
    expect(created!.data).toEqual({ userId: 'eve', name: 'User eve', roles: ['cards:reveal', 'cards:manage'], change: 'created' });
    // A user that already exists is refused, and nothing is committed.
    expect(await codeOf(user('eve'))).toBe('conflict:user_exists');
    expect(await changes()).toHaveLength(1);

    expect(await sendEmailsFor(deps, created!)).toBe(1);
    expect(await sendEmailsFor(deps, created!)).toBe(0);
    const [mail, ...more] = await hotelMails();
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`Nouvel utilisateur du coffre-fort des cartes : User eve (eve) – ${(await deps.store.getHotel(hotelId))!.hotel.name}`);
    expect(mail!.text).toContain('- Voir les numéros de carte complets, et le cryptogramme (CVV) une seule fois (cards:reveal)');
    expect(mail!.text).toContain('- Effacer des cartes (cards:manage)');
    expect(mail!.text).toContain('Date et heure : 22 novembre 2026 à 10:00');
    expect(mail!.text).toContain("faites remplacer votre clé d'API");

    // Locked by wrong PINs, then unlocked with the hotel's key: told again, with when it was locked.
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    clock.advance(60_000);
    for (let i = 0; i < 5; i++) await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'eve', pin: '11112222' }));
    clock.advance(3_600_000);
    await unlockVaultUser(deps, hotelId, 'eve');
    const unlocked = (await changes()).at(-1)!;
    expect(unlocked.data).toEqual({ userId: 'eve', name: 'User eve', roles: ['cards:reveal', 'cards:manage'], change: 'unlocked', lockedAt: '2026-11-22T09:01:00.000Z', failedAttempts: 5 });
    expect(unlocked.occurredAt).toBe('2026-11-22T10:01:00.000Z');
    expect(await sendEmailsFor(deps, unlocked)).toBe(1);
    expect(await sendEmailsFor(deps, unlocked)).toBe(0);
    const mails = await hotelMails();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toMatch(/^Utilisateur du coffre-fort des cartes débloqué : User eve \(eve\) – /);
    expect(mails[1]!.text).toContain('Bloqué depuis : 22 novembre 2026 à 10:01');
    expect(mails[1]!.text).toContain('Codes PIN erronés remis à zéro : 5');
    expect(mails[1]!.text).toContain('Date et heure : 22 novembre 2026 à 11:01');

    // Never a PIN nor its hash, in the events or the e-mails.
    for (const e of await changes()) expect(JSON.stringify(e)).not.toMatch(/pin|scrypt|40271938/i);
    for (const m of mails) expect(`${m.subject}${m.html}${m.text}`).not.toMatch(/40271938|11112222|scrypt/);
  });

  it('clears wrong PINs before the lock with an e-mail too, and an unlock that changes nothing commits and sends nothing', async () => {
    await user('ana');
    const card = await importCard(deps, hotelId, 'V-1', otaCard());
    expect(await changes()).toHaveLength(1);

    // Nothing to unlock: no write, no event.
    const before = await deps.store.getUser(hotelId, 'ana');
    expect(await unlockVaultUser(deps, hotelId, 'ana')).toMatchObject({ locked: false, failedAttempts: 0 });
    expect(await deps.store.getUser(hotelId, 'ana')).toEqual(before);
    expect(await changes()).toHaveLength(1);

    // Two wrong PINs, not locked yet: clearing them gives a guesser more tries, so the hotel is told.
    for (let i = 0; i < 2; i++) await codeOf(revealCard(deps, hotelId, card.cardId, { userId: 'ana', pin: '11112222' }));
    await unlockVaultUser(deps, hotelId, 'ana');
    const cleared = (await changes()).at(-1)!;
    expect(cleared.data).toEqual({ userId: 'ana', name: 'User ana', roles: ['cards:reveal'], change: 'unlocked', failedAttempts: 2 });
    expect(await sendEmailsFor(deps, cleared)).toBe(1);
    const [mail] = (await hotelMails()).filter((m) => m.subject.startsWith('Codes PIN erronés remis à zéro'));
    expect(mail!.text).toContain('Codes PIN erronés remis à zéro : 2');
    expect(mail!.text).not.toContain('Bloqué depuis');
    expect(mail!.text).not.toContain('cards:manage');

    // And once cleared, unlocking again is a no-op.
    await unlockVaultUser(deps, hotelId, 'ana');
    expect(await changes()).toHaveLength(2);
  });
});

describe('cards registered at the PSP', () => {
  it('keeps the token of a guarantee paid on the PSP page as the reservation\'s verified card', async () => {
    await reserve(deps, hotelId, 'V-2', '2026-11-30');
    await psp.pay((await ask(deps, hotelId, 'V-2', 'guarantee')).url, '5970100300000067');
    const agg = (await deps.store.getReservation(hotelId, 'V-2'))!;
    expect(agg.reservation.status).toBe('confirmed');
    const { cards } = await listCards(deps, hotelId, 'V-2');
    expect(cards).toEqual([expect.objectContaining({ origin: 'psp', verification: 'verified', brand: 'MASTERCARD', last4: '0067', maskedNumber: '597010XXXXXX0067', primary: true, cvvAvailable: false })]);
    const sealed = await deps.store.getCardSecret(hotelId, 'V-2', cards[0]!.cardId);
    const { token } = JSON.parse(await deps.sealer.open(sealed!, cardContext(hotelId, 'V-2', cards[0]!.cardId, 'card-token'))) as { token: string };
    expect(token).toMatch(/^[0-9a-f]{32}$/);

    // The notification that brought the token keeps no copy of it once processed.
    const notifications = await storedNotifications();
    expect(notifications).toEqual([expect.objectContaining({ processedAt: expect.any(String), result: 'succeeded' })]);
    expect(notifications[0]).not.toHaveProperty('sealedSensitive');
    expect(JSON.stringify(notifications)).not.toContain(token);

    // Erasing the card deletes the token too.
    await user('max', ['cards:manage']);
    await eraseCard(deps, hotelId, cards[0]!.cardId, { userId: 'max', pin: PIN });
    expect(await deps.store.getCardSecret(hotelId, 'V-2', cards[0]!.cardId)).toBeUndefined();
  });

  it('answers a PSP card 403 after the PIN, without fetching or opening its token', async () => {
    await reserve(deps, hotelId, 'V-2', '2026-11-30');
    await psp.pay((await ask(deps, hotelId, 'V-2', 'guarantee')).url, '5970100300000067');
    const [card] = (await listCards(deps, hotelId, 'V-2')).cards;
    await user('ana');
    const fetched = jest.spyOn(deps.store, 'getCardSecret');
    const opened = jest.spyOn(deps.sealer, 'open');
    expect(await codeOf(revealCard(deps, hotelId, card!.cardId, { userId: 'ana', pin: '11112222' }))).toBe('forbidden:wrong_pin');
    expect(await codeOf(revealCard(deps, hotelId, card!.cardId, { userId: 'ana', pin: PIN }))).toBe('forbidden:card_not_revealable');
    expect(fetched).not.toHaveBeenCalled();
    expect(opened).not.toHaveBeenCalled();
    fetched.mockRestore();
    opened.mockRestore();
    expect((await cardAudit(deps, hotelId, card!.cardId)).entries.map((e) => `${e.userId}:${e.action}:${e.outcome}`)).toEqual([
      'psp:store:registered', 'ana:reveal:wrong_pin', 'ana:reveal:not_revealable',
    ]);
  });

  it('stores the card of a guest whose name is too long for a holder name, and confirms the booking', async () => {
    await reserve(deps, hotelId, 'V-3', '2026-11-30', { firstName: 'A'.repeat(100), lastName: 'B'.repeat(100) });
    await psp.pay((await ask(deps, hotelId, 'V-3', 'guarantee')).url, '5970100300000067');
    const agg = (await deps.store.getReservation(hotelId, 'V-3'))!;
    expect(agg.reservation.status).toBe('confirmed');
    expect(agg.requests[0]!.request.status).toBe('succeeded');
    const { cards } = await listCards(deps, hotelId, 'V-3');
    expect(cards).toEqual([expect.objectContaining({ origin: 'psp', verification: 'verified', last4: '0067', primary: true, holderName: 'A'.repeat(100) })]);
    expect(await deps.store.getCardSecret(hotelId, 'V-3', cards[0]!.cardId)).toBeDefined();
    expect(await storedNotifications()).toEqual([expect.objectContaining({ result: 'succeeded', processedAt: expect.any(String) })]);
  });
});
