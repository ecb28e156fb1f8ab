import type { Wired } from '../../app/deps';
import { watchCardExpiry } from '../../app/card-expiry';
import { planning } from '../../app/planning';
import { sendEmailsFor } from '../../app/send-emails';
import { linkContext } from '../../app/secrets';
import { readOutbox } from '../../local/outbox';
import { FakeClock, freshDeps } from '../support/aws';
import { startPspHarness, type PspHarness } from '../support/psp-harness';
import { upsertReservation } from '../../app/upsert-reservation';
import { ask, committedEvents } from '../support/scenario';

/** The card-expiry watch against moto and the PSP sandbox (docs/charges.md). */
let deps: Wired;
let table: string;
let psp: PspHarness;

beforeEach(async () => {
  const fresh = await freshDeps(new FakeClock(new Date()));
  table = fresh.resources.tableName;
  psp = await startPspHarness(fresh.deps);
  deps = psp.deps;
});
afterEach(async () => psp.stop());

const BASE = 'https://api.hotel.example';
const budget = { maxItems: 100 };
const addDaysIso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const now = new Date();
// A card ending this month is still valid today, and will not work for a stay two months ahead.
const ENDING_BEFORE_STAY = { month: now.getUTCMonth() + 1, year: now.getUTCFullYear() };
const ENDS = `${String(ENDING_BEFORE_STAY.month).padStart(2, '0')}/${ENDING_BEFORE_STAY.year}`;
const lasting = { month: 12, year: now.getUTCFullYear() + 3 };

/** A stay two months ahead, on option for three days. */
const reserve = (hotelId: string, id: string, arrivalInDays = 60) => upsertReservation(deps, hotelId, id, {
  guest: { firstName: 'Anna', lastName: 'Weber', email: 'anna.weber@example.com', language: 'de' },
  arrival: addDaysIso(arrivalInDays), departure: addDaysIso(arrivalInDays + 3), total: { amount: 60_000, currency: 'EUR' }, optionDeadline: addDaysIso(3),
});

describe('a registered card that expires before the stay ends', () => {
  it('is found by the daily job: the guest is e-mailed a request for a new card, the hotel is told, and the new card takes over', async () => {
    const hotelId = await psp.hotel();
    await reserve(hotelId, 'E-1');
    await psp.pay((await ask(deps, hotelId, 'E-1', 'guarantee')).url, undefined, ENDING_BEFORE_STAY);
    const [old] = (await deps.store.getReservation(hotelId, 'E-1'))!.cards;
    expect(old).toMatchObject({ origin: 'psp', expiryMonth: ENDING_BEFORE_STAY.month, expiryYear: ENDING_BEFORE_STAY.year });

    expect(await watchCardExpiry(deps, budget, BASE)).toMatchObject({ asked: 1 });
    // Handled once: the watch is gone.
    expect(await watchCardExpiry(deps, budget, BASE)).toMatchObject({ examined: 0 });
    const agg = (await deps.store.getReservation(hotelId, 'E-1'))!;
    const renewal = agg.requests.find((r) => r.request.subject.kind === 'card-renewal')!;
    expect(renewal.request).toMatchObject({ type: 'guarantee', status: 'pending', delivery: 'email', subject: { kind: 'card-renewal', reservationId: 'E-1', cardId: old!.cardId } });
    expect(agg.history.map((h) => h.type)).toContain('card_expiring');

    // The front desk's day lists the stay, with the card and the request sent.
    const day = await planning(deps, hotelId, { limit: 50 });
    expect(day.groups.cardsExpiring!.entries).toEqual([expect.objectContaining({
      reservationId: 'E-1', reason: 'card_expiring', card: expect.objectContaining({ cardId: old!.cardId, expiryMonth: ENDING_BEFORE_STAY.month }),
      paymentRequest: expect.objectContaining({ paymentRequestId: renewal.request.paymentRequestId, type: 'guarantee' }),
    })]);

    // The guest and the hotel are e-mailed.
    const created = (await committedEvents(table, 'payment-request.created')).find((e) => (e.data as { paymentRequestId: string }).paymentRequestId === renewal.request.paymentRequestId)!;
    const [expiring] = await committedEvents(table, 'card.expiring');
    expect(await sendEmailsFor(deps, created)).toBe(1);
    expect(await sendEmailsFor(deps, expiring!)).toBe(1);
    const outbox = await readOutbox(process.env.MOTO_ENDPOINT!);
    const desk = (await deps.store.getHotel(hotelId))!.hotel.email;
    const url = await deps.sealer.open(renewal.sealedUrl, linkContext(hotelId, renewal.request.paymentRequestId));
    const toGuest = outbox.find((m) => m.to.includes('anna.weber@example.com') && (m.text ?? '').includes(url));
    expect(toGuest).toBeDefined();
    expect(toGuest!.text).toContain(ENDS);
    expect(outbox.find((m) => m.to.includes(desk) && (m.text ?? '').includes('E-1') && (m.text ?? '').includes(ENDS))).toBeDefined();

    // The guest registers a new card: it becomes the primary one; the stay is as it was.
    await psp.pay(url, undefined, lasting);
    const after = (await deps.store.getReservation(hotelId, 'E-1'))!;
    const fresh = after.cards.find((c) => c.cardId !== old!.cardId)!;
    expect(fresh).toMatchObject({ origin: 'psp', primary: true, expiryYear: lasting.year });
    expect(after.cards.find((c) => c.cardId === old!.cardId)!.primary).toBe(false);
    expect(after.requests.find((r) => r.request.paymentRequestId === renewal.request.paymentRequestId)!.request.status).toBe('succeeded');
    expect(after.reservation.status).toBe(agg.reservation.status);
    expect(after.history.map((h) => h.type)).toContain('card_renewed');
  });

  it('is not watched when it lasts the stay, and the watch is dropped when the stay no longer needs it', async () => {
    const hotelId = await psp.hotel();
    await reserve(hotelId, 'E-2');
    await psp.pay((await ask(deps, hotelId, 'E-2', 'guarantee')).url, undefined, lasting);
    expect(await watchCardExpiry(deps, budget, BASE)).toMatchObject({ examined: 0 });
    // The PMS moves the stay past the card's end: the next run asks for a new card.
    const later = `${lasting.year + 1}-02-01`;
    await upsertReservation(deps, hotelId, 'E-2', {
      guest: { firstName: 'Anna', lastName: 'Weber', email: 'anna.weber@example.com', language: 'de' },
      arrival: later, departure: `${lasting.year + 1}-02-04`, total: { amount: 60_000, currency: 'EUR' },
    });
    expect(await watchCardExpiry(deps, budget, BASE)).toMatchObject({ asked: 1 });

    await reserve(hotelId, 'E-3');
    await psp.pay((await ask(deps, hotelId, 'E-3', 'guarantee')).url, undefined, ENDING_BEFORE_STAY);
    // By the time the job runs the stay is over: nothing to ask any more.
    const r = (await deps.store.getReservation(hotelId, 'E-3'))!.reservation;
    await deps.store.commit({ reservation: { value: { ...r, arrival: addDaysIso(-3), departure: addDaysIso(-1), version: r.version + 1 }, expectedVersion: r.version } });
    expect(await watchCardExpiry(deps, budget, BASE)).toMatchObject({ settled: 1 });
    expect((await deps.store.getReservation(hotelId, 'E-3'))!.requests.filter((x) => x.request.subject.kind === 'card-renewal')).toEqual([]);
  });
});
