import type { Wired } from '../../app/deps';
import { paymentDigestEmailId, sendPaymentDigests } from '../../app/payment-digest';
import { getPolicy, setPolicy } from '../../app/policy';
import { sendEmailsFor } from '../../app/send-emails';
import { paymentDigestDueAt } from '../../domain/policy';
import { localDate } from '../../domain/time';
import type { Envelope } from '../../events';
import { readOutbox } from '../../local/outbox';
import type { FakeClock } from '../support/aws';
import { pspTest, type PspHarness } from '../support/psp-harness';
import { ask, committedEvents, reserve } from '../support/scenario';

/** The hotel's daily payment digest (docs/hotel-digest.md) against moto and the PSP sandbox. */
let deps: Wired;
let clock: FakeClock;
let table: string;
let psp: PspHarness;

beforeEach(async () => ({ deps, clock, table, psp } = await pspTest()));
afterEach(async () => psp.stop());

const budget = { maxItems: 100 };
const TZ = 'Europe/Paris';

/** A hotel (in Paris, French), with the given payment e-mails policy. */
async function hotel(hotelPaymentEmails?: 'each' | 'daily_digest') {
  const hotelId = await psp.hotel();
  if (hotelPaymentEmails) await setPolicy(deps, hotelId, { ...(await getPolicy(deps, hotelId)), hotelPaymentEmails });
  return { hotelId, desk: (await deps.store.getHotel(hotelId))!.hotel.email };
}

/** A booking paid by its guest (deposit or card guarantee); its payment.succeeded event. */
async function paid(hotelId: string, id: string, firstName: string, type: 'deposit' | 'guarantee'): Promise<Envelope> {
  await reserve(deps, hotelId, id, undefined, { firstName, lastName: 'Digest' });
  await psp.pay((await ask(deps, hotelId, id, type)).url);
  const event = (await committedEvents(table, 'payment.succeeded')).find((e) => e.hotelId === hotelId && e.data.reservationId === id);
  expect(event).toBeDefined();
  return event!;
}

const mailsTo = async (address: string) => (await readOutbox(process.env.MOTO_ENDPOINT!)).filter((m) => m.to.includes(address));
const guestOf = (firstName: string) => `${firstName.toLowerCase()}@example.com`;

/** Moves the clock to the digest's hour of today's payments (08:00 at the hotel tomorrow), plus a minute. */
function toDigestHour(): string {
  const today = localDate(clock.now(), TZ);
  clock.current = new Date(Date.parse(paymentDigestDueAt(today, TZ)) + 60_000);
  return today;
}

describe('hotelPaymentEmails: daily_digest', () => {
  it("sends the guests' e-mails, no per-payment e-mail to the hotel, then one digest of the day at 08:00 the next morning, once", async () => {
    const { hotelId, desk } = await hotel('daily_digest');
    expect((await getPolicy(deps, hotelId)).hotelPaymentEmails).toBe('daily_digest');
    const first = await paid(hotelId, 'DG-1', 'Adele', 'deposit');
    const second = await paid(hotelId, 'DG-2', 'Bruno', 'guarantee');

    // The guest's confirmation only: the hotel's e-mail is a line of the day's digest.
    expect(await sendEmailsFor(deps, first)).toBe(1);
    expect(await sendEmailsFor(deps, second)).toBe(1);
    // The event delivered again: nothing sent, nothing listed twice.
    expect(await sendEmailsFor(deps, first)).toBe(0);
    expect((await mailsTo(guestOf('Adele'))).length).toBeGreaterThanOrEqual(1);
    expect((await mailsTo(guestOf('Bruno'))).length).toBeGreaterThanOrEqual(1);
    expect(await mailsTo(desk)).toEqual([]);
    const today = localDate(clock.now(), TZ);
    const day = await deps.store.paymentDigest(hotelId, today);
    expect(day?.lines.map((l) => l.reservationId).sort()).toEqual(['DG-1', 'DG-2']);
    expect(day?.sentAt).toBeUndefined();

    // Not before its hour: the day is not over.
    expect(await sendPaymentDigests(deps, budget)).toMatchObject({ examined: 0 });
    expect(await mailsTo(desk)).toEqual([]);

    toDigestHour();
    expect(await sendPaymentDigests(deps, budget)).toMatchObject({ examined: 1, sent: 1 });
    // The job runs again (the next schedule, or twice at once): one digest.
    expect(await sendPaymentDigests(deps, budget)).toMatchObject({ examined: 0 });
    const mails = await mailsTo(desk);
    expect(mails).toHaveLength(1);
    const [digest] = mails;
    // In the hotel's language (fr), both payments listed with their transactions.
    expect(digest!.subject).toContain('2 paiements reçus');
    for (const e of [first, second]) {
      expect(digest!.text).toContain(String(e.data.reservationId));
      expect(digest!.text).toContain(String(e.data.transactionId));
    }
    expect(digest!.text).toContain('Adele Digest');
    expect((await deps.store.paymentDigest(hotelId, today))?.sentAt).toBeDefined();
  });

  it('a run that died after sending only closes the day: the digest is not sent again', async () => {
    const { hotelId, desk } = await hotel('daily_digest');
    await sendEmailsFor(deps, await paid(hotelId, 'DG-3', 'Chloe', 'deposit'));
    const today = toDigestHour();
    // As left by a run that sent the digest and died before taking the day out of the due index.
    const id = paymentDigestEmailId(hotelId, today);
    expect(await deps.store.claimEmail(id, 'hotel', clock.now().toISOString(), new Date(clock.now().getTime() + 30_000).toISOString())).toBe('claimed');
    await deps.store.markEmailSent(id, 'hotel', clock.now().toISOString());

    expect(await sendPaymentDigests(deps, budget)).toMatchObject({ examined: 1, already_sent: 1 });
    expect(await sendPaymentDigests(deps, budget)).toMatchObject({ examined: 0 });
    expect(await mailsTo(desk)).toEqual([]);
  });

  it("a payment whose day's digest is gone already is e-mailed on its own: never left out", async () => {
    const { hotelId, desk } = await hotel('daily_digest');
    // As if that day's digest had been sent (a clock far off): the line would be in no digest.
    await deps.store.markPaymentDigestSent(hotelId, localDate(clock.now(), TZ), clock.now().toISOString());
    expect(await sendEmailsFor(deps, await paid(hotelId, 'DG-5', 'Elsa', 'deposit'))).toBe(2);
    const mails = await mailsTo(desk);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('DG-5');
  });

  it('an empty day sends nothing', async () => {
    const { hotelId, desk } = await hotel('daily_digest');
    const today = toDigestHour();
    expect(await sendPaymentDigests(deps, budget)).toMatchObject({ examined: 0 });
    expect(await deps.store.paymentDigest(hotelId, today)).toBeUndefined();
    expect(await mailsTo(desk)).toEqual([]);
  });

  it('alerts that need the hotel stay immediate: a refused card is e-mailed at once', async () => {
    const { hotelId, desk } = await hotel('daily_digest');
    await reserve(deps, hotelId, 'DG-4', undefined, { firstName: 'Dora', lastName: 'Digest' });
    await psp.pay((await ask(deps, hotelId, 'DG-4', 'deposit')).url, '4970100000000071');
    const failed = (await committedEvents(table, 'payment.failed')).find((e) => e.hotelId === hotelId)!;
    expect(await sendEmailsFor(deps, failed)).toBe(1);
    expect(await mailsTo(desk)).toHaveLength(1);
  });
});

describe('hotelPaymentEmails: each (the default)', () => {
  it('changes nothing: the hotel is e-mailed each payment, and no digest is kept or sent', async () => {
    const { hotelId, desk } = await hotel();
    expect((await getPolicy(deps, hotelId)).hotelPaymentEmails).toBe('each');
    expect(await sendEmailsFor(deps, await paid(hotelId, 'EA-1', 'Emile', 'deposit'))).toBe(2);
    const mails = await mailsTo(desk);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('EA-1');
    const today = toDigestHour();
    expect(await deps.store.paymentDigest(hotelId, today)).toBeUndefined();
    expect(await sendPaymentDigests(deps, budget)).toMatchObject({ examined: 0 });
    expect(await mailsTo(desk)).toHaveLength(1);
  });
});
