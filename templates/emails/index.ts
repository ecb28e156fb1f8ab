import type { Language } from '../../domain/language';
import { assertWebUrl, formatAmount, formatInstant, formatNights, formatStayDate, nightsBetween } from '../format';
import { renderHtml, renderText, type TemplateVars } from '../render';
import { formalName, fullName, salutation } from '../salutation';
import * as depositDe from './deposit-request/de';
import * as depositEn from './deposit-request/en';
import * as depositEs from './deposit-request/es';
import * as depositFr from './deposit-request/fr';
import * as depositIt from './deposit-request/it';
import * as guaranteeDe from './guarantee-request/de';
import * as guaranteeEn from './guarantee-request/en';
import * as guaranteeEs from './guarantee-request/es';
import * as guaranteeFr from './guarantee-request/fr';
import * as guaranteeIt from './guarantee-request/it';
import { FOOTERS, frame, styled } from './layout';
import * as guestDe from './payment-confirmation-guest/de';
import * as guestEn from './payment-confirmation-guest/en';
import * as guestEs from './payment-confirmation-guest/es';
import * as guestFr from './payment-confirmation-guest/fr';
import * as guestIt from './payment-confirmation-guest/it';
import * as hotelDe from './payment-confirmation-hotel/de';
import * as hotelEn from './payment-confirmation-hotel/en';
import * as hotelEs from './payment-confirmation-hotel/es';
import * as hotelFr from './payment-confirmation-hotel/fr';
import * as hotelIt from './payment-confirmation-hotel/it';
import type { EmailData, EmailKind, EmailTemplate, RenderedEmail } from './types';

export type { EmailData, EmailKind, EmailTemplate, RenderedEmail } from './types';

export const EMAIL_KINDS: readonly EmailKind[] = ['guarantee-request', 'deposit-request', 'payment-confirmation-guest', 'payment-confirmation-hotel'];

export const EMAIL_TEMPLATES: Readonly<Record<EmailKind, Readonly<Record<Language, EmailTemplate>>>> = {
  'guarantee-request': { fr: guaranteeFr, en: guaranteeEn, de: guaranteeDe, es: guaranteeEs, it: guaranteeIt },
  'deposit-request': { fr: depositFr, en: depositEn, de: depositDe, es: depositEs, it: depositIt },
  'payment-confirmation-guest': { fr: guestFr, en: guestEn, de: guestDe, es: guestEs, it: guestIt },
  'payment-confirmation-hotel': { fr: hotelFr, en: hotelEn, de: hotelDe, es: hotelEs, it: hotelIt },
};

/** Every variable a message template may use (see EmailTemplate), formatted for `language`. */
export function emailVars(language: Language, data: EmailData): TemplateVars {
  const nights = nightsBetween(data.arrival, data.departure);
  return {
    hotelName: data.hotel.name,
    hotelEmail: data.hotel.email,
    salutation: salutation(language, data.guest),
    guestName: fullName(data.guest),
    guestFormalName: formalName(language, data.guest),
    reservationId: data.reservationId,
    arrival: formatStayDate(data.arrival, language),
    departure: formatStayDate(data.departure, language),
    nights: formatNights(nights, language),
    amount: formatAmount(data.amount, language),
    total: formatAmount(data.total, language),
    partial: data.amount.amount < data.total.amount,
    deadline: data.deadline ? formatInstant(data.deadline, data.hotel.timezone, language) : '',
    url: data.url ? assertWebUrl(data.url) : '',
    transactionId: data.transactionId ?? '',
    paidAt: data.paidAt ? formatInstant(data.paidAt, data.hotel.timezone, language) : '',
    isDeposit: data.type === 'deposit',
    isGuarantee: data.type === 'guarantee',
  };
}

/** Blank lines left by empty sections collapse; no trailing spaces; one final newline. */
function tidyText(s: string): string {
  return `${s.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Renders one e-mail. Guest messages are rendered in the guest's language (`pickLanguage`); the
 * hotel's notification in the hotel's default language.
 */
export function renderEmail(kind: EmailKind, language: Language, data: EmailData): RenderedEmail {
  const template = EMAIL_TEMPLATES[kind][language];
  const vars = emailVars(language, data);
  // A header value: one line, whatever the data holds.
  const subject = renderText(template.subject, vars).replace(/\s+/g, ' ').trim();
  const footer = FOOTERS[language][kind === 'payment-confirmation-hotel' ? 'hotel' : 'guest'];
  const html = frame({
    lang: language,
    subject,
    hotelName: data.hotel.name,
    body: renderHtml(styled(template.html), vars).trim(),
    footer: renderHtml(footer, vars),
  });
  // "-- " (with its space) is the usual signature delimiter, which mail clients dim or fold.
  const text = `${tidyText(renderText(template.text, vars))}\n-- \n${tidyText(renderText(footer, vars))}`;
  return { subject, html, text };
}
