import { Conflict, Gone, RuleViolated } from '../domain/errors';
import { signingKey } from '../domain/hotel';
import { type Language, pickLanguage } from '../domain/language';
import { assertPayable, reusableAttempt, type OpenAttempt } from '../domain/payment-request';
import { compactUtc } from '../domain/time';
import { attemptRef, formatTransId, paymentForm, transDay } from '../adapters/psp/systempay/form';
import type { LinkProblem, PaymentPageData, ResultState } from '../templates/pages';
import type { Deps } from './deps';
import { expireLink } from './expire-links';
import { hashSecret, openPspSecrets } from './secrets';
import type { HotelRecord, LinkRecord, ReservationAggregate } from './ports';

/** What the hosted page shows: the signed PSP form, or why there is none. */
export type PaymentPage =
  | ({ kind: 'form' } & PaymentPageData)
  | { kind: 'problem'; language: Language; problem: LinkProblem; hotel?: { name: string; email: string } };

interface ResolvedLink {
  link: LinkRecord;
  hotel: HotelRecord;
  agg: ReservationAggregate;
  request: ReservationAggregate['requests'][number]['request'];
  language: Language;
}

/** Token → link → hotel, reservation and request; undefined when the token means nothing. */
export async function resolveLink(deps: Deps, token: string): Promise<ResolvedLink | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const link = await deps.store.getLink(hashSecret(token));
  if (!link) return undefined;
  const [hotel, agg] = await Promise.all([deps.store.getHotel(link.hotelId), deps.store.getReservation(link.hotelId, link.reservationId)]);
  const request = agg?.requests.find((r) => r.request.paymentRequestId === link.paymentRequestId)?.request;
  if (!hotel || !agg || !request) return undefined;
  // A terminal link is opened by the front desk (a card given by phone): the hotel's language.
  const language = request.delivery === 'terminal' ? hotel.hotel.defaultLanguage : pickLanguage(agg.reservation.guest.language, hotel.hotel.defaultLanguage);
  return { link, hotel, agg, request, language };
}

const PROBLEM_OF: Record<string, LinkProblem> = { link_used: 'used', link_cancelled: 'cancelled', link_expired: 'expired' };

/**
 * 1. Resolve the link; an unknown, used, withdrawn or expired link gets a polite page, never a form.
 * 2. Reuse the form this link rendered last while it may still be posted (see `reusableAttempt`):
 *    a reload or a mail scanner's visit writes nothing and spends no PSP transaction id.
 * 3. Otherwise allocate a new attempt's `vads_trans_id` (atomic counter per shop and UTC day),
 *    remember which request it belongs to, so the notification finds its way back, and remember
 *    the form on the link for the next views.
 * 4. Sign the form with the hotel's key for its current mode, dated as the attempt.
 */
export async function openPaymentPage(
  deps: Deps,
  token: string,
  urls: { publicBaseUrl: string; pspFormUrl: string },
): Promise<PaymentPage> {
  const found = await resolveLink(deps, token);
  if (!found) return { kind: 'problem', language: 'en', problem: 'not_found' };
  const { link, hotel: rec, agg, request, language } = found;
  const hotel = rec.hotel;
  const now = deps.clock.now();
  const problem = (p: LinkProblem): PaymentPage => ({ kind: 'problem', language, problem: p, hotel: { name: hotel.name, email: hotel.email } });
  try {
    assertPayable(request, now);
  } catch (e) {
    if (!(e instanceof Gone)) throw e;
    // A link found past its expiry is expired now, not at the next run of the job.
    const rec = agg.requests.find((r) => r.request.paymentRequestId === request.paymentRequestId)!;
    if (e.code === 'link_expired') await expireLink(deps, rec).catch((err) => (err instanceof Conflict ? false : Promise.reject(err)));
    return problem(PROBLEM_OF[e.code] ?? 'expired');
  }
  // The reservation itself must still be open: a lapsed or cancelled option takes no payment.
  if (agg.reservation.status !== 'option') return problem(agg.reservation.status === 'cancelled' ? 'cancelled' : 'expired');
  const secrets = await openPspSecrets(deps, rec);
  const key = signingKey(secrets, hotel.psp.mode);
  if (!key) throw new RuleViolated('psp_key_missing', 'The hotel has no PSP key for its current mode');
  const { transId, at } = await formAttempt(deps, link, rec, request, now);
  const base = urls.publicBaseUrl.replace(/\/$/, '');
  const g = agg.reservation.guest;
  const fields = paymentForm({
    siteId: hotel.psp.siteId, mode: hotel.psp.mode, key, type: request.type, transId, at, amount: request.amount,
    orderId: agg.reservation.reservationId, language,
    customer: { email: g.email, firstName: g.firstName, lastName: g.lastName },
    notificationUrl: `${base}/psp/systempay/${hotel.hotelId}/ipn`,
    returnUrl: `${base}/pay/${token}/result`,
  });
  return {
    kind: 'form', language,
    hotel: { name: hotel.name, timezone: hotel.timezone },
    guest: g, type: request.type, arrival: agg.reservation.arrival, departure: agg.reservation.departure,
    total: agg.reservation.total, amount: request.amount, deadline: request.expiresAt,
    form: { action: urls.pspFormUrl, fields },
    ...(request.delivery === 'terminal' ? { staff: true } : {}),
  };
}

/** The attempt behind the form: the one this link rendered last if still good, else a new one. */
async function formAttempt(deps: Deps, link: LinkRecord, rec: HotelRecord, request: ResolvedLink['request'], now: Date): Promise<{ transId: string; at: Date }> {
  const { siteId, mode } = rec.hotel.psp;
  const open = link.openAttempt;
  if (reusableAttempt(request, open, { mode, now })) {
    // The form keeps the attempt's own date: the PSP knows the id by shop, day and number.
    return { transId: open.transId, at: new Date(open.formAt) };
  }
  // Signed to the second: the reused form must carry the very `vads_trans_date` of the first one.
  const at = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const day = transDay(compactUtc(at));
  const { transId } = await deps.store.allocateAttempt({
    siteId, day, hotelId: rec.hotel.hotelId, reservationId: request.reservationId,
    paymentRequestId: request.paymentRequestId, mode, createdAt: at.toISOString(),
  }, formatTransId);
  const attempt: OpenAttempt = {
    attemptRef: attemptRef({ vads_trans_date: compactUtc(at), vads_trans_id: transId }), transId,
    paymentRequestId: request.paymentRequestId, mode, amount: request.amount, formAt: at.toISOString(),
  };
  await deps.store.rememberAttempt(link.tokenHash, attempt);
  return { transId, at };
}

/**
 * What the guest sees after the PSP: the request's state as the notifications left it, and, when
 * the guest may try again, until when. Coming back means the form was posted: the PSP counts its
 * transaction id as used, so the next view of the link renders a new one.
 */
export async function paymentResult(deps: Deps, token: string, publicBaseUrl: string) {
  const found = await resolveLink(deps, token);
  if (!found) return { kind: 'problem' as const, language: 'en' as Language, problem: 'not_found' as LinkProblem };
  const { link, hotel, request, language } = found;
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
