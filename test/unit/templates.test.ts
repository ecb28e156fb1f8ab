import { LANGUAGES, type Language, type Title } from '../../domain/language';
import { formatMoney } from '../../domain/money';
import {
  EMAIL_KINDS, type EmailData, type EmailKind, escapeHtml, renderEmail, renderHtml, renderLinkProblemPage,
  renderPaymentPage, renderResultPage, renderText, salutation, TemplateError,
  type LinkProblem, type OptionLapse, type PaymentPageData, type ResultState,
} from '../../templates';
import { LOCALES, formatInstant } from '../../templates/format';

const HOTEL_NAME = 'Hôtel <b>&</b>';
const HOTEL_NAME_HTML = 'Hôtel &lt;b&gt;&amp;&lt;/b&gt;';
const URL = 'https://pay.example.test/l/01JABCDEF?lang=fr&x=1';
const EUR = (amount: number) => ({ amount, currency: 'EUR' });

const LAST_NAMES: Record<Language, string> = { fr: 'Dupont', en: 'Smith', de: 'Müller', es: 'García', it: 'Rossi' };
const FIRST_NAMES: Record<Language, string> = { fr: 'Camille', en: 'Alex', de: 'Alex', es: 'Alex', it: 'Alex' };

/** What the guest is called, per language and title ("none" = no title given). */
const SALUTATIONS: Record<Language, Record<Title | 'none', string>> = {
  fr: { mr: 'Monsieur Dupont,', mrs: 'Madame Dupont,', ms: 'Madame Dupont,', mx: 'Bonjour Camille Dupont,', dr: 'Docteur Dupont,', none: 'Bonjour Camille Dupont,' },
  en: { mr: 'Dear Mr Smith,', mrs: 'Dear Mrs Smith,', ms: 'Dear Ms Smith,', mx: 'Dear Mx Smith,', dr: 'Dear Dr Smith,', none: 'Dear Alex Smith,' },
  de: { mr: 'Sehr geehrter Herr Müller,', mrs: 'Sehr geehrte Frau Müller,', ms: 'Sehr geehrte Frau Müller,', mx: 'Guten Tag Alex Müller,', dr: 'Guten Tag Dr. Alex Müller,', none: 'Guten Tag Alex Müller,' },
  es: { mr: 'Estimado Sr. García:', mrs: 'Estimada Sra. García:', ms: 'Estimada Sra. García:', mx: 'Hola, Alex García:', dr: 'Hola, Alex García:', none: 'Hola, Alex García:' },
  it: { mr: 'Gentile Sig. Rossi,', mrs: 'Gentile Sig.ra Rossi,', ms: 'Gentile Sig.ra Rossi,', mx: 'Gentile Alex Rossi,', dr: 'Gentile Alex Rossi,', none: 'Gentile Alex Rossi,' },
};

/** Every kind about one booking; the digest (to the hotel, about many) is tested on its own. */
type BookingKind = Exclude<EmailKind, 'lapse-digest'>;
const BOOKING_KINDS = EMAIL_KINDS.filter((k): k is BookingKind => k !== 'lapse-digest');

const TYPE_OF: Record<BookingKind, 'deposit' | 'guarantee'> = {
  'guarantee-request': 'guarantee',
  'deposit-request': 'deposit',
  'payment-reminder': 'guarantee',
  'payment-confirmation-guest': 'deposit',
  'payment-confirmation-hotel': 'deposit',
};

function emailData(language: Language, over: Partial<EmailData> = {}): EmailData {
  return {
    hotel: { name: HOTEL_NAME, email: 'frontdesk@hotel.test', timezone: 'Europe/Paris' },
    guest: { title: 'mrs', firstName: FIRST_NAMES[language], lastName: LAST_NAMES[language] },
    reservationId: 'PMS-2025-0042',
    arrival: '2025-03-12',
    departure: '2025-03-15',
    total: EUR(45000),
    amount: EUR(13500),
    deadline: '2025-03-01T22:59:59Z',
    url: URL,
    transactionId: 'TX-9f8e7d',
    paidAt: '2025-02-20T10:00:00Z',
    type: 'deposit',
    ...over,
  };
}

/** 13 to 19 digits, optionally grouped: anything a reader could take for a card number. */
const CARD_LIKE = /\d(?:[ -]?\d){12,18}/;

describe('render', () => {
  it('escapes {{x}} in HTML, keeps {{{x}}} raw, and never escapes in text', () => {
    const vars = { a: '<i>"&\'</i>', b: '<br>' };
    expect(renderHtml('{{a}}|{{{b}}}', vars)).toBe('&lt;i&gt;&quot;&amp;&#39;&lt;/i&gt;|<br>');
    expect(renderText('{{a}}|{{{b}}}', vars)).toBe('<i>"&\'</i>|<br>');
  });

  it('shows sections when truthy and inverted sections when falsy, nested too', () => {
    const t = '{{#on}}[on{{#inner}} inner{{/inner}}]{{/on}}{{^on}}[off]{{/on}}';
    expect(renderText(t, { on: true, inner: 'x' })).toBe('[on inner]');
    expect(renderText(t, { on: 'yes', inner: '' })).toBe('[on]');
    for (const off of [false, '', 0, null, undefined]) expect(renderText(t, { on: off, inner: 'x' })).toBe('[off]');
  });

  it('throws on a variable that is not defined and on unbalanced sections', () => {
    expect(() => renderHtml('Hello {{nme}}', { name: 'x' })).toThrow(TemplateError);
    expect(() => renderHtml('{{#a}}x', { a: true })).toThrow(TemplateError);
    expect(() => renderHtml('{{#a}}x{{/b}}', { a: true, b: true })).toThrow(TemplateError);
    expect(() => renderHtml('x{{/a}}', { a: true })).toThrow(TemplateError);
  });

  it('does not evaluate template syntax found in values', () => {
    expect(renderText('{{a}}', { a: '{{b}}' })).toBe('{{b}}');
    expect(renderHtml('{{a}}', { a: '{{{b}}}' })).toBe('{{{b}}}');
  });
});

describe('salutation', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every title and none`, () => {
      for (const [title, expected] of Object.entries(SALUTATIONS[language])) {
        const guest = { firstName: FIRST_NAMES[language], lastName: LAST_NAMES[language], ...(title === 'none' ? {} : { title: title as Title }) };
        expect(salutation(language, guest)).toBe(expected);
      }
    });
  }
});

describe('renderEmail', () => {
  for (const language of LANGUAGES) {
    for (const kind of BOOKING_KINDS) {
      it(`${kind} in ${language}`, () => {
        const data = emailData(language, { type: TYPE_OF[kind] });
        const { subject, html, text } = renderEmail(kind, language, data);
        const amount = formatMoney(data.amount, LOCALES[language]);

        expect(subject.trim()).not.toBe('');
        expect(subject).not.toMatch(/[\r\n]|\{\{/);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        expect(html).toContain('max-width:560px');
        for (const part of [html, text]) {
          expect(part).toContain(amount);
          expect(part).toContain('PMS-2025-0042');
          expect(part).not.toMatch(/\{\{|\}\}/);
        }
        // The hotel name is escaped in HTML and raw in the text part.
        expect(html).toContain(HOTEL_NAME_HTML);
        expect(html).not.toContain('<b>&</b>');
        expect(text).toContain(HOTEL_NAME);
        // The link, escaped as an attribute in HTML, verbatim in text.
        expect(html).toContain(`href="${escapeHtml(URL)}"`);
        expect(text).toContain(URL);
        expect(html).not.toMatch(/<script|javascript:/i);
      });
    }

    it(`${language}: guest e-mails greet the guest properly (mr, mrs, none)`, () => {
      for (const title of ['mr', 'mrs', 'none'] as const) {
        const guest = { firstName: FIRST_NAMES[language], lastName: LAST_NAMES[language], ...(title === 'none' ? {} : { title }) };
        for (const kind of ['guarantee-request', 'deposit-request', 'payment-reminder', 'payment-confirmation-guest'] as const) {
          const { html, text } = renderEmail(kind, language, emailData(language, { guest, type: TYPE_OF[kind] }));
          const expected = SALUTATIONS[language][title];
          expect(text.startsWith(`${expected}\n`)).toBe(true);
          expect(html).toContain(`>${escapeHtml(expected)}</p>`);
        }
      }
    });

    it(`${language}: requests and reminders show the stay, the nights and the deadline at the hotel`, () => {
      for (const [kind, type] of [['guarantee-request', 'guarantee'], ['deposit-request', 'deposit'], ['payment-reminder', 'guarantee'], ['payment-reminder', 'deposit']] as const) {
        const data = emailData(language, { type });
        const { html, text } = renderEmail(kind, language, data);
        const deadline = formatInstant(data.deadline!, 'Europe/Paris', language);
        const arrival = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-12T00:00:00Z'));
        for (const part of [html, text]) {
          expect(part).toContain(deadline);
          expect(part).toContain(arrival);
          expect(part).toMatch(/\b3 (nuits|nights|Nächte|noches|notti)\b/);
        }
      }
    });

    it(`${language}: the hotel notification carries the transaction and the time`, () => {
      const data = emailData(language, { type: 'guarantee' });
      const { subject, html, text } = renderEmail('payment-confirmation-hotel', language, data);
      expect(subject).toContain('PMS-2025-0042');
      expect(subject).toContain(LAST_NAMES[language]);
      for (const part of [html, text]) {
        expect(part).toContain('TX-9f8e7d');
        expect(part).toContain(formatInstant(data.paidAt!, 'Europe/Paris', language));
        expect(part).toContain(LAST_NAMES[language]);
      }
    });
  }

  it('formats the deadline in the hotel time zone, with date and time', () => {
    const fr = renderEmail('guarantee-request', 'fr', emailData('fr', { type: 'guarantee' }));
    expect(fr.text).toContain('avant le 1er mars 2025 à 23:59');
    const en = renderEmail('deposit-request', 'en', emailData('en', { hotel: { name: 'H', email: 'h@h.test', timezone: 'America/New_York' } }));
    expect(en.text).toContain('before 1 March 2025 at 17:59');
    const de = renderEmail('deposit-request', 'de', emailData('de'));
    expect(de.text).toContain('bis zum 1. März 2025 um 23:59 Uhr');
  });

  it('says "of a total" for a partial deposit and "the full amount" otherwise', () => {
    const partial = renderEmail('deposit-request', 'en', emailData('en'));
    expect(partial.text).toContain('deposit of €135.00 (out of a total of €450.00)');
    const full = renderEmail('deposit-request', 'en', emailData('en', { amount: EUR(45000) }));
    expect(full.text).toContain('deposit of €450.00 (the full amount of your stay)');
  });

  it('confirms a guarantee without saying anything was charged', () => {
    const { text } = renderEmail('payment-confirmation-guest', 'fr', emailData('fr', { type: 'guarantee' }));
    expect(text).toContain('enregistrée en garantie');
    expect(text).toContain("Aucun montant n'a été débité");
    expect(text).not.toContain('Arrhes réglées');
  });

  it('leaves out the button, the deadline and the transaction when not given', () => {
    const { html, text } = renderEmail('guarantee-request', 'en', emailData('en', { type: 'guarantee', url: undefined, deadline: undefined, transactionId: undefined }));
    expect(html).not.toContain('href="https://');
    expect(text).not.toContain('Please register your card before');
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('refuses links that are not http(s)', () => {
    expect(() => renderEmail('deposit-request', 'en', emailData('en', { url: 'javascript:alert(1)' }))).toThrow(RangeError);
  });

  it('ends the text part with a signature block', () => {
    const { text } = renderEmail('deposit-request', 'it', emailData('it'));
    expect(text).toMatch(/\n-- \nInviato da Hôtel <b>&<\/b> · frontdesk@hotel\.test\./);
  });
});

describe('payment-reminder', () => {
  /** The subject's first word, and the "if you have already done it" line, per language. */
  const REMINDER: Record<Language, { subject: RegExp; ignore: Record<'deposit' | 'guarantee', string> }> = {
    fr: { subject: /^Rappel : /, ignore: { guarantee: 'Si vous avez déjà enregistré votre carte, merci de ne pas tenir compte de ce message.', deposit: 'Si vous avez déjà réglé les arrhes, merci de ne pas tenir compte de ce message.' } },
    en: { subject: /^Reminder: /, ignore: { guarantee: 'If you have already registered your card, please disregard this message.', deposit: 'If you have already paid the deposit, please disregard this message.' } },
    de: { subject: /^Erinnerung: /, ignore: { guarantee: 'Falls Sie Ihre Karte bereits hinterlegt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.', deposit: 'Falls Sie die Anzahlung bereits geleistet haben, betrachten Sie diese Nachricht bitte als gegenstandslos.' } },
    es: { subject: /^Recordatorio: /, ignore: { guarantee: 'Si ya ha registrado su tarjeta, no tenga en cuenta este mensaje.', deposit: 'Si ya ha abonado el depósito, no tenga en cuenta este mensaje.' } },
    it: { subject: /^Promemoria: /, ignore: { guarantee: 'Se ha già registrato la Sua carta, La preghiamo di non tenere conto di questo messaggio.', deposit: 'Se ha già versato la caparra, La preghiamo di non tenere conto di questo messaggio.' } },
  };

  for (const language of LANGUAGES) {
    for (const type of ['guarantee', 'deposit'] as const) {
      it(`${language}: ${type} reminder`, () => {
        const data = emailData(language, { type, guest: { title: 'mr', firstName: FIRST_NAMES[language], lastName: LAST_NAMES[language] } });
        const { subject, html, text } = renderEmail('payment-reminder', language, data);
        const deadline = formatInstant(data.deadline!, 'Europe/Paris', language);
        const total = formatMoney(data.total, LOCALES[language]);
        const greeting = SALUTATIONS[language].mr;

        expect(subject).toMatch(REMINDER[language].subject);
        expect(subject.endsWith(` – ${HOTEL_NAME}`)).toBe(true);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).toContain(HOTEL_NAME_HTML);
        expect(text).toContain(HOTEL_NAME);
        expect(text.startsWith(`${greeting}\n`)).toBe(true);
        expect(html).toContain(`>${escapeHtml(greeting)}</p>`);
        expect(html).toContain(`href="${escapeHtml(URL)}"`);
        expect(text).toContain(URL);
        expect(html).toContain(escapeHtml(REMINDER[language].ignore[type]));
        expect(text).toContain(REMINDER[language].ignore[type]);
        expect(text).not.toContain(REMINDER[language].ignore[type === 'deposit' ? 'guarantee' : 'deposit']);
        for (const part of [html, text]) {
          expect(part).toContain(deadline);
          // A deposit is shown against the total; a guarantee has no total to pay.
          expect(part.includes(total)).toBe(type === 'deposit');
          expect(part).not.toMatch(/\{\{|\}\}/);
        }
        // Sent in the guest's name by the hotel: the guest footer, against phishing.
        expect(text).toMatch(/\n-- \n.*frontdesk@hotel\.test/);
      });
    }
  }

  it('reads naturally in English', () => {
    const { subject, text } = renderEmail('payment-reminder', 'en', emailData('en', { type: 'deposit' }));
    expect(subject).toBe(`Reminder: deposit to confirm your booking – ${HOTEL_NAME}`);
    expect(text).toContain('but have not yet received the deposit of €135.00 (out of a total of €450.00) needed to confirm it');
    expect(text).toContain('Please do so before 1 March 2025 at 23:59 (hotel local time)');
    expect(text).toContain(`To pay the deposit, open this link:\n${URL}`);
  });

  it('leaves out the deadline and the button when not given', () => {
    const { html, text } = renderEmail('payment-reminder', 'fr', emailData('fr', { type: 'guarantee', url: undefined, deadline: undefined }));
    expect(html).not.toContain('href="https://');
    expect(text).not.toContain('avant le');
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).toContain('merci de ne pas tenir compte de ce message');
  });
});

describe('lapse-digest', () => {
  const HOTEL = { name: HOTEL_NAME, email: 'frontdesk@hotel.test', timezone: 'Europe/Paris' };
  const ANN_BOB = '<Ann & Bob>';

  /** `n` options: the first for <Ann & Bob>, actions alternating from `expired`. */
  function lapses(n: number): OptionLapse[] {
    return Array.from({ length: n }, (_, i) => ({
      reservationId: `OPT-2025-${100 + i}`,
      guestName: i === 0 ? ANN_BOB : `Guest Number${i}`,
      arrival: '2025-03-12',
      departure: '2025-03-15',
      optionDeadline: `2025-03-0${1 + i}T17:30:00Z`,
      action: i % 2 === 0 ? 'expired' : 'reported',
    }));
  }

  const SUBJECTS: Record<Language, { one: string; many: string }> = {
    fr: { one: '1 option échue', many: '3 options échues' },
    en: { one: '1 option lapsed', many: '3 options lapsed' },
    de: { one: '1 Option abgelaufen', many: '3 Optionen abgelaufen' },
    es: { one: '1 opción vencida', many: '3 opciones vencidas' },
    it: { one: '1 opzione scaduta', many: '3 opzioni scadute' },
  };
  /** The front desk is greeted, never a guest. */
  const GREETINGS: Record<Language, string> = { fr: 'Bonjour,', en: 'Hello,', de: 'Guten Tag,', es: 'Hola:', it: 'Buongiorno,' };
  const ACTIONS: Record<Language, Record<OptionLapse['action'], string>> = {
    fr: { expired: 'Libérée : la réservation est désormais expirée.', reported: "Toujours en option : votre règle prévoit un simple signalement ; merci d'assurer le suivi." },
    en: { expired: 'Released: the reservation is now expired.', reported: 'Still on option: your policy is to report only; please follow up.' },
    de: { expired: 'Freigegeben: Die Reservierung ist nun abgelaufen.', reported: 'Weiterhin auf Option: Ihre Regel sieht nur eine Meldung vor; bitte fassen Sie nach.' },
    es: { expired: 'Liberada: la reserva ha caducado.', reported: 'Sigue en opción: su política es solo notificar; les rogamos que hagan el seguimiento.' },
    it: { expired: 'Liberata: la prenotazione è ora scaduta.', reported: 'Ancora in opzione: la vostra regola prevede solo la segnalazione; vi preghiamo di occuparvene.' },
  };
  const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

  for (const language of LANGUAGES) {
    it(`${language}: three options, every one listed with its outcome`, () => {
      const list = lapses(3);
      const { subject, html, text } = renderEmail('lapse-digest', language, { hotel: HOTEL, lapses: list });
      // The HTML shows "Libérée&nbsp;:" where the text part has a plain space.
      const htmlText = html.replace(/&nbsp;/g, ' ');

      expect(subject).toBe(`${SUBJECTS[language].many} – ${HOTEL_NAME}`);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain('max-width:560px');
      expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
      expect(html).toContain(HOTEL_NAME_HTML);
      expect(html).not.toContain('<b>&</b>');
      expect(text).toContain(HOTEL_NAME);
      expect(text.startsWith(`${GREETINGS[language]}\n`)).toBe(true);
      expect(html).toContain(`>${GREETINGS[language]}</p>`);
      expect(text).not.toContain(SALUTATIONS[language].mrs);

      for (const lapse of list) {
        expect(html).toContain(` ${lapse.reservationId}</th>`);
        expect(text).toContain(lapse.reservationId);
        expect(html).toContain(`>${escapeHtml(lapse.guestName)}</td>`);
        expect(text).toContain(lapse.guestName);
        for (const part of [htmlText, text]) expect(part).toContain(formatInstant(lapse.optionDeadline, 'Europe/Paris', language));
      }
      // <Ann & Bob> is data, never markup.
      expect(html).not.toContain(ANN_BOB);
      expect(html).toContain('&lt;Ann &amp; Bob&gt;');

      const arrival = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-12T00:00:00Z'));
      for (const part of [htmlText, text]) {
        expect(count(part, ACTIONS[language].expired)).toBe(2);
        expect(count(part, ACTIONS[language].reported)).toBe(1);
        expect(part).toContain(arrival);
        expect(part).toMatch(/\b3 (nuits|nights|Nächte|noches|notti)\b/);
        expect(part).not.toMatch(/\{\{|\}\}/);
      }
      // One group of rows per option, in the order given.
      expect(html.match(/<tbody>/g)).toHaveLength(3);
      expect(text.indexOf('OPT-2025-100')).toBeLessThan(text.indexOf('OPT-2025-101'));
      expect(text.indexOf('OPT-2025-101')).toBeLessThan(text.indexOf('OPT-2025-102'));
      expect(text).not.toMatch(/\n{3,}/);
    });

    it(`${language}: one option takes the singular`, () => {
      const { subject, html, text } = renderEmail('lapse-digest', language, { hotel: HOTEL, lapses: lapses(1) });
      expect(subject).toBe(`${SUBJECTS[language].one} – ${HOTEL_NAME}`);
      expect(html.match(/<tbody>/g)).toHaveLength(1);
      expect(text).toContain(ANN_BOB);
      expect(text).toContain(ACTIONS[language].expired);
      expect(text).not.toContain(ACTIONS[language].reported);
    });
  }

  it('reads naturally in English and French, deadlines at the hotel', () => {
    const list = lapses(2);
    const en = renderEmail('lapse-digest', 'en', { hotel: HOTEL, lapses: list });
    expect(en.text).toContain(`At ${HOTEL_NAME}, the 2 options below have reached their deadline without a card guarantee or deposit being received.`);
    expect(en.text).toContain('Booking OPT-2025-101\nGuest: Guest Number1\nStay: 12 March 2025 → 15 March 2025 (3 nights)\nOption deadline: 2 March 2025 at 18:30\nStill on option');
    const fr = renderEmail('lapse-digest', 'fr', { hotel: { ...HOTEL, timezone: 'America/Montreal' }, lapses: list.slice(0, 1) });
    expect(fr.text).toContain(`Pour l'établissement ${HOTEL_NAME}, l'option ci-dessous est arrivée à échéance`);
    expect(fr.text).toContain("Échéance de l'option : 1er mars 2025 à 12:30");
  });

  it('uses the hotel footer, not the guest one', () => {
    const { text } = renderEmail('lapse-digest', 'en', { hotel: HOTEL, lapses: lapses(1) });
    expect(text).toMatch(/\n-- \nAutomatic notification from your booking payment service\.\n$/);
  });

  it('also takes a full EmailData with lapses, and renders the same', () => {
    const list = lapses(3);
    const fromData = renderEmail('lapse-digest', 'de', emailData('de', { lapses: list }));
    expect(fromData).toEqual(renderEmail('lapse-digest', 'de', { hotel: emailData('de').hotel, lapses: list }));
  });

  it('refuses a digest with no options, and a booking e-mail without a booking', () => {
    expect(() => renderEmail('lapse-digest', 'en', { hotel: HOTEL, lapses: [] })).toThrow(RangeError);
    expect(() => renderEmail('lapse-digest', 'en', emailData('en'))).toThrow(TypeError);
    // @ts-expect-error: only the digest takes { hotel, lapses }
    expect(() => renderEmail('payment-reminder', 'en', { hotel: HOTEL, lapses: lapses(1) })).toThrow(TypeError);
  });
});

function paymentPage(language: Language, over: Partial<PaymentPageData> = {}): PaymentPageData {
  return {
    language,
    hotel: { name: HOTEL_NAME, timezone: 'Europe/Paris' },
    guest: { firstName: 'Camille', lastName: 'Dupont', title: 'mrs' },
    type: 'deposit',
    arrival: '2025-03-12',
    departure: '2025-03-15',
    total: EUR(45000),
    amount: EUR(12345),
    deadline: '2025-03-01T22:59:59Z',
    form: {
      action: 'https://sandbox.psp.test/vads-payment/',
      fields: {
        vads_site_id: '12345678',
        vads_amount: '12345',
        vads_order_id: 'PMS-2025-0042',
        vads_order_info: '"><script>alert(1)</script>',
        vads_cust_name: "O'Brien & <Sons>",
        signature: 'ab+/cd==',
      },
    },
    ...over,
  };
}

function commonPageChecks(html: string, language: Language): void {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).toContain(`<html lang="${language}">`);
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).not.toMatch(/<script|<link |src=|javascript:/i);
  expect(html.match(/<style>/g)).toHaveLength(1);
}

describe('renderPaymentPage', () => {
  for (const language of LANGUAGES) {
    it(`${language}: deposit page`, () => {
      const d = paymentPage(language);
      const html = renderPaymentPage(d);
      commonPageChecks(html, language);
      expect(html).toContain(HOTEL_NAME_HTML);
      expect(html).not.toContain('<b>&</b>');
      expect(html).toContain(formatMoney(d.amount, LOCALES[language]));
      expect(html).toContain(formatMoney(d.total, LOCALES[language]));
      expect(html).toContain(escapeHtml(formatInstant(d.deadline, 'Europe/Paris', language)));
      expect(html).toMatch(/\b3 (nuits|nights|Nächte|noches|notti)\b/);
      expect(html).toContain('<form method="POST" action="https://sandbox.psp.test/vads-payment/" id="psp-form">');
      for (const [name, value] of Object.entries(d.form.fields)) {
        expect(html).toContain(`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`);
      }
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).not.toContain('<Sons>');
      expect(html.match(/<input /g)).toHaveLength(Object.keys(d.form.fields).length);
      expect(html).toMatch(/<button type="submit" id="pay-button">[^<]*\d[^<]*<\/button>/);
      expect(html.replace(/<input [^>]*>/g, '')).not.toMatch(CARD_LIKE);
    });

    it(`${language}: guarantee page says nothing is charged now`, () => {
      const d = paymentPage(language, { type: 'guarantee', amount: EUR(45000) });
      const html = renderPaymentPage(d);
      commonPageChecks(html, language);
      expect(html).toContain(formatMoney(d.amount, LOCALES[language]));
      expect(html).toContain('id="psp-form"');
      expect(html).toMatch(/<button type="submit" id="pay-button">\D+<\/button>/);
    });
  }

  it('labels the button with the amount or the card registration', () => {
    expect(renderPaymentPage(paymentPage('fr'))).toContain('id="pay-button">Payer 123,45\u00a0€</button>');
    expect(renderPaymentPage(paymentPage('en'))).toContain('id="pay-button">Pay €123.45</button>');
    expect(renderPaymentPage(paymentPage('fr', { type: 'guarantee' }))).toContain('id="pay-button">Enregistrer ma carte</button>');
    expect(renderPaymentPage(paymentPage('en', { type: 'guarantee' }))).toContain('id="pay-button">Register my card</button>');
    expect(renderPaymentPage(paymentPage('en', { type: 'guarantee' }))).toContain('No charge now: your card is kept as a guarantee for €123.45.');
  });

  it('refuses a form action that is not a web address', () => {
    expect(() => renderPaymentPage(paymentPage('en', { form: { action: 'javascript:alert(1)', fields: {} } }))).toThrow(RangeError);
  });
});

describe('renderLinkProblemPage', () => {
  const problems: LinkProblem[] = ['expired', 'used', 'cancelled', 'not_found'];
  for (const language of LANGUAGES) {
    it(`${language}: every problem, never a form`, () => {
      for (const problem of problems) {
        const withHotel = renderLinkProblemPage(language, problem, { name: HOTEL_NAME, email: 'frontdesk@hotel.test' });
        commonPageChecks(withHotel, language);
        expect(withHotel).not.toContain('<form');
        expect(withHotel).not.toContain('<input');
        expect(withHotel).toContain(HOTEL_NAME_HTML);
        expect(withHotel).toContain('<a href="mailto:frontdesk@hotel.test">frontdesk@hotel.test</a>');
        expect(withHotel).not.toMatch(CARD_LIKE);

        const unknown = renderLinkProblemPage(language, problem);
        commonPageChecks(unknown, language);
        expect(unknown).not.toContain('<form');
        expect(unknown).not.toContain('mailto:');
      }
    });
  }

  it('gives each problem its own explanation', () => {
    const titles = problems.map((p) => /<h1[^>]*>([^<]+)<\/h1>/.exec(renderLinkProblemPage('en', p))?.[1]);
    expect(new Set(titles).size).toBe(problems.length);
    expect(titles[0]).toBe('This link has expired');
  });
});

describe('renderResultPage', () => {
  const states: ResultState[] = ['succeeded', 'failed', 'pending', 'abandoned'];
  const hotel = { name: HOTEL_NAME, email: 'frontdesk@hotel.test' };
  for (const language of LANGUAGES) {
    it(`${language}: every state`, () => {
      for (const state of states) {
        for (const type of ['deposit', 'guarantee'] as const) {
          const html = renderResultPage({ language, state, hotel, type, amount: EUR(13500), retryUrl: 'https://pay.example.test/l/abc' });
          commonPageChecks(html, language);
          expect(html).toContain(HOTEL_NAME_HTML);
          expect(html).not.toContain('<form');
          expect(html).not.toMatch(CARD_LIKE);
          expect(html.includes('<meta http-equiv="refresh" content="3">')).toBe(state === 'pending');
          expect(html.includes('href="https://pay.example.test/l/abc"')).toBe(state === 'failed' || state === 'abandoned');
        }
      }
    });
  }

  it('offers another card after a failure, only when a retry link is given', () => {
    const base = { language: 'en' as const, state: 'failed' as const, hotel, type: 'deposit' as const, amount: EUR(13500) };
    expect(renderResultPage({ ...base, retryUrl: '/p/abc?x=1&y=2' })).toContain('<a class="action" href="/p/abc?x=1&amp;y=2">Try another card</a>');
    expect(renderResultPage(base)).not.toContain('Try another card');
  });

  it('shows the amount paid on success', () => {
    const html = renderResultPage({ language: 'fr', state: 'succeeded', hotel, type: 'deposit', amount: EUR(13500) });
    expect(html).toContain('135,00\u00a0€');
  });
});
