import type { Language } from '../../domain/language';
import { LOCALES, assertWebUrl, formatAmount, formatInstant, formatNights, formatStayDate, nightsBetween } from '../format';
import { message, messageHtml, messageText } from '../messages';
import { escapeHtml, type TemplateVars } from '../render';
import { formalName, fullName, salutation } from '../salutation';
import { renderStructure } from './blocks';
import { EMAILS } from './kinds';
import { frame, openTag } from './layout';
import { CHARGE_REASONS } from '../pages/types';
import type { DigestPayment, EmailData, EmailKind, HoldLapseData, LapseDigestData, OptionLapse, PaymentDigestData, RenderedEmail, VaultUserData, WebhookDisabledData } from './types';

export type { DigestPayment, EmailData, EmailKind, HoldLapseData, LapseDigestData, OptionLapse, PaymentDigestData, RenderedEmail, VaultUserData, WebhookDisabledData } from './types';

export const EMAIL_KINDS: readonly EmailKind[] = [
  'guarantee-request', 'deposit-request', 'preauthorisation-request', 'payment-reminder', 'payment-confirmation-guest', 'payment-confirmation-hotel', 'lapse-digest',
  'refund-failed', 'refund-confirmation-guest', 'payment-after-close-hotel', 'payment-twice-hotel', 'payment-failed-hotel', 'vault-user-hotel',
  'hold-lapse-hotel', 'charge-request', 'charge-receipt', 'charge-failed-hotel', 'charge-action-hotel', 'card-expiring-guest', 'card-expiring-hotel', 'webhook-disabled-hotel', 'payment-digest-hotel',
];

/** The kinds about a guarantee card that expires before the stay ends: they need `expiringCard`. */
const CARD_EXPIRING: ReadonlySet<EmailKind> = new Set<EmailKind>(['card-expiring-guest', 'card-expiring-hotel']);

/** A card's expiry as printed on it, with the full year: `MM/YYYY`. */
function formatExpiry(card: NonNullable<EmailData['expiringCard']>): string {
  const { expiryMonth: month, expiryYear: year } = card;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Not a card expiry: ${month}/${year}`);
  }
  return `${String(month).padStart(2, '0')}/${year}`;
}

const hotelVars = (hotel: EmailData['hotel']): TemplateVars => ({ hotelName: hotel.name, hotelEmail: hotel.email });

/**
 * The values of every e-mail about one booking, formatted for `language`; always defined (empty
 * when not applicable):
 *   hotelName hotelEmail salutation guestName guestFormalName reservationId
 *   arrival departure nights amount total partial deadline url transactionId paidAt
 *   isDeposit isGuarantee isPreauthorisation holdExpiresAt
 *   parentTransactionId firstTransactionId completedAt pspCode pspMessage reason
 *   reservationStatus wasExpired wasCancelled otherStatus
 *   onOption refusalReason refusedAt pspStatus authResult optionDeadline deadlineForced
 *   isCharge chargeReason chargeFor chargeForHotel isBalance card expiringCard expiry linkDeadline
 * `deadline`, `paidAt`, `completedAt`, `refusedAt`, `optionDeadline` and `holdExpiresAt` are date
 * and time at the hotel; `partial` is set when the amount is less than the total. `isDeposit`,
 * `isGuarantee` and `isPreauthorisation` tell the payment type (one is set). `wasExpired` /
 * `wasCancelled` tell the reservation's status in `payment-after-close-hotel`; `otherStatus` is the
 * raw status when it is neither (else empty); `onOption` that the reservation is still on option.
 * `refusalReason` says in the hotel's words why the card was refused. `chargeReason` is the reason
 * of a charge as a table shows it ("No-show"); `chargeFor` says it to the guest ("for your no-show")
 * and `chargeForHotel` to the front desk ("for the no-show"); `isBalance` is set for the balance at
 * check-out. `card` is the masked card charged; `expiringCard` the masked card that expires and
 * `expiry` its expiry (`MM/YYYY`). `linkDeadline` is `deadline` when there is a link (`url`), else empty.
 */
function emailVars(language: Language, data: EmailData): TemplateVars {
  const nights = nightsBetween(data.arrival, data.departure);
  const reason = data.chargeReason;
  if (reason !== undefined && !CHARGE_REASONS.includes(reason)) throw new TypeError(`Not a reason for a charge: ${String(reason)}`);
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
    isPreauthorisation: data.type === 'preauthorisation',
    holdExpiresAt: data.holdExpiresAt ? formatInstant(data.holdExpiresAt, data.hotel.timezone, language) : '',
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
    refusalReason: data.refusal ? message(language, `failed.reasons.${data.refusal.reason}`) : '',
    refusedAt: data.refusal ? formatInstant(data.refusal.at, data.hotel.timezone, language) : '',
    pspStatus: data.refusal?.pspStatus ?? '',
    authResult: data.refusal?.authResult ?? '',
    optionDeadline: data.optionDeadline ? formatInstant(data.optionDeadline, data.hotel.timezone, language) : '',
    deadlineForced: data.deadlineForced === true,
    isCharge: data.type === 'charge',
    chargeReason: reason ? message(language, `chargeReason.label.${reason}`) : '',
    chargeFor: reason ? message(language, `chargeReason.forGuest.${reason}`) : '',
    chargeForHotel: reason ? message(language, `chargeReason.forHotel.${reason}`) : '',
    isBalance: reason === 'balance',
    card: data.card ?? '',
    expiringCard: data.expiringCard?.masked ?? '',
    expiry: data.expiringCard ? formatExpiry(data.expiringCard) : '',
    linkDeadline: data.url && data.deadline ? formatInstant(data.deadline, data.hotel.timezone, language) : '',
  };
}

/** The values of one option in the digest: `optionDeadline` is date and time at the hotel. */
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
 * The digest's own values: `count` with `single` when it takes the singular in the language
 * ("1 option", but "3 options"), and each option's values.
 */
function digestVars(language: Language, hotel: EmailData['hotel'], lapses: ReadonlyArray<OptionLapse>): { vars: TemplateVars; items: TemplateVars[] } {
  if (lapses.length === 0) throw new RangeError('A lapse digest lists at least one option');
  return {
    vars: {
      ...hotelVars(hotel),
      count: new Intl.NumberFormat(LOCALES[language]).format(lapses.length),
      single: new Intl.PluralRules(LOCALES[language]).select(lapses.length) === 'one',
    },
    items: lapses.map((lapse) => lapseVars(language, hotel.timezone, lapse)),
  };
}

/**
 * The values of `payment-digest-hotel`: `date` (the day, as a stay date is written), `count` with
 * `single`, and each payment's values (`amount`, `paidAt` and `holdExpiresAt` at the hotel, the
 * type flags as in a booking's e-mails).
 */
function paymentDigestVars(language: Language, data: PaymentDigestData): { vars: TemplateVars; items: TemplateVars[] } {
  if (data.payments.length === 0) throw new RangeError('A payment digest lists at least one payment');
  const tz = data.hotel.timezone;
  return {
    vars: {
      ...hotelVars(data.hotel),
      date: formatStayDate(data.date, language),
      count: new Intl.NumberFormat(LOCALES[language]).format(data.payments.length),
      single: new Intl.PluralRules(LOCALES[language]).select(data.payments.length) === 'one',
    },
    items: data.payments.map((p: DigestPayment) => ({
      reservationId: p.reservationId,
      guestName: p.guestName,
      arrival: formatStayDate(p.arrival, language),
      departure: formatStayDate(p.departure, language),
      nights: formatNights(nightsBetween(p.arrival, p.departure), language),
      amount: formatAmount(p.amount, language),
      isDeposit: p.type === 'deposit',
      isGuarantee: p.type === 'guarantee',
      isPreauthorisation: p.type === 'preauthorisation',
      isCharge: p.type === 'charge',
      transactionId: p.transactionId,
      paidAt: formatInstant(p.paidAt, tz, language),
      holdExpiresAt: p.holdExpiresAt ? formatInstant(p.holdExpiresAt, tz, language) : '',
    })),
  };
}

/**
 * The values of `vault-user-hotel`: who was given the vault, and when. `at` and `lockedAt` are date
 * and time at the hotel; `lockedAt` is empty and `wasLocked` false unless an unlock lifted a lock;
 * `failedAttempts` is the count of wrong PINs an unlock cleared (empty for a creation).
 */
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
    wasLocked: unlocked && user.lockedAt !== undefined,
    lockedAt: unlocked && user.lockedAt ? formatInstant(user.lockedAt, hotel.timezone, language) : '',
    failedAttempts: unlocked && user.failedAttempts !== undefined ? new Intl.NumberFormat(LOCALES[language]).format(user.failedAttempts) : '',
  };
}

const HOLD_ACTIONS: ReadonlySet<string> = new Set<HoldLapseData['action']>(['none', 'capture', 'release']);

/**
 * The values of `hold-lapse-hotel`: the booking as the front desk knows it, the amount still held
 * (`amount`), when the hold lapses (`holdExpiresAt`, date and time at the hotel), the
 * pre-authorisation (`transactionId`), and what the job did: `isReportOnly` (nothing: the hotel
 * must act), `isCapturing` or `isReleasing` (one is set).
 */
function holdLapseVars(language: Language, data: HoldLapseData): TemplateVars {
  if (!HOLD_ACTIONS.has(data.action)) throw new TypeError('A hold-lapse-hotel e-mail needs what was done: none, capture or release');
  return {
    ...hotelVars(data.hotel),
    guestName: fullName(data.guest),
    guestFormalName: formalName(language, data.guest),
    reservationId: data.reservationId,
    arrival: formatStayDate(data.arrival, language),
    departure: formatStayDate(data.departure, language),
    nights: formatNights(nightsBetween(data.arrival, data.departure), language),
    amount: formatAmount(data.held, language),
    holdExpiresAt: formatInstant(data.holdExpiresAt, data.hotel.timezone, language),
    transactionId: data.transactionId,
    isReportOnly: data.action === 'none',
    isCapturing: data.action === 'capture',
    isReleasing: data.action === 'release',
  };
}

/** The values of `webhook-disabled-hotel`: the endpoint, since when it fails (at the hotel), its last answer. */
function webhookDisabledVars(language: Language, data: WebhookDisabledData): TemplateVars {
  return {
    ...hotelVars(data.hotel),
    endpointId: data.endpointId,
    endpointUrl: data.endpointUrl,
    failingSince: formatInstant(data.failingSince, data.hotel.timezone, language),
    lastResult: data.lastResult,
  };
}

/** Blank lines collapse (a value may hold several); no trailing spaces (an empty value may end a line); one final newline. */
function tidyText(s: string): string {
  return `${s.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Renders one e-mail. Guest messages are rendered in the guest's language (`pickLanguage`); the
 * hotel's messages (`to: 'hotel'` in ./kinds.ts) in the hotel's default language.
 *
 * `lapse-digest` takes only the hotel and the options (`{ hotel, lapses }`); a full EmailData with
 * `lapses` set is accepted too. `vault-user-hotel` takes only the hotel and the user
 * (`{ hotel, user }`, VaultUserData). `hold-lapse-hotel` takes only the lapsing hold, its booking
 * and what was done (HoldLapseData). Every other kind takes an EmailData and ignores `lapses`;
 * `card-expiring-guest` and `card-expiring-hotel` need its `expiringCard`.
 */
export function renderEmail(kind: 'lapse-digest', language: Language, data: LapseDigestData): RenderedEmail;
export function renderEmail(kind: 'vault-user-hotel', language: Language, data: VaultUserData): RenderedEmail;
export function renderEmail(kind: 'hold-lapse-hotel', language: Language, data: HoldLapseData): RenderedEmail;
export function renderEmail(kind: 'webhook-disabled-hotel', language: Language, data: WebhookDisabledData): RenderedEmail;
export function renderEmail(kind: 'payment-digest-hotel', language: Language, data: PaymentDigestData): RenderedEmail;
export function renderEmail(kind: Exclude<EmailKind, 'vault-user-hotel' | 'hold-lapse-hotel' | 'webhook-disabled-hotel' | 'payment-digest-hotel'>, language: Language, data: EmailData): RenderedEmail;
export function renderEmail(kind: EmailKind, language: Language, data: EmailData | LapseDigestData | VaultUserData | HoldLapseData | WebhookDisabledData | PaymentDigestData): RenderedEmail {
  let vars: TemplateVars;
  let items: TemplateVars[] | undefined;
  if (kind === 'payment-digest-hotel') {
    if (!('payments' in data)) throw new TypeError('A payment-digest-hotel e-mail needs `payments`');
    ({ vars, items } = paymentDigestVars(language, data));
  } else if ('payments' in data) {
    throw new TypeError(`A ${kind} e-mail is not a payment digest`);
  } else if (kind === 'webhook-disabled-hotel') {
    if (!('endpointUrl' in data)) throw new TypeError('A webhook-disabled-hotel e-mail needs the endpoint (`endpointUrl`)');
    vars = webhookDisabledVars(language, data);
  } else if ('endpointUrl' in data) {
    throw new TypeError(`A ${kind} e-mail is not about a webhook endpoint`);
  } else if (kind === 'vault-user-hotel') {
    if (!('user' in data)) throw new TypeError('A vault-user-hotel e-mail needs `user`');
    vars = vaultUserVars(language, data);
  } else if ('user' in data) {
    throw new TypeError(`A ${kind} e-mail is not about a vault user`);
  } else if (kind === 'hold-lapse-hotel') {
    if (!('held' in data)) throw new TypeError('A hold-lapse-hotel e-mail needs the hold (`held`, `action`)');
    vars = holdLapseVars(language, data);
  } else if ('held' in data) {
    throw new TypeError(`A ${kind} e-mail is not about a lapsing hold`);
  } else if (kind === 'lapse-digest') {
    if (!data.lapses) throw new TypeError('A lapse digest needs `lapses`');
    ({ vars, items } = digestVars(language, data.hotel, data.lapses));
  } else if ('guest' in data) {
    if (CARD_EXPIRING.has(kind) && !data.expiringCard) throw new TypeError(`A ${kind} e-mail needs the expiring card (\`expiringCard\`)`);
    vars = emailVars(language, data);
  } else {
    throw new TypeError(`A ${kind} e-mail needs the guest and the stay`);
  }
  const email = EMAILS[kind];
  const { hotel } = data;
  const emailLink = `${openTag('a', undefined, { href: `mailto:${hotel.email}` })}${escapeHtml(hotel.email)}</a>`;
  const values = { html: { ...vars, emailLink }, text: { ...vars, emailLink: hotel.email }, ...(items ? { items } : {}) };
  const { subject, html: body, text } = renderStructure(email, language, values);
  const footer = message(language, email.to === 'hotel' ? 'email.footer.hotel' : 'email.footer.guest');
  const html = frame({ lang: language, subject, hotelName: hotel.name, body, footer: messageHtml(footer, values.html) });
  // "-- " (with its space) is the usual signature delimiter, which mail clients dim or fold.
  return { subject, html, text: `${tidyText(text)}\n-- \n${tidyText(messageText(footer, values.text))}` };
}
