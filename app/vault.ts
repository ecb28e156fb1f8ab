import { assertRevealable, choosePrimary, createCard, isPurgeDue, purgeAt, purgeCard, reschedulePurge, revealCvv, validateCardInput, yearMonthIn, type Card, type CardInput } from '../domain/card';
import { Conflict, Forbidden, Gone, NotFound } from '../domain/errors';
import { cardRetentionDays } from '../domain/policy';
import type { Reservation } from '../domain/reservation';
import {
  assertMay, createUser, isLocked, lockedError, MAX_PIN_FAILURES, unlock, validateUserInput, wrongPin, type Role, type VaultUser, type VaultUserInput,
} from '../domain/vault-user';
import { makeEvent, vaultUserChanged } from '../events';
import type { Needs } from './deps';
import type { CardAuditEntry, Changes } from './ports';
import { cardContext } from './secrets';

/** The vault's view of a card: masked only. */
export const cardView = (c: Card) => ({
  cardId: c.cardId,
  reservationId: c.reservationId,
  holderName: c.holderName,
  brand: c.brand,
  last4: c.last4,
  maskedNumber: c.maskedNumber,
  expiryMonth: c.expiryMonth,
  expiryYear: c.expiryYear,
  source: c.source,
  origin: c.origin,
  verification: c.verification,
  primary: c.primary,
  status: c.status,
  cvvAvailable: c.hasCvv && c.status === 'active',
  purgeAt: c.purgeAt,
  ...(c.purgedAt ? { purgedAt: c.purgedAt } : {}),
  ...(c.erasedBy ? { erasedBy: c.erasedBy } : {}),
  createdAt: c.createdAt,
});

export type CardView = ReturnType<typeof cardView>;

/** When a reservation's card secrets must be gone: the departure day + the hotel's retention, hotel time. */
export const cardPurgeAt = (r: Reservation, timezone: string, policy: Parameters<typeof cardRetentionDays>[0]): string =>
  purgeAt(r.departure, timezone, cardRetentionDays(policy));

const need = <T>(v: T | undefined, what: string): T => {
  if (!v) throw new Error(`${what} is not wired for this function`);
  return v;
};

/**
 * An OTA card pushed by the PMS.
 * 1. Validate (Luhn, brand, length, expiry in the hotel's month, CVV format): nothing secret in errors.
 * 2. Seal the number and the CVV apart, each bound to hotel, reservation and card.
 * 3. One transaction: card (+ ref), secrets (TTL at the purge time), demoted primary, audit entry.
 */
export async function importCard(deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit' | 'store:hotels' | 'store:reservations'>, hotelId: string, reservationId: string, input: CardInput & { primary?: boolean }, keyId?: string): Promise<CardView> {
  const [hotel, agg] = await Promise.all([deps.store.getHotel(hotelId), deps.store.getReservation(hotelId, reservationId)]);
  if (!hotel || !agg) throw new NotFound('reservation_not_found', `No reservation ${reservationId}`);
  const now = deps.clock.now();
  const card = validateCardInput(input, yearMonthIn(now, hotel.hotel.timezone));
  const when = cardPurgeAt(agg.reservation, hotel.hotel.timezone, hotel.hotel.policy);
  if (Date.parse(when) <= now.getTime()) throw new Gone('stay_over', 'This stay ended too long ago to store a card for it');
  const cardId = deps.ids.newId();
  const { primary, demoted } = choosePrimary(agg.cards, input.primary);
  const stored = createCard({ hotelId, reservationId, cardId }, card.details, { now, purgeAt: when, origin: 'ota', primary });
  const [secret, cvv] = await Promise.all([
    deps.sealer.seal(JSON.stringify(card.secret), cardContext(hotelId, reservationId, cardId, 'card-secret')),
    card.cvv ? deps.sealer.seal(card.cvv, cardContext(hotelId, reservationId, cardId, 'card-cvv')) : undefined,
  ]);
  await deps.store.commit({
    cards: [{ value: stored, expectedVersion: null }, ...demoted.map((c) => ({ value: c, expectedVersion: c.version - 1 }))],
    cardSecrets: [{ hotelId, reservationId, cardId, secret, ...(cvv ? { cvv } : {}), purgeAt: when }],
    audit: [{ hotelId, cardId, entryId: deps.ids.newId(), userId: 'pms', action: 'store', outcome: 'stored', at: now.toISOString(), ...(keyId ? { keyId } : {}) }],
  });
  return cardView(stored);
}

export async function listCards(deps: Needs<'store:reservations'>, hotelId: string, reservationId: string): Promise<{ cards: CardView[] }> {
  const agg = await deps.store.getReservation(hotelId, reservationId);
  if (!agg) throw new NotFound('reservation_not_found', `No reservation ${reservationId}`);
  return { cards: [...agg.cards].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(cardView) };
}

export const userView = (u: VaultUser) => ({
  userId: u.userId, name: u.name, roles: u.roles, locked: isLocked(u), failedAttempts: u.failedAttempts, createdAt: u.createdAt, ...(u.lockedAt ? { lockedAt: u.lockedAt } : {}),
});

export async function createVaultUser(deps: Needs<'clock' | 'ids' | 'pins' | 'store:commit' | 'store:vault'>, hotelId: string, input: VaultUserInput, keyId?: string): Promise<ReturnType<typeof userView>> {
  const valid = validateUserInput(input);
  if (await deps.store.getUser(hotelId, valid.userId)) throw new Conflict('user_exists', `User ${valid.userId} already exists`);
  const now = deps.clock.now();
  const user = createUser({ ...valid, hotelId }, { now, pinHash: await need(deps.pins, 'PIN hashing').hash(valid.pin) });
  // The hotel is e-mailed (vault-user-hotel): whoever holds its key has just given someone the vault.
  await deps.store.commit({
    users: [{ value: user, expectedVersion: null }],
    events: [makeEvent(vaultUserChanged, { id: deps.ids.newId(), occurredAt: now, hotelId }, { userId: user.userId, name: user.name, roles: [...user.roles], change: 'created', ...(keyId ? { keyId } : {}) })],
  });
  return userView(user);
}

/**
 * The hotel (its API key) unlocks a user locked by wrong PINs, or clears wrong PINs counted
 * before the lock. Either one gives a PIN guesser more tries, so the hotel is e-mailed; an unlock
 * that changes nothing writes and sends nothing.
 */
export async function unlockVaultUser(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:vault'>, hotelId: string, userId: string, keyId?: string): Promise<ReturnType<typeof userView>> {
  const user = await deps.store.getUser(hotelId, userId);
  if (!user) throw new NotFound('user_not_found', `No user ${userId}`);
  const now = deps.clock.now();
  const unlocked = unlock(user, now);
  if (unlocked) {
    await deps.store.commit({
      users: [{ value: unlocked, expectedVersion: user.version }],
      events: [makeEvent(vaultUserChanged, { id: deps.ids.newId(), occurredAt: now, hotelId }, {
        userId: user.userId, name: user.name, roles: [...user.roles], change: 'unlocked',
        failedAttempts: user.failedAttempts, ...(user.lockedAt ? { lockedAt: user.lockedAt } : {}), ...(keyId ? { keyId } : {}),
      })],
    });
  }
  return userView(unlocked ?? user);
}

export interface RevealedCard {
  holderName: string;
  number: string;
  expiryMonth: number;
  expiryYear: number;
  cvv?: string;
}

/** A user id no user can have (`validateUserId` refuses '#'). */
const NO_SUCH_USER = '#no-such-user';

type Who = { readonly userId: string; readonly pin: string; readonly sourceIp?: string };
type Found = { readonly card: Card; readonly now: Date; readonly audit: (outcome: string, extra?: Partial<CardAuditEntry>) => CardAuditEntry; readonly refuse: (outcome: string, error: Error) => Promise<never> };

/** The card (404 for another hotel's), with the audit entries of this attempt bound to it. */
async function findCard(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:reservations' | 'store:vault'>, hotelId: string, cardId: string, who: Who, action: CardAuditEntry['action']): Promise<Found> {
  const reservationId = await deps.store.findCardReservation(hotelId, cardId);
  const agg = reservationId ? await deps.store.getReservation(hotelId, reservationId) : undefined;
  const card = agg?.cards.find((c) => c.cardId === cardId);
  if (!card) throw new NotFound('card_not_found', `No card ${cardId}`);
  const now = deps.clock.now();
  const audit = (outcome: string, extra: Partial<CardAuditEntry> = {}): CardAuditEntry => ({
    hotelId, cardId, entryId: deps.ids.newId(), userId: who.userId, action, outcome, at: now.toISOString(), ...(who.sourceIp ? { sourceIp: who.sourceIp } : {}), ...extra,
  });
  const refuse = async (outcome: string, error: Error): Promise<never> => {
    await deps.store.commit({ audit: [audit(outcome)] });
    throw error;
  };
  return { card, now, audit, refuse };
}

/**
 * The user behind an attempt, with the right PIN and `role`; every refusal is audited.
 * Unknown → 403 like a wrong PIN; locked → 423. The attempt is counted atomically before the PIN
 * is checked; a wrong PIN → 403, the 5th in a row locks the user. A right PIN clears the count;
 * without `role` → 403 `missing_role`.
 */
async function authenticate(deps: Needs<'pins' | 'store:vault'>, hotelId: string, who: Who, role: Role, { now, refuse }: Found): Promise<VaultUser> {
  const pins = need(deps.pins, 'PIN hashing');
  const user = await deps.store.getUser(hotelId, who.userId);
  if (!user) {
    // The same work as a known user's attempt — a counting write (refused here: no user can have
    // this id, ids exclude '#'), then the hashing — so the answer's timing does not tell either.
    await deps.store.reservePinAttempt(hotelId, NO_SUCH_USER, MAX_PIN_FAILURES, now.toISOString());
    await pins.verifyNothing(who.pin);
    return refuse('unknown_user', wrongPin());
  }
  // The attempt is taken (counted) before the PIN is checked: concurrent guesses cannot pass the limit.
  const attempt = isLocked(user) ? 'locked' : await deps.store.reservePinAttempt(hotelId, who.userId, MAX_PIN_FAILURES, now.toISOString());
  if (attempt === undefined) return refuse('unknown_user', wrongPin());
  if (attempt === 'locked') return refuse('locked', lockedError());
  const right = await pins.verify(who.pin, attempt.pinHash);
  const settled = await deps.store.settlePinAttempt(hotelId, who.userId, right, MAX_PIN_FAILURES, now.toISOString());
  if (!right) return refuse(settled === 'locked' ? 'wrong_pin_locked' : 'wrong_pin', wrongPin());
  if (settled === 'locked') return refuse('locked', lockedError());
  const checked = { ...attempt, failedAttempts: 0 };
  try {
    assertMay(checked, role);
  } catch (e) {
    return refuse('forbidden', e as Error);
  }
  return checked;
}

/**
 * Shows a card in full to a user with `cards:reveal` and their PIN. Every attempt is audited.
 * 1. Card (404 for another hotel's), not purged or erased (410).
 * 2. The user and their PIN (`authenticate`).
 * 3. A PSP card is a token, nothing to show (403): it is never fetched nor opened.
 * 4. Open the number; open the CVV, then take it with a conditional delete (one reveal ever gets it).
 */
export async function revealCard(deps: Needs<'clock' | 'ids' | 'pins' | 'sealer' | 'store:commit' | 'store:reservations' | 'store:vault'>, hotelId: string, cardId: string, who: Who): Promise<RevealedCard> {
  const found = await findCard(deps, hotelId, cardId, who, 'reveal');
  const { card, now, audit, refuse } = found;
  try {
    assertRevealable(card, now);
  } catch (e) {
    return refuse('purged', e as Error);
  }
  await authenticate(deps, hotelId, who, 'cards:reveal', found);
  if (card.origin === 'psp') return refuse('not_revealable', new Forbidden('card_not_revealable', 'This card is held by the PSP as a token: there is no number to show'));

  const sealed = await deps.store.getCardSecret(hotelId, card.reservationId, cardId);
  if (!sealed) return refuse('purged', new Gone('card_purged', 'The card data has been deleted after the stay'));
  const secret = JSON.parse(await deps.sealer.open(sealed, cardContext(hotelId, card.reservationId, cardId, 'card-secret'))) as { number: string; holderName?: string };
  // Opened before it is taken: a KMS failure leaves the CVV for the next reveal. Of reveals that
  // opened it at the same time, only the one whose conditional delete succeeds shows it.
  const sealedCvv = card.hasCvv ? await deps.store.getCardCvv(hotelId, card.reservationId, cardId) : undefined;
  const opened = sealedCvv ? await deps.sealer.open(sealedCvv, cardContext(hotelId, card.reservationId, cardId, 'card-cvv')) : undefined;
  const taken = opened !== undefined && (await deps.store.takeCardCvv(hotelId, card.reservationId, cardId)) !== undefined;
  const cvv = taken ? opened : undefined;
  await deps.store.commit({
    audit: [audit('revealed', { cvvShown: cvv !== undefined })],
    ...(cvv !== undefined ? { cards: [{ value: revealCvv(card, now), expectedVersion: card.version }] } : {}),
  }).catch(async (e: unknown) => {
    // The CVV is already gone from the vault; the card's flag follows on its own.
    if (!(e instanceof Conflict)) throw e;
    await deps.store.commit({ audit: [audit('revealed', { cvvShown: cvv !== undefined })] });
  });
  return {
    holderName: secret.holderName ?? card.holderName, number: secret.number, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, ...(cvv !== undefined ? { cvv } : {}),
  };
}

/**
 * A `cards:manage` user erases a card's secret parts now (the guest asked, or the card was wrong):
 * number, CVV and PSP token are deleted as by the purge; the masked card and the audit trail stay.
 * Erasing a card already purged or erased answers it as it is (and is audited too).
 */
export async function eraseCard(deps: Needs<'clock' | 'ids' | 'pins' | 'store:commit' | 'store:reservations' | 'store:vault'>, hotelId: string, cardId: string, who: Who): Promise<CardView> {
  const found = await findCard(deps, hotelId, cardId, who, 'erase');
  await authenticate(deps, hotelId, who, 'cards:manage', found);
  for (let attempt = 0; ; attempt++) {
    // Read again after the PIN check: a reveal or the purge may have changed the card meanwhile.
    const agg = await deps.store.getReservation(hotelId, found.card.reservationId);
    const card = agg?.cards.find((c) => c.cardId === cardId);
    if (!card) throw new NotFound('card_not_found', `No card ${cardId}`);
    const erased = purgeCard(card, found.now, who.userId);
    if (!erased) {
      await deps.store.commit({ audit: [found.audit('already_purged')] });
      return cardView(card);
    }
    try {
      await deps.store.commit(secretsGone(card, erased, found.audit('erased')));
      return cardView(erased);
    } catch (e) {
      if (!(e instanceof Conflict) || attempt >= 2) throw e;
    }
  }
}

export async function cardAudit(deps: Needs<'store:vault'>, hotelId: string, cardId: string): Promise<{ entries: Array<Record<string, unknown>> }> {
  if (!(await deps.store.findCardReservation(hotelId, cardId))) throw new NotFound('card_not_found', `No card ${cardId}`);
  const entries = await deps.store.cardAudit(hotelId, cardId);
  return {
    entries: entries.map((e) => ({ userId: e.userId, action: e.action, outcome: e.outcome, at: e.at, ...(e.sourceIp ? { sourceIp: e.sourceIp } : {}), ...(e.cvvShown !== undefined ? { cvvShown: e.cvvShown } : {}) })),
  };
}

/** One write for a purge or an erasure: the card marked purged, its secret items deleted, the audit entry. */
const secretsGone = (card: Card, purged: Card, entry: CardAuditEntry): Changes => ({
  cards: [{ value: purged, expectedVersion: card.version }],
  purgedSecrets: [{ hotelId: card.hotelId, reservationId: card.reservationId, cardId: card.cardId }],
  audit: [entry],
});

/** The purge of one card: secrets deleted, card marked purged, audited. Null when not (or no longer) due. */
export async function purgeOneCard(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:reservations'>, hotelId: string, reservationId: string, cardId: string): Promise<'purged' | null> {
  const agg = await deps.store.getReservation(hotelId, reservationId);
  const card = agg?.cards.find((c) => c.cardId === cardId);
  const now = deps.clock.now();
  if (!card || !isPurgeDue(card, now)) return null;
  const purged = purgeCard(card, now);
  if (!purged) return null;
  await deps.store.commit(secretsGone(card, purged, { hotelId, cardId, entryId: deps.ids.newId(), userId: 'system', action: 'purge', outcome: 'purged', at: now.toISOString() }));
  return 'purged';
}

/** A new departure moves the purge of the reservation's cards not yet past it. */
export function reschedulePurges(cards: readonly Card[], when: string, now: Date): NonNullable<Changes['cards']> {
  return cards.flatMap((c) => {
    const moved = reschedulePurge(c, when, now);
    return moved ? [{ value: moved, expectedVersion: c.version }] : [];
  });
}
