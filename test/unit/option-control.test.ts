import { DEFAULT_POLICY, defaultDeadline, reminderTime, validatePolicy } from '../../domain/policy';
import { createPaymentRequest, expireRequest, handleReminder } from '../../domain/payment-request';
import { createReservation, isLapseDue, lapseOption, updateReservation } from '../../domain/reservation';
import * as entities from '../../adapters/dynamo/entities';
import { InvalidInput } from '../../domain/errors';

const now = new Date('2026-11-20T09:00:00Z');
const ctx = { now, timezone: 'Europe/Paris', hotelCurrency: 'EUR', policy: DEFAULT_POLICY };
const input = {
  guest: { firstName: 'Léa', lastName: 'Roux', email: 'lea@example.com', language: 'fr' },
  arrival: '2026-12-10', departure: '2026-12-12', total: { amount: 20_000, currency: 'EUR' }, optionDeadline: '2026-11-22',
};
const reservation = () => createReservation({ hotelId: 'H', reservationId: 'R' }, input, ctx).reservation;

describe('policy', () => {
  it('validates its fields', () => {
    expect(validatePolicy(DEFAULT_POLICY)).toBe(DEFAULT_POLICY);
    expect(() => validatePolicy({ ...DEFAULT_POLICY, defaultOptionDays: 1.5 })).toThrow(InvalidInput);
    expect(() => validatePolicy({ ...DEFAULT_POLICY, reminderHoursBefore: 0 })).toThrow(InvalidInput);
  });
  it('gives a default deadline at the end of a local day, or requires one', () => {
    expect(defaultDeadline(DEFAULT_POLICY, now, 'Europe/Paris')).toBe('2026-11-23T22:59:59.999Z');
    expect(() => defaultDeadline({ ...DEFAULT_POLICY, defaultOptionDays: null }, now, 'Europe/Paris')).toThrow(InvalidInput);
  });
  it('reminds ahead of expiry only when that is still worth it', () => {
    expect(reminderTime(DEFAULT_POLICY, now, '2026-11-22T22:59:59.999Z')).toBe('2026-11-21T22:59:59.999Z');
    expect(reminderTime(DEFAULT_POLICY, now, '2026-11-21T09:30:00.000Z')).toBeUndefined();
    expect(reminderTime({ ...DEFAULT_POLICY, reminderHoursBefore: null }, now, '2026-11-29T00:00:00.000Z')).toBeUndefined();
  });
});

describe('lapse', () => {
  it('is due only for an unhandled option past its deadline', () => {
    const r = reservation();
    expect(isLapseDue(r, now)).toBe(false);
    const later = new Date('2026-11-23T00:00:00Z');
    expect(isLapseDue(r, later)).toBe(true);
    const expired = lapseOption(r, { now: later, onLapse: 'expire' })!;
    expect(expired.reservation).toMatchObject({ status: 'expired', lapse: { action: 'expired' }, version: 2 });
    expect(expired.history[0]).toMatchObject({ type: 'expired', changes: { status: { from: 'option', to: 'expired' } } });
    expect(lapseOption(expired.reservation, { now: later, onLapse: 'expire' })).toBeNull();
    const reported = lapseOption(r, { now: later, onLapse: 'report' })!;
    expect(reported.reservation).toMatchObject({ status: 'option', lapse: { action: 'reported' } });
    expect(lapseOption(reported.reservation, { now: later, onLapse: 'report' })).toBeNull();
    // A new deadline from the PMS re-opens the watch.
    const moved = updateReservation(reported.reservation, { ...input, optionDeadline: '2026-11-30' }, ctx)!;
    expect(moved.reservation.lapse).toBeUndefined();
  });
});

describe('request expiry and reminders', () => {
  const pr = () => createPaymentRequest(reservation(), { type: 'deposit', percent: 30, delivery: 'email' }, { now, paymentRequestId: 'P', policy: DEFAULT_POLICY });
  it('expires open requests past their expiry, or when forced by a lapse', () => {
    const p = pr();
    expect(expireRequest(p, now)).toBeNull();
    expect(expireRequest(p, now, { force: true })?.status).toBe('expired');
    const expired = expireRequest(p, new Date('2026-11-23T00:00:00Z'))!;
    expect(expired).toMatchObject({ status: 'expired', version: 2 });
    expect(expireRequest(expired, new Date('2026-11-24T00:00:00Z'))).toBeNull();
  });
  it('sends one reminder, only to a guest who has not answered', () => {
    const p = pr();
    expect(p.remindAt).toBe('2026-11-21T22:59:59.999Z');
    const at = new Date('2026-11-22T00:00:00Z');
    const first = handleReminder(p, at)!;
    expect(first).toMatchObject({ send: true, request: { reminder: { sent: true } } });
    expect(handleReminder(first.request, at)).toBeNull();
    const answered = { ...p, status: 'failed' as const, attempts: [{ at: now.toISOString(), attemptRef: 'a', pspStatus: 'REFUSED', kind: 'failed' as const }] };
    expect(handleReminder(answered, at)).toMatchObject({ send: false });
  });
});

describe('index keys follow the state', () => {
  it('puts an option in the hotel listing and the lapse index, and moves it when it lapses', () => {
    const r = reservation();
    const k = entities.reservation.indexKeys(r);
    expect(k).toMatchObject({ GSI1PK: 'HOTEL#H#OPTIONS', GSI1SK: `${r.optionDeadline}#R`, GSI2SK: `${r.optionDeadline}#H#R` });
    expect(k.GSI2PK).toMatch(/^DUE#LAPSE#[0-7]$/);
    const lapsed = lapseOption(r, { now: new Date('2026-11-23T00:00:00Z'), onLapse: 'expire' })!.reservation;
    expect(entities.reservation.indexKeys(lapsed)).toEqual({ GSI1PK: 'HOTEL#H#LAPSED', GSI1SK: `${lapsed.lapse!.at}#R` });
    const reported = lapseOption(r, { now: new Date('2026-11-23T00:00:00Z'), onLapse: 'report' })!.reservation;
    expect(entities.reservation.indexKeys(reported)).toEqual({ GSI1PK: 'HOTEL#H#OPTIONS', GSI1SK: `${r.optionDeadline}#R` });
  });
  it('moves a request from reminder to expiry to nowhere', () => {
    const p = createPaymentRequest(reservation(), { type: 'guarantee', delivery: 'link' }, { now, paymentRequestId: 'P', policy: DEFAULT_POLICY });
    expect(entities.paymentRequest.indexKeys(p).GSI2PK).toMatch(/^DUE#REMIND#/);
    expect(entities.paymentRequest.indexKeys(p).GSI1PK).toBe('HOTEL#H#OPEN_REQUESTS');
    const reminded = handleReminder(p, new Date('2026-11-22T00:00:00Z'))!.request;
    expect(entities.paymentRequest.indexKeys(reminded).GSI2PK).toMatch(/^DUE#EXPIRE#/);
    expect(entities.paymentRequest.indexKeys({ ...reminded, status: 'succeeded' })).toEqual({});
  });
  it('spreads ids over every shard', () => {
    const shards = new Set(Array.from({ length: 200 }, (_, i) => entities.dueWork.shardOf(`H#R-${i}`)));
    expect(shards.size).toBe(entities.dueWork.DUE_SHARDS);
  });
});
