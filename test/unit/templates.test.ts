import { LANGUAGES, type Language, type Title } from '../../domain/language';
import { formatMoney } from '../../domain/money';
import {
  EMAIL_KINDS, type EmailData, type EmailKind, escapeHtml, renderEmail, renderHtml, renderLinkProblemPage,
  renderPaymentPage, renderResultPage, renderText, salutation, TemplateError,
  type HoldLapseData, type LinkProblem, type OptionLapse, type PaymentPageData, type ResultState, type VaultUserData,
} from '../../templates';
import type { Block, Row, Text } from '../../templates/emails/blocks';
import { EMAILS } from '../../templates/emails/kinds';
import { LOCALES, formatInstant } from '../../templates/format';
import { MESSAGES } from '../../templates/messages';
import { formalName } from '../../templates/salutation';

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

/** The charges on a card the guest registered, and the guarantee card that expires: tested on their own. */
const CHARGE_KINDS = ['charge-request', 'charge-receipt', 'charge-failed-hotel', 'charge-action-hotel', 'card-expiring-guest', 'card-expiring-hotel'] as const;
type ChargeKind = (typeof CHARGE_KINDS)[number];
const isChargeKind = (k: EmailKind): k is ChargeKind => (CHARGE_KINDS as readonly EmailKind[]).includes(k);

/**
 * Every kind about one booking's payment; the digest (to the hotel, about many), the vault user
 * e-mail and the lapsing hold (each with its own data), and the charge kinds are tested on their own.
 */
type BookingKind = Exclude<EmailKind, 'lapse-digest' | 'vault-user-hotel' | 'hold-lapse-hotel' | 'webhook-disabled-hotel' | 'payment-digest-hotel' | ChargeKind>;
const BOOKING_KINDS = EMAIL_KINDS.filter((k): k is BookingKind => k !== 'lapse-digest' && k !== 'vault-user-hotel' && k !== 'hold-lapse-hotel' && k !== 'webhook-disabled-hotel' && k !== 'payment-digest-hotel' && !isChargeKind(k));

const TYPE_OF: Record<BookingKind, EmailData['type']> = {
  'guarantee-request': 'guarantee',
  'deposit-request': 'deposit',
  'preauthorisation-request': 'preauthorisation',
  'payment-reminder': 'guarantee',
  'payment-confirmation-guest': 'deposit',
  'payment-confirmation-hotel': 'deposit',
  'refund-failed': 'deposit',
  'refund-confirmation-guest': 'deposit',
  'payment-after-close-hotel': 'deposit',
  'payment-twice-hotel': 'deposit',
  'payment-failed-hotel': 'guarantee',
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

/** Every message of a catalog, by its dotted key. */
function flatten(node: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v as object, `${prefix}${k}.`)))));
}

describe('message catalogs', () => {
  const en = flatten(MESSAGES.en);
  const values = (m: string) => [...new Set([...m.matchAll(/\{\{\{?(\w+)/g)].map((x) => x[1]))].sort();

  it('have the same messages in every language, with the same values', () => {
    for (const language of LANGUAGES) {
      const messages = flatten(MESSAGES[language]);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, m] of Object.entries(messages)) {
        expect({ key, values: values(m) }).toEqual({ key, values: values(en[key]!) });
        // Whole sentences: choices between them are made by the e-mail structures, not inside a message.
        expect({ key, section: /\{\{[#^/]/.test(m) }).toEqual({ key, section: false });
        expect({ key, emphasis: m.split('**').length % 2 }).toEqual({ key, emphasis: 1 });
        expect(m.trim()).not.toBe('');
      }
    }
  });

  it('have no message that nothing says', () => {
    const used = new Set<string>(['format.label', 'value.time', 'email.footer.guest', 'email.footer.hotel']);
    // The payment page's labels, shared with the e-mails.
    for (const k of ['arrival', 'departure', 'lengthOfStay', 'bookedFor', 'depositDue', 'guaranteedAmount']) used.add(`label.${k}`);
    const text = (t: Text): void => {
      if (typeof t === 'string') {
        if (!t.startsWith('{{')) used.add(t);
      } else if (Array.isArray(t)) {
        t.forEach(text);
      } else if ('when' in t) {
        text(t.then);
        if (t.else !== undefined) text(t.else);
      }
    };
    const row = (r: Row): void => {
      text(r.label);
      if (typeof r.value === 'object' && 'list' in r.value) r.value.list.forEach(text);
      else text(r.value);
    };
    const block = (b: Block): void => {
      if ('p' in b) text(b.p);
      else if ('details' in b) b.details.forEach(row);
      else if ('groups' in b) { text(b.groups.heading); b.groups.rows.forEach(row); }
      else if ('button' in b) { text(b.button); if (b.fallback) text(b.fallback); if (b.textIntro) text(b.textIntro); }
      else if ('link' in b) text(b.link);
      else text(b.closing);
    };
    for (const email of Object.values(EMAILS)) {
      text(email.subject);
      email.body.forEach(block);
    }
    // The reasons of a charge are values of the sentences (`chargeFor`, `chargeForHotel`) and of the tables (`chargeReason`).
    const unused = Object.keys(en).filter((k) => !k.startsWith('page.') && !k.startsWith('failed.reasons.') && !k.startsWith('chargeReason.') && !used.has(k));
    expect(unused).toEqual([]);
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
        for (const kind of ['guarantee-request', 'deposit-request', 'preauthorisation-request', 'payment-reminder', 'payment-confirmation-guest', 'refund-confirmation-guest'] as const) {
          const { html, text } = renderEmail(kind, language, emailData(language, { guest, type: TYPE_OF[kind] }));
          const expected = SALUTATIONS[language][title];
          expect(text.startsWith(`${expected}\n`)).toBe(true);
          expect(html).toContain(`>${escapeHtml(expected)}</p>`);
        }
      }
    });

    it(`${language}: requests and reminders show the stay, the nights and the deadline at the hotel`, () => {
      for (const [kind, type] of [
        ['guarantee-request', 'guarantee'], ['deposit-request', 'deposit'], ['preauthorisation-request', 'preauthorisation'],
        ['payment-reminder', 'guarantee'], ['payment-reminder', 'deposit'], ['payment-reminder', 'preauthorisation'],
      ] as const) {
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

  it('sets French punctuation with no-break spaces in HTML, and plain spaces in the text part', () => {
    for (const kind of BOOKING_KINDS) {
      const data = emailData('fr', { type: TYPE_OF[kind], reservationStatus: 'option', refusal: { reason: 'card_expired', pspStatus: 'REFUSED', at: '2025-02-22T09:01:00Z' } });
      const { html, text } = renderEmail(kind, 'fr', data);
      const body = html.slice(html.indexOf('<body')).replace(/<[^>]+>/g, '');
      expect({ kind, plain: body.match(/ [:;?!»]|« /g) }).toEqual({ kind, plain: null });
      expect(text).not.toContain('\u00a0:');
    }
    const failed = renderEmail('payment-failed-hotel', 'fr', emailData('fr', { reservationStatus: 'option' }));
    expect(failed.html).toContain("n'a pas abouti&nbsp;: la carte a été refusée");
    expect(failed.text).toContain("n'a pas abouti : la carte a été refusée");
  });

  it('closes a confirmation like every letter to the guest: looking forward, then the sign-off', () => {
    expect(renderEmail('payment-confirmation-guest', 'en', emailData('en')).text)
      .toContain('please write to us at frontdesk@hotel.test. We look forward to welcoming you soon.\n\nKind regards,\nHôtel <b>&</b>\n');
    expect(renderEmail('payment-confirmation-guest', 'fr', emailData('fr')).text)
      .toContain('écrivez-nous à frontdesk@hotel.test. Au plaisir de vous accueillir très bientôt.\n\nBien cordialement,\nHôtel <b>&</b>\n');
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

describe('refunds and payments the hotel must decide about', () => {
  /** A guest whose name is markup, to prove it is escaped in HTML and left alone in text. */
  const GUEST = { title: 'mr' as const, firstName: '<Ann>', lastName: "O'Brien & <Sons>" };
  const GUEST_HTML = '&lt;Ann&gt; O&#39;Brien &amp; &lt;Sons&gt;';
  const PSP = { code: 'PSP_999', message: 'Refused: "amount > captured" <see back office>' };
  const HOTEL_KINDS = ['refund-failed', 'payment-after-close-hotel', 'payment-twice-hotel'] as const;
  const NEW_KINDS = [...HOTEL_KINDS, 'refund-confirmation-guest'] as const;
  type NewKind = (typeof NEW_KINDS)[number];

  /** What plan() gives each kind (see app/send-emails.ts). */
  function data(kind: NewKind, language: Language, over: Partial<EmailData> = {}): EmailData {
    const common = emailData(language, { guest: GUEST, url: undefined, deadline: undefined, amount: EUR(12345), paidAt: undefined });
    const byKind: Record<NewKind, Partial<EmailData>> = {
      'refund-failed': { transactionId: 'RF-0001', parentTransactionId: 'TX-PAY-1', pspError: PSP, completedAt: '2025-02-21T16:45:00Z', reason: 'Stay <shortened>' },
      'refund-confirmation-guest': { transactionId: 'RF-0001', parentTransactionId: 'TX-PAY-1', completedAt: '2025-02-21T16:45:00Z' },
      'payment-after-close-hotel': { transactionId: 'TX-LATE-1', paidAt: '2025-02-20T10:00:00Z', reservationStatus: 'expired' },
      'payment-twice-hotel': { transactionId: 'TX-TWICE-2', firstTransactionId: 'TX-FIRST-1', paidAt: '2025-02-20T10:00:00Z' },
    };
    return { ...common, ...byKind[kind], ...over };
  }

  /** Where the money goes, and that it takes a few days, in the guest's language. */
  const CARD_BACK: Record<Language, string[]> = {
    fr: ['recrédité sur la carte bancaire utilisée pour le paiement', 'quelques jours ouvrés'],
    en: ['goes back to the card you used for the payment', 'a few business days'],
    de: ['der Karte gutgeschrieben, mit der Sie bezahlt haben', 'einige Werktage'],
    es: ['se abonará en la tarjeta con la que realizó el pago', 'unos días hábiles'],
    it: ['riaccreditato sulla carta utilizzata per il pagamento', 'alcuni giorni lavorativi'],
  };
  const HOTEL_FOOTER: Record<Language, string> = {
    fr: 'Message automatique du service de paiement de vos réservations.',
    en: 'Automatic notification from your booking payment service.',
    de: 'Automatische Benachrichtigung Ihres Zahlungsdienstes für Reservierungen.',
    es: 'Notificación automática del servicio de pagos de sus reservas.',
    it: 'Notifica automatica del servizio di pagamento delle prenotazioni.',
  };
  /** The reservation's status as the after-close e-mail names it. */
  const STATUS: Record<Language, { expired: string; cancelled: string }> = {
    fr: { expired: "l'option a expiré", cancelled: 'la réservation a été annulée' },
    en: { expired: 'the option has expired', cancelled: 'the booking has been cancelled' },
    de: { expired: 'Die Option ist abgelaufen', cancelled: 'Die Reservierung wurde storniert' },
    es: { expired: 'la opción ha vencido', cancelled: 'la reserva ha sido cancelada' },
    it: { expired: "l'opzione è scaduta", cancelled: 'la prenotazione è stata annullata' },
  };

  it('are all listed, and the hotel ones go to the hotel', () => {
    for (const kind of NEW_KINDS) expect(EMAIL_KINDS).toContain(kind);
  });

  for (const language of LANGUAGES) {
    for (const kind of NEW_KINDS) {
      it(`${kind} in ${language}: renders, escapes names, formats the amount`, () => {
        const d = data(kind, language);
        const { subject, html, text } = renderEmail(kind, language, d);
        const amount = formatMoney(d.amount, LOCALES[language]);

        expect(subject.trim()).not.toBe('');
        expect(subject).not.toMatch(/[\r\n]|\{\{/);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
        for (const part of [html, text]) {
          expect(part).toContain(amount);
          expect(part).toContain('PMS-2025-0042');
          expect(part).not.toMatch(/\{\{|\}\}/);
          expect(part).not.toMatch(CARD_LIKE);
        }
        expect(text).not.toMatch(/\n{3,}/);
        // Hotel and guest names are data, never markup.
        expect(html).toContain(HOTEL_NAME_HTML);
        expect(html).not.toContain('<b>&</b>');
        expect(html).not.toContain('<Sons>');
        expect(html).not.toContain('<Ann>');
        expect(text).toContain(HOTEL_NAME);
        if (kind === 'refund-confirmation-guest') {
          // To the guest: greeted by name, the guest footer (sent in the hotel's name).
          const greeting = salutation(language, GUEST);
          expect(text.startsWith(`${greeting}\n`)).toBe(true);
          expect(html).toContain(`>${escapeHtml(greeting)}</p>`);
          expect(text).toMatch(/\n-- \n.*frontdesk@hotel\.test/);
        } else {
          // To the front desk: the guest's full name, the hotel footer.
          expect(html).toContain(GUEST_HTML);
          expect(text).toContain(`${GUEST.firstName} ${GUEST.lastName}`);
          expect(subject).toContain(`${GUEST.firstName} ${GUEST.lastName}`);
          expect(subject).toContain('PMS-2025-0042');
          expect(text.endsWith(`\n-- \n${HOTEL_FOOTER[language]}\n`)).toBe(true);
        }
      });
    }

    it(`${language}: a refused refund names the payment, the PSP's code and message, at the hotel's time`, () => {
      const d = data('refund-failed', language);
      const { html, text } = renderEmail('refund-failed', language, d);
      const at = formatInstant(d.completedAt!, 'Europe/Paris', language);
      for (const part of [html, text]) {
        expect(part).toContain('PSP_999');
        expect(part).toContain('TX-PAY-1');
        expect(part).toContain('RF-0001');
        expect(part).toContain(at);
      }
      expect(text).toContain(PSP.message);
      expect(text).toContain('Stay <shortened>');
      expect(html).toContain(escapeHtml(PSP.message));
      expect(html).not.toContain('<see back office>');
      expect(html).toContain('Stay &lt;shortened&gt;');
    });

    it(`${language}: the guest is told the refund goes back to the card, in a few days`, () => {
      const d = data('refund-confirmation-guest', language);
      const { subject, html, text } = renderEmail('refund-confirmation-guest', language, d);
      expect(subject).toContain(formatMoney(d.amount, LOCALES[language]));
      expect(subject.endsWith(` – ${HOTEL_NAME}`)).toBe(true);
      const arrival = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-12T00:00:00Z'));
      for (const part of [html.replace(/&#39;/g, "'"), text]) {
        for (const phrase of CARD_BACK[language]) expect(part).toContain(phrase);
        expect(part).toContain(arrival);
        expect(part).toMatch(/\b3 (nuits|nights|Nächte|noches|notti)\b/);
        expect(part).toContain(formatInstant(d.completedAt!, 'Europe/Paris', language));
      }
    });

    it(`${language}: money after close says why, and offers to reinstate or refund (deposit) or reinstate only (guarantee)`, () => {
      for (const status of ['expired', 'cancelled'] as const) {
        const deposit = renderEmail('payment-after-close-hotel', language, data('payment-after-close-hotel', language, { reservationStatus: status }));
        const other = status === 'expired' ? 'cancelled' : 'expired';
        for (const part of [deposit.html.replace(/&#39;/g, "'"), deposit.text]) {
          expect(part).toContain(STATUS[language][status]);
          expect(part).not.toContain(STATUS[language][other]);
          expect(part).toContain('POST /v1/transactions/TX-LATE-1/refunds');
          expect(part).toContain('TX-LATE-1');
          expect(part).toContain(formatInstant('2025-02-20T10:00:00Z', 'Europe/Paris', language));
        }
      }
      const guarantee = renderEmail('payment-after-close-hotel', language, data('payment-after-close-hotel', language, { type: 'guarantee' }));
      expect(guarantee.text).not.toContain('POST /v1/transactions');
      expect(guarantee.text).toContain('PMS');
      // A status we have no word for is shown as it is (escaped).
      const odd = renderEmail('payment-after-close-hotel', language, data('payment-after-close-hotel', language, { reservationStatus: 'on<hold>' }));
      expect(odd.text).toContain('on<hold>');
      expect(odd.html).toContain('on&lt;hold&gt;');
    });

    it(`${language}: a second payment names both payments and how to refund the second`, () => {
      const { html, text } = renderEmail('payment-twice-hotel', language, data('payment-twice-hotel', language));
      for (const part of [html, text]) {
        expect(part).toContain('TX-FIRST-1');
        expect(part).toContain('POST /v1/transactions/TX-TWICE-2/refunds');
      }
    });
  }

  it('reads naturally in English', () => {
    const failed = renderEmail('refund-failed', 'en', data('refund-failed', 'en'));
    expect(failed.subject).toBe("Refund failed – booking PMS-2025-0042, <Ann> O'Brien & <Sons>");
    expect(failed.text).toContain("The refund of €123.45 for booking PMS-2025-0042 (Mr <Ann> O'Brien & <Sons>) was refused by your payment provider. Nothing has been refunded to the guest.");
    expect(failed.text).toContain(`Provider's code: PSP_999\nProvider's message: ${PSP.message}\nDate and time: 21 February 2025 at 17:45`);
    expect(failed.text).toContain("What to do: please check the payment TX-PAY-1 in your payment provider's back office");
    expect(failed.text).toContain('refund again from your PMS or directly in the back office');

    const guest = renderEmail('refund-confirmation-guest', 'en', data('refund-confirmation-guest', 'en'));
    expect(guest.subject).toBe(`Your refund of €123.45 – ${HOTEL_NAME}`);
    expect(guest.text.startsWith("Dear Mr O'Brien & <Sons>,\n\nWe have refunded €123.45 for your booking.\n")).toBe(true);

    const late = renderEmail('payment-after-close-hotel', 'en', data('payment-after-close-hotel', 'en', { reservationStatus: 'cancelled' }));
    expect(late.subject).toBe("Payment received after the option closed – booking PMS-2025-0042, <Ann> O'Brien & <Sons>");
    expect(late.text).toContain('which is no longer on option: the booking has been cancelled. The guest has been charged');
    expect(late.text).toContain("please either reinstate the booking in your PMS if you can still honour it, or refund the payment to the guest with your PMS's refund button or through the API (POST /v1/transactions/TX-LATE-1/refunds).");
    expect(late.text).toContain('Booking status: Cancelled\n');

    const twice = renderEmail('payment-twice-hotel', 'en', data('payment-twice-hotel', 'en'));
    expect(twice.subject).toBe("Second payment received – booking PMS-2025-0042, <Ann> O'Brien & <Sons>");
    expect(twice.text).toContain('whose payment request had already been paid (transaction TX-FIRST-1). The guest has therefore paid twice.');
  });

  it('keeps the subject on one line, and the amount in one piece', () => {
    const guest = { firstName: 'Ann\r\nBcc: x@evil.test', lastName: 'Lee' };
    const { subject } = renderEmail('refund-failed', 'fr', data('refund-failed', 'fr', { guest }));
    expect(subject).toBe('Échec du remboursement – réservation PMS-2025-0042, Ann Bcc: x@evil.test Lee');
    const guestSubject = renderEmail('refund-confirmation-guest', 'fr', data('refund-confirmation-guest', 'fr')).subject;
    expect(guestSubject).toBe(`Votre remboursement de ${formatMoney(EUR(12345), 'fr-FR')} – ${HOTEL_NAME}`);
    expect(guestSubject).toMatch(/123,45\u00a0€/);
  });

  it('leaves out what is not known', () => {
    const failed = renderEmail('refund-failed', 'fr', data('refund-failed', 'fr', { pspError: undefined, reason: undefined, parentTransactionId: undefined, completedAt: undefined }));
    expect(failed.text).not.toContain('Code du prestataire');
    expect(failed.text).not.toContain('Motif indiqué');
    expect(failed.text).toContain('Nous vous invitons à vérifier le paiement dans le back-office');
    const late = renderEmail('payment-after-close-hotel', 'de', data('payment-after-close-hotel', 'de', { reservationStatus: undefined, transactionId: undefined }));
    expect(late.text).toContain('nicht mehr auf Option steht. Der Betrag');
    expect(late.text).not.toContain('Status der Reservierung');
    expect(late.text).not.toContain('/v1/transactions');
    const twice = renderEmail('payment-twice-hotel', 'it', data('payment-twice-hotel', 'it', { firstTransactionId: undefined }));
    expect(twice.text).toContain('era già stata saldata. L');
    expect(twice.text).not.toContain('Primo pagamento');
  });
});

describe('vault-user-hotel', () => {
  const HOTEL = { name: HOTEL_NAME, email: 'frontdesk@hotel.test', timezone: 'Europe/Paris' };
  /** A name that is markup, to prove it is escaped in HTML and left alone in text. */
  const NAME = '<Eve> "Mallory" & Co';
  const NAME_HTML = '&lt;Eve&gt; &quot;Mallory&quot; &amp; Co';
  const AT = '2025-02-20T10:00:00Z';
  const LOCKED_AT = '2025-02-19T21:15:00Z';

  type User = VaultUserData['user'];
  const created = (over: Partial<User> = {}): VaultUserData => ({
    hotel: HOTEL, user: { userId: 'desk.eve', name: NAME, roles: ['cards:reveal', 'cards:manage'], change: 'created', at: AT, ...over },
  });
  const unlocked = (over: Partial<User> = {}): VaultUserData => created({ roles: ['cards:reveal'], change: 'unlocked', lockedAt: LOCKED_AT, failedAttempts: 5, ...over });

  /** What each role allows, in plain words (compared in lower case: a table cell or a list item). */
  const ROLE_WORDS: Record<Language, { reveal: string; manage: string }> = {
    fr: { reveal: 'voir les numéros de carte complets, et le cryptogramme (cvv) une seule fois', manage: 'effacer des cartes' },
    en: { reveal: 'see full card numbers, and the cvv once', manage: 'erase cards' },
    de: { reveal: 'vollständige kartennummern einsehen, die prüfnummer (cvv) nur ein einziges mal', manage: 'karten löschen' },
    es: { reveal: 'ver los números completos de las tarjetas, y el cvv una sola vez', manage: 'borrar tarjetas' },
    it: { reveal: 'vedere i numeri completi delle carte, e il cvv una sola volta', manage: 'cancellare carte' },
  };
  /** If the hotel did not expect it: the PMS provider, and a new API key. */
  const ADVICE: Record<Language, string[]> = {
    fr: ['votre éditeur de PMS', "faites remplacer votre clé d'API"],
    en: ['your PMS provider', 'have your API key replaced'],
    de: ['Ihren PMS-Anbieter', 'lassen Sie Ihren API-Schlüssel ersetzen'],
    es: ['su proveedor de PMS', 'solicite que se sustituya su clave de API'],
    it: ['Suo fornitore del PMS', 'faccia sostituire la Sua chiave API'],
  };
  const SUBJECTS: Record<Language, { created: string; unlocked: string; cleared: string }> = {
    fr: { created: 'Nouvel utilisateur du coffre-fort des cartes', unlocked: 'Utilisateur du coffre-fort des cartes débloqué', cleared: 'Codes PIN erronés remis à zéro' },
    en: { created: 'New card vault user', unlocked: 'Card vault user unlocked', cleared: 'Wrong PINs cleared' },
    de: { created: 'Neuer Benutzer des Kartentresors', unlocked: 'Benutzer des Kartentresors entsperrt', cleared: 'Falsche PIN-Eingaben zurückgesetzt' },
    es: { created: 'Nuevo usuario de la caja fuerte de tarjetas', unlocked: 'Usuario de la caja fuerte de tarjetas desbloqueado', cleared: 'Intentos fallidos de PIN restablecidos' },
    it: { created: 'Nuovo utente della cassaforte delle carte', unlocked: 'Utente della cassaforte delle carte sbloccato', cleared: 'Tentativi di PIN errati azzerati' },
  };
  const GREETINGS: Record<Language, string> = { fr: 'Bonjour,', en: 'Hello,', de: 'Guten Tag,', es: 'Hola:', it: 'Buongiorno,' };
  const HOTEL_FOOTER: Record<Language, string> = {
    fr: 'Message automatique du service de paiement de vos réservations.',
    en: 'Automatic notification from your booking payment service.',
    de: 'Automatische Benachrichtigung Ihres Zahlungsdienstes für Reservierungen.',
    es: 'Notificación automática del servicio de pagos de sus reservas.',
    it: 'Notifica automatica del servizio di pagamento delle prenotazioni.',
  };
  /** HTML as a reader sees it: entities of the templates' own punctuation decoded, tags gone. */
  const visible = (html: string) => html.replace(/<br>/g, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&#39;/g, "'");

  it('is listed, and goes to the hotel', () => {
    expect(EMAIL_KINDS).toContain('vault-user-hotel');
    const { text } = renderEmail('vault-user-hotel', 'en', created());
    expect(text.endsWith(`\n-- \n${HOTEL_FOOTER.en}\n`)).toBe(true);
  });

  for (const language of LANGUAGES) {
    for (const [label, data, kind] of [
      ['a user created with both roles', created(), 'created'],
      ['a locked user unlocked', unlocked(), 'unlocked'],
      ['wrong PINs cleared before the lock', unlocked({ lockedAt: undefined, failedAttempts: 3 }), 'cleared'],
    ] as const) {
      it(`${language}: ${label}`, () => {
        const { subject, html, text } = renderEmail('vault-user-hotel', language, data);
        const at = formatInstant(AT, 'Europe/Paris', language);
        const lockedAt = formatInstant(LOCKED_AT, 'Europe/Paris', language);

        expect(subject).toBe(`${SUBJECTS[language][kind]}${language === 'fr' ? ' :' : ':'} ${NAME} (desk.eve) – ${HOTEL_NAME}`);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
        expect(text.startsWith(`${GREETINGS[language]}\n`)).toBe(true);
        expect(html).toContain(`>${GREETINGS[language]}</p>`);
        expect(text.endsWith(`\n-- \n${HOTEL_FOOTER[language]}\n`)).toBe(true);
        // Names are data, never markup.
        expect(html).toContain(NAME_HTML);
        expect(html).not.toContain('<Eve>');
        expect(html).toContain(HOTEL_NAME_HTML);
        expect(html).not.toContain('<b>&</b>');
        expect(text).toContain(NAME);
        expect(text).toContain(HOTEL_NAME);
        for (const part of [visible(html), text]) {
          expect(part).toContain('desk.eve');
          expect(part).toContain(at);
          expect(part.toLowerCase()).toContain(ROLE_WORDS[language].reveal);
          expect(part).toContain('cards:reveal');
          // Only the roles the user has.
          expect(part.toLowerCase().includes(ROLE_WORDS[language].manage)).toBe(kind === 'created');
          expect(part.includes('cards:manage')).toBe(kind === 'created');
          expect(part.includes(lockedAt)).toBe(kind === 'unlocked');
          for (const phrase of ADVICE[language]) expect(part).toContain(phrase);
          expect(part).not.toMatch(/\{\{|\}\}/);
        }
        expect(text).not.toMatch(/\n{3,}/);
        // Both roles, one per line.
        if (kind === 'created') expect(html).toMatch(/\(cards:reveal\)<br>[^<]+\(cards:manage\)/);
      });
    }
  }

  it('reads naturally in English and French', () => {
    const en = renderEmail('vault-user-hotel', 'en', created({ name: 'Eve Martin' }));
    expect(en.subject).toBe(`New card vault user: Eve Martin (desk.eve) – ${HOTEL_NAME}`);
    expect(en.text).toContain("A new card vault user, Eve Martin (desk.eve), has been created with your property's API key.");
    expect(en.text).toContain('Rights:\n- See full card numbers, and the CVV once (cards:reveal)\n- Erase cards (cards:manage)\nDate and time: 20 February 2025 at 11:00\n');
    expect(en.text).toContain('Not expecting this? Contact your PMS provider straight away and have your API key replaced');

    const back = renderEmail('vault-user-hotel', 'en', unlocked({ name: 'Eve Martin' }));
    expect(back.text).toContain('Wrong PINs had locked this user on 19 February 2025 at 22:15');
    expect(back.text).toContain('Locked since: 19 February 2025 at 22:15\nWrong PINs cleared: 5\n');

    const fr = renderEmail('vault-user-hotel', 'fr', unlocked({ name: 'Eve Martin', lockedAt: undefined, failedAttempts: 2 }));
    expect(fr.subject).toBe(`Codes PIN erronés remis à zéro : Eve Martin (desk.eve) – ${HOTEL_NAME}`);
    expect(fr.text).toContain("Les codes PIN erronés saisis pour l'utilisateur du coffre-fort des cartes Eve Martin (desk.eve) ont été remis à zéro");
    expect(fr.text).toContain('Codes PIN erronés remis à zéro : 2\nDate et heure : 20 février 2025 à 11:00');
    expect(fr.text).not.toContain('Bloqué depuis');
  });

  it('keeps the subject on one line', () => {
    const { subject } = renderEmail('vault-user-hotel', 'en', created({ name: 'Eve\r\nBcc: x@evil.test' }));
    expect(subject).toBe(`New card vault user: Eve Bcc: x@evil.test (desk.eve) – ${HOTEL_NAME}`);
  });

  it('refuses a booking instead of a user, and a user for a booking e-mail', () => {
    // @ts-expect-error: the vault user e-mail takes { hotel, user }
    expect(() => renderEmail('vault-user-hotel', 'en', emailData('en'))).toThrow(TypeError);
    // @ts-expect-error: a booking e-mail takes an EmailData
    expect(() => renderEmail('refund-failed', 'en', created())).toThrow(TypeError);
  });
});

describe('hold-lapse-hotel', () => {
  /** A hotel far from UTC: the hold lapses on 1 March at its time, still 28 February in UTC. */
  const HOTEL = { name: HOTEL_NAME, email: 'frontdesk@hotel.test', timezone: 'Asia/Tokyo' };
  const EXPIRES = '2025-02-28T20:30:00Z';
  /** A guest whose name is markup, to prove it is escaped in HTML and left alone in text. */
  const GUEST = { title: 'mr' as const, firstName: '<Ann>', lastName: "O'Brien & <Sons>" };
  const GUEST_HTML = '&lt;Ann&gt; O&#39;Brien &amp; &lt;Sons&gt;';
  const ACTIONS = ['none', 'capture', 'release'] as const;
  type Action = HoldLapseData['action'];
  const hold = (action: Action, over: Partial<HoldLapseData> = {}): HoldLapseData => ({
    hotel: HOTEL,
    reservationId: 'PMS-2025-0042',
    guest: GUEST,
    arrival: '2025-03-12',
    departure: '2025-03-15',
    held: EUR(12345),
    holdExpiresAt: EXPIRES,
    transactionId: 'TX-HOLD-1',
    action,
    ...over,
  });
  type HoldMessage = keyof (typeof MESSAGES)['en']['holdLapse'];
  /** The subject, and the sentence that says what was (or was not) done, per action. */
  const SUBJECT: Record<Action, HoldMessage> = { none: 'subjectReportOnly', capture: 'subjectCapture', release: 'subjectRelease' };
  const SAYS: Record<Action, HoldMessage> = { none: 'lapses', capture: 'capturing', release: 'releasing' };
  const GREETINGS: Record<Language, string> = { fr: 'Bonjour,', en: 'Hello,', de: 'Guten Tag,', es: 'Hola:', it: 'Buongiorno,' };
  const HOTEL_FOOTER: Record<Language, string> = {
    fr: 'Message automatique du service de paiement de vos réservations.',
    en: 'Automatic notification from your booking payment service.',
    de: 'Automatische Benachrichtigung Ihres Zahlungsdienstes für Reservierungen.',
    es: 'Notificación automática del servicio de pagos de sus reservas.',
    it: 'Notifica automatica del servizio di pagamento delle prenotazioni.',
  };
  /** The words for a pre-authorisation and for capturing it, in each catalog's chosen terms. */
  const WORDS: Record<Language, { preauthorisation: RegExp; captured: RegExp }> = {
    fr: { preauthorisation: /pré-autorisation/i, captured: /encaiss/i },
    en: { preauthorisation: /pre-authorisation/i, captured: /captured?/ },
    de: { preauthorisation: /Vorautorisierung/, captured: /eingezogen|ziehen Sie/i },
    es: { preauthorisation: /preautorización/i, captured: /cobr/i },
    it: { preauthorisation: /preautorizzazione/i, captured: /incass/i },
  };
  /** HTML as a reader sees it: entities of the templates' own punctuation decoded, tags gone. */
  const visible = (html: string) => html.slice(html.indexOf('<body')).replace(/<br>/g, '\n').replace(/<\/t[hd]>/g, ' ').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&#39;/g, "'");
  /** A value left unset, as a template would print it. */
  const UNSET = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b/;
  /** What a message says for this hold, as the text part shows it. */
  const says = (language: Language, key: HoldMessage) => messageOf(MESSAGES[language].holdLapse[key], {
    amount: formatMoney(EUR(12345), LOCALES[language]),
    reservationId: 'PMS-2025-0042',
    guestName: `${GUEST.firstName} ${GUEST.lastName}`,
    guestFormalName: formalName(language, GUEST),
    holdExpiresAt: formatInstant(EXPIRES, 'Asia/Tokyo', language),
  });
  /** A row of the details, as the text part shows it. */
  const row = (language: Language, label: string, value: string) => `${messageOf(MESSAGES[language].format.label, { label })} ${value}`;

  it('is listed, goes to the hotel, and takes its own data', () => {
    expect(EMAIL_KINDS).toContain('hold-lapse-hotel');
    expect(EMAILS['hold-lapse-hotel'].to).toBe('hotel');
    const { text } = renderEmail('hold-lapse-hotel', 'en', hold('none'));
    expect(text.endsWith(`\n-- \n${HOTEL_FOOTER.en}\n`)).toBe(true);
  });

  for (const language of LANGUAGES) {
    for (const action of ACTIONS) {
      it(`${language}: ${action}`, () => {
        const { subject, html, text } = renderEmail('hold-lapse-hotel', language, hold(action));
        const m = MESSAGES[language];
        const amount = formatMoney(EUR(12345), LOCALES[language]);
        const lapse = formatInstant(EXPIRES, 'Asia/Tokyo', language);
        const arrival = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-12T00:00:00Z'));

        // The subject names the booking and the guest, on one line, and what is happening to the hold.
        expect(subject).toBe(says(language, SUBJECT[action]));
        expect(subject).toContain('PMS-2025-0042');
        expect(subject).toContain(`${GUEST.firstName} ${GUEST.lastName}`);
        expect(subject).toMatch(WORDS[language].preauthorisation);
        expect(subject).not.toMatch(/[\r\n]|\{\{/);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
        // A letter to the front desk: hello, the hotel footer.
        expect(text.startsWith(`${GREETINGS[language]}\n`)).toBe(true);
        expect(html).toContain(`>${GREETINGS[language]}</p>`);
        expect(text.endsWith(`\n-- \n${HOTEL_FOOTER[language]}\n`)).toBe(true);
        // Names are data, never markup.
        expect(html).toContain(HOTEL_NAME_HTML);
        expect(html).not.toContain('<b>&</b>');
        expect(html).toContain(GUEST_HTML);
        expect(html).not.toContain('<Sons>');
        expect(html).not.toContain('<Ann>');
        expect(text).toContain(HOTEL_NAME);
        expect(text).toContain(`${GUEST.firstName} ${GUEST.lastName}`);

        for (const part of [visible(html), text]) {
          expect(part).toContain(amount);
          // The lapse at the hotel (1 March in Tokyo), not in UTC (28 February).
          expect(part).toContain(lapse);
          expect(part).not.toContain(formatInstant(EXPIRES, 'UTC', language));
          expect(part).toContain('PMS-2025-0042');
          expect(part).toContain('TX-HOLD-1');
          expect(part).toContain(arrival);
          expect(part).toMatch(/\b3 (nuits|nights|Nächte|noches|notti)\b/);
          expect(part).toMatch(WORDS[language].preauthorisation);
          expect(part).toMatch(WORDS[language].captured);
          expect(part).not.toMatch(UNSET);
          expect(part).not.toMatch(CARD_LIKE);
        }
        expect(text).not.toMatch(/\n{3,}/);

        // Its own sentence, and not the others'; only a hold left to the hotel asks it to act.
        for (const other of ACTIONS) expect(text.includes(says(language, SAYS[other]))).toBe(other === action);
        const toDo = `${messageOf(m.email.whatToDo, {})} ${says(language, 'captureOrRelease')}`;
        expect(text.includes(toDo)).toBe(action === 'none');

        // The details: the amount held, when it lapses (a time at the hotel, as tables show it), the transaction.
        expect(text).toContain(row(language, m.label.amountHeld, amount));
        expect(text).toContain(row(language, m.label.holdLapse, messageOf(m.value.time, { time: lapse })));
        expect(text).toContain(row(language, m.label.transaction, 'TX-HOLD-1'));
        expect(text).toContain(row(language, m.label.booking, 'PMS-2025-0042'));
        expect(text).toContain(row(language, m.label.guest, formalName(language, GUEST)));
      });
    }

    it(`${language}: the three actions say three different things`, () => {
      const rendered = ACTIONS.map((action) => renderEmail('hold-lapse-hotel', language, hold(action)));
      for (const part of ['subject', 'html', 'text'] as const) expect(new Set(rendered.map((r) => r[part])).size).toBe(ACTIONS.length);
    });
  }

  it('reads naturally in English', () => {
    const guest = { title: 'mrs' as const, firstName: 'Camille', lastName: 'Dupont' };
    const none = renderEmail('hold-lapse-hotel', 'en', hold('none', { guest }));
    expect(none.subject).toBe('Pre-authorisation lapsing soon – booking PMS-2025-0042, Camille Dupont');
    expect(none.text).toBe(`Hello,

The pre-authorisation of €123.45 for booking PMS-2025-0042 (Mrs Camille Dupont) will lapse by itself around 1 March 2025 at 05:30, after which nothing more can be captured.

What to do: before then, capture what is due, in full or in part, or release the pre-authorisation.

Hotel: ${HOTEL_NAME}
Booking: PMS-2025-0042
Guest: Mrs Camille Dupont
Stay: 12 March 2025 → 15 March 2025 (3 nights)
Amount held: €123.45
Expected to lapse: 1 March 2025 at 05:30
Transaction: TX-HOLD-1

-- 
${HOTEL_FOOTER.en}
`);

    const capture = renderEmail('hold-lapse-hotel', 'en', hold('capture', { guest }));
    expect(capture.subject).toBe('Pre-authorisation being captured before it lapses – booking PMS-2025-0042, Camille Dupont');
    expect(capture.text).toContain('Hello,\n\nIn line with your policy, the whole pre-authorisation of €123.45 for booking PMS-2025-0042 (Mrs Camille Dupont) is now being captured, before it lapses around 1 March 2025 at 05:30.\n\nHotel:');
    expect(capture.text).not.toContain('What to do');

    const release = renderEmail('hold-lapse-hotel', 'en', hold('release', { guest }));
    expect(release.subject).toBe('Pre-authorisation being released before it lapses – booking PMS-2025-0042, Camille Dupont');
    expect(release.text).toContain("is now being released, before it lapses around 1 March 2025 at 05:30. Nothing is captured, and the amount will no longer be held on the guest's card.\n\nHotel:");
    expect(release.text).not.toContain('What to do');
  });

  it('reads naturally in French, with no-break spaces in HTML and plain ones in the text part', () => {
    const guest = { title: 'mrs' as const, firstName: 'Camille', lastName: 'Dupont' };
    const none = renderEmail('hold-lapse-hotel', 'fr', hold('none', { guest }));
    expect(none.subject).toBe("Pré-autorisation sur le point d'expirer – réservation PMS-2025-0042, Camille Dupont");
    expect(none.text).toContain("La pré-autorisation de 123,45\u00a0€ pour la réservation PMS-2025-0042 (Mme Camille Dupont) expirera d'elle-même aux alentours du 1er mars 2025 à 05:30 ; plus rien ne pourra alors être encaissé.");
    expect(none.text).toContain("Que faire ? D'ici là, encaissez le montant dû, en tout ou partie, ou libérez la pré-autorisation.");
    expect(none.text).toContain('Montant bloqué : 123,45\u00a0€\nExpiration prévue : 1er mars 2025 à 05:30\nTransaction : TX-HOLD-1\n');
    expect(none.html).toContain('<strong>1er mars 2025 à 05:30</strong>&nbsp;; plus rien');
    expect(renderEmail('hold-lapse-hotel', 'fr', hold('capture', { guest })).subject).toBe('Encaissement de la pré-autorisation avant son expiration – réservation PMS-2025-0042, Camille Dupont');
    expect(renderEmail('hold-lapse-hotel', 'fr', hold('release', { guest })).text).toContain("est en cours de libération, avant son expiration aux alentours du 1er mars 2025 à 05:30. Rien n'est encaissé");
    for (const action of ACTIONS) {
      const { html, text } = renderEmail('hold-lapse-hotel', 'fr', hold(action));
      const body = html.slice(html.indexOf('<body')).replace(/<[^>]+>/g, '');
      expect({ action, plain: body.match(/ [:;?!»]|« /g) }).toEqual({ action, plain: null });
      expect(text).not.toContain('\u00a0:');
    }
  });

  it('gives the time of day its "Uhr" in German, in the sentence and in the table', () => {
    const { text } = renderEmail('hold-lapse-hotel', 'de', hold('none'));
    expect(text).toContain('verfällt voraussichtlich am 1. März 2025 um 05:30 Uhr von selbst');
    expect(text).toContain('Voraussichtlicher Verfall: 1. März 2025 um 05:30 Uhr\n');
  });

  it('keeps the subject on one line', () => {
    const { subject } = renderEmail('hold-lapse-hotel', 'en', hold('none', { guest: { firstName: 'Ann\r\nBcc: x@evil.test', lastName: 'Lee' } }));
    expect(subject).toBe('Pre-authorisation lapsing soon – booking PMS-2025-0042, Ann Bcc: x@evil.test Lee');
  });

  it('refuses a booking instead of a hold, a hold for another e-mail, and an action it does not know', () => {
    // @ts-expect-error: the lapsing hold e-mail takes a HoldLapseData
    expect(() => renderEmail('hold-lapse-hotel', 'en', emailData('en'))).toThrow(TypeError);
    // @ts-expect-error: a booking e-mail takes an EmailData
    expect(() => renderEmail('payment-confirmation-hotel', 'en', hold('none'))).toThrow(TypeError);
    expect(() => renderEmail('hold-lapse-hotel', 'en', hold('later' as Action))).toThrow(TypeError);
    expect(() => renderEmail('hold-lapse-hotel', 'en', hold('none', { holdExpiresAt: 'soon' }))).toThrow(RangeError);
  });
});

function paymentPage(language: Language, over: Partial<PaymentPageData> = {}): PaymentPageData {
  return {
    language,
    hotel: { name: HOTEL_NAME, timezone: 'Europe/Paris' },
    guest: { firstName: 'Camille', lastName: 'Dupont', title: 'mrs' },
    type: 'deposit',
    subject: { kind: 'stay', arrival: '2025-03-12', departure: '2025-03-15', total: EUR(45000) },
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
  it('speaks to the front desk on a terminal link, in every language', () => {
    for (const language of LANGUAGES) {
      for (const type of ['deposit', 'guarantee'] as const) {
        const guest = renderPaymentPage({ ...paymentPage(language), type });
        const staff = renderPaymentPage({ ...paymentPage(language), type, staff: true });
        expect(staff).not.toBe(guest);
        expect(staff).toMatch(/(Front desk|Réception|Rezeption|Recepción|Reception)/);
        expect(guest).not.toMatch(/(Front desk|Réception :|Rezeption:|Recepción:|Reception:)/);
      }
    }
  });

  for (const language of LANGUAGES) {
    it(`${language}: deposit page`, () => {
      const d = paymentPage(language);
      const html = renderPaymentPage(d);
      commonPageChecks(html, language);
      expect(html).toContain(HOTEL_NAME_HTML);
      expect(html).not.toContain('<b>&</b>');
      expect(html).toContain(formatMoney(d.amount, LOCALES[language]));
      expect(html).toContain(formatMoney(d.subject.total, LOCALES[language]));
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

describe('pre-authorisation', () => {
  /** An amount held on the card, not taken: what each language calls it, and says of it. */
  const WORDS: Record<Language, { preauthorisation: RegExp; held: string; pageHeld: string }> = {
    fr: { preauthorisation: /pré-autorisation/i, held: 'bloqué sur votre carte', pageHeld: 'Bloqué sur votre carte, sans être débité' },
    en: { preauthorisation: /pre-authorisation/i, held: 'held on your card', pageHeld: 'Held on your card, not charged' },
    de: { preauthorisation: /Vorautorisierung/, held: 'auf Ihrer Karte lediglich blockiert', pageHeld: 'Auf Ihrer Karte blockiert, nicht abgebucht' },
    es: { preauthorisation: /preautorización/i, held: 'retenido en su tarjeta', pageHeld: 'Retenido en su tarjeta, sin cargo' },
    it: { preauthorisation: /preautorizzazione/i, held: 'bloccato sulla', pageHeld: 'Bloccato sulla carta, senza addebito' },
  };
  /**
   * What a guest must never read about a hold: that money was taken, or that it is a deposit. (The
   * negations the texts do use, "nothing has been charged", are not matched.)
   */
  const CHARGED: Record<Language, RegExp[]> = {
    fr: [/(?<!n')a été débité/, /votre règlement/i, /paiement de \d/, /arrhes/i],
    en: [/(?<![Nn]othing )(has|have) been charged/, /your payment/i, /payment of/i, /deposit/i],
    de: [/\bwurde (abgebucht|belastet)/, /\bIhre Zahlung/, /Anzahlung/],
    es: [/(?<![Nn]o )se ha (cobrado|cargado)/, /su pago/i, /depósito/i],
    it: [/(?<![Nn]on )è stato addebitato/, /Suo pagamento/i, /caparra/i],
  };
  const charged = (language: Language, s: string): string[] => CHARGED[language].filter((re) => re.test(s)).map(String);
  /** HTML as a reader sees it: entities of the templates' own punctuation decoded, tags gone. */
  const visible = (html: string) => html.slice(html.indexOf('<body')).replace(/<br>/g, '\n').replace(/<\/t[hd]>/g, ' ').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&#39;/g, "'");
  /** A value left unset, as a template would print it. */
  const UNSET = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b/;
  const HOLD_EXPIRES_AT = '2025-02-27T10:00:00Z';
  const preauth = (language: Language, over: Partial<EmailData> = {}) => emailData(language, { type: 'preauthorisation', ...over });
  /** What each kind is given for a pre-authorisation (see app/send-emails.ts for the others). */
  const DATA: Record<BookingKind, Partial<EmailData>> = {
    'guarantee-request': {},
    'deposit-request': {},
    'preauthorisation-request': {},
    'payment-reminder': {},
    'payment-confirmation-guest': {},
    'payment-confirmation-hotel': { holdExpiresAt: HOLD_EXPIRES_AT },
    'refund-failed': { parentTransactionId: 'TX-PAY-1', completedAt: '2025-02-21T16:45:00Z' },
    'refund-confirmation-guest': { parentTransactionId: 'TX-PAY-1', completedAt: '2025-02-21T16:45:00Z' },
    'payment-after-close-hotel': { reservationStatus: 'expired', holdExpiresAt: HOLD_EXPIRES_AT },
    'payment-twice-hotel': { firstTransactionId: 'TX-FIRST-1' },
    'payment-failed-hotel': { reservationStatus: 'option', optionDeadline: '2025-02-22T22:59:59Z', refusal: { reason: 'card_expired', pspStatus: 'REFUSED', at: '2025-02-22T09:01:00Z' } },
  };
  /** Kinds whose words depend on the payment type: each says its own for a pre-authorisation. */
  const BY_TYPE: BookingKind[] = [
    'payment-reminder', 'payment-confirmation-guest', 'payment-confirmation-hotel', 'payment-after-close-hotel', 'payment-twice-hotel', 'payment-failed-hotel',
  ];
  const GUEST_KINDS = ['preauthorisation-request', 'payment-reminder', 'payment-confirmation-guest'] as const;

  it('is a listed kind, with its own structure', () => {
    expect(EMAIL_KINDS).toContain('preauthorisation-request');
    expect(EMAILS['preauthorisation-request'].to).toBe('guest');
  });

  for (const language of LANGUAGES) {
    it(`${language}: preauthorisation-request says the amount, that it is held and not charged, the deadline and the link`, () => {
      const data = preauth(language);
      const { subject, html, text } = renderEmail('preauthorisation-request', language, data);
      const amount = formatMoney(data.amount, LOCALES[language]);
      const total = formatMoney(data.total, LOCALES[language]);
      const deadline = formatInstant(data.deadline!, 'Europe/Paris', language);

      expect(subject).toMatch(WORDS[language].preauthorisation);
      expect(subject.endsWith(` – ${HOTEL_NAME}`)).toBe(true);
      expect(subject).not.toMatch(/[\r\n]|\{\{/);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
      expect(html).toContain(`>${escapeHtml(SALUTATIONS[language].mrs)}</p>`);
      expect(text.startsWith(`${SALUTATIONS[language].mrs}\n`)).toBe(true);
      expect(html).toContain(`href="${escapeHtml(URL)}"`);
      expect(text).toContain(URL);
      expect(text).toMatch(/\n-- \n.*frontdesk@hotel\.test/);
      for (const part of [visible(html), text]) {
        expect(part).toContain(amount);
        expect(part).toContain(total);
        expect(part).toContain(deadline);
        expect(part).toContain('PMS-2025-0042');
        expect(part).toMatch(WORDS[language].preauthorisation);
        expect(part).toContain(WORDS[language].held);
        expect(part).toMatch(/\b3 (nuits|nights|Nächte|noches|notti)\b/);
        expect(part).not.toMatch(UNSET);
        expect(charged(language, part)).toEqual([]);
      }
      expect(charged(language, subject)).toEqual([]);
      expect(text).not.toMatch(/\n{3,}/);
    });

    it(`${language}: preauthorisation-request has whole sentences for part or all of the stay`, () => {
      const partial = renderEmail('preauthorisation-request', language, preauth(language)).text;
      const full = renderEmail('preauthorisation-request', language, preauth(language, { amount: EUR(45000) })).text;
      const m = MESSAGES[language].preauthorisationRequest;
      const amount = (a: number) => formatMoney(EUR(a), LOCALES[language]);
      expect(partial).toContain(messageOf(m.introPartial, { amount: amount(13500), total: amount(45000) }));
      expect(full).toContain(messageOf(m.introFull, { amount: amount(45000) }));
      expect(full).not.toContain(messageOf(m.introPartial, { amount: amount(45000), total: amount(45000) }));
    });

    for (const kind of BOOKING_KINDS) {
      it(`${kind} in ${language}: renders for a pre-authorisation`, () => {
        const data = preauth(language, DATA[kind]);
        const { subject, html, text } = renderEmail(kind, language, data);
        const amount = formatMoney(data.amount, LOCALES[language]);
        expect(subject.trim()).not.toBe('');
        expect(subject).not.toMatch(/[\r\n]|\{\{/);
        expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
        for (const part of [html, text]) {
          expect(part).toContain(amount);
          expect(part).toContain('PMS-2025-0042');
          expect(part).not.toMatch(UNSET);
          expect(part).not.toMatch(CARD_LIKE);
        }
        expect(text).not.toMatch(/\n{3,}/);
        if (kind === 'preauthorisation-request') {
          // The kind is the request: its words do not depend on the type.
          expect(subject).toMatch(WORDS[language].preauthorisation);
        } else if (BY_TYPE.includes(kind)) {
          // Its own words: the hold is named (the guest's confirmation says the amount is held, under
          // the subject every confirmation has), and neither the deposit's nor the guarantee's e-mail is sent instead.
          if (kind === 'payment-confirmation-guest') {
            for (const part of [visible(html), text]) expect(part).toContain(WORDS[language].held);
          } else {
            for (const part of [subject, visible(html), text]) expect(part).toMatch(WORDS[language].preauthorisation);
          }
          for (const other of ['deposit', 'guarantee'] as const) {
            const theirs = renderEmail(kind, language, { ...data, type: other });
            expect(text).not.toBe(theirs.text);
            if (kind !== 'payment-confirmation-guest') expect(subject).not.toBe(theirs.subject);
          }
        } else {
          // Refunds give back money taken, whatever the request was: the same words for every type.
          expect(renderEmail(kind, language, data)).toEqual(renderEmail(kind, language, { ...data, type: 'deposit' }));
        }
      });
    }

    it(`${language}: what the guest reads of a hold never says it was charged`, () => {
      for (const kind of GUEST_KINDS) {
        for (const amount of [13500, 45000]) {
          const { subject, html, text } = renderEmail(kind, language, preauth(language, { amount: EUR(amount) }));
          for (const part of [subject, visible(html), text]) expect({ kind, charged: charged(language, part) }).toEqual({ kind, charged: [] });
          for (const part of [visible(html), text]) expect(part).toContain(WORDS[language].held);
        }
      }
    });

    it(`${language}: the reminder of a pre-authorisation asks for it, with the total, and can be disregarded once given`, () => {
      const data = preauth(language, { guest: { title: 'mr', firstName: FIRST_NAMES[language], lastName: LAST_NAMES[language] } });
      const { html, text } = renderEmail('payment-reminder', language, data);
      const m = MESSAGES[language].reminder;
      expect(text.startsWith(`${SALUTATIONS[language].mr}\n`)).toBe(true);
      expect(text).toContain(m.alreadyAuthorised);
      expect(text).not.toContain(m.alreadyPaid);
      expect(text).not.toContain(m.alreadyGuaranteed);
      expect(text).toContain(`${messageOf(MESSAGES[language].preauthorisationRequest.openLink, {})}\n${URL}`);
      for (const part of [visible(html), text]) {
        expect(part).toContain(formatMoney(data.total, LOCALES[language]));
        expect(part).toContain(formatInstant(data.deadline!, 'Europe/Paris', language));
      }
    });

    it(`${language}: the hotel is told to capture or release the hold, and when it lapses, at the hotel's time`, () => {
      for (const kind of ['payment-confirmation-hotel', 'payment-after-close-hotel'] as const) {
        const data = preauth(language, DATA[kind]);
        const lapse = formatInstant(HOLD_EXPIRES_AT, 'Europe/Paris', language);
        const withDate = renderEmail(kind, language, data);
        const without = renderEmail(kind, language, { ...data, holdExpiresAt: undefined });
        for (const part of [visible(withDate.html), withDate.text]) expect(part).toContain(lapse);
        expect(withDate.text).toContain(messageOf(MESSAGES[language].email.holdLapses, { holdExpiresAt: lapse }));
        expect(without.text).not.toContain(lapse);
        expect(without.text).not.toContain(messageOf(MESSAGES[language].email.holdLapses, { holdExpiresAt: lapse }));
        // Nothing was taken: no refund to suggest.
        expect(withDate.text).not.toContain('/refunds');
        // The lapse date means nothing for money taken or a card on file: never shown.
        for (const type of ['deposit', 'guarantee'] as const) {
          expect(renderEmail(kind, language, { ...data, type })).toEqual(renderEmail(kind, language, { ...data, type, holdExpiresAt: undefined }));
        }
      }
      const confirmation = renderEmail('payment-confirmation-hotel', language, preauth(language, DATA['payment-confirmation-hotel'])).text;
      expect(confirmation).toContain(messageOf(MESSAGES[language].confirmationHotel.captureOrRelease, {}));
    });

    it(`${language}: a second pre-authorisation is to be released, not refunded`, () => {
      const { text } = renderEmail('payment-twice-hotel', language, preauth(language, DATA['payment-twice-hotel']));
      const m = MESSAGES[language].twice;
      expect(text).toContain(m.releaseSecond);
      expect(text).toContain('TX-FIRST-1');
      expect(text).not.toContain(m.paidTwice);
      expect(text).not.toContain('/refunds');
    });

    it(`${language}: payment page for a pre-authorisation`, () => {
      const d = paymentPage(language, { type: 'preauthorisation', amount: EUR(13500) });
      const guest = renderPaymentPage(d);
      const staff = renderPaymentPage({ ...d, staff: true });
      const s = MESSAGES[language].page.payment;
      commonPageChecks(guest, language);
      commonPageChecks(staff, language);
      expect(guest).toContain(`<h1 id="page-title">${escapeHtml(s.title.preauthorisation)}</h1>`);
      expect(guest).toContain(`<p>${escapeHtml(s.intro.preauthorisation)}</p>`);
      expect(staff).toContain(`<p>${escapeHtml(s.staffIntro.preauthorisation)}</p>`);
      expect(guest).toContain(`<p>${escapeHtml(MESSAGES[language].label.amountToHold)}</p>`);
      expect(guest).toContain(`<p>${escapeHtml(s.heldNotCharged)}</p>`);
      expect(s.heldNotCharged.startsWith(WORDS[language].pageHeld)).toBe(true);
      expect(guest).toContain(`<p class="value">${escapeHtml(formatMoney(d.amount, LOCALES[language]))}</p>`);
      expect(guest).toContain(`id="pay-button">${escapeHtml(renderText(s.button.preauthorisation, { amount: formatMoney(d.amount, LOCALES[language]) }))}</button>`);
      expect(guest).toContain(escapeHtml(formatInstant(d.deadline, 'Europe/Paris', language)));
      expect(guest).toContain('id="psp-form"');
      expect(charged(language, visible(guest))).toEqual([]);
      // Not the deposit's page, nor the guarantee's.
      for (const type of ['deposit', 'guarantee'] as const) expect(renderPaymentPage({ ...d, type })).not.toBe(guest);
    });

    it(`${language}: result pages for a pre-authorisation`, () => {
      const hotel = { name: HOTEL_NAME, email: 'frontdesk@hotel.test' };
      const s = MESSAGES[language].page.result;
      for (const state of ['succeeded', 'failed', 'pending', 'abandoned'] as const) {
        const html = renderResultPage({ language, state, hotel, type: 'preauthorisation', amount: EUR(13500), retryUrl: 'https://pay.example.test/l/abc' });
        const title = renderText(s[state].title.preauthorisation, {});
        commonPageChecks(html, language);
        expect(html).toContain(`<h1 id="page-title">${escapeHtml(title)}</h1>`);
        expect(html).toContain(escapeHtml(renderText(s[state].body.preauthorisation, { amount: formatMoney(EUR(13500), LOCALES[language]) })));
        expect(html).not.toContain('<form');
        expect(html.includes('href="https://pay.example.test/l/abc"')).toBe(state === 'failed' || state === 'abandoned');
        expect(charged(language, visible(html))).toEqual([]);
      }
      expect(renderResultPage({ language, state: 'succeeded', hotel, type: 'preauthorisation', amount: EUR(13500) })).toContain(escapeHtml(formatMoney(EUR(13500), LOCALES[language])));
    });
  }

  it('sets French punctuation with no-break spaces for a pre-authorisation too', () => {
    for (const kind of BOOKING_KINDS) {
      const { html, text } = renderEmail(kind, 'fr', preauth('fr', DATA[kind]));
      const body = html.slice(html.indexOf('<body')).replace(/<[^>]+>/g, '');
      expect({ kind, plain: body.match(/ [:;?!»]|« /g) }).toEqual({ kind, plain: null });
      expect(text).not.toContain('\u00a0:');
    }
  });

  it('leaves out the deadline and the button when not given', () => {
    const { html, text } = renderEmail('preauthorisation-request', 'en', preauth('en', { url: undefined, deadline: undefined }));
    expect(html).not.toContain('href="https://');
    expect(text).not.toContain('Please approve the pre-authorisation before');
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('reads naturally in English', () => {
    const request = renderEmail('preauthorisation-request', 'en', preauth('en'));
    expect(request.subject).toBe(`Pre-authorisation to confirm your booking – ${HOTEL_NAME}`);
    expect(request.text).toContain('To confirm it, please approve a pre-authorisation of €135.00 (out of a total of €450.00) on your card, on our secure payment page.\n\n'
      + 'Nothing will be charged now. The amount is only held on your card. We may later charge all or part of it, for example for your stay or extras; any amount we do not charge will be released.\n\n'
      + 'Please approve the pre-authorisation before 1 March 2025 at 23:59 (hotel local time)');
    expect(request.text).toContain('Amount to be held: €135.00\nTotal for your stay: €450.00\nBooking reference: PMS-2025-0042\n');
    expect(request.text).toContain(`To approve the pre-authorisation, open this link:\n${URL}`);
    expect(request.html).toContain('>Approve the pre-authorisation</a>');

    const guest = renderEmail('payment-confirmation-guest', 'en', preauth('en'));
    expect(guest.text).toContain('Thank you: your card has been authorised for €135.00 and your booking is now confirmed. This amount is only held on your card, not charged');
    expect(guest.text).toContain('Amount held: €135.00\n');

    const hotel = renderEmail('payment-confirmation-hotel', 'en', preauth('en', { holdExpiresAt: HOLD_EXPIRES_AT }));
    expect(hotel.subject).toBe('Pre-authorisation received – booking PMS-2025-0042, Alex Smith');
    expect(hotel.text).toContain("A pre-authorisation of €135.00 has been given online for booking PMS-2025-0042. The booking is now confirmed; the amount is held on the guest's card and nothing has been captured.\n\n"
      + 'What to do: keep the pre-authorisation until you capture all or part of it (for example at check-out), or release it if it is no longer needed. '
      + 'If the pre-authorisation is neither captured nor released, it will lapse by itself around 27 February 2025 at 11:00, after which nothing more can be captured.');
    expect(hotel.text).toContain('Type: Pre-authorisation\n');

    const late = renderEmail('payment-after-close-hotel', 'en', preauth('en', { reservationStatus: 'cancelled' }));
    expect(late.subject).toBe('Pre-authorisation received after the option closed – booking PMS-2025-0042, Alex Smith');
    expect(late.text).toContain('which is no longer on option: the booking has been cancelled. The amount is held on the guest\'s card but nothing has been captured');
    expect(late.text).toContain('please release the pre-authorisation so that the amount is no longer held on the guest\'s card');

    const failed = renderEmail('payment-failed-hotel', 'en', preauth('en'));
    expect(failed.subject).toBe('Pre-authorisation refused – booking PMS-2025-0042, Alex Smith');
    expect(failed.text).toContain('could not be given: the card was refused. Nothing is held on the card.');
    expect(failed.text).toContain('Request: Pre-authorisation\n');

    expect(renderPaymentPage(paymentPage('en', { type: 'preauthorisation' }))).toContain('id="pay-button">Authorise €123.45</button>');
  });

  it('reads naturally in French', () => {
    const request = renderEmail('preauthorisation-request', 'fr', preauth('fr'));
    expect(request.subject).toBe(`Pré-autorisation pour confirmer votre réservation – ${HOTEL_NAME}`);
    expect(request.text).toContain('nous vous invitons à accepter une pré-autorisation de 135,00\u00a0€ (sur un total de 450,00\u00a0€) sur votre carte bancaire');
    expect(request.text).toContain('Aucun montant ne sera débité maintenant. Le montant de la pré-autorisation est seulement bloqué sur votre carte.');
    expect(request.html).toContain('vos extras&nbsp;; le montant non débité sera libéré.');
    const hotel = renderEmail('payment-confirmation-hotel', 'fr', preauth('fr', { holdExpiresAt: HOLD_EXPIRES_AT }));
    expect(hotel.text).toContain("elle expirera d'elle-même aux alentours du 27 février 2025 à 11:00 ; plus rien ne pourra alors être encaissé.");
    expect(renderPaymentPage(paymentPage('fr', { type: 'preauthorisation' }))).toContain('id="pay-button">Autoriser 123,45\u00a0€</button>');
  });
});

/** A catalog message with its values, as the text part shows it (no markup, plain spaces). */
function messageOf(m: string, vars: Record<string, string>): string {
  return renderText(m.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\u00a0/g, ' '), vars);
}
