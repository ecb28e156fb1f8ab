import type { Language } from '../../domain/language';
import { assertWebUrl, formatAmount, formatInstant, formatNights, formatStayDate, nightsBetween } from '../format';
import type { Messages } from '../messages';
// The parts of each language's catalog a page reads, by name: the e-mails' sentences stay out of a page's bundle.
import * as de from '../messages/de';
import * as en from '../messages/en';
import * as es from '../messages/es';
import * as fr from '../messages/fr';
import * as it from '../messages/it';
import { escapeHtml, renderHtml, renderText } from '../render';
import { fullName } from '../salutation';
import type { LinkProblem, PageStrings, PaymentPageData, PaymentType, ResultPageData, ResultState } from './types';

export { CHARGE_REASONS } from './types';
export type { ChargeReason, LinkProblem, PageStrings, PageSubject, PaymentPageData, PaymentType, ResultPageData, ResultState } from './types';

/** What the guest pages say, per language: the `page` part of each catalog. */
export const PAGE_STRINGS: Readonly<Record<Language, PageStrings>> = {
  fr: fr.page, en: en.page, de: de.page, es: es.page, it: it.page,
};
const LABELS: Readonly<Record<Language, Messages['label']>> = { fr: fr.label, en: en.label, de: de.label, es: es.label, it: it.label };
const CHARGE_REASONS_FOR_GUEST: Readonly<Record<Language, Messages['chargeReason']['forGuest']>> = {
  fr: fr.chargeReason.forGuest, en: en.chargeReason.forGuest, de: de.chargeReason.forGuest, es: es.chargeReason.forGuest, it: it.chargeReason.forGuest,
};

/**
 * Guest pages: mobile first, one inline stylesheet, no scripts, no external assets (the pages
 * are served under a strict CSP and must work on any phone). Colours meet WCAG AA contrast.
 */
const CSS = `
:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#f3f4f6;color:#1f2937;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.top{background:#1e3a5f;color:#fff;padding:20px 16px;text-align:center}
.hotel{margin:0 auto;max-width:560px;font-size:1.375rem;font-weight:700;line-height:1.3;overflow-wrap:anywhere}
main{max-width:560px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:12px;padding:20px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{margin:0 0 12px;font-size:1.375rem;line-height:1.3;color:#111827}
p{margin:0 0 16px}
.stay{display:grid;grid-template-columns:auto 1fr;gap:8px 16px;margin:16px 0;padding:16px 0;border-top:1px solid #e5e7eb;border-bottom:1px solid #e5e7eb}
dt{color:#4b5563}
dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.amount{margin:16px 0;padding:16px;border-radius:8px;background:#eef2f7;text-align:center}
.amount p{margin:0;color:#374151}
.amount .value{margin:4px 0;font-size:2rem;line-height:1.2;font-weight:700;color:#111827}
.deadline{font-weight:600}
form{margin:24px 0 16px}
button,.action{display:block;width:100%;min-height:48px;padding:14px 20px;border:0;border-radius:8px;background:#1e3a5f;color:#fff;font:inherit;font-size:1.0625rem;font-weight:700;text-align:center;text-decoration:none;cursor:pointer}
button:hover,.action:hover{background:#152b47}
.action{margin:24px 0 16px}
a{color:#1e3a5f}
a:focus-visible,button:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.note{margin:0;font-size:.9375rem;color:#4b5563}
.status{border-left:6px solid #6b7280}
.status-succeeded{border-left-color:#15803d}
.status-failed{border-left-color:#b91c1c}
.status-pending{border-left-color:#b45309}
@media (min-width:600px){main{padding:32px 16px}.card{padding:32px}}
`;

const PAGE = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#refresh}}<meta http-equiv="refresh" content="3">
{{/refresh}}<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>{{title}}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><p class="hotel">{{header}}</p></header>
<main>
<section class="card{{#status}} status status-{{status}}{{/status}}" aria-labelledby="page-title">
{{{content}}}
</section>
</main>
</body>
</html>
`;

function page(p: { lang: Language; title: string; header: string; content: string; status?: ResultState; refresh?: boolean }): string {
  return renderHtml(PAGE, { status: undefined, refresh: false, ...p });
}

const PAYMENT = `<h1 id="page-title">{{heading}}</h1>
<p>{{intro}}</p>
{{{summary}}}
<div class="amount">
<p>{{amountLabel}}</p>
<p class="value">{{amount}}</p>
<p>{{amountNote}}</p>
</div>
<p class="deadline">{{deadline}}</p>
<form method="POST" action="{{action}}" id="psp-form">
{{{fields}}}<button type="submit" id="pay-button">{{button}}</button>
</form>
<p class="note">{{secure}}</p>`;

const MESSAGE = `<h1 id="page-title">{{heading}}</h1>
<p>{{body}}</p>
{{#until}}<p class="deadline">{{until}}</p>
{{/until}}{{#retryUrl}}<a class="action" href="{{retryUrl}}">{{retryLabel}}</a>
{{/retryUrl}}<p class="note">{{{contact}}}</p>`;

const strings = (language: Language): PageStrings => PAGE_STRINGS[language];
const labels = (language: Language): Messages['label'] => LABELS[language];

const STAY = `<dl class="stay">
<dt>{{labelArrival}}</dt><dd>{{arrival}}</dd>
<dt>{{labelDeparture}}</dt><dd>{{departure}}</dd>
<dt>{{labelStay}}</dt><dd>{{nights}}</dd>
<dt>{{labelGuest}}</dt><dd>{{guestName}}</dd>
</dl>`;

/** What the payment is for, per kind of subject (escaped fragment). */
function renderSummary(d: PaymentPageData): string {
  const label = labels(d.language);
  switch (d.subject.kind) {
    case 'stay': return renderHtml(STAY, {
      labelArrival: label.arrival,
      labelDeparture: label.departure,
      labelStay: label.lengthOfStay,
      labelGuest: label.bookedFor,
      arrival: formatStayDate(d.subject.arrival, d.language),
      departure: formatStayDate(d.subject.departure, d.language),
      nights: formatNights(nightsBetween(d.subject.arrival, d.subject.departure), d.language),
      guestName: fullName(d.guest),
    });
  }
}

/** The page behind a payment link: what it is for, the amount, the deadline and the PSP form. */
export function renderPaymentPage(d: PaymentPageData): string {
  const s = strings(d.language).payment;
  const label = labels(d.language);
  const amount = formatAmount(d.amount, d.language);
  const total = formatAmount(d.subject.total, d.language);
  const heading = s.title[d.type];
  // Under the amount: what becomes of it (a deposit: its share of the stay).
  const amountNote = d.type === 'guarantee'
    ? renderText(s.noChargeNow, { amount })
    : d.type === 'preauthorisation'
      ? s.heldNotCharged
      : d.type === 'charge'
        ? s.chargeNote
        : d.amount.amount < d.subject.total.amount ? renderText(s.ofTotal, { total }) : s.fullStay;
  const amountLabel: Record<PaymentType, string> = {
    deposit: label.depositDue, guarantee: label.guaranteedAmount, preauthorisation: label.amountToHold, charge: label.amountToCharge,
  };
  // A charge says what for, when the page knows (the guest's words: "for your no-show").
  const intro = d.type === 'charge' && !d.staff && d.chargeReason
    ? renderText(s.chargeIntro, { hotelName: d.hotel.name, amount, chargeFor: CHARGE_REASONS_FOR_GUEST[d.language][d.chargeReason] })
    : renderText((d.staff ? s.staffIntro : s.intro)[d.type], { hotelName: d.hotel.name, amount });
  const fields = Object.entries(d.form.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">\n`)
    .join('');
  const content = renderHtml(PAYMENT, {
    heading,
    intro,
    summary: renderSummary(d),
    amountLabel: amountLabel[d.type],
    amount,
    amountNote,
    deadline: renderText(s.deadline, { deadline: formatInstant(d.deadline, d.hotel.timezone, d.language) }),
    action: assertWebUrl(d.form.action, { allowRelative: true }),
    fields,
    button: renderText(s.button[d.type], { amount }),
    secure: s.secure,
  });
  return page({ lang: d.language, title: `${heading} – ${d.hotel.name}`, header: d.hotel.name, content });
}

function contactLine(language: Language, hotel?: { name: string; email: string }): string {
  const c = strings(language).contact;
  if (!hotel?.email) return renderHtml(c.withoutEmail, {});
  const emailLink = `<a href="mailto:${escapeHtml(hotel.email)}">${escapeHtml(hotel.email)}</a>`;
  return renderHtml(c.withEmail, { hotelName: hotel.name, emailLink });
}

/** A link that cannot be paid (expired, already used, withdrawn, unknown): an explanation, never a form. */
export function renderLinkProblemPage(language: Language, problem: LinkProblem, hotel?: { name: string; email: string }): string {
  const s = strings(language);
  const { title, body } = s.problem[problem];
  const content = renderHtml(MESSAGE, { heading: title, body, until: '', retryUrl: '', retryLabel: '', contact: contactLine(language, hotel) });
  return page({
    lang: language,
    title: hotel ? `${title} – ${hotel.name}` : title,
    header: hotel?.name ?? s.genericHeader,
    content,
  });
}

/** Where the guest lands back from the PSP. `pending` reloads itself every 3 seconds. */
export function renderResultPage(d: ResultPageData): string {
  const s = strings(d.language).result;
  const amount = formatAmount(d.amount, d.language);
  const title = renderText(s[d.state].title[d.type], { amount });
  const retryable = d.state === 'failed' || d.state === 'abandoned';
  const until = retryable && d.retryUrl && d.deadline && d.hotel.timezone
    ? renderText(d.type === 'charge' ? s.retryUntilCharge : s.retryUntil, { deadline: formatInstant(d.deadline, d.hotel.timezone, d.language) })
    : '';
  const content = renderHtml(MESSAGE, {
    heading: title,
    body: renderText(s[d.state].body[d.type], { amount }),
    until,
    retryUrl: retryable && d.retryUrl ? assertWebUrl(d.retryUrl, { allowRelative: true }) : '',
    retryLabel: retryable ? s.retry[d.state as 'failed' | 'abandoned'] : '',
    contact: contactLine(d.language, d.hotel),
  });
  return page({
    lang: d.language,
    title: `${title} – ${d.hotel.name}`,
    header: d.hotel.name,
    content,
    status: d.state,
    refresh: d.state === 'pending',
  });
}
