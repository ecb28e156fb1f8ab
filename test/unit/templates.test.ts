import { LANGUAGES, type Language, type Title } from '../../domain/language';
import { formatMoney } from '../../domain/money';
import {
  EMAIL_KINDS, type EmailData, type EmailKind, escapeHtml, renderEmail, renderHtml, renderLinkProblemPage,
  renderPaymentPage, renderResultPage, renderText, salutation, TemplateError,
  type LinkProblem, type PaymentPageData, type ResultState,
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

const TYPE_OF: Record<EmailKind, 'deposit' | 'guarantee'> = {
  'guarantee-request': 'guarantee',
  'deposit-request': 'deposit',
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
    for (const kind of EMAIL_KINDS) {
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
        for (const kind of ['guarantee-request', 'deposit-request', 'payment-confirmation-guest'] as const) {
          const { html, text } = renderEmail(kind, language, emailData(language, { guest, type: TYPE_OF[kind] }));
          const expected = SALUTATIONS[language][title];
          expect(text.startsWith(`${expected}\n`)).toBe(true);
          expect(html).toContain(`>${escapeHtml(expected)}</p>`);
        }
      }
    });

    it(`${language}: requests show the stay, the nights and the deadline at the hotel`, () => {
      for (const kind of ['guarantee-request', 'deposit-request'] as const) {
        const data = emailData(language, { type: TYPE_OF[kind] });
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
