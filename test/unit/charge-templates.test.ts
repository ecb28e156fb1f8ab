import { LANGUAGES, type Language } from '../../domain/language';
import { formatMoney } from '../../domain/money';
import {
  CHARGE_REASONS, EMAIL_KINDS, type ChargeReason, type EmailData, type EmailKind, escapeHtml, renderEmail, renderPaymentPage,
  renderResultPage, renderText, salutation, type PaymentPageData,
} from '../../templates';
import { EMAILS } from '../../templates/emails/kinds';
import { LOCALES, formatInstant } from '../../templates/format';
import { MESSAGES } from '../../templates/messages';
import { formalName } from '../../templates/salutation';

/**
 * Charges on a card the guest registered (the `charge` payment type and its e-mails), and the
 * guarantee card that expires before the stay ends.
 */

const HOTEL_NAME = 'Hôtel <b>&</b>';
const HOTEL_NAME_HTML = 'Hôtel &lt;b&gt;&amp;&lt;/b&gt;';
const URL = 'https://pay.example.test/l/01JCHARGE?lang=fr&x=1';
const EUR = (amount: number) => ({ amount, currency: 'EUR' });
/** A guest whose name is markup, to prove it is escaped in HTML and left alone in text. */
const GUEST = { title: 'mr' as const, firstName: '<Ann>', lastName: "O'Brien & <Sons>" };
const GUEST_HTML = '&lt;Ann&gt; O&#39;Brien &amp; &lt;Sons&gt;';
const GUEST_NAME = `${GUEST.firstName} ${GUEST.lastName}`;
/** A hotel far from UTC: the deadline is 1 March at its time, still 28 February in UTC. */
const TIMEZONE = 'Asia/Tokyo';
const DEADLINE = '2025-02-28T20:30:00Z';
const PAID_AT = '2025-03-15T02:00:00Z';
const MASKED = '•••• 4242';
const PSP = { code: 'PSP_05', message: 'Refused: "do not honour" <bank>' };

const CHARGE_KINDS = ['charge-request', 'charge-receipt', 'charge-failed-hotel', 'charge-action-hotel'] as const;
const CARD_KINDS = ['card-expiring-guest', 'card-expiring-hotel'] as const;
type Kind = (typeof CHARGE_KINDS)[number] | (typeof CARD_KINDS)[number];
const KINDS: readonly Kind[] = [...CHARGE_KINDS, ...CARD_KINDS];
const TO: Record<Kind, 'guest' | 'hotel'> = {
  'charge-request': 'guest', 'charge-receipt': 'guest', 'charge-failed-hotel': 'hotel', 'charge-action-hotel': 'hotel', 'card-expiring-guest': 'guest', 'card-expiring-hotel': 'hotel',
};

/** What the sending code gives each kind. */
function data(kind: Kind, over: Partial<EmailData> = {}): EmailData {
  const common: EmailData = {
    hotel: { name: HOTEL_NAME, email: 'frontdesk@hotel.test', timezone: TIMEZONE },
    guest: GUEST,
    reservationId: 'PMS-2025-0042',
    arrival: '2025-03-12',
    departure: '2025-03-15',
    total: EUR(45000),
    amount: EUR(12345),
    type: 'charge',
  };
  const byKind: Record<Kind, Partial<EmailData>> = {
    'charge-request': { url: URL, deadline: DEADLINE, chargeReason: 'no_show' },
    'charge-receipt': { chargeReason: 'stay', card: MASKED, paidAt: PAID_AT, transactionId: 'TX-CH-1' },
    'charge-failed-hotel': { chargeReason: 'no_show', pspError: PSP, transactionId: 'CH-0001' },
    'charge-action-hotel': { chargeReason: 'prepayment', deadline: DEADLINE, transactionId: 'CH-0001' },
    'card-expiring-guest': { type: 'guarantee', url: URL, deadline: DEADLINE, expiringCard: { masked: MASKED, expiryMonth: 2, expiryYear: 2025 } },
    'card-expiring-hotel': { type: 'guarantee', url: URL, deadline: DEADLINE, expiringCard: { masked: MASKED, expiryMonth: 2, expiryYear: 2025 } },
  };
  return { ...common, ...byKind[kind], ...over };
}

const GREETINGS: Record<Language, string> = { fr: 'Bonjour,', en: 'Hello,', de: 'Guten Tag,', es: 'Hola:', it: 'Buongiorno,' };
const HOTEL_FOOTER: Record<Language, string> = {
  fr: 'Message automatique du service de paiement de vos réservations.',
  en: 'Automatic notification from your booking payment service.',
  de: 'Automatische Benachrichtigung Ihres Zahlungsdienstes für Reservierungen.',
  es: 'Notificación automática del servicio de pagos de sus reservas.',
  it: 'Notifica automatica del servizio di pagamento delle prenotazioni.',
};
/** 13 to 19 digits, optionally grouped: anything a reader could take for a card number. */
const CARD_LIKE = /\d(?:[ -]?\d){12,18}/;
/** A value left unset, as a template would print it. */
const UNSET = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b/;
/** HTML as a reader sees it: entities of the templates' own punctuation decoded, tags gone. */
const visible = (html: string) => html.slice(html.indexOf('<body')).replace(/<br>/g, '\n').replace(/<\/t[hd]>/g, ' ').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&#39;/g, "'");
/** A catalog message with its values, as the text part shows it (no markup, plain spaces). */
const messageOf = (m: string, vars: Record<string, string>): string => renderText(m.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\u00a0/g, ' '), vars);
/** A row of the details, as the text part shows it. */
const row = (language: Language, label: string, value: string) => `${messageOf(MESSAGES[language].format.label, { label })} ${value}`;
const amountIn = (language: Language, amount = 12345) => formatMoney(EUR(amount), LOCALES[language]);
const at = (language: Language, instant = DEADLINE) => formatInstant(instant, TIMEZONE, language);
/** The values every sentence of these e-mails may take, as the text part shows them. */
function values(language: Language, d: EmailData): Record<string, string> {
  const reason = d.chargeReason;
  return {
    amount: formatMoney(d.amount, LOCALES[language]),
    reservationId: d.reservationId,
    guestName: `${d.guest.firstName} ${d.guest.lastName}`,
    guestFormalName: formalName(language, d.guest),
    hotelName: d.hotel.name,
    deadline: d.deadline ? at(language, d.deadline) : '',
    chargeFor: reason ? MESSAGES[language].chargeReason.forGuest[reason] : '',
    chargeForHotel: reason ? MESSAGES[language].chargeReason.forHotel[reason] : '',
    pspCode: d.pspError?.code ?? '',
    pspMessage: d.pspError?.message ?? '',
    expiringCard: d.expiringCard?.masked ?? '',
    expiry: '02/2025',
    arrival: new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d.arrival}T00:00:00Z`)),
    departure: new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d.departure}T00:00:00Z`)),
  };
}
type Catalog = (typeof MESSAGES)['en'];
/** What a message of the catalog says for this e-mail, as the text part shows it. */
const says = (language: Language, d: EmailData, pick: (m: Catalog) => string) => messageOf(pick(MESSAGES[language]), values(language, d));

describe('charge e-mails: listed, each with its structure and recipient', () => {
  it('lists every new kind once, to the right recipient', () => {
    for (const kind of KINDS) {
      expect(EMAIL_KINDS.filter((k) => k === kind)).toHaveLength(1);
      expect(EMAILS[kind].to).toBe(TO[kind]);
    }
    expect(new Set<EmailKind>(EMAIL_KINDS).size).toBe(Object.keys(EMAILS).length);
  });

  it('has a label, a word for the guest and one for the front desk for every reason, in every language', () => {
    expect([...CHARGE_REASONS].sort()).toEqual(Object.keys(MESSAGES.en.chargeReason.label).sort());
    for (const language of LANGUAGES) {
      const r = MESSAGES[language].chargeReason;
      for (const part of [r.label, r.forGuest, r.forHotel]) {
        expect(Object.keys(part).sort()).toEqual([...CHARGE_REASONS].sort());
        // Five reasons, five different words.
        expect(new Set(Object.values(part)).size).toBe(CHARGE_REASONS.length);
        for (const v of Object.values(part)) expect(v).not.toMatch(/\{\{|\*\*|\u00a0/);
      }
    }
  });
});

describe('charge e-mails in every language', () => {
  for (const language of LANGUAGES) {
    for (const kind of KINDS) {
      it(`${kind} in ${language}: renders both parts, escapes names, leaves nothing unset`, () => {
        const d = data(kind);
        const { subject, html, text } = renderEmail(kind, language, d);
        const amount = amountIn(language);

        expect(subject.trim()).not.toBe('');
        expect(subject).not.toMatch(/[\r\n]|\{\{/);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
        expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        for (const part of [visible(html), text]) {
          expect(part).toContain(amount);
          expect(part).toContain('PMS-2025-0042');
          expect(part).not.toMatch(UNSET);
          expect(part).not.toMatch(CARD_LIKE);
        }
        expect(text).not.toMatch(/\n{3,}/);
        // Hotel and guest names are data, never markup.
        expect(html).toContain(HOTEL_NAME_HTML);
        expect(html).not.toContain('<b>&</b>');
        expect(html).not.toContain('<Sons>');
        expect(html).not.toContain('<Ann>');
        expect(html).not.toMatch(/<script|javascript:/i);
        expect(text).toContain(HOTEL_NAME);
        if (TO[kind] === 'guest') {
          // Greeted by name, the guest footer (sent in the hotel's name).
          const greeting = salutation(language, GUEST);
          expect(text.startsWith(`${greeting}\n`)).toBe(true);
          expect(html).toContain(`>${escapeHtml(greeting)}</p>`);
          expect(text).toMatch(/\n-- \n.*frontdesk@hotel\.test/);
        } else {
          // To the front desk: hello, the guest's name, the hotel footer.
          expect(text.startsWith(`${GREETINGS[language]}\n`)).toBe(true);
          expect(html).toContain(GUEST_HTML);
          expect(subject).toContain(GUEST_NAME);
          expect(subject).toContain('PMS-2025-0042');
          expect(text.endsWith(`\n-- \n${HOTEL_FOOTER[language]}\n`)).toBe(true);
          // `url` is the guest's own link: never handed to the front desk as a button.
          expect(html).not.toContain(escapeHtml(URL));
          expect(text).not.toContain(URL);
        }
      });
    }

    it(`${language}: charge-request says what for, that nothing is taken yet, the deadline at the hotel and the link`, () => {
      const d = data('charge-request');
      const { subject, html, text } = renderEmail('charge-request', language, d);
      const m = MESSAGES[language];
      expect(subject).toBe(says(language, d, (c) => c.chargeRequest.subject));
      expect(text).toContain(says(language, d, (c) => c.chargeRequest.intro));
      expect(text).toContain(says(language, d, (c) => c.chargeRequest.notChargedYet));
      expect(text).toContain(says(language, d, (c) => c.chargeRequest.deadline));
      expect(text).toContain(`${messageOf(m.chargeRequest.openLink, {})}\n${URL}`);
      expect(html).toContain(`href="${escapeHtml(URL)}"`);
      expect(html).toContain(`>${escapeHtml(m.chargeRequest.button)}</a>`);
      expect(text).toContain(row(language, m.label.amountToCharge, amountIn(language)));
      expect(text).toContain(row(language, m.label.reason, m.chargeReason.label.no_show));
      for (const part of [visible(html), text]) {
        // The deadline at the hotel (1 March in Tokyo), not in UTC (28 February).
        expect(part).toContain(at(language));
        expect(part).not.toContain(formatInstant(DEADLINE, 'UTC', language));
        expect(part).toMatch(/\b3 (nuits|nights|Nächte|noches|notti)\b/);
      }
    });

    it(`${language}: every reason has its own words, and a charge without a reason says none`, () => {
      for (const kind of CHARGE_KINDS) {
        const seen = new Set<string>();
        for (const reason of CHARGE_REASONS) {
          const d = data(kind, { chargeReason: reason });
          const { html, text } = renderEmail(kind, language, d);
          const m = MESSAGES[language];
          const words = TO[kind] === 'guest' ? m.chargeReason.forGuest[reason] : m.chargeReason.forHotel[reason];
          expect({ kind, reason, says: text.includes(words) }).toEqual({ kind, reason, says: true });
          expect(text).toContain(row(language, m.label.reason, m.chargeReason.label[reason]));
          expect(visible(html)).toContain(m.chargeReason.label[reason]);
          seen.add(text);
        }
        expect(seen.size).toBe(CHARGE_REASONS.length);
        const none = renderEmail(kind, language, data(kind, { chargeReason: undefined }));
        for (const part of [visible(none.html), none.text]) {
          expect(part).not.toMatch(UNSET);
          expect(part).not.toContain(`${MESSAGES[language].label.reason}:`);
          expect(part).not.toContain(`${MESSAGES[language].label.reason} :`);
          for (const reason of CHARGE_REASONS) expect(part).not.toContain(MESSAGES[language].chargeReason.label[reason]);
        }
        expect(none.text).not.toMatch(/ {2}| [,.]/);
      }
    });

    it(`${language}: charge-receipt gives the card, the date at the hotel and the transaction; the balance thanks for the stay`, () => {
      const d = data('charge-receipt');
      const { subject, html, text } = renderEmail('charge-receipt', language, d);
      const m = MESSAGES[language];
      expect(subject).toBe(says(language, d, (c) => c.chargeReceipt.subject));
      expect(text).toContain(says(language, d, (c) => c.chargeReceipt.charged));
      expect(text).toContain(row(language, m.label.amountCharged, amountIn(language)));
      expect(text).toContain(row(language, m.label.card, MASKED));
      expect(text).toContain(row(language, m.label.transactionNumber, 'TX-CH-1'));
      expect(text).toContain(row(language, m.label.date, messageOf(m.value.time, { time: at(language, PAID_AT) })));
      expect(text).not.toContain(messageOf(m.chargeReceipt.balanceSettled, {}));
      for (const part of [visible(html), text]) expect(part).toContain(MASKED);

      const balance = renderEmail('charge-receipt', language, data('charge-receipt', { chargeReason: 'balance' }));
      expect(balance.subject).toBe(says(language, d, (c) => c.chargeReceipt.subjectBalance));
      expect(balance.subject).not.toBe(subject);
      expect(balance.text).toContain(messageOf(m.chargeReceipt.balanceSettled, {}));
      for (const reason of CHARGE_REASONS.filter((r) => r !== 'balance')) {
        expect(renderEmail('charge-receipt', language, data('charge-receipt', { chargeReason: reason })).text).not.toContain(messageOf(m.chargeReceipt.balanceSettled, {}));
      }

      // Without a card, a date or a transaction, their rows are left out.
      const bare = renderEmail('charge-receipt', language, data('charge-receipt', { card: undefined, paidAt: undefined, transactionId: undefined }));
      expect(bare.text).not.toContain(row(language, m.label.card, ''));
      expect(bare.text).not.toContain(row(language, m.label.transactionNumber, ''));
      expect(bare.text).not.toMatch(UNSET);
    });

    it(`${language}: charge-failed-hotel gives the provider's answer (escaped), what to do and the charge`, () => {
      const d = data('charge-failed-hotel');
      const { subject, html, text } = renderEmail('charge-failed-hotel', language, d);
      const m = MESSAGES[language];
      expect(subject).toBe(says(language, d, (c) => c.chargeFailed.subject));
      expect(text).toContain(says(language, d, (c) => c.chargeFailed.refused));
      expect(text).toContain(says(language, d, (c) => c.chargeFailed.providerAnswer));
      expect(text).toContain(`${messageOf(m.email.whatToDo, {})} ${messageOf(m.chargeFailed.anotherCard, {})}`);
      expect(text).toContain(row(language, m.label.chargeId, 'CH-0001'));
      expect(text).toContain(PSP.message);
      expect(html).toContain(escapeHtml(PSP.message));
      expect(html).not.toContain('<bank>');
      for (const part of [visible(html), text]) expect(part).toContain('PSP_05');
      // No answer from the provider: the sentence is left out.
      const silent = renderEmail('charge-failed-hotel', language, data('charge-failed-hotel', { pspError: undefined }));
      expect(silent.text).not.toContain('PSP_05');
      expect(silent.text).not.toMatch(UNSET);
    });

    it(`${language}: charge-action-hotel says the guest must confirm, until when, and that nothing is to do yet`, () => {
      const d = data('charge-action-hotel');
      const { subject, html, text } = renderEmail('charge-action-hotel', language, d);
      const m = MESSAGES[language];
      expect(subject).toBe(says(language, d, (c) => c.chargeAction.subject));
      expect(text).toContain(says(language, d, (c) => c.chargeAction.needsGuest));
      expect(text).toContain(says(language, d, (c) => c.chargeAction.linkSent));
      expect(text).toContain(`${messageOf(m.email.whatToDo, {})} ${messageOf(m.chargeAction.nothingUnless, {})}`);
      expect(text).toContain(row(language, m.label.chargeId, 'CH-0001'));
      expect(text).toContain(row(language, m.label.linkValidUntil, messageOf(m.value.time, { time: at(language) })));
      for (const part of [visible(html), text]) expect(part).toContain(at(language));
      const noDeadline = renderEmail('charge-action-hotel', language, data('charge-action-hotel', { deadline: undefined }));
      expect(noDeadline.text).toContain(says(language, d, (c) => c.chargeAction.linkSentNoDeadline));
      expect(noDeadline.text).not.toContain(m.label.linkValidUntil);
      expect(noDeadline.text).not.toMatch(UNSET);
    });

    it(`${language}: card-expiring-guest names the card and its expiry, the stay, the link and that nothing is charged`, () => {
      const d = data('card-expiring-guest');
      const { subject, html, text } = renderEmail('card-expiring-guest', language, d);
      const m = MESSAGES[language];
      expect(subject).toBe(says(language, d, (c) => c.cardExpiring.subject));
      expect(text).toContain(says(language, d, (c) => c.cardExpiring.intro));
      expect(text).toContain(says(language, d, (c) => c.cardExpiring.deadline));
      expect(text).toContain(says(language, d, (c) => c.email.noChargeNow));
      expect(text).toContain(`${messageOf(m.cardExpiring.openLink, {})}\n${URL}`);
      expect(text).toContain(row(language, m.label.cardExpiry, '02/2025'));
      expect(text).toContain(row(language, m.label.card, MASKED));
      expect(html).toContain(`href="${escapeHtml(URL)}"`);
      expect(html).toContain(`>${escapeHtml(m.cardExpiring.button)}</a>`);
      for (const part of [visible(html), text]) {
        expect(part).toContain('02/2025');
        expect(part).toContain(at(language));
        expect(part).toContain(values(language, d).arrival);
        expect(part).toContain(values(language, d).departure);
      }
      // Without a link or a deadline: no button, no deadline.
      const bare = renderEmail('card-expiring-guest', language, data('card-expiring-guest', { url: undefined, deadline: undefined }));
      expect(bare.html).not.toContain('href="https://');
      expect(bare.text).not.toContain(at(language));
      expect(bare.text).not.toMatch(/\n{3,}/);
    });

    it(`${language}: card-expiring-hotel says whether the guest was asked, and what to do`, () => {
      const d = data('card-expiring-hotel');
      const m = MESSAGES[language];
      const asked = renderEmail('card-expiring-hotel', language, d);
      expect(asked.subject).toBe(says(language, d, (c) => c.cardExpiringHotel.subject));
      expect(asked.text).toContain(says(language, d, (c) => c.cardExpiringHotel.expires));
      expect(asked.text).toContain(says(language, d, (c) => c.cardExpiringHotel.asked));
      expect(asked.text).toContain(`${messageOf(m.email.whatToDo, {})} ${messageOf(m.cardExpiringHotel.nothingUnless, {})}`);
      expect(asked.text).toContain(row(language, m.label.newCardBefore, messageOf(m.value.time, { time: at(language) })));
      expect(asked.text).not.toContain(messageOf(m.cardExpiringHotel.notAsked, {}));

      const notAsked = renderEmail('card-expiring-hotel', language, data('card-expiring-hotel', { url: undefined, deadline: undefined }));
      expect(notAsked.subject).toBe(asked.subject);
      expect(notAsked.text).toContain(messageOf(m.cardExpiringHotel.notAsked, {}));
      expect(notAsked.text).toContain(`${messageOf(m.email.whatToDo, {})} ${messageOf(m.cardExpiringHotel.contactGuest, {})}`);
      expect(notAsked.text).not.toContain(messageOf(m.cardExpiringHotel.askedNoDeadline, {}));
      expect(notAsked.text).not.toContain(m.label.newCardBefore);
      // A deadline without a link asks nothing of anyone: it is not shown.
      const deadlineOnly = renderEmail('card-expiring-hotel', language, data('card-expiring-hotel', { url: undefined }));
      expect(deadlineOnly.text).toBe(notAsked.text);
      for (const part of [visible(notAsked.html), notAsked.text]) {
        expect(part).toContain('02/2025');
        expect(part).toContain(MASKED);
        expect(part).not.toMatch(UNSET);
      }
      const noDeadline = renderEmail('card-expiring-hotel', language, data('card-expiring-hotel', { deadline: undefined }));
      expect(noDeadline.text).toContain(says(language, d, (c) => c.cardExpiringHotel.askedNoDeadline));
    });
  }

  it('sets French punctuation with no-break spaces in HTML, and plain spaces in the text part', () => {
    for (const kind of KINDS) {
      for (const over of [{}, { chargeReason: undefined, url: undefined, deadline: undefined }] as Partial<EmailData>[]) {
        const { subject, html, text } = renderEmail(kind, 'fr', data(kind, over));
        const body = html.slice(html.indexOf('<body')).replace(/<[^>]+>/g, '');
        expect({ kind, plain: body.match(/ [:;?!»]|« /g) }).toEqual({ kind, plain: null });
        expect(text).not.toContain('\u00a0:');
        expect(subject).not.toContain('\u00a0:');
      }
    }
  });

  it('gives the time of day its "Uhr" in German', () => {
    expect(renderEmail('charge-request', 'de', data('charge-request')).text).toContain('bis zum 1. März 2025 um 05:30 Uhr (Ortszeit des Hotels)');
    expect(renderEmail('charge-action-hotel', 'de', data('charge-action-hotel')).text).toContain('Zahlungslink gültig bis: 1. März 2025 um 05:30 Uhr\n');
  });

  it('reads naturally in English', () => {
    const guest = { title: 'mrs' as const, firstName: 'Camille', lastName: 'Dupont' };
    const request = renderEmail('charge-request', 'en', data('charge-request', { guest }));
    expect(request.subject).toBe(`Payment to confirm for your booking – ${HOTEL_NAME}`);
    expect(request.text.startsWith('Dear Mrs Dupont,\n\nFor your booking PMS-2025-0042, we need to charge €123.45 to the card you registered with us, for your no-show. '
      + 'Your bank asks you to confirm this payment yourself: it only takes a few moments on our secure payment page.\n\n'
      + 'Nothing has been charged yet.')).toBe(true);
    expect(request.text).toContain('Please confirm the payment before 1 March 2025 at 05:30 (hotel local time).');
    expect(request.text).toContain('Amount to be charged: €123.45\nReason: No-show\nBooking reference: PMS-2025-0042\n');

    const receipt = renderEmail('charge-receipt', 'en', data('charge-receipt', { guest, chargeReason: 'balance' }));
    expect(receipt.subject).toBe(`Thank you for your stay: receipt for €123.45 – ${HOTEL_NAME}`);
    expect(receipt.text).toContain('We have charged €123.45 to your card, for the balance of your stay. Here is your receipt.\n\n'
      + 'Your balance is now settled. Thank you for staying with us; we hope to welcome you again soon.');
    expect(receipt.text).toContain('Card: •••• 4242\nBooking reference: PMS-2025-0042\nTransaction number: TX-CH-1\nDate: 15 March 2025 at 11:00\n');

    const failed = renderEmail('charge-failed-hotel', 'en', data('charge-failed-hotel', { guest }));
    expect(failed.subject).toBe('Charge refused – booking PMS-2025-0042, Camille Dupont');
    expect(failed.text).toContain('The charge of €123.45 for the no-show on booking PMS-2025-0042 (Mrs Camille Dupont) was refused. Nothing has been charged to the guest.');
    expect(failed.text).toContain(`Your payment provider answered: “${PSP.message}” (code PSP_05).`);
    expect(failed.text).toContain('What to do: ask the guest for another card by sending them a new guarantee request, then charge it again; or take the payment at the front desk.');

    const action = renderEmail('charge-action-hotel', 'en', data('charge-action-hotel', { guest }));
    expect(action.text).toContain('The charge of €123.45 as prepayment on booking PMS-2025-0042 (Mrs Camille Dupont) needs the guest to confirm it with their bank. Nothing has been charged yet.\n\n'
      + 'The guest has been e-mailed a payment link, valid until 1 March 2025 at 05:30. The charge will be complete as soon as they pay.');

    const expiring = renderEmail('card-expiring-guest', 'en', data('card-expiring-guest', { guest }));
    expect(expiring.text).toContain('The card you gave us to guarantee your booking PMS-2025-0042 (•••• 4242, expiry date 02/2025) will expire before the end of your stay, from 12 March 2025 to 15 March 2025.');
    const hotel = renderEmail('card-expiring-hotel', 'en', data('card-expiring-hotel', { guest, url: undefined, deadline: undefined }));
    expect(hotel.subject).toBe('Guarantee card expiring – booking PMS-2025-0042, Camille Dupont');
    expect(hotel.text).toContain('The card guaranteeing booking PMS-2025-0042 (Mrs Camille Dupont) expires before the end of the stay: •••• 4242, expiry date 02/2025.');
  });

  it('reads naturally in French', () => {
    const guest = { title: 'mrs' as const, firstName: 'Camille', lastName: 'Dupont' };
    const request = renderEmail('charge-request', 'fr', data('charge-request', { guest }));
    expect(request.subject).toBe(`Paiement à confirmer pour votre réservation – ${HOTEL_NAME}`);
    expect(request.text).toContain('Pour votre réservation PMS-2025-0042, nous devons débiter 123,45\u00a0€ sur la carte que vous avez enregistrée auprès de nous, au titre de votre non-présentation.');
    expect(request.html).toContain('confirmer vous-même ce paiement&nbsp;: quelques instants suffisent');
    const receipt = renderEmail('charge-receipt', 'fr', data('charge-receipt', { guest, chargeReason: 'balance' }));
    expect(receipt.subject).toBe(`Merci pour votre séjour : reçu de 123,45\u00a0€ – ${HOTEL_NAME}`);
    expect(receipt.text).toContain('Le solde de votre séjour est désormais réglé.');
    const failed = renderEmail('charge-failed-hotel', 'fr', data('charge-failed-hotel', { guest }));
    expect(failed.text).toContain('Le débit de 123,45\u00a0€ au titre de la non-présentation pour la réservation PMS-2025-0042 (Mme Camille Dupont) a été refusé.');
    expect(failed.html).toContain('«&nbsp;Refused: &quot;do not honour&quot; &lt;bank&gt;&nbsp;»');
    const hotel = renderEmail('card-expiring-hotel', 'fr', data('card-expiring-hotel', { guest }));
    expect(hotel.text).toContain("expire avant la fin du séjour : •••• 4242, date d'expiration 02/2025.");
  });

  it('keeps the subject on one line', () => {
    const guest = { firstName: 'Ann\r\nBcc: x@evil.test', lastName: 'Lee' };
    expect(renderEmail('charge-failed-hotel', 'en', data('charge-failed-hotel', { guest })).subject).toBe('Charge refused – booking PMS-2025-0042, Ann Bcc: x@evil.test Lee');
    expect(renderEmail('card-expiring-hotel', 'en', data('card-expiring-hotel', { guest })).subject).toBe('Guarantee card expiring – booking PMS-2025-0042, Ann Bcc: x@evil.test Lee');
  });

  it('escapes the masked cards', () => {
    const receipt = renderEmail('charge-receipt', 'en', data('charge-receipt', { card: '<i>4242</i>' }));
    expect(receipt.html).toContain('&lt;i&gt;4242&lt;/i&gt;');
    expect(receipt.html).not.toContain('<i>4242');
    const expiring = renderEmail('card-expiring-guest', 'en', data('card-expiring-guest', { expiringCard: { masked: '<i>4242</i>', expiryMonth: 12, expiryYear: 2025 } }));
    expect(expiring.html).toContain('&lt;i&gt;4242&lt;/i&gt;, expiry date 12/2025');
    expect(expiring.text).toContain('<i>4242</i>');
  });

  it('refuses an expiring card e-mail without the card, an expiry that is not one, and a reason it does not know', () => {
    for (const kind of CARD_KINDS) expect(() => renderEmail(kind, 'en', data(kind, { expiringCard: undefined }))).toThrow(TypeError);
    for (const [expiryMonth, expiryYear] of [[0, 2025], [13, 2025], [1.5, 2025], [2, 25]] as const) {
      expect(() => renderEmail('card-expiring-guest', 'en', data('card-expiring-guest', { expiringCard: { masked: MASKED, expiryMonth, expiryYear } }))).toThrow(RangeError);
    }
    expect(() => renderEmail('charge-request', 'en', data('charge-request', { chargeReason: 'minibar' as ChargeReason }))).toThrow(TypeError);
    expect(() => renderEmail('charge-request', 'en', data('charge-request', { url: 'javascript:alert(1)' }))).toThrow(RangeError);
  });
});

describe('the e-mails of a payment request, for a charge', () => {
  /** The kinds the sending code uses for any payment request, whatever its type (see app/send-emails.ts). */
  const REQUEST_KINDS = ['payment-reminder', 'payment-confirmation-guest', 'payment-confirmation-hotel', 'payment-after-close-hotel', 'payment-failed-hotel'] as const;
  type RequestKind = (typeof REQUEST_KINDS)[number];
  const GUEST_KINDS: readonly RequestKind[] = ['payment-reminder', 'payment-confirmation-guest'];
  const request = (kind: RequestKind, over: Partial<EmailData> = {}): EmailData => ({
    ...data('charge-request'),
    transactionId: 'TX-CH-1',
    paidAt: PAID_AT,
    ...(kind === 'payment-after-close-hotel' ? { reservationStatus: 'cancelled' } : {}),
    ...(kind === 'payment-failed-hotel' ? { reservationStatus: 'confirmed', refusal: { reason: 'insufficient_funds' as const, pspStatus: 'REFUSED', at: PAID_AT } } : {}),
    // The hotel's e-mails are given no link (theirs would be a page about the booking).
    ...(GUEST_KINDS.includes(kind) ? {} : { url: undefined }),
    ...over,
  });

  for (const language of LANGUAGES) {
    for (const kind of REQUEST_KINDS) {
      it(`${kind} in ${language}: its own words for a charge, with its reason`, () => {
        const d = request(kind);
        const { subject, html, text } = renderEmail(kind, language, d);
        const m = MESSAGES[language];
        const guest = GUEST_KINDS.includes(kind);
        expect(subject.trim()).not.toBe('');
        expect(subject).not.toMatch(/[\r\n]|\{\{/);
        expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
        for (const part of [visible(html), text]) {
          expect(part).toContain(amountIn(language));
          expect(part).toContain('PMS-2025-0042');
          // (A refused charge has a reason of its own, the refusal's: the charge's is in its first sentence.)
          if (kind !== 'payment-failed-hotel') expect(part).toContain(m.chargeReason.label.no_show);
          expect(part).not.toMatch(UNSET);
          expect(part).not.toMatch(CARD_LIKE);
        }
        expect(text).toContain(guest ? m.chargeReason.forGuest.no_show : m.chargeReason.forHotel.no_show);
        expect(text).not.toMatch(/\n{3,}/);
        // Not what a deposit, a guarantee or a pre-authorisation says.
        for (const type of ['deposit', 'guarantee', 'preauthorisation'] as const) {
          const theirs = renderEmail(kind, language, { ...d, type });
          expect(text).not.toBe(theirs.text);
          expect(subject).not.toBe(theirs.subject);
        }
        // A charge confirms no booking and may come after the stay: no welcome to look forward to.
        if (guest) {
          expect(text).not.toContain(messageOf(m.email.lookForward, {}));
          expect(text).not.toContain(messageOf(m.email.lookForwardSoon, {}));
        }
        // Without a reason, it still reads whole.
        const none = renderEmail(kind, language, { ...d, chargeReason: undefined });
        expect(none.subject.trim()).not.toBe('');
        for (const part of [visible(none.html), none.text]) expect(part).not.toMatch(UNSET);
        expect(none.text).not.toMatch(/ {2}| [,.]/);
      });
    }

    it(`${language}: the reminder of a charge asks to confirm it, with its deadline and its link`, () => {
      const d = request('payment-reminder');
      const { text } = renderEmail('payment-reminder', language, d);
      const m = MESSAGES[language];
      expect(text).toContain(says(language, d, (c) => c.reminder.introCharge));
      expect(text).toContain(says(language, d, (c) => c.chargeRequest.deadline));
      expect(text).not.toContain(says(language, d, (c) => c.reminder.deadline));
      expect(text).toContain(`${messageOf(m.chargeRequest.openLink, {})}\n${URL}`);
      expect(text).toContain(m.reminder.alreadyConfirmed);
    });

    it(`${language}: the guest's confirmation of a charge is its receipt; the hotel's says it was paid`, () => {
      const guest = renderEmail('payment-confirmation-guest', language, request('payment-confirmation-guest', { chargeReason: 'balance' }));
      const receipt = renderEmail('charge-receipt', language, request('payment-confirmation-guest', { chargeReason: 'balance' }));
      expect(guest.subject).toBe(receipt.subject);
      expect(guest.text).toContain(messageOf(MESSAGES[language].chargeReceipt.balanceSettled, {}));
      const d = request('payment-confirmation-hotel');
      const hotel = renderEmail('payment-confirmation-hotel', language, d);
      expect(hotel.subject).toBe(says(language, d, (c) => c.confirmationHotel.subjectCharge));
      expect(hotel.text).toContain(says(language, d, (c) => c.confirmationHotel.charge));
      expect(hotel.text).toContain(row(language, MESSAGES[language].label.type, MESSAGES[language].value.charge));
    });

    it(`${language}: a refused charge is still due: another card with the link, or the desk`, () => {
      const d = request('payment-failed-hotel');
      const { subject, text } = renderEmail('payment-failed-hotel', language, d);
      const m = MESSAGES[language];
      expect(subject).toBe(says(language, d, (c) => c.chargeFailed.subject));
      expect(text).toContain(says(language, d, (c) => c.chargeFailed.refused));
      expect(text).toContain(`${messageOf(m.email.whatToDo, {})} ${says(language, d, (c) => c.failed.chargeRetry)}`);
      expect(text).not.toContain(messageOf(m.failed.noLongerOnOption, {}));
      const noDeadline = renderEmail('payment-failed-hotel', language, { ...d, deadline: undefined });
      expect(noDeadline.text).toContain(`${messageOf(m.email.whatToDo, {})} ${messageOf(m.failed.chargeRetryNoDeadline, {})}`);
    });
  }

  it('sets French punctuation with no-break spaces for a charge too', () => {
    for (const kind of REQUEST_KINDS) {
      const { html, text } = renderEmail(kind, 'fr', request(kind));
      const body = html.slice(html.indexOf('<body')).replace(/<[^>]+>/g, '');
      expect({ kind, plain: body.match(/ [:;?!»]|« /g) }).toEqual({ kind, plain: null });
      expect(text).not.toContain('\u00a0:');
    }
  });
});

function chargePage(language: Language, over: Partial<PaymentPageData> = {}): PaymentPageData {
  return {
    language,
    hotel: { name: HOTEL_NAME, timezone: TIMEZONE },
    guest: { firstName: 'Camille', lastName: 'Dupont', title: 'mrs' },
    type: 'charge',
    subject: { kind: 'stay', arrival: '2025-03-12', departure: '2025-03-15', total: EUR(45000) },
    amount: EUR(12345),
    deadline: DEADLINE,
    chargeReason: 'no_show',
    form: {
      action: 'https://sandbox.psp.test/vads-payment/',
      fields: { vads_amount: '12345', vads_order_info: '"><script>alert(1)</script>', signature: 'ab+/cd==' },
    },
    ...over,
  };
}

function commonPageChecks(html: string, language: Language): void {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain(`<html lang="${language}">`);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).not.toMatch(/<script|<link |src=|javascript:/i);
  // (The stylesheet has its own braces: only what the page says is checked.)
  expect(html.slice(html.indexOf('<body'))).not.toMatch(UNSET);
  expect(html).toContain(HOTEL_NAME_HTML);
  expect(html).not.toContain('<b>&</b>');
}

describe('payment page for a charge', () => {
  for (const language of LANGUAGES) {
    it(`${language}: says what the hotel charges and why, the amount, the deadline and the form`, () => {
      const d = chargePage(language);
      const html = renderPaymentPage(d);
      const s = MESSAGES[language].page.payment;
      const amount = amountIn(language);
      commonPageChecks(html, language);
      expect(html).toContain(`<h1 id="page-title">${escapeHtml(s.title.charge)}</h1>`);
      const intro = renderText(s.chargeIntro, { hotelName: HOTEL_NAME, amount, chargeFor: MESSAGES[language].chargeReason.forGuest.no_show });
      expect(html).toContain(`<p>${escapeHtml(intro)}</p>`);
      expect(intro).toContain(HOTEL_NAME);
      expect(html).toContain(`<p>${escapeHtml(MESSAGES[language].label.amountToCharge)}</p>`);
      expect(html).toContain(`<p class="value">${escapeHtml(amount)}</p>`);
      expect(html).toContain(`<p>${escapeHtml(s.chargeNote)}</p>`);
      expect(html).toContain(`id="pay-button">${escapeHtml(renderText(s.button.charge, { amount }))}</button>`);
      expect(html).toContain(escapeHtml(formatInstant(DEADLINE, TIMEZONE, language)));
      expect(html).toContain('<form method="POST" action="https://sandbox.psp.test/vads-payment/" id="psp-form">');
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html.replace(/<input [^>]*>/g, '')).not.toMatch(CARD_LIKE);

      // Every reason its own intro; without one, the intro says the amount only.
      const intros = new Set(CHARGE_REASONS.map((chargeReason) => renderPaymentPage({ ...d, chargeReason })));
      expect(intros.size).toBe(CHARGE_REASONS.length);
      const none = renderPaymentPage({ ...d, chargeReason: undefined });
      commonPageChecks(none, language);
      expect(none).toContain(`<p>${escapeHtml(renderText(s.intro.charge, { hotelName: HOTEL_NAME, amount }))}</p>`);
      // The front desk enters a card given by phone: its own intro.
      const staff = renderPaymentPage({ ...d, staff: true });
      commonPageChecks(staff, language);
      expect(staff).toContain(`<p>${escapeHtml(s.staffIntro.charge)}</p>`);
      // Not the page of another type.
      for (const type of ['deposit', 'guarantee', 'preauthorisation'] as const) expect(renderPaymentPage({ ...d, type })).not.toBe(html);
    });

    it(`${language}: result pages for a charge, with how long the guest may try again`, () => {
      const hotel = { name: HOTEL_NAME, email: 'frontdesk@hotel.test', timezone: TIMEZONE };
      const s = MESSAGES[language].page.result;
      const amount = amountIn(language, 13500);
      for (const state of ['succeeded', 'failed', 'pending', 'abandoned'] as const) {
        const html = renderResultPage({ language, state, hotel, type: 'charge', amount: EUR(13500), retryUrl: 'https://pay.example.test/l/abc', deadline: DEADLINE });
        const retryable = state === 'failed' || state === 'abandoned';
        commonPageChecks(html, language);
        expect(html).toContain(`<h1 id="page-title">${escapeHtml(renderText(s[state].title.charge, { amount }))}</h1>`);
        expect(html).toContain(escapeHtml(renderText(s[state].body.charge, { amount })));
        expect(html).not.toContain('<form');
        expect(html.includes('href="https://pay.example.test/l/abc"')).toBe(retryable);
        expect(html.includes(escapeHtml(renderText(s.retryUntilCharge, { deadline: formatInstant(DEADLINE, TIMEZONE, language) })))).toBe(retryable);
        // A charge is not a booking on option: nothing is said about releasing it.
        expect(html).not.toContain(escapeHtml(renderText(s.retryUntil, { deadline: formatInstant(DEADLINE, TIMEZONE, language) })));
        expect(html.includes('<meta http-equiv="refresh" content="3">')).toBe(state === 'pending');
      }
      expect(renderResultPage({ language, state: 'succeeded', hotel, type: 'charge', amount: EUR(13500) })).toContain(escapeHtml(amount));
    });
  }

  it('reads naturally in English and French', () => {
    const en = renderPaymentPage(chargePage('en'));
    expect(en).toContain(`<p>${escapeHtml(`${HOTEL_NAME} needs to charge €123.45 to the card you registered, for your no-show. Your bank asks you to confirm this payment.`)}</p>`);
    expect(en).toContain('id="pay-button">Confirm and pay €123.45</button>');
    const fr = renderPaymentPage(chargePage('fr', { chargeReason: 'balance' }));
    expect(fr).toContain(`<p>${escapeHtml(`${HOTEL_NAME} doit débiter 123,45\u00a0€ sur la carte que vous avez enregistrée, pour le solde de votre séjour. Votre banque vous demande de confirmer ce paiement.`)}</p>`);
    expect(fr).toContain('id="pay-button">Confirmer et payer 123,45\u00a0€</button>');
  });
});
