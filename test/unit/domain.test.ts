import { DEFAULT_POLICY } from '../../domain/policy';
import { Conflict, Gone, InvalidInput, RuleViolated } from '../../domain/errors';
import { pickLanguage } from '../../domain/language';
import { formatMoney, percentOf } from '../../domain/money';
import { applyOutcome, assertPayable, createPaymentRequest, isOpen, requestAmount } from '../../domain/payment-request';
import type { PaymentOutcome } from '../../domain/payment-outcome';
import { assertOnOption, confirmReservation, createReservation, forceDeadlineToToday, resolveDeadline, updateReservation } from '../../domain/reservation';
import { giveBackCall, returnedAtPsp } from '../../domain/psp-operation';
import { holdToRelease } from '../../domain/refund';
import { recordOutcome } from '../../domain/transaction';
import { compactUtc } from '../../adapters/psp/systempay/form';
import { endOfLocalDay, localDate } from '../../domain/time';

const now = new Date('2026-11-22T09:00:00Z');
const ctx = { now, timezone: 'Europe/Paris', hotelCurrency: 'EUR', policy: DEFAULT_POLICY };
const input = {
  guest: { title: 'mrs' as const, firstName: 'Camille', lastName: 'Dupont', email: 'camille@example.com', language: 'fr' },
  arrival: '2026-12-10', departure: '2026-12-13', total: { amount: 45_000, currency: 'EUR' }, optionDeadline: '2026-11-30',
};
const reservation = () => createReservation({ hotelId: 'h1', reservationId: 'R1' }, input, ctx).reservation;
const outcome = (kind: PaymentOutcome['kind'], extra: Partial<PaymentOutcome> = {}): PaymentOutcome => ({
  kind, pspStatus: kind === 'succeeded' ? 'AUTHORISED' : kind === 'failed' ? 'REFUSED' : 'ABANDONED', operation: 'payment',
  amount: { amount: 13_500, currency: 'EUR' }, pspTransactionId: `uuid-${kind}`, attemptRef: '20261122-000001', mode: 'TEST', tokenCreated: false, ...extra,
});

describe('money', () => {
  it('rounds percentages half-up to the minor unit', () => {
    expect(percentOf({ amount: 45_000, currency: 'EUR' }, 30)).toEqual({ amount: 13_500, currency: 'EUR' });
    expect(percentOf({ amount: 1_005, currency: 'EUR' }, 50)).toEqual({ amount: 503, currency: 'EUR' }); // 502.5 → 503
    expect(percentOf({ amount: 1_003, currency: 'EUR' }, 50)).toEqual({ amount: 502, currency: 'EUR' }); // 501.5 → 502
    expect(percentOf({ amount: 999, currency: 'EUR' }, 33.33)).toEqual({ amount: 333, currency: 'EUR' }); // 332.9667 → 333
    expect(percentOf({ amount: 10, currency: 'JPY' }, 12.5)).toEqual({ amount: 1, currency: 'JPY' }); // 1.25 → 1
    expect(percentOf({ amount: 999_999_999_999, currency: 'EUR' }, 99.99).amount).toBe(999_899_999_999); // exact beyond 2^53 intermediate
  });
  it('refuses percentages out of range or with more than two decimals', () => {
    for (const p of [0, -5, 100.01, 12.345]) expect(() => percentOf({ amount: 100, currency: 'EUR' }, p)).toThrow(InvalidInput);
  });
  it('formats for people', () => {
    expect(formatMoney({ amount: 13_500, currency: 'EUR' }, 'en-GB')).toBe('€135.00');
    expect(formatMoney({ amount: 1_500, currency: 'JPY' }, 'en-GB')).toBe('JP¥1,500');
  });
});

describe('time', () => {
  it('finds the end of a local day across DST', () => {
    expect(endOfLocalDay('2026-11-22', 'Europe/Paris').toISOString()).toBe('2026-11-22T22:59:59.999Z');
    expect(endOfLocalDay('2026-07-01', 'Europe/Paris').toISOString()).toBe('2026-07-01T21:59:59.999Z');
    expect(endOfLocalDay('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-29T21:59:59.999Z'); // spring-forward day
    expect(endOfLocalDay('2026-11-22', 'America/New_York').toISOString()).toBe('2026-11-23T04:59:59.999Z');
  });
  it('knows the local date of an instant', () => {
    expect(localDate(new Date('2026-11-22T23:30:00Z'), 'Europe/Paris')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-22T23:30:00Z'), 'America/New_York')).toBe('2026-11-22');
  });
  it('formats the PSP transaction date in UTC', () => {
    expect(compactUtc(new Date('2017-01-29T13:00:25.123Z'))).toBe('20170129130025');
  });
});

describe('reservation', () => {
  it('starts on option with the deadline at the end of the given day, hotel time', () => {
    const r = reservation();
    expect(r).toMatchObject({ status: 'option', optionDeadline: '2026-11-30T22:59:59.999Z', version: 1 });
    expect(resolveDeadline('2026-11-30T12:00:00+01:00', 'Europe/Paris')).toBe('2026-11-30T11:00:00.000Z');
  });
  it('rejects a stay that ends before it starts and a foreign currency', () => {
    expect(() => createReservation({ hotelId: 'h', reservationId: 'r' }, { ...input, departure: '2026-12-10' }, ctx)).toThrow(InvalidInput);
    expect(() => createReservation({ hotelId: 'h', reservationId: 'r' }, { ...input, total: { amount: 1, currency: 'USD' } }, ctx)).toThrow(RuleViolated);
  });
  it('records what an update changed and nothing when nothing changed', () => {
    const r = reservation();
    expect(updateReservation(r, input, ctx)).toBeNull();
    const change = updateReservation(r, { ...input, departure: '2026-12-14' }, ctx)!;
    expect(change.reservation.version).toBe(2);
    expect(change.history[0]).toMatchObject({ type: 'updated', changes: { departure: { from: '2026-12-13', to: '2026-12-14' } } });
  });
  it('confirms once; confirmation is final', () => {
    const confirmed = confirmReservation(reservation(), { now, paymentRequestId: 'P', transactionId: 'T' })!.reservation;
    expect(confirmed.status).toBe('confirmed');
    expect(confirmReservation(confirmed, { now, paymentRequestId: 'P', transactionId: 'T' })).toBeNull();
    expect(forceDeadlineToToday(confirmed, { now, timezone: 'Europe/Paris', paymentRequestId: 'P' })).toBeNull();
    expect(() => assertOnOption(confirmed)).toThrow(Conflict);
  });
  it('forces a later deadline to the end of today after a failed payment, never a sooner one', () => {
    const change = forceDeadlineToToday(reservation(), { now, timezone: 'Europe/Paris', paymentRequestId: 'P' })!;
    expect(change.reservation).toMatchObject({ status: 'option', optionDeadline: '2026-11-22T22:59:59.999Z' });
    expect(change.history[0]).toMatchObject({ type: 'option_deadline_forced' });
    expect(forceDeadlineToToday(change.reservation, { now, timezone: 'Europe/Paris', paymentRequestId: 'P' })).toBeNull();
  });
});

describe('payment request', () => {
  it('needs exactly one of amount or percent for a deposit', () => {
    const total = { amount: 45_000, currency: 'EUR' };
    expect(requestAmount({ type: 'deposit', percent: 30, delivery: 'link' }, total)).toEqual({ amount: 13_500, currency: 'EUR' });
    expect(requestAmount({ type: 'deposit', amount: { amount: 5_000, currency: 'EUR' }, delivery: 'link' }, total).amount).toBe(5_000);
    expect(() => requestAmount({ type: 'deposit', delivery: 'link' }, total)).toThrow(InvalidInput);
    expect(() => requestAmount({ type: 'deposit', percent: 10, amount: { amount: 1, currency: 'EUR' }, delivery: 'link' }, total)).toThrow(InvalidInput);
    expect(() => requestAmount({ type: 'deposit', amount: { amount: 50_000, currency: 'EUR' }, delivery: 'link' }, total)).toThrow(RuleViolated);
    expect(() => requestAmount({ type: 'deposit', amount: { amount: 500, currency: 'USD' }, delivery: 'link' }, total)).toThrow(RuleViolated);
    expect(requestAmount({ type: 'guarantee', delivery: 'email' }, total)).toEqual(total);
  });
  it('expires with the option deadline and refuses a deadline already passed', () => {
    const pr = createPaymentRequest(reservation(), { type: 'deposit', percent: 30, delivery: 'link' }, { now, paymentRequestId: 'P1', policy: DEFAULT_POLICY });
    expect(pr).toMatchObject({ status: 'pending', expiresAt: '2026-11-30T22:59:59.999Z', amount: { amount: 13_500 } });
    const late = new Date('2026-12-01T00:00:00Z');
    expect(() => createPaymentRequest(reservation(), { type: 'guarantee', delivery: 'link' }, { now: late, paymentRequestId: 'P2', policy: DEFAULT_POLICY })).toThrow(RuleViolated);
    expect(isOpen(pr, now)).toBe(true);
    expect(isOpen(pr, late)).toBe(false);
    expect(() => assertPayable(pr, late)).toThrow(Gone);
  });
  it('succeeds once; a late refusal is recorded but never undoes it; a failure can be retried', () => {
    const pr = createPaymentRequest(reservation(), { type: 'deposit', percent: 30, delivery: 'link' }, { now, paymentRequestId: 'P1', policy: DEFAULT_POLICY });
    const failed = applyOutcome(pr, outcome('failed'), { now });
    expect(failed.status).toBe('failed');
    expect(() => assertPayable(failed, now)).not.toThrow();
    const ok = applyOutcome(failed, outcome('succeeded'), { now, transactionId: 'T1' });
    expect(ok).toMatchObject({ status: 'succeeded', transactionId: 'T1' });
    const late = applyOutcome(ok, outcome('failed'), { now });
    expect(late.status).toBe('succeeded');
    expect(late.attempts.map((a) => a.kind)).toEqual(['failed', 'succeeded', 'failed']);
    expect(() => assertPayable(ok, now)).toThrow(Gone);
    expect(applyOutcome(pr, outcome('abandoned'), { now }).status).toBe('pending');
  });
});

describe('transaction', () => {
  const ids = { now, transactionId: 'T1', hotelId: 'h1', reservationId: 'R1', paymentRequestId: 'P1', provider: 'systempay' as const };
  it('records payments and refusals, not abandons', () => {
    expect(recordOutcome(undefined, outcome('succeeded'), ids)).toMatchObject({ status: 'succeeded', type: 'payment', amount: { amount: 13_500 } });
    expect(recordOutcome(undefined, outcome('failed'), ids)).toMatchObject({ status: 'failed' });
    expect(recordOutcome(undefined, outcome('abandoned'), ids)).toBeNull();
  });
  it('moves a pending transaction forward but never a succeeded one back', () => {
    const pending = recordOutcome(undefined, outcome('pending', { pspStatus: 'WAITING_AUTHORISATION' }), ids)!;
    const settled = recordOutcome(pending, outcome('succeeded'), ids)!;
    expect(settled).toMatchObject({ status: 'succeeded', version: 2 });
    expect(recordOutcome(settled, outcome('failed'), ids)).toBeNull();
    expect(recordOutcome(settled, outcome('succeeded'), ids)).toBeNull();
  });
  it('opens the refundable amount when a payment succeeds, and a later success (captured) keeps what is left', () => {
    const pending = recordOutcome(undefined, outcome('pending', { pspStatus: 'WAITING_AUTHORISATION' }), ids)!;
    expect(pending.refundable).toBeUndefined();
    const settled = recordOutcome(pending, outcome('succeeded'), ids)!;
    expect(settled.refundable).toBe(13_500);
    const refunded = { ...settled, refundable: 0 };
    expect(recordOutcome(refunded, outcome('succeeded', { pspStatus: 'CAPTURED' }), ids)).toMatchObject({ refundable: 0, psp: { status: 'CAPTURED' } });
  });
});

describe('language', () => {
  it("speaks the guest's language when it can, else the hotel's", () => {
    expect(pickLanguage('de-AT', 'fr')).toBe('de');
    expect(pickLanguage('nl', 'fr')).toBe('fr');
    expect(pickLanguage(undefined, 'en')).toBe('en');
  });
});

describe('refund ledger', () => {
  it('reads what the PSP has given back from its state', () => {
    expect(returnedAtPsp({ status: 'captured', amount: 10_000, refundedAmount: 2_500 }, 10_000)).toBe(2_500);
    expect(returnedAtPsp({ status: 'held', amount: 7_000, refundedAmount: 0 }, 10_000)).toBe(3_000);
    expect(returnedAtPsp({ status: 'cancelled', amount: 10_000, refundedAmount: 0 }, 10_000)).toBe(10_000);
  });

  it('gives money back as the PSP state allows: refund when captured, cancel or lower when held', () => {
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    expect(giveBackCall({ status: 'captured', pspStatus: 'CAPTURED', amount: 10_000, refundedAmount: 0 }, eur(2_000))).toBe('refund');
    expect(giveBackCall({ status: 'captured', pspStatus: 'CAPTURED', amount: 10_000, refundedAmount: 8_000 }, eur(2_000))).toBe('refund');
    // Refunded elsewhere (the PSP's back office): the PSP would refuse (PSP_104), so it is not called.
    expect(giveBackCall({ status: 'captured', pspStatus: 'CAPTURED', amount: 10_000, refundedAmount: 8_001 }, eur(2_000))).toEqual({ refused: expect.stringContaining('only 1999 (minor units) left to refund') });
    expect(giveBackCall({ status: 'captured', pspStatus: 'CAPTURED', amount: 10_000, refundedAmount: 10_000 }, eur(1))).toEqual({ refused: expect.stringContaining('only 0') });
    expect(giveBackCall({ status: 'held', pspStatus: 'AUTHORISED', amount: 10_000, refundedAmount: 0 }, eur(10_000))).toBe('cancel');
    expect(giveBackCall({ status: 'held', pspStatus: 'AUTHORISED', amount: 10_000, refundedAmount: 0 }, eur(2_000))).toBe('lower_amount');
    expect(giveBackCall({ status: 'held', pspStatus: 'AUTHORISED', amount: 1_000, refundedAmount: 0 }, eur(2_000))).toEqual({ refused: expect.stringContaining('only 1000') });
    expect(giveBackCall({ status: 'refused', pspStatus: 'REFUSED', amount: 1_000, refundedAmount: 0 }, eur(1_000))).toEqual({ refused: expect.stringContaining('REFUSED') });
  });

  it('gives a failed refund\'s hold back, but never beyond what the PSP still holds', () => {
    expect(holdToRelease(3_000, 7_000)).toBe(3_000);
    expect(holdToRelease(3_000, 7_000, 10_000)).toBe(3_000);
    // Given back in the back office while the hold was taken: nothing comes back.
    expect(holdToRelease(10_000, 0, 0)).toBe(0);
    expect(holdToRelease(3_000, 7_000, 8_000)).toBe(1_000);
  });
});
