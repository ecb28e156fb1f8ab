import { ScryptPinHasher } from '../../adapters/crypto/pin-hasher';
import {
  assertRevealable, canRevealCvv, type Card, type CardInput, choosePrimary, createCard, detectBrand, isPurgeDue, isPurged,
  last4, lenientHolderName, luhnValid, maskPan, pspCardDetails, purgeAt, purgeCard, reschedulePurge, revealCvv, UNNAMED_HOLDER, validateCardInput, yearMonthIn,
} from '../../domain/card';
import { Conflict, DomainError, Forbidden, Gone, InvalidInput, Locked } from '../../domain/errors';
import {
  assertMay, createUser, MAX_PIN_FAILURES, unlock, validatePin, type VaultUser,
} from '../../domain/vault-user';

const today = { year: 2026, month: 11 };
const now = new Date('2026-11-22T09:00:00Z');
const base: CardInput = { holderName: 'Camille Dupont', number: '4970100000000014', expiryMonth: 6, expiryYear: 2028, cvv: '123' };

/** Appends the Luhn check digit to `body`. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}
const pad = (prefix: string, length: number): string => withCheckDigit(prefix.padEnd(length - 1, '0'));

/** Runs `fn`, expects a DomainError of `type` with `code`, and checks that no secret leaked into it. */
function refusal(fn: () => unknown, type: new (...a: never[]) => DomainError, code: string, secrets: string[] = []): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(type);
  const e = caught as DomainError;
  expect(e.code).toBe(code);
  const text = `${e.message} ${JSON.stringify(e.details ?? null)} ${String(e.stack)}`;
  for (const s of secrets) expect(text.includes(s)).toBe(false);
  return e;
}

describe('card numbers', () => {
  it('checks the Luhn digit', () => {
    expect(luhnValid('4970100000000014')).toBe(true);
    expect(luhnValid('4970100000000015')).toBe(false);
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('49701000000000a4')).toBe(false);
    refusal(() => validateCardInput({ ...base, number: '4970100000000015' }, today), InvalidInput, 'invalid_card_number', ['4970100000000015', '123']);
  });

  it.each([
    ['4970100000000014', 'VISA'],
    ['4222222222222', 'VISA'],
    ['5100010000000106', 'MASTERCARD'],
    ['5555555555554444', 'MASTERCARD'],
    ['2223003122003222', 'MASTERCARD'],
    ['378282246310005', 'AMEX'],
    ['341111111111111', 'AMEX'],
    ['6011111111111117', 'DISCOVER'],
    [pad('644', 16), 'DISCOVER'],
    [pad('65', 16), 'DISCOVER'],
    ['30569309025904', 'DINERS'],
    ['36227206271667', 'DINERS'],
    ['3530111333300000', 'JCB'],
    ['3566002020360505', 'JCB'],
    ['6759649826438453', 'MAESTRO'],
    [pad('6304', 16), 'MAESTRO'],
    [pad('676774', 19), 'MAESTRO'],
    [pad('50', 12), 'MAESTRO'],
    ['6200000000000005', 'UNIONPAY'],
  ])('detects the brand of %s as %s', (number, brand) => {
    expect(detectBrand(number)).toBe(brand);
    const cvv = brand === 'AMEX' ? '1234' : '123';
    expect(validateCardInput({ ...base, number, cvv }, today).details.brand).toBe(brand);
  });

  it('accepts spaces and dashes, refuses other characters', () => {
    const v = validateCardInput({ ...base, number: ' 4970 1000-0000 0014 ' }, today);
    expect(v.secret.number).toBe('4970100000000014');
    refusal(() => validateCardInput({ ...base, number: '4970.1000.0000.0014' }, today), InvalidInput, 'invalid_card_number', ['4970.1000.0000.0014', '0014']);
    refusal(() => validateCardInput({ ...base, number: 4970100000000014 as unknown as string }, today), InvalidInput, 'invalid_card_number');
  });

  it('applies length rules, overall and per brand', () => {
    refusal(() => validateCardInput({ ...base, number: '79927398713' }, today), InvalidInput, 'invalid_card_number'); // 11 digits
    refusal(() => validateCardInput({ ...base, number: pad('4', 20) }, today), InvalidInput, 'invalid_card_number');
    for (const [number, brand] of [[pad('37', 16), 'AMEX'], [pad('4', 15), 'VISA'], [pad('51', 15), 'MASTERCARD'], [pad('3530', 15), 'JCB'], [pad('36', 13), 'DINERS']] as const) {
      expect(detectBrand(number)).toBe(brand);
      const e = refusal(() => validateCardInput({ ...base, number, cvv: undefined }, today), InvalidInput, 'invalid_card_number', [number]);
      expect(e.details).toEqual({ brand, length: number.length });
    }
  });

  it('refuses numbers of unknown brands', () => {
    for (const number of [pad('1', 16), pad('9', 16), pad('2220', 16), pad('2721', 16), pad('3590', 16), pad('59', 16), pad('6012', 16)]) {
      expect(detectBrand(number)).toBeUndefined();
      refusal(() => validateCardInput({ ...base, number }, today), InvalidInput, 'unsupported_card_brand', [number, number.slice(6, 12)]);
    }
  });

  it('masks like the PSP', () => {
    expect(maskPan('4970100000000014')).toBe('497010XXXXXX0014');
    expect(maskPan('378282246310005')).toBe('378282XXXXX0005');
    expect(maskPan('4970 1000 0000 0014')).toBe('497010XXXXXX0014');
    expect(maskPan(pad('50', 12))).toMatch(/^500XXXXX\d{4}$/); // short numbers: at least 5 hidden
    expect(last4('4970100000000014')).toBe('0014');
    refusal(() => maskPan('12345'), InvalidInput, 'invalid_card_number', ['12345']);
    const v = validateCardInput(base, today);
    expect(v.details).toMatchObject({ last4: '0014', maskedNumber: '497010XXXXXX0014', brand: 'VISA', hasCvv: true });
  });

  it('keeps the number and CVV out of the details and out of JSON', () => {
    const v = validateCardInput(base, today);
    expect(JSON.stringify(v.details)).not.toContain('4970100000000014');
    expect(JSON.stringify(v)).not.toContain('4970100000000014');
    expect(JSON.stringify(v)).not.toContain('"123"');
    expect(v.secret).toEqual({ number: '4970100000000014', holderName: 'Camille Dupont' });
    expect(v.cvv).toBe('123');
    expect(Object.keys(v.secret)).not.toContain('cvv');
  });
});

describe('card expiry, CVV, holder, source', () => {
  it('accepts the current month and refuses earlier ones', () => {
    expect(validateCardInput({ ...base, expiryMonth: 11, expiryYear: 2026 }, today).details).toMatchObject({ expiryMonth: 11, expiryYear: 2026 });
    refusal(() => validateCardInput({ ...base, expiryMonth: 10, expiryYear: 2026 }, today), InvalidInput, 'card_expired', ['4970100000000014', '123']);
    refusal(() => validateCardInput({ ...base, expiryMonth: 12, expiryYear: 2025 }, today), InvalidInput, 'card_expired');
    expect(validateCardInput({ ...base, expiryMonth: 1, expiryYear: 2027 }, today).details.expiryYear).toBe(2027);
  });

  it('reads 2-digit years as 20yy and strings as numbers', () => {
    expect(validateCardInput({ ...base, expiryMonth: '06', expiryYear: '28' }, today).details).toMatchObject({ expiryMonth: 6, expiryYear: 2028 });
    expect(validateCardInput({ ...base, expiryMonth: 6, expiryYear: 28 }, today).details.expiryYear).toBe(2028);
    refusal(() => validateCardInput({ ...base, expiryMonth: '06', expiryYear: '26' }, today), InvalidInput, 'card_expired');
  });

  it('refuses malformed expiry dates', () => {
    for (const [expiryMonth, expiryYear] of [[0, 2028], [13, 2028], ['x', 2028], [6.5, 2028], [6, 202], [6, '20288'], [6, 2060], [6, -28]] as const) {
      refusal(() => validateCardInput({ ...base, expiryMonth, expiryYear }, today), InvalidInput, 'invalid_expiry');
    }
  });

  it('wants 3 CVV digits, 4 for AMEX; the CVV is optional', () => {
    expect(validateCardInput({ ...base, cvv: '999' }, today).cvv).toBe('999');
    for (const cvv of ['12', '1234', '12a', 123 as unknown as string]) {
      refusal(() => validateCardInput({ ...base, cvv }, today), InvalidInput, 'invalid_cvv', ['4970100000000014', String(cvv)]);
    }
    const amex = { ...base, number: '378282246310005' };
    expect(validateCardInput({ ...amex, cvv: '1234' }, today).cvv).toBe('1234');
    refusal(() => validateCardInput({ ...amex, cvv: '987' }, today), InvalidInput, 'invalid_cvv', ['378282246310005', '987']);
    for (const cvv of [undefined, null, '', '  ']) {
      const v = validateCardInput({ ...base, cvv }, today);
      expect(v.cvv).toBeUndefined();
      expect(v.details.hasCvv).toBe(false);
    }
  });

  it('trims the holder name and bounds it', () => {
    expect(validateCardInput({ ...base, holderName: '  Camille   Dupont ' }, today).details.holderName).toBe('Camille Dupont');
    for (const holderName of ['', '   ', 'x'.repeat(101), 'a\u0000b', 'Card 4970 1000 0000 0014', 42 as unknown as string]) {
      refusal(() => validateCardInput({ ...base, holderName }, today), InvalidInput, 'invalid_holder_name', ['4970100000000014', '4970 1000']);
    }
    expect(validateCardInput({ ...base, holderName: 'é'.repeat(100) }, today).details.holderName).toHaveLength(100);
  });

  it('never refuses the holder name of a card the PSP registered', () => {
    const psp = (holderName: string) => pspCardDetails({ maskedNumber: '497010XXXXXX0014', expiryMonth: 6, expiryYear: 2028, holderName })!.holderName;
    expect(psp('Camille  Dupont')).toBe('Camille Dupont');
    // A guest's first and last names of 100 characters each: cut to the maximum.
    const long = psp(`${'é'.repeat(100)} ${'D'.repeat(100)}`);
    expect([...long]).toHaveLength(100);
    expect(long).toBe(`${'é'.repeat(100)}`);
    expect(psp(`${'A'.repeat(99)} Dupont`)).toBe('A'.repeat(99));
    // Digit runs that could be a card number are dropped, short ones kept.
    expect(psp('Camille 4970 1000 0000 0014 Dupont')).toBe('Camille Dupont');
    expect(psp('Louis 14 Dupont-Moreau')).toBe('Louis 14 Dupont-Moreau');
    expect(psp('Camille\u0000Dupont\n')).toBe('Camille Dupont');
    // Nothing usable left: a neutral placeholder, never an error.
    for (const name of ['', '   ', '4970100000000014', '\u0007']) expect(psp(name)).toBe(UNNAMED_HOLDER);
    expect(lenientHolderName(undefined)).toBe(UNNAMED_HOLDER);
    expect(validateCardInput({ ...base, holderName: UNNAMED_HOLDER }, today).details.holderName).toBe(UNNAMED_HOLDER);
  });

  it('normalises the source', () => {
    expect(validateCardInput(base, today).details.source).toBe('other');
    expect(validateCardInput({ ...base, source: 'Booking.com' }, today).details.source).toBe('booking.com');
    expect(validateCardInput({ ...base, source: 'google hotel-ads' }, today).details.source).toBe('google hotel-ads');
    for (const source of ['x'.repeat(41), 'evil<script>', '4970100000000014']) {
      refusal(() => validateCardInput({ ...base, source }, today), InvalidInput, 'invalid_source', ['4970100000000014']);
    }
  });

  it('computes the current month at the hotel', () => {
    expect(yearMonthIn(new Date('2026-11-30T23:30:00Z'), 'Europe/Paris')).toEqual({ year: 2026, month: 12 });
    expect(yearMonthIn(new Date('2026-11-30T23:30:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 11 });
  });
});

describe('card lifecycle', () => {
  const card = (over: Partial<Card> = {}): Card => ({
    ...createCard(
      { hotelId: 'h1', reservationId: 'R1', cardId: 'C1' },
      validateCardInput(base, today).details,
      { now, purgeAt: purgeAt('2026-12-13', 'Europe/Paris'), origin: 'ota', primary: true },
    ),
    ...over,
  });

  it('creates a stored card without secrets', () => {
    const c = card();
    expect(c).toMatchObject({ brand: 'VISA', last4: '0014', maskedNumber: '497010XXXXXX0014', origin: 'ota', verification: 'unverified', status: 'active', hasCvv: true, version: 1, source: 'other' });
    expect(JSON.stringify(c)).not.toContain('4970100000000014');
    expect(JSON.stringify(c)).not.toContain('123');
  });

  it('purges at the end of the departure day + 7 days, hotel time, across DST changes', () => {
    // Paris leaves summer time on 2026-10-25: that day ends at 23:59:59.999 CET (UTC+1).
    expect(purgeAt('2026-10-18', 'Europe/Paris')).toBe('2026-10-25T22:59:59.999Z');
    expect(purgeAt('2026-10-17', 'Europe/Paris')).toBe('2026-10-24T21:59:59.999Z'); // still CEST (UTC+2)
    // ...and enters it on 2026-03-29.
    expect(purgeAt('2026-03-22', 'Europe/Paris')).toBe('2026-03-29T21:59:59.999Z');
    expect(purgeAt('2026-03-21', 'Europe/Paris')).toBe('2026-03-28T22:59:59.999Z');
    expect(purgeAt('2026-12-13', 'Europe/Paris', 0)).toBe('2026-12-13T22:59:59.999Z');
    expect(purgeAt('2026-12-28', 'America/New_York', 7)).toBe('2027-01-05T04:59:59.999Z');
    refusal(() => purgeAt('2026-02-30', 'Europe/Paris'), InvalidInput, 'invalid_date');
    refusal(() => purgeAt('2026-12-13', 'Mars/Olympus'), InvalidInput, 'invalid_timezone');
    refusal(() => purgeAt('2026-12-13', 'Europe/Paris', -1), InvalidInput, 'invalid_purge_days');
  });

  it('refuses reveals with 410 after the purge time or once purged', () => {
    const c = card();
    const justBefore = new Date(Date.parse(c.purgeAt) - 1);
    const at = new Date(c.purgeAt);
    expect(() => assertRevealable(c, justBefore)).not.toThrow();
    expect(isPurged(c, justBefore)).toBe(false);
    expect(isPurged(c, at)).toBe(true);
    expect(isPurgeDue(c, at)).toBe(true);
    refusal(() => assertRevealable(c, at), Gone, 'card_purged');
    const purged = purgeCard(c, at)!;
    expect(purged).toMatchObject({ status: 'purged', hasCvv: false, purgedAt: c.purgeAt, version: 2 });
    expect(purgeCard(purged, at)).toBeNull();
    expect(isPurgeDue(purged, at)).toBe(false);
    refusal(() => assertRevealable(purged, now), Gone, 'card_purged');
    expect('erasedBy' in purged).toBe(false);
  });

  it('moves the purge of a card only while its purge time has not passed', () => {
    const c = card();
    const later = purgeAt('2026-12-20', 'Europe/Paris');
    expect(reschedulePurge(c, later, now)).toMatchObject({ purgeAt: later, version: 2 });
    expect(reschedulePurge(c, c.purgeAt, now)).toBeNull();
    // Past its purge time, the job not run yet: it stays due, never revealable again.
    expect(reschedulePurge(c, later, new Date(c.purgeAt))).toBeNull();
    expect(reschedulePurge(purgeCard(c, now)!, later, now)).toBeNull();
  });

  it('erases before the purge time, saying who did', () => {
    const c = card();
    const erased = purgeCard(c, now, 'maria')!;
    expect(erased).toMatchObject({ status: 'purged', hasCvv: false, purgedAt: now.toISOString(), erasedBy: 'maria', version: 2 });
    expect(isPurgeDue(erased, new Date(c.purgeAt))).toBe(false);
    refusal(() => assertRevealable(erased, now), Gone, 'card_erased');
    expect(purgeCard(erased, now, 'maria')).toBeNull();
  });

  it('shows the CVV once', () => {
    const c = card();
    expect(canRevealCvv(c)).toBe(true);
    const after = revealCvv(c, now);
    expect(after).toMatchObject({ hasCvv: false, cvvRevealedAt: now.toISOString(), version: 2 });
    expect(canRevealCvv(after)).toBe(false);
    refusal(() => revealCvv(after, now), Conflict, 'cvv_already_revealed');
    expect(canRevealCvv(card({ hasCvv: false }))).toBe(false);
  });

  it('keeps exactly one primary card per reservation', () => {
    expect(choosePrimary([])).toEqual({ primary: true, demoted: [] });
    expect(choosePrimary([], false)).toEqual({ primary: true, demoted: [] });
    const first = card({ cardId: 'C1', primary: true });
    expect(choosePrimary([first])).toEqual({ primary: false, demoted: [] });
    expect(choosePrimary([first], false)).toEqual({ primary: false, demoted: [] });
    const swap = choosePrimary([first, card({ cardId: 'C2', primary: false })], true);
    expect(swap.primary).toBe(true);
    expect(swap.demoted).toEqual([{ ...first, primary: false, version: 2 }]);
    // Purged cards do not count.
    expect(choosePrimary([card({ status: 'purged', primary: true })]).primary).toBe(true);
  });
});

describe('vault users', () => {
  const user = (): VaultUser => createUser(
    { hotelId: 'h1', userId: 'anna.r@front', name: ' Anna  R ', roles: ['cards:reveal', 'cards:reveal'], pin: '48201937' },
    { now, pinHash: 'scrypt$hash' },
  );
  const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

  it('validates the new user', () => {
    expect(user()).toEqual({
      hotelId: 'h1', userId: 'anna.r@front', name: 'Anna R', roles: ['cards:reveal'], pinHash: 'scrypt$hash', failedAttempts: 0,
      createdAt: now.toISOString(), updatedAt: now.toISOString(), version: 1,
    });
    const ok = { hotelId: 'h1', userId: 'u1', name: 'U', roles: ['cards:reveal'], pin: '48201937' };
    const ctx = { now, pinHash: 'h' };
    refusal(() => createUser({ ...ok, userId: 'a b' }, ctx), InvalidInput, 'invalid_user_id');
    refusal(() => createUser({ ...ok, userId: 'x'.repeat(65) }, ctx), InvalidInput, 'invalid_user_id');
    refusal(() => createUser({ ...ok, roles: ['cards:reveal', 'admin'] }, ctx), InvalidInput, 'unknown_role');
    refusal(() => createUser({ ...ok, roles: [] }, ctx), InvalidInput, 'invalid_roles');
    refusal(() => createUser({ ...ok, name: '  ' }, ctx), InvalidInput, 'invalid_name');
    expect(createUser({ ...ok, roles: ['cards:manage', 'cards:reveal', 'cards:manage'] }, ctx).roles).toEqual(['cards:reveal', 'cards:manage']);
    // Users are managed with the hotel's key: there is no role for it.
    refusal(() => createUser({ ...ok, roles: ['users:manage'] }, ctx), InvalidInput, 'unknown_role');
  });

  it('wants PINs of 6 to 12 digits, not trivial ones', () => {
    for (const pin of ['482019', '48201937', '482019374820']) expect(validatePin(pin)).toBe(pin);
    for (const pin of ['48201', '4820193748201', '4820a937', ' 48201937', 48201937 as unknown as string]) {
      refusal(() => validatePin(pin), InvalidInput, 'invalid_pin', ['48201']);
    }
    for (const pin of ['000000', '99999999', '123456', '12345678', '876543', '0123456789']) {
      refusal(() => validatePin(pin), InvalidInput, 'weak_pin', [pin]);
    }
  });

  it('unlocks', () => {
    // The lock itself is counted atomically by the store (integration tests): 5 wrong PINs in a row.
    expect(MAX_PIN_FAILURES).toBe(5);
    const u: VaultUser = { ...user(), failedAttempts: 5, lockedAt: later(5).toISOString(), version: 6 };
    refusal(() => assertMay(u, 'cards:reveal'), Locked, 'user_locked');
    const open = unlock(u, later(30))!;
    expect(open.lockedAt).toBeUndefined();
    expect('lockedAt' in open).toBe(false);
    expect(open).toMatchObject({ failedAttempts: 0, version: u.version + 1 });
    expect(() => assertMay(open, 'cards:reveal')).not.toThrow();
    expect(unlock(open, later(31))).toBeNull();
  });

  it('reveals only for users with cards:reveal, erases only for cards:manage', () => {
    expect(() => assertMay(user(), 'cards:reveal')).not.toThrow();
    const manager = { ...user(), roles: ['cards:manage'] as const };
    const e = refusal(() => assertMay(manager, 'cards:reveal'), Forbidden, 'missing_role');
    expect(e.details).toEqual({ role: 'cards:reveal' });
    expect(() => assertMay(manager, 'cards:manage')).not.toThrow();
    expect(refusal(() => assertMay(user(), 'cards:manage'), Forbidden, 'missing_role').details).toEqual({ role: 'cards:manage' });
    // A locked user without the role hears about the lock first.
    refusal(() => assertMay({ ...manager, lockedAt: now.toISOString() }, 'cards:reveal'), Locked, 'user_locked');
  });
});

describe('PIN hashing (scrypt)', () => {
  const hasher = new ScryptPinHasher();

  it('verifies the right PIN only, with a fresh salt per hash', async () => {
    const [a, b] = await Promise.all([hasher.hash('48201937'), hasher.hash('48201937')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toContain('48201937');
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
    expect(a).not.toBe(b);
    expect(await hasher.verify('48201937', a)).toBe(true);
    expect(await hasher.verify('48201937', b)).toBe(true);
    expect(await hasher.verify('48201938', a)).toBe(false);
    expect(await hasher.verify('', a)).toBe(false);
    expect(hasher.needsRehash(a)).toBe(false);
  });

  it('answers false for malformed or hostile encodings', async () => {
    const good = await hasher.hash('48201937');
    const [, n, r, p, salt, hash] = good.split('$') as [string, string, string, string, string, string];
    const bad = [
      '', 'scrypt', 'bcrypt$32768$8$1$' + salt + '$' + hash, `scrypt$${n}$${r}$${p}$${salt}`, `scrypt$${n}$${r}$${p}$${salt}$${hash}$x`,
      `scrypt$30000$${r}$${p}$${salt}$${hash}`, // N not a power of two
      `scrypt$${2 ** 24}$${r}$${p}$${salt}$${hash}`, // too costly
      `scrypt$${n}$0$${p}$${salt}$${hash}`, `scrypt$${n}$${r}$${p}$!!$${hash}`, `scrypt$${n}$${r}$${p}$${salt}$AAAA`,
      null as unknown as string,
    ];
    for (const encoded of bad) expect(await hasher.verify('48201937', encoded)).toBe(false);
    expect(hasher.needsRehash('garbage')).toBe(true);
    // Other parameters still verify (read from the encoding) and ask for a re-hash.
    const cheap = await new ScryptPinHasher({ N: 2 ** 10, r: 8, p: 1 }).hash('48201937');
    expect(await hasher.verify('48201937', cheap)).toBe(true);
    expect(hasher.needsRehash(cheap)).toBe(true);
    expect(await hasher.verifyNothing('48201937')).toBe(false);
  });
});
