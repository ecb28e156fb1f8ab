import type { Wired } from '../../app/deps';
import { sweepOptions } from '../../app/lapse-options';
import { expireLinks } from '../../app/expire-links';
import { sendReminders } from '../../app/send-reminders';
import { planning } from '../../app/planning';
import { redriveOutbox } from '../../app/relay-events';
import { openPaymentPage } from '../../app/payment-page';
import { confirmReservation, forceDeadlineToToday } from '../../domain/reservation';
import { applyOutcome } from '../../domain/payment-request';
import { InvalidInput } from '../../domain/errors';
import { FakeClock, freshDeps } from '../support/aws';
import { ask, committedEvents, hotelWith, reserve } from '../support/scenario';

const START = new Date('2026-11-20T09:00:00Z'); // a Friday morning in Paris
let clock: FakeClock;
let deps: Wired;
let table: string;
const budget = { maxItems: 500 };

beforeEach(async () => {
  clock = new FakeClock(START);
  const made = await freshDeps(clock);
  deps = made.deps;
  table = made.resources.tableName;
});

const status = async (hotelId: string, id: string) => (await deps.store.getReservation(hotelId, id))!.reservation;

describe('option sweep', () => {
  it('lapses only options past their deadline, once, with history, events and one digest per hotel', async () => {
    const a = await hotelWith(deps);
    const b = await hotelWith(deps);
    await reserve(deps, a, 'A-1', '2026-11-21');
    await reserve(deps, a, 'A-2', '2026-11-22');
    await reserve(deps, a, 'A-3', '2026-11-30');
    await reserve(deps, b, 'B-1', '2026-11-21');
    await ask(deps, a, 'A-1');
    clock.current = new Date('2026-11-23T08:00:00Z');

    const run = await sweepOptions(deps, budget);
    expect(run).toMatchObject({ examined: 3, expired: 3, skipped: 0, remaining: false, digests: 2 });
    expect((await status(a, 'A-1')).status).toBe('expired');
    expect((await status(a, 'A-2')).status).toBe('expired');
    expect((await status(a, 'A-3')).status).toBe('option');
    const agg = (await deps.store.getReservation(a, 'A-1'))!;
    expect(agg.history.map((h) => h.type)).toEqual(['created', 'payment_requested', 'expired', 'payment_request_expired']);
    expect(agg.requests[0]!.request.status).toBe('expired');

    const digests = await committedEvents(table, 'options.lapse-digest');
    expect(digests.map((d) => [d.hotelId, (d.data.lapses as { reservationId: string }[]).map((l) => l.reservationId)])).toEqual(
      expect.arrayContaining([[a, ['A-1', 'A-2']], [b, ['B-1']]]),
    );
    expect((await committedEvents(table, 'reservation.expired')).length).toBe(3);
    expect(await deps.store.pendingDigestLines()).toEqual([]);

    const again = await sweepOptions(deps, budget);
    expect(again).toMatchObject({ examined: 0, digests: 0 });
  });

  it('never lapses a reservation confirmed a moment before the sweep acts', async () => {
    const h = await hotelWith(deps);
    await reserve(deps, h, 'R-1', '2026-11-21');
    clock.current = new Date('2026-11-23T08:00:00Z');
    const store = deps.store;
    // The guest's payment lands between the sweep reading the reservation and writing the lapse.
    const racing: Wired = {
      ...deps,
      store: Object.assign(Object.create(store), {
        getReservation: async (hotelId: string, id: string) => {
          const agg = await store.getReservation(hotelId, id);
          const confirmed = confirmReservation(agg!.reservation, { now: clock.now(), paymentRequestId: 'P', transactionId: 'T' })!;
          await store.commit({ reservation: { value: confirmed.reservation, expectedVersion: agg!.reservation.version } });
          return agg;
        },
      }),
    };
    const run = await sweepOptions(racing, budget);
    expect(run).toMatchObject({ examined: 1, skipped: 1, digests: 0 });
    expect((await status(h, 'R-1')).status).toBe('confirmed');
    expect(await committedEvents(table, 'reservation.expired')).toEqual([]);
  });

  it('is safe to run twice at once: each option lapses once and is reported once', async () => {
    const h = await hotelWith(deps);
    await Promise.all(Array.from({ length: 16 }, (_, i) => reserve(deps, h, `C-${i}`, '2026-11-21')));
    clock.current = new Date('2026-11-23T08:00:00Z');
    const [one, two] = await Promise.all([sweepOptions(deps, budget), sweepOptions(deps, budget)]);
    expect(Number(one.expired ?? 0) + Number(two.expired ?? 0)).toBe(16);
    // Racing digests may both back off; whatever is left is reported by the next run, never twice.
    await sweepOptions(deps, budget);
    expect(await deps.store.pendingDigestLines()).toEqual([]);
    const reported = (await committedEvents(table, 'options.lapse-digest')).flatMap((d) => (d.data.lapses as { reservationId: string }[]).map((l) => l.reservationId));
    expect(reported.sort()).toEqual(Array.from({ length: 16 }, (_, i) => `C-${i}`).sort());
    for (let i = 0; i < 16; i++) {
      const agg = (await deps.store.getReservation(h, `C-${i}`))!;
      expect(agg.history.filter((e) => e.type === 'expired')).toHaveLength(1);
    }
  });

  it('does bounded work per run and resumes where it stopped', async () => {
    const h = await hotelWith(deps);
    await Promise.all(Array.from({ length: 12 }, (_, i) => reserve(deps, h, `B-${i}`, '2026-11-21')));
    clock.current = new Date('2026-11-23T08:00:00Z');
    const first = await sweepOptions(deps, { maxItems: 5, pageSize: 2 });
    expect(first).toMatchObject({ examined: 5, expired: 5, remaining: true, digests: 1 });
    const rest = await sweepOptions(deps, { maxItems: 500, pageSize: 2 });
    expect(rest).toMatchObject({ examined: 7, expired: 7, remaining: false });
    const timedOut = await sweepOptions(deps, { maxItems: 500, timeUp: () => true });
    expect(timedOut).toMatchObject({ examined: 0, remaining: true });
  });

  it('only reports under a report-only policy, once, and the planning shows it overdue', async () => {
    const h = await hotelWith(deps, { defaultOptionDays: 3, reminderHoursBefore: null, onLapse: 'report' });
    await reserve(deps, h, 'P-1', '2026-11-21');
    clock.current = new Date('2026-11-23T08:00:00Z');
    expect(await sweepOptions(deps, budget)).toMatchObject({ reported: 1, digests: 1 });
    expect(await status(h, 'P-1')).toMatchObject({ status: 'option', lapse: { action: 'reported' } });
    expect(await sweepOptions(deps, budget)).toMatchObject({ examined: 0, digests: 0 });
    const plan = await planning(deps, h, { limit: 50 });
    expect(plan.date).toBe('2026-11-23');
    expect(plan.groups.overdue!.entries).toEqual([expect.objectContaining({ reservationId: 'P-1', reason: 'option_overdue', lapseAction: 'reported' })]);
    // A new deadline from the PMS puts it back under watch.
    await reserve(deps, h, 'P-1', '2026-11-24');
    expect((await status(h, 'P-1')).lapse).toBeUndefined();
    clock.current = new Date('2026-11-25T08:00:00Z');
    expect(await sweepOptions(deps, budget)).toMatchObject({ reported: 1 });
  });
});

describe('links and reminders', () => {
  it('expires unpaid links at their expiry, by the job or when opened', async () => {
    const h = await hotelWith(deps, { defaultOptionDays: 3, reminderHoursBefore: null, onLapse: 'report' });
    await reserve(deps, h, 'L-1', '2026-11-21');
    await reserve(deps, h, 'L-2', '2026-11-21');
    const one = await ask(deps, h, 'L-1');
    const two = await ask(deps, h, 'L-2');
    clock.current = new Date('2026-11-22T08:00:00Z');
    const page = await openPaymentPage(deps, two.url.split('/pay/')[1]!, { publicBaseUrl: 'https://pay.example.com' });
    expect(page).toMatchObject({ kind: 'problem', problem: 'expired' });
    expect((await deps.store.getReservation(h, 'L-2'))!.requests[0]!.request.status).toBe('expired');
    expect(await expireLinks(deps, budget)).toMatchObject({ expired: 1 });
    expect((await deps.store.getReservation(h, 'L-1'))!.requests[0]!.request.status).toBe('expired');
    expect(await expireLinks(deps, budget)).toMatchObject({ examined: 0 });
    expect((await committedEvents(table, 'payment-request.expired')).map((e) => e.data.paymentRequestId).sort()).toEqual([one.paymentRequestId, two.paymentRequestId].sort());
  });

  it('reminds a guest who has not answered, once, and nobody else', async () => {
    const h = await hotelWith(deps, { defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'expire' });
    await reserve(deps, h, 'M-1', '2026-11-25');
    await reserve(deps, h, 'M-2', '2026-11-25');
    await reserve(deps, h, 'M-3', '2026-11-21T10:00:00+01:00'); // too soon for a reminder
    const silent = await ask(deps, h, 'M-1');
    await ask(deps, h, 'M-2');
    await ask(deps, h, 'M-3');
    expect((await deps.store.getReservation(h, 'M-1'))!.requests[0]!.request.remindAt).toBe('2026-11-24T22:59:59.999Z');
    expect((await deps.store.getReservation(h, 'M-3'))!.requests[0]!.request.remindAt).toBeUndefined();
    // M-2's guest answered (a refused card): no reminder for them.
    const agg2 = (await deps.store.getReservation(h, 'M-2'))!;
    const rec2 = agg2.requests[0]!;
    await deps.store.commit({ paymentRequests: [{ value: { ...rec2, request: { ...rec2.request, status: 'failed', attempts: [{ at: clock.now().toISOString(), attemptRef: 'x', pspStatus: 'REFUSED', kind: 'failed' }], version: rec2.request.version + 1 } }, expectedVersion: rec2.request.version }] });

    clock.current = new Date('2026-11-24T12:00:00Z');
    expect(await sendReminders(deps, budget)).toMatchObject({ examined: 0 });
    clock.current = new Date('2026-11-24T23:30:00Z');
    expect(await sendReminders(deps, budget)).toMatchObject({ examined: 2, reminded: 1, notNeeded: 1 });
    expect(await sendReminders(deps, budget)).toMatchObject({ examined: 0 });
    expect((await committedEvents(table, 'payment-request.reminder-due')).map((e) => e.data.paymentRequestId)).toEqual([silent.paymentRequestId]);
    expect((await deps.store.getReservation(h, 'M-1'))!.history.map((x) => x.type)).toContain('payment_reminder_sent');
  });
});

describe('planning', () => {
  it('groups the day for the front desk, with reasons, pages and cursors', async () => {
    const h = await hotelWith(deps, { defaultOptionDays: 3, reminderHoursBefore: null, onLapse: 'expire' });
    await reserve(deps, h, 'D-1', '2026-11-20', { firstName: 'Ana', lastName: 'Due' });
    await reserve(deps, h, 'D-2', '2026-11-20', { firstName: 'Ben', lastName: 'Due' });
    await reserve(deps, h, 'F-1', '2026-11-28', { firstName: 'Cy', lastName: 'Forced' });
    await reserve(deps, h, 'X-1', '2026-11-19', { firstName: 'Dee', lastName: 'Lapsed' });
    await reserve(deps, h, 'U-1', '2026-11-27', { firstName: 'Eve', lastName: 'Silent' });
    await reserve(deps, h, 'Later', '2026-12-01');
    const u = await ask(deps, h, 'U-1');
    // A refused payment for F-1 forces its deadline to today.
    const f = await ask(deps, h, 'F-1');
    const agg = (await deps.store.getReservation(h, 'F-1'))!;
    const forced = forceDeadlineToToday(agg.reservation, { now: clock.now(), timezone: 'Europe/Paris', paymentRequestId: f.paymentRequestId })!;
    const rec = agg.requests[0]!;
    const refused = applyOutcome(rec.request, { kind: 'failed', pspStatus: 'REFUSED', operation: 'payment', amount: rec.request.amount, attemptRef: 'x', mode: 'TEST', tokenCreated: false }, { now: clock.now() });
    await deps.store.commit({
      reservation: { value: forced.reservation, expectedVersion: agg.reservation.version },
      paymentRequests: [{ value: { ...rec, request: refused }, expectedVersion: rec.request.version }],
    });
    clock.current = new Date('2026-11-20T06:00:00Z');
    await sweepOptions(deps, budget); // X-1 (deadline yesterday) lapses today
    clock.current = new Date('2026-11-20T07:00:00Z');

    const plan = await planning(deps, h, { limit: 50 });
    const ids = (g: keyof typeof plan.groups) => plan.groups[g]!.entries.map((e) => e.reservationId);
    expect(plan.date).toBe('2026-11-20');
    expect(ids('dueToday')).toEqual(['D-1', 'D-2']);
    expect(ids('paymentRefused')).toEqual(['F-1']);
    expect(ids('lapsed')).toEqual(['X-1']);
    expect(ids('overdue')).toEqual([]);
    expect(plan.groups.unanswered!.entries).toEqual([expect.objectContaining({ reservationId: 'U-1', reason: 'request_unanswered', paymentRequest: expect.objectContaining({ paymentRequestId: u.paymentRequestId }) })]);

    const first = await planning(deps, h, { limit: 1, group: 'dueToday' });
    expect(first.groups.dueToday!.entries.map((e) => e.reservationId)).toEqual(['D-1']);
    const second = await planning(deps, h, { limit: 1, group: 'dueToday', cursor: first.groups.dueToday!.nextCursor! });
    expect(second.groups.dueToday!.entries.map((e) => e.reservationId)).toEqual(['D-2']);
    await expect(planning(deps, h, { limit: 1, group: 'lapsed', cursor: first.groups.dueToday!.nextCursor! })).rejects.toBeInstanceOf(InvalidInput);
    // A cursor from another day is refused, not turned into a failing query.
    await expect(planning(deps, h, { date: '2026-11-21', limit: 1, group: 'dueToday', cursor: first.groups.dueToday!.nextCursor! })).rejects.toBeInstanceOf(InvalidInput);
    // X-1 was due on the 19th but has lapsed since: the 19th's plan no longer lists it as due.
    expect((await planning(deps, h, { date: '2026-11-19', limit: 50 })).groups.dueToday!.entries).toEqual([]);
  });
});

describe('outbox redrive', () => {
  it('relays events the stream relay never delivered, once, after a grace period', async () => {
    const published: string[] = [];
    const withPublisher: Wired = { ...deps, publisher: { publish: async (e) => void published.push(e.id) } };
    const h = await hotelWith(withPublisher);
    await reserve(withPublisher, h, 'O-1', '2026-11-25');
    const created = await ask(withPublisher, h, 'O-1');
    const [event] = await committedEvents(table, 'payment-request.created');
    expect(event!.data.paymentRequestId).toBe(created.paymentRequestId);
    expect(await redriveOutbox(withPublisher, budget)).toMatchObject({ examined: 0 }); // within the grace period
    clock.advance(6 * 60_000);
    expect(await redriveOutbox(withPublisher, budget)).toMatchObject({ relayed: 1 });
    expect(published).toEqual([event!.id]);
    expect((await deps.store.getOutboxEvent(event!.id))!.relayedAt).toBeDefined();
    expect(await redriveOutbox(withPublisher, budget)).toMatchObject({ examined: 0 });
  });
});

describe('planning pages', () => {
  it('never skips an entry when a filtered group pages', async () => {
    const h = await hotelWith(deps, { defaultOptionDays: 3, reminderHoursBefore: null, onLapse: 'expire' });
    for (const id of ['R0', 'R1', 'R2', 'R3', 'R4', 'R5']) await reserve(deps, h, id, '2026-11-20');
    const agg = (await deps.store.getReservation(h, 'R1'))!;
    await deps.store.commit({ reservation: { value: { ...agg.reservation, deadlineForced: { at: clock.now().toISOString(), paymentRequestId: 'P' }, version: 2 }, expectedVersion: 1 } });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const p = await planning(deps, h, { limit: 2, group: 'dueToday', ...(cursor ? { cursor } : {}) });
      expect(p.groups.dueToday!.entries.length).toBeLessThanOrEqual(2);
      seen.push(...p.groups.dueToday!.entries.map((e) => e.reservationId));
      cursor = p.groups.dueToday!.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['R0', 'R2', 'R3', 'R4', 'R5']);
  });
});

describe('policy', () => {
  it('gives reservations without a deadline the default option length, or asks for one', async () => {
    const h = await hotelWith(deps, { defaultOptionDays: 2, reminderHoursBefore: null, onLapse: 'expire' });
    await reserve(deps, h, 'N-1');
    expect((await status(h, 'N-1')).optionDeadline).toBe('2026-11-22T22:59:59.999Z');
    const strict = await hotelWith(deps, { defaultOptionDays: null, reminderHoursBefore: null, onLapse: 'expire' });
    await expect(reserve(deps, strict, 'N-2')).rejects.toMatchObject({ code: 'option_deadline_required' });
  });
});
