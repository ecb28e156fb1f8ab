import { Conflict, Gone } from '../domain/errors';
import { type Language, pickLanguage } from '../domain/language';
import { assertPayable, type OpenAttempt } from '../domain/payment-request';
import { subjectReference } from '../domain/payment-subject';
import type { LinkProblem, PageSubject, PaymentPageData, ResultState } from '../templates/pages';
import type { Needs } from './deps';
import { expireLink } from './expire-links';
import { notificationPath } from './psp';
import { hashSecret, openPspSecrets } from './secrets';
import { type LoadedSubject, loadSubject, requestOf, type SubjectSummary } from './payment-subjects';
import type { LinkRecord, PaymentRequestRecord } from './ports';

/** What the hosted page shows: the signed PSP form, or why there is none. */
export type PaymentPage =
  | ({ kind: 'form' } & PaymentPageData)
  | { kind: 'problem'; language: Language; problem: LinkProblem; hotel?: { name: string; email: string } };

interface ResolvedLink {
  link: LinkRecord;
  subject: LoadedSubject;
  request: PaymentRequestRecord;
  language: Language;
}

/** Token → link → its subject (with hotel and requests) and request; undefined when the token means nothing. */
export async function resolveLink(deps: Needs<'store:hotels' | 'store:payments' | 'store:reservations'>, token: string): Promise<ResolvedLink | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const link = await deps.store.getLink(hashSecret(token));
  if (!link) return undefined;
  const subject = await loadSubject(deps, link.hotelId, link.subject);
  const request = subject && requestOf(subject, link.paymentRequestId);
  if (!subject || !request) return undefined;
  const hotel = subject.hotel.hotel;
  // A terminal link is opened by the front desk (a card given by phone): the hotel's language.
  const language = request.request.delivery === 'terminal' ? hotel.defaultLanguage : pickLanguage(subject.payer.language, hotel.defaultLanguage);
  return { link, subject, request, language };
}

/** Writes a first view may try: a trans id taken (about one in a thousand for a shop's thousandth form of a day) or a concurrent view. */
const MAX_OPEN_TRIES = 5;

const PROBLEM_OF: Record<string, LinkProblem> = { link_used: 'used', link_cancelled: 'cancelled', link_expired: 'expired' };

/**
 * 1. Resolve the link; an unknown, used, withdrawn or expired link gets a polite page, never a form.
 * 2. Ask the hotel's PSP for the checkout: the form this link rendered last while the PSP still
 *    accepts it (a reload or a mail scanner's visit writes nothing and spends no PSP transaction
 *    id), else a new attempt.
 * 3. A new attempt is stored under the PSP reference the gateway proposed, so that its
 *    notification finds its way back, and remembered on the link for the next views: one write.
 *    A reference someone holds already is proposed again; a link that remembers a newer form
 *    (a concurrent first view) is read again and its form offered.
 */
export async function openPaymentPage(deps: Needs<'clock' | 'ids' | 'pspCheckout' | 'sealer' | 'store:commit' | 'store:hotels' | 'store:payments' | 'store:reservations'>, token: string, urls: { publicBaseUrl: string }): Promise<PaymentPage> {
  const found = await resolveLink(deps, token);
  if (!found) return { kind: 'problem', language: 'en', problem: 'not_found' };
  const { link, subject, language } = found;
  const request = found.request.request;
  const rec = subject.hotel;
  const hotel = rec.hotel;
  const now = deps.clock.now();
  const problem = (p: LinkProblem): PaymentPage => ({ kind: 'problem', language, problem: p, hotel: { name: hotel.name, email: hotel.email } });
  try {
    assertPayable(request, now);
  } catch (e) {
    if (!(e instanceof Gone)) throw e;
    // A link found past its expiry is expired now, not at the next run of the job.
    if (e.code === 'link_expired') await expireLink(deps, found.request).catch((err) => (err instanceof Conflict ? false : Promise.reject(err)));
    return problem(PROBLEM_OF[e.code] ?? 'expired');
  }
  // The subject itself must still take payment: a lapsed or cancelled option takes none.
  if (subject.closed) return problem(subject.closed);
  const base = urls.publicBaseUrl.replace(/\/$/, '');
  const payer = subject.payer;
  const gateway = deps.pspCheckout.for(hotel.psp.provider);
  const secrets = await openPspSecrets(deps, rec);
  const checkout = (open: OpenAttempt | undefined) => gateway.checkout({
    hotelId: hotel.hotelId, settings: hotel.psp, secrets, request,
    subject: { reference: subjectReference(subject.subject), customer: { email: payer.email, firstName: payer.firstName, lastName: payer.lastName } },
    language, ...(open ? { open } : {}), now,
    urls: { notification: `${base}${notificationPath(hotel.psp.provider, hotel.hotelId)}`, return: `${base}/pay/${token}/result` },
  });
  let started = await checkout(link.openAttempt);
  for (let tries = 1; !started.reused; tries++) {
    const stored = await deps.store.openAttempt(link.tokenHash, started.record, started.attempt);
    if (stored === 'opened') break;
    if (tries >= MAX_OPEN_TRIES) throw new Conflict('trans_id_contention', 'Could not open a payment attempt; please reload the page');
    // A taken trans id: draw another. A newer form on the link: offer it (or draw again if it cannot be).
    const current = stored === 'link_moved' ? await deps.store.getLink(link.tokenHash) : link;
    if (!current) return { kind: 'problem', language, problem: 'not_found' };
    started = await checkout(current.openAttempt);
  }
  return {
    kind: 'form', language,
    hotel: { name: hotel.name, timezone: hotel.timezone },
    guest: { ...(payer.title ? { title: payer.title } : {}), firstName: payer.firstName, lastName: payer.lastName },
    type: request.type, subject: pageSubject(subject.summary), amount: request.amount, deadline: request.expiresAt,
    form: { action: started.checkout.action, fields: { ...started.checkout.fields } },
    ...(request.delivery === 'terminal' ? { staff: true } : {}),
    ...(subject.kind === 'charge' ? { chargeReason: subject.charge.charge.reason } : {}),
  };
}

/** What the page shows of the subject. */
function pageSubject(s: SubjectSummary): PageSubject {
  switch (s.kind) {
    case 'stay': return { kind: 'stay', arrival: s.arrival, departure: s.departure, total: s.total };
  }
}

/**
 * What the guest sees after the PSP: the request's state as the notifications left it, and, when
 * the guest may try again, until when. Coming back means the form was posted: the PSP counts its
 * transaction id as used, so the next view of the link renders a new one.
 */
export async function paymentResult(deps: Needs<'clock' | 'store:hotels' | 'store:payments' | 'store:reservations'>, token: string, publicBaseUrl: string) {
  const found = await resolveLink(deps, token);
  if (!found) return { kind: 'problem' as const, language: 'en' as Language, problem: 'not_found' as LinkProblem };
  const { link, subject, language } = found;
  const request = found.request.request;
  const hotel = subject.hotel;
  if (link.openAttempt) await deps.store.forgetAttempt(link.tokenHash, link.openAttempt.attemptRef);
  const last = request.attempts.at(-1);
  const state: ResultState =
    request.status === 'succeeded' ? 'succeeded'
      : request.status === 'failed' ? 'failed'
        : last?.kind === 'abandoned' || last?.kind === 'cancelled' ? 'abandoned' : 'pending';
  const payable = request.status !== 'succeeded' && Date.parse(request.expiresAt) > deps.clock.now().getTime() && request.status !== 'cancelled' && request.status !== 'expired';
  return {
    kind: 'result' as const, language, state,
    hotel: { name: hotel.hotel.name, email: hotel.hotel.email, timezone: hotel.hotel.timezone },
    type: request.type, amount: request.amount,
    ...(payable && state !== 'pending' ? { retryUrl: `${publicBaseUrl.replace(/\/$/, '')}/pay/${token}`, deadline: request.expiresAt } : {}),
  };
}
