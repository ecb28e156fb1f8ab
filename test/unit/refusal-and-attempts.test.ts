import { DEFAULT_POLICY } from '../../domain/policy';
import {
  ATTEMPT_REUSE_MS, applyOutcome, blocksNewRequest, createPaymentRequest, followOptionDeadline, isOpen, replaceRequest, reusableAttempt,
  type OpenAttempt, type PaymentRequest,
} from '../../domain/payment-request';
import type { PaymentOutcome } from '../../domain/payment-outcome';
import { refusalReason } from '../../adapters/psp/systempay/form';
import { SystempayCheckout } from '../../adapters/psp/systempay/checkout';
import { createReservation, forceDeadlineToToday } from '../../domain/reservation';
import { renderEmail } from '../../templates/emails';
import { PAGE_STRINGS, renderResultPage } from '../../templates/pages';
import { escapeHtml } from '../../templates/render';

const now = new Date('2026-11-22T09:00:00Z');
const endOfToday = '2026-11-22T22:59:59.999Z';
const reservation = () => createReservation({ hotelId: 'h1', reservationId: 'R1' }, {
  guest: { firstName: 'Camille', lastName: 'Dupont', email: 'camille@example.com', language: 'fr' },
  arrival: '2026-12-10', departure: '2026-12-13', total: { amount: 45_000, currency: 'EUR' }, optionDeadline: '2026-11-30',
}, { now, timezone: 'Europe/Paris', hotelCurrency: 'EUR', policy: DEFAULT_POLICY }).reservation;
const request = (policy = DEFAULT_POLICY) =>
  createPaymentRequest(reservation(), { type: 'deposit', percent: 30, delivery: 'email' }, { now, paymentRequestId: 'P1', policy });
const refused = (attemptRef = '20261122-000001'): PaymentOutcome => ({
  kind: 'failed', pspStatus: 'REFUSED', operation: 'payment', amount: { amount: 13_500, currency: 'EUR' }, pspTransactionId: 'uuid-1',
  attemptRef, mode: 'TEST', tokenCreated: false, authResult: '51',
});
const failed = (): PaymentRequest => applyOutcome(request(), refused(), { now });

describe('after a refusal, the link follows the option deadline', () => {
  it('brings the expiry forward to the forced deadline, in the same version step as the outcome', () => {
    const r = failed();
    const forced = forceDeadlineToToday(reservation(), { now, timezone: 'Europe/Paris', paymentRequestId: 'P1' })!.reservation;
    const next = followOptionDeadline(r, forced.optionDeadline);
    expect(r.expiresAt).toBe('2026-11-30T22:59:59.999Z');
    expect(next).toMatchObject({ status: 'failed', expiresAt: endOfToday, version: r.version });
  });

  it('never extends an expiry, and leaves settled requests alone', () => {
    const r = followOptionDeadline(failed(), endOfToday);
    expect(followOptionDeadline(r, '2026-11-29T22:59:59.999Z')).toBe(r);
    const paid = applyOutcome(request(), { ...refused(), kind: 'succeeded', pspStatus: 'AUTHORISED' }, { now });
    expect(followOptionDeadline(paid, endOfToday)).toBe(paid);
  });

  it('drops a reminder planned after the new expiry, keeps one before it or already handled', () => {
    const early = { ...DEFAULT_POLICY, reminderHoursBefore: 48 };
    const withReminder = applyOutcome(request(early), refused(), { now });
    expect(withReminder.remindAt).toBe('2026-11-28T22:59:59.999Z');
    expect(followOptionDeadline(withReminder, endOfToday).remindAt).toBeUndefined();
    expect(followOptionDeadline(withReminder, '2026-11-29T12:00:00.000Z').remindAt).toBe('2026-11-28T22:59:59.999Z');
    const handled = { ...withReminder, reminder: { at: now.toISOString(), sent: false } };
    expect(followOptionDeadline(handled, endOfToday).remindAt).toBe('2026-11-28T22:59:59.999Z');
  });
});

describe('a new request after a refusal', () => {
  it('is blocked only by a request the guest has not answered', () => {
    const pending = request();
    expect(blocksNewRequest(pending, now)).toBe(true);
    expect(blocksNewRequest(failed(), now)).toBe(false);
    expect(isOpen(failed(), now)).toBe(true);
    expect(blocksNewRequest(pending, new Date(pending.expiresAt))).toBe(false);
  });

  it('replaces the refused request: withdrawn, so only one link can take money', () => {
    const replaced = replaceRequest(failed(), now)!;
    expect(replaced).toMatchObject({ status: 'cancelled', completedAt: now.toISOString() });
    expect(replaceRequest(request(), now)).toBeNull();
    expect(replaceRequest(replaced, now)).toBeNull();
    // A refused request whose link ran out is left to the expiry job.
    expect(replaceRequest(failed(), new Date('2026-12-01T00:00:00Z'))).toBeNull();
  });
});

describe('refusal reason', () => {
  it('says why in plain categories, from the acquirer code first, then the PSP status', () => {
    expect(refusalReason('REFUSED', '51')).toBe('insufficient_funds');
    expect(refusalReason('REFUSED', '54')).toBe('card_expired');
    expect(refusalReason('REFUSED', '43')).toBe('card_blocked');
    expect(refusalReason('REFUSED', '05')).toBe('declined_by_bank');
    expect(refusalReason('REFUSED', '5')).toBe('declined_by_bank');
    expect(refusalReason('REFUSED', '91')).toBe('technical');
    expect(refusalReason('REFUSED', 'XYZ')).toBe('declined_by_bank');
    expect(refusalReason('REFUSED')).toBe('declined_by_bank');
    expect(refusalReason('EXPIRED')).toBe('authorisation_expired');
    expect(refusalReason('CAPTURE_FAILED')).toBe('capture_failed');
    expect(refusalReason('ERROR')).toBe('technical');
    expect(refusalReason('SOMETHING_NEW')).toBe('unknown');
  });
});

describe('reusing the form a link rendered', () => {
  const attempt = (over: Partial<OpenAttempt> = {}): OpenAttempt => ({
    attemptRef: '20261122-000007', paymentRequestId: 'P1', mode: 'TEST',
    amount: { amount: 13_500, currency: 'EUR' }, formAt: '2026-11-22T08:58:00.000Z', ...over,
  });
  const at = (iso: string) => ({ mode: 'TEST' as const, now: new Date(iso) });

  it('reuses an unanswered form of the same request, mode and amount while it is young', () => {
    expect(reusableAttempt(request(), attempt(), at('2026-11-22T09:00:00Z'))).toBe(true);
    expect(reusableAttempt(request(), attempt(), at(new Date(Date.parse('2026-11-22T08:58:00Z') + ATTEMPT_REUSE_MS - 1).toISOString()))).toBe(true);
  });

  it('allocates anew otherwise', () => {
    const r = request();
    expect(reusableAttempt(r, undefined, at('2026-11-22T09:00:00Z'))).toBe(false);
    expect(reusableAttempt(r, attempt({ paymentRequestId: 'P2' }), at('2026-11-22T09:00:00Z'))).toBe(false);
    expect(reusableAttempt(r, attempt(), { mode: 'PRODUCTION', now })).toBe(false);
    expect(reusableAttempt(r, attempt({ amount: { amount: 13_000, currency: 'EUR' } }), at('2026-11-22T09:00:00Z'))).toBe(false);
    // Too old for the PSP's tolerance on the transaction date, or from the future.
    expect(reusableAttempt(r, attempt(), at(new Date(Date.parse('2026-11-22T08:58:00Z') + ATTEMPT_REUSE_MS).toISOString()))).toBe(false);
    expect(reusableAttempt(r, attempt(), at('2026-11-22T08:57:00Z'))).toBe(false);
  });

  it('at Systempay, never reuses a form past midnight UTC: its transaction ids are per day', async () => {
    const gateway = new SystempayCheckout({ formUrl: 'https://psp.example.com/vads-payment/' });
    const checkout = (open: OpenAttempt, iso: string) => gateway.checkout({
      hotelId: 'H1', settings: { provider: 'systempay', siteId: '12345678', mode: 'TEST' }, secrets: { testKey: 'k' }, request: request(),
      subject: { reference: 'R1', customer: { email: 'g@example.com', firstName: 'A', lastName: 'B' } }, language: 'fr',
      urls: { notification: 'https://api.example.com/psp/systempay/H1/ipn', return: 'https://api.example.com/pay/t/result' }, open, now: new Date(iso),
    });
    const late = attempt({ attemptRef: '20261121-000900', formAt: '2026-11-21T23:58:00.000Z' });
    expect(reusableAttempt(request(), late, at('2026-11-22T00:01:00Z'))).toBe(true);
    const next = await checkout(late, '2026-11-22T00:01:00Z');
    if (next.reused) throw new Error('a form of yesterday was offered again');
    const transId = next.record.transId;
    expect(transId).toMatch(/^\d{6}$/);
    expect(Number(transId)).toBeGreaterThanOrEqual(1);
    expect(Number(transId)).toBeLessThanOrEqual(899_999);
    expect(next).toMatchObject({ attempt: { attemptRef: `20261122-${transId}` }, record: { siteId: '12345678', day: '20261122', transId, paymentRequestId: 'P1', mode: 'TEST' } });
    expect(next.checkout.fields).toMatchObject({ vads_trans_id: transId, vads_trans_date: '20261122000100' });
    const same = await checkout(attempt(), '2026-11-22T09:00:00Z');
    expect(same).toMatchObject({ reused: true, attempt: { attemptRef: '20261122-000007' } });
    expect(same.checkout.fields).toMatchObject({ vads_trans_id: '000007', vads_trans_date: '20261122085800' });
  });

  it('never reuses a form a notification answered: refused, abandoned or cancelled', () => {
    for (const kind of ['failed', 'abandoned', 'cancelled', 'pending'] as const) {
      const answered = applyOutcome(request(), { ...refused('20261122-000007'), kind }, { now });
      expect(reusableAttempt(answered, attempt(), at('2026-11-22T09:00:00Z'))).toBe(false);
    }
    const otherAnswered = applyOutcome(request(), refused('20261122-000006'), { now });
    expect(reusableAttempt(otherAnswered, attempt(), at('2026-11-22T09:00:00Z'))).toBe(true);
  });
});

describe('what the hotel and the guest read after a refusal', () => {
  const LANGUAGES = ['fr', 'en', 'de', 'es', 'it'] as const;
  const REASON: Record<(typeof LANGUAGES)[number], string> = {
    fr: 'la carte est expirée', en: 'the card has expired', de: 'die Karte ist abgelaufen', es: 'la tarjeta está caducada', it: 'la carta è scaduta',
  };
  const DEADLINE: Record<(typeof LANGUAGES)[number], string> = {
    fr: '22 novembre 2026 à 23:59', en: '22 November 2026 at 23:59', de: '22. November 2026 um 23:59', es: '22 de noviembre de 2026', it: '22 novembre 2026',
  };
  const hotel = { name: 'Hôtel <Lac>', email: 'desk@lac.example', timezone: 'Europe/Paris' };

  for (const language of LANGUAGES) {
    it(`${language}: the hotel e-mail names the guest, the booking, the amount, why, and the new deadline`, () => {
      const { subject, html, text } = renderEmail('payment-failed-hotel', language, {
        hotel, guest: { title: 'mrs', firstName: 'Anna', lastName: "O'Neil" }, reservationId: 'PMS-77', arrival: '2026-12-10', departure: '2026-12-12',
        total: { amount: 40_000, currency: 'EUR' }, amount: { amount: 12_000, currency: 'EUR' }, type: 'deposit',
        refusal: { reason: refusalReason('REFUSED', '54'), pspStatus: 'REFUSED', authResult: '54', at: '2026-11-22T09:01:00Z' },
        reservationStatus: 'option', optionDeadline: endOfToday, deadlineForced: true, deadline: endOfToday,
      });
      expect(subject).toContain('PMS-77');
      expect(subject).toContain("Anna O'Neil");
      for (const part of [html, text]) {
        expect(part).toContain(REASON[language]);
        expect(part).toContain(DEADLINE[language]);
        expect(part).toContain('54');
        expect(part).toMatch(/120[.,]00/);
        expect(part).not.toMatch(/\{\{|\}\}/);
      }
      expect(html).toContain('O&#39;Neil');
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain(FOOTER_HOTEL[language]);
    });

    it(`${language}: the failure page says until when the guest may try again`, () => {
      const page = renderResultPage({
        language, state: 'failed', hotel, type: 'guarantee', amount: { amount: 12_000, currency: 'EUR' },
        retryUrl: 'https://pay.example.com/pay/abc', deadline: endOfToday,
      });
      expect(page).toContain(DEADLINE[language]);
      expect(page).toContain(escapeHtml(PAGE_STRINGS[language].result.retryUntil.split('{{')[0]!));
      // Without a way to try again, no date either.
      expect(renderResultPage({ language, state: 'failed', hotel, type: 'guarantee', amount: { amount: 12_000, currency: 'EUR' }, deadline: endOfToday })).not.toContain(DEADLINE[language]);
    });
  }
});

const FOOTER_HOTEL = {
  fr: 'Message automatique', en: 'Automatic notification', de: 'Automatische Benachrichtigung', es: 'Notificación automática', it: 'Notifica automatica',
} as const;
