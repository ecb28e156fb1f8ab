import type { Language } from '../../domain/language';
import { LOCALES, assertWebUrl, formatAmount, formatInstant, formatNights, formatStayDate, nightsBetween } from '../format';
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
import * as digestDe from './lapse-digest/de';
import * as digestEn from './lapse-digest/en';
import * as digestEs from './lapse-digest/es';
import * as digestFr from './lapse-digest/fr';
import * as digestIt from './lapse-digest/it';
import { FOOTERS, frame, styled } from './layout';
import * as afterCloseDe from './payment-after-close-hotel/de';
import * as afterCloseEn from './payment-after-close-hotel/en';
import * as afterCloseEs from './payment-after-close-hotel/es';
import * as afterCloseFr from './payment-after-close-hotel/fr';
import * as afterCloseIt from './payment-after-close-hotel/it';
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
import * as reminderDe from './payment-reminder/de';
import * as reminderEn from './payment-reminder/en';
import * as reminderEs from './payment-reminder/es';
import * as reminderFr from './payment-reminder/fr';
import * as reminderIt from './payment-reminder/it';
import * as failedDe from './payment-failed-hotel/de';
import * as failedEn from './payment-failed-hotel/en';
import * as failedEs from './payment-failed-hotel/es';
import * as failedFr from './payment-failed-hotel/fr';
import * as failedIt from './payment-failed-hotel/it';
import * as twiceDe from './payment-twice-hotel/de';
import * as twiceEn from './payment-twice-hotel/en';
import * as twiceEs from './payment-twice-hotel/es';
import * as twiceFr from './payment-twice-hotel/fr';
import * as twiceIt from './payment-twice-hotel/it';
import * as refundGuestDe from './refund-confirmation-guest/de';
import * as refundGuestEn from './refund-confirmation-guest/en';
import * as refundGuestEs from './refund-confirmation-guest/es';
import * as refundGuestFr from './refund-confirmation-guest/fr';
import * as refundGuestIt from './refund-confirmation-guest/it';
import * as refundFailedDe from './refund-failed/de';
import * as refundFailedEn from './refund-failed/en';
import * as refundFailedEs from './refund-failed/es';
import * as refundFailedFr from './refund-failed/fr';
import * as refundFailedIt from './refund-failed/it';
import * as vaultUserDe from './vault-user-hotel/de';
import * as vaultUserEn from './vault-user-hotel/en';
import * as vaultUserEs from './vault-user-hotel/es';
import * as vaultUserFr from './vault-user-hotel/fr';
import * as vaultUserIt from './vault-user-hotel/it';
import type {
  EmailData, EmailKind, EmailTemplate, LapseDigestData, LapseDigestTemplate, OptionLapse, PaymentFailedTemplate, RenderedEmail, VaultUserData,
} from './types';

export type {
  EmailData, EmailKind, EmailTemplate, LapseDigestData, LapseDigestTemplate, OptionLapse, PaymentFailedTemplate, RenderedEmail, VaultUserData,
} from './types';

export const EMAIL_KINDS: readonly EmailKind[] = [
  'guarantee-request', 'deposit-request', 'payment-reminder', 'payment-confirmation-guest', 'payment-confirmation-hotel', 'lapse-digest',
  'refund-failed', 'refund-confirmation-guest', 'payment-after-close-hotel', 'payment-twice-hotel', 'payment-failed-hotel', 'vault-user-hotel',
];

/** Messages to the hotel rather than to the guest: hotel's language, no salutation, hotel footer. */
const HOTEL_KINDS: ReadonlySet<EmailKind> = new Set<EmailKind>([
  'payment-confirmation-hotel', 'lapse-digest', 'refund-failed', 'payment-after-close-hotel', 'payment-twice-hotel', 'payment-failed-hotel', 'vault-user-hotel',
]);

export const LAPSE_DIGEST_TEMPLATES: Readonly<Record<Language, LapseDigestTemplate>> = {
  fr: digestFr, en: digestEn, de: digestDe, es: digestEs, it: digestIt,
};

export const PAYMENT_FAILED_TEMPLATES: Readonly<Record<Language, PaymentFailedTemplate>> = {
  fr: failedFr, en: failedEn, de: failedDe, es: failedEs, it: failedIt,
};

export const EMAIL_TEMPLATES: Readonly<Record<EmailKind, Readonly<Record<Language, EmailTemplate>>>> = {
  'guarantee-request': { fr: guaranteeFr, en: guaranteeEn, de: guaranteeDe, es: guaranteeEs, it: guaranteeIt },
  'deposit-request': { fr: depositFr, en: depositEn, de: depositDe, es: depositEs, it: depositIt },
  'payment-reminder': { fr: reminderFr, en: reminderEn, de: reminderDe, es: reminderEs, it: reminderIt },
  'payment-confirmation-guest': { fr: guestFr, en: guestEn, de: guestDe, es: guestEs, it: guestIt },
  'payment-confirmation-hotel': { fr: hotelFr, en: hotelEn, de: hotelDe, es: hotelEs, it: hotelIt },
  'lapse-digest': LAPSE_DIGEST_TEMPLATES,
  'refund-failed': { fr: refundFailedFr, en: refundFailedEn, de: refundFailedDe, es: refundFailedEs, it: refundFailedIt },
  'refund-confirmation-guest': { fr: refundGuestFr, en: refundGuestEn, de: refundGuestDe, es: refundGuestEs, it: refundGuestIt },
  'payment-after-close-hotel': { fr: afterCloseFr, en: afterCloseEn, de: afterCloseDe, es: afterCloseEs, it: afterCloseIt },
  'payment-twice-hotel': { fr: twiceFr, en: twiceEn, de: twiceDe, es: twiceEs, it: twiceIt },
  'payment-failed-hotel': PAYMENT_FAILED_TEMPLATES,
  'vault-user-hotel': { fr: vaultUserFr, en: vaultUserEn, de: vaultUserDe, es: vaultUserEs, it: vaultUserIt },
};

const hotelVars = (hotel: EmailData['hotel']): TemplateVars => ({ hotelName: hotel.name, hotelEmail: hotel.email });

/** Every variable a message template may use (see EmailTemplate), formatted for `language`. */
export function emailVars(language: Language, data: EmailData): TemplateVars {
  const nights = nightsBetween(data.arrival, data.departure);
  return {
    ...hotelVars(data.hotel),
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
    parentTransactionId: data.parentTransactionId ?? '',
    firstTransactionId: data.firstTransactionId ?? '',
    completedAt: data.completedAt ? formatInstant(data.completedAt, data.hotel.timezone, language) : '',
    pspCode: data.pspError?.code ?? '',
    pspMessage: data.pspError?.message ?? '',
    reason: data.reason ?? '',
    reservationStatus: data.reservationStatus ?? '',
    wasExpired: data.reservationStatus === 'expired',
    wasCancelled: data.reservationStatus === 'cancelled',
    otherStatus: data.reservationStatus === 'expired' || data.reservationStatus === 'cancelled' ? '' : (data.reservationStatus ?? ''),
    onOption: data.reservationStatus === 'option',
    refusalReason: data.refusal ? PAYMENT_FAILED_TEMPLATES[language].reasons[data.refusal.reason] : '',
    refusedAt: data.refusal ? formatInstant(data.refusal.at, data.hotel.timezone, language) : '',
    pspStatus: data.refusal?.pspStatus ?? '',
    authResult: data.refusal?.authResult ?? '',
    optionDeadline: data.optionDeadline ? formatInstant(data.optionDeadline, data.hotel.timezone, language) : '',
    deadlineForced: data.deadlineForced === true,
  };
}

/** The variables of one option in the digest (see LapseDigestTemplate). */
function lapseVars(language: Language, timezone: string, lapse: OptionLapse): TemplateVars {
  return {
    reservationId: lapse.reservationId,
    guestName: lapse.guestName,
    arrival: formatStayDate(lapse.arrival, language),
    departure: formatStayDate(lapse.departure, language),
    nights: formatNights(nightsBetween(lapse.arrival, lapse.departure), language),
    optionDeadline: formatInstant(lapse.optionDeadline, timezone, language),
    isExpired: lapse.action === 'expired',
    isReported: lapse.action === 'reported',
  };
}

/**
 * The digest's own variables: the count with its plural form, and the options rendered one by one
 * (each escaped by the engine in HTML) into the `rows` fragment, for HTML and for text.
 */
function digestVars(language: Language, hotel: EmailData['hotel'], lapses: ReadonlyArray<OptionLapse>): { html: TemplateVars; text: TemplateVars } {
  if (lapses.length === 0) throw new RangeError('A lapse digest lists at least one option');
  const template = LAPSE_DIGEST_TEMPLATES[language];
  const each = lapses.map((lapse) => lapseVars(language, hotel.timezone, lapse));
  const common = {
    ...hotelVars(hotel),
    count: new Intl.NumberFormat(LOCALES[language]).format(lapses.length),
    single: new Intl.PluralRules(LOCALES[language]).select(lapses.length) === 'one',
  };
  return {
    html: { ...common, rows: each.map((v) => renderHtml(styled(template.row), v).trim()).join('\n') },
    text: { ...common, rows: each.map((v) => renderText(template.item, v).trim()).join('\n\n') },
  };
}

/** The variables of `vault-user-hotel` (see EmailTemplate): who was given the vault, and when. */
function vaultUserVars(language: Language, data: VaultUserData): TemplateVars {
  const { hotel, user } = data;
  if (!user || (user.change !== 'created' && user.change !== 'unlocked')) throw new TypeError('A vault-user-hotel e-mail needs the user and its change');
  const canReveal = user.roles.includes('cards:reveal');
  const canManage = user.roles.includes('cards:manage');
  const unlocked = user.change === 'unlocked';
  return {
    ...hotelVars(hotel),
    userId: user.userId,
    userName: user.name,
    at: formatInstant(user.at, hotel.timezone, language),
    isCreated: user.change === 'created',
    isUnlocked: unlocked,
    canReveal,
    canManage,
    bothRoles: canReveal && canManage,
    wasLocked: unlocked && user.lockedAt !== undefined,
    lockedAt: unlocked && user.lockedAt ? formatInstant(user.lockedAt, hotel.timezone, language) : '',
    failedAttempts: unlocked && user.failedAttempts !== undefined ? new Intl.NumberFormat(LOCALES[language]).format(user.failedAttempts) : '',
  };
}

/** Blank lines left by empty sections collapse; no trailing spaces; one final newline. */
function tidyText(s: string): string {
  return `${s.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Renders one e-mail. Guest messages are rendered in the guest's language (`pickLanguage`); the
 * hotel's messages (HOTEL_KINDS: `payment-confirmation-hotel`, `lapse-digest`, `refund-failed`,
 * `payment-after-close-hotel`, `payment-twice-hotel`, `payment-failed-hotel`, `vault-user-hotel`) in the hotel's default
 * language.
 *
 * `lapse-digest` takes only the hotel and the options (`{ hotel, lapses }`); a full EmailData with
 * `lapses` set is accepted too. `vault-user-hotel` takes only the hotel and the user
 * (`{ hotel, user }`, VaultUserData). Every other kind takes an EmailData and ignores `lapses`.
 */
export function renderEmail(kind: 'lapse-digest', language: Language, data: LapseDigestData): RenderedEmail;
export function renderEmail(kind: 'vault-user-hotel', language: Language, data: VaultUserData): RenderedEmail;
export function renderEmail(kind: Exclude<EmailKind, 'vault-user-hotel'>, language: Language, data: EmailData): RenderedEmail;
export function renderEmail(kind: EmailKind, language: Language, data: EmailData | LapseDigestData | VaultUserData): RenderedEmail {
  const template = EMAIL_TEMPLATES[kind][language];
  let vars: { html: TemplateVars; text: TemplateVars };
  if (kind === 'vault-user-hotel') {
    if (!('user' in data)) throw new TypeError('A vault-user-hotel e-mail needs `user`');
    const v = vaultUserVars(language, data);
    vars = { html: v, text: v };
  } else if ('user' in data) {
    throw new TypeError(`A ${kind} e-mail is not about a vault user`);
  } else if (kind === 'lapse-digest') {
    if (!data.lapses) throw new TypeError('A lapse digest needs `lapses`');
    vars = digestVars(language, data.hotel, data.lapses);
  } else if ('guest' in data) {
    const v = emailVars(language, data);
    vars = { html: v, text: v };
  } else {
    throw new TypeError(`A ${kind} e-mail needs the guest and the stay`);
  }
  // A header value: one line, whatever the data holds. No-break spaces (in amounts: "123,45 €")
  // cannot break a line and are kept, so the amount is not split in the inbox list.
  const subject = renderText(template.subject, vars.text).replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
  const footer = FOOTERS[language][HOTEL_KINDS.has(kind) ? 'hotel' : 'guest'];
  const html = frame({
    lang: language,
    subject,
    hotelName: data.hotel.name,
    body: renderHtml(styled(template.html), vars.html).trim(),
    footer: renderHtml(footer, vars.html),
  });
  // "-- " (with its space) is the usual signature delimiter, which mail clients dim or fold.
  const text = `${tidyText(renderText(template.text, vars.text))}\n-- \n${tidyText(renderText(footer, vars.text))}`;
  return { subject, html, text };
}
