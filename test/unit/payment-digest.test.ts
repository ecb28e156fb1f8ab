import { LANGUAGES } from '../../domain/language';
import { DEFAULT_POLICY, hotelPaymentEmailsOf, paymentDigestDueAt, validatePolicy } from '../../domain/policy';
import { renderEmail } from '../../templates/emails';

/** The daily payment digest's rules and e-mail (docs/hotel-digest.md). */
describe('paymentDigestDueAt: 08:00 at the hotel, the day after', () => {
  it.each([
    ['2026-12-01', 'Europe/Paris', '2026-12-02T07:00:00.000Z'],
    ['2026-07-01', 'Europe/Paris', '2026-07-02T06:00:00.000Z'],
    // The clocks go forward (29 March 2026) and back (25 October 2026) in the night before the digest.
    ['2026-03-28', 'Europe/Paris', '2026-03-29T06:00:00.000Z'],
    ['2026-10-24', 'Europe/Paris', '2026-10-25T07:00:00.000Z'],
    ['2026-12-01', 'America/Montreal', '2026-12-02T13:00:00.000Z'],
    ['2026-12-31', 'Asia/Tokyo', '2026-12-31T23:00:00.000Z'],
  ])('%s in %s → %s', (date, tz, expected) => {
    expect(paymentDigestDueAt(date, tz)).toBe(expected);
  });
});

describe('the policy field', () => {
  it('defaults to each, so existing hotels see no change', () => {
    expect(hotelPaymentEmailsOf(DEFAULT_POLICY)).toBe('each');
    expect(hotelPaymentEmailsOf({ ...DEFAULT_POLICY, hotelPaymentEmails: 'daily_digest' })).toBe('daily_digest');
  });
  it('refuses another value', () => {
    expect(() => validatePolicy({ ...DEFAULT_POLICY, hotelPaymentEmails: 'weekly' as never })).toThrow(/hotelPaymentEmails/);
  });
});

describe('payment-digest-hotel', () => {
  const hotel = { name: 'Hôtel du Lac', email: 'desk@hotel.example', timezone: 'Europe/Paris' };
  const payment = (n: number, type: 'deposit' | 'guarantee' | 'preauthorisation') => ({
    reservationId: `R-${n}`, guestName: `Guest ${n}`, arrival: '2027-01-10', departure: '2027-01-12', type,
    amount: { amount: 15_000, currency: 'EUR' }, transactionId: `TX-${n}`, paidAt: '2026-12-01T10:00:00Z',
  });
  it.each(LANGUAGES)('lists every payment, in %s', (language) => {
    const one = renderEmail('payment-digest-hotel', language, { hotel, date: '2026-12-01', payments: [payment(1, 'deposit')] });
    const three = renderEmail('payment-digest-hotel', language, { hotel, date: '2026-12-01', payments: [payment(1, 'deposit'), payment(2, 'guarantee'), payment(3, 'preauthorisation')] });
    expect(one.subject).not.toBe(three.subject);
    expect(three.subject).toContain('3');
    for (const n of [1, 2, 3]) {
      expect(three.text).toContain(`R-${n}`);
      expect(three.text).toContain(`TX-${n}`);
      expect(three.html).toContain(`Guest ${n}`);
    }
    expect(three.text).not.toMatch(/\{\{|undefined/);
  });
  it('is never empty', () => {
    expect(() => renderEmail('payment-digest-hotel', 'en', { hotel, date: '2026-12-01', payments: [] })).toThrow(RangeError);
  });
});
