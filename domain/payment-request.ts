import { Gone, InvalidInput, RuleViolated } from './errors';
import { type Money, percentOf } from './money';
import type { PaymentOutcome } from './payment-outcome';
import { type PaymentSubject, reservationSubject } from './payment-subject';
import { type HotelPolicy, reminderTime } from './policy';
import type { Reservation } from './reservation';

/** charge: a payment the guest confirms with their bank, for a charge of their stored card that needed it. */
export type PaymentRequestType = 'deposit' | 'guarantee' | 'preauthorisation' | 'charge';
export type PaymentRequestStatus = 'pending' | 'succeeded' | 'failed' | 'expired' | 'cancelled';
/** email: sent to the guest; link: handed to the hotel; terminal: opened by front-desk staff taking the card by phone. */
export type Delivery = 'email' | 'link' | 'terminal';

export interface AttemptRecord {
  readonly at: string;
  readonly attemptRef: string;
  readonly pspStatus: string;
  readonly kind: PaymentOutcome['kind'];
}

export interface PaymentRequest {
  readonly hotelId: string;
  /** What the request is for: its page, its notifications' matching and its e-mails follow it. */
  readonly subject: PaymentSubject;
  readonly paymentRequestId: string;
  readonly type: PaymentRequestType;
  readonly status: PaymentRequestStatus;
  readonly amount: Money;
  readonly percent?: number;
  readonly delivery: Delivery;
  readonly expiresAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly completedAt?: string;
  /** When to remind the guest (the hotel's lead time before expiry), if at all. */
  readonly remindAt?: string;
  /** The reminder was handled: sent, or skipped because the guest had answered meanwhile. */
  readonly reminder?: { readonly at: string; readonly sent: boolean };
  /** Every PSP outcome seen for this request, oldest first (abandons and late refusals included). */
  readonly attempts: readonly AttemptRecord[];
  readonly transactionId?: string;
  readonly version: number;
}

export interface PaymentRequestInput {
  readonly type: PaymentRequestType;
  readonly amount?: Money;
  readonly percent?: number;
  readonly delivery: Delivery;
}

/** How long a link stays usable when the option deadline is far away. */
export const MAX_LINK_LIFETIME_MS = 30 * 24 * 3600 * 1000;

export function requestAmount(input: PaymentRequestInput, total: Money): Money {
  const given = (input.amount ? 1 : 0) + (input.percent !== undefined ? 1 : 0);
  if (input.type !== 'guarantee' && given !== 1) {
    throw new InvalidInput('amount_or_percent_required', `A ${input.type === 'deposit' ? 'deposit' : 'pre-authorisation'} needs exactly one of amount or percent`);
  }
  if (given > 1) throw new InvalidInput('amount_and_percent', 'Give either amount or percent, not both');
  const amount = input.amount ?? (input.percent !== undefined ? percentOf(total, input.percent) : total);
  if (amount.currency !== total.currency) {
    throw new RuleViolated('currency_mismatch', `The reservation is in ${total.currency}`);
  }
  if (amount.amount <= 0) throw new RuleViolated('amount_not_positive', 'The amount must be greater than zero');
  if (amount.amount > total.amount) {
    throw new RuleViolated('amount_above_total', 'The amount cannot exceed the reservation total');
  }
  return amount;
}

export function createPaymentRequest(
  reservation: Reservation,
  input: PaymentRequestInput,
  ctx: { now: Date; paymentRequestId: string; policy: HotelPolicy },
): PaymentRequest {
  const amount = requestAmount(input, reservation.total);
  const now = ctx.now.getTime();
  const deadline = Date.parse(reservation.optionDeadline);
  if (deadline <= now) {
    throw new RuleViolated('option_deadline_passed', 'The option deadline has passed; update it before asking for a payment');
  }
  const at = ctx.now.toISOString();
  const expiresAt = new Date(Math.min(deadline, now + MAX_LINK_LIFETIME_MS)).toISOString();
  const remindAt = reminderTime(ctx.policy, ctx.now, expiresAt);
  return {
    hotelId: reservation.hotelId,
    subject: reservationSubject(reservation.reservationId),
    paymentRequestId: ctx.paymentRequestId,
    type: input.type,
    status: 'pending',
    amount,
    ...(input.percent !== undefined ? { percent: input.percent } : {}),
    delivery: input.delivery,
    expiresAt,
    ...(remindAt ? { remindAt } : {}),
    createdAt: at,
    updatedAt: at,
    attempts: [],
    version: 1,
  };
}

/** How long the guest has to confirm a charge with their bank. */
export const CHARGE_LINK_LIFETIME_MS = 7 * 24 * 3600 * 1000;

/** The request a charge sends the guest when their bank wants them to authenticate it: by e-mail, for the charge's amount. */
export function chargeRequest(hotelId: string, subject: PaymentSubject, amount: Money, ctx: { now: Date; paymentRequestId: string }): PaymentRequest {
  const at = ctx.now.toISOString();
  return {
    hotelId, subject, paymentRequestId: ctx.paymentRequestId, type: 'charge', status: 'pending', amount, delivery: 'email',
    expiresAt: new Date(ctx.now.getTime() + CHARGE_LINK_LIFETIME_MS).toISOString(), createdAt: at, updatedAt: at, attempts: [], version: 1,
  };
}

/** How long the guest has to register a new card when theirs expires before the stay ends: a week, and never past the departure day. */
export function cardRenewalRequest(hotelId: string, subject: PaymentSubject, amount: Money, ctx: { now: Date; paymentRequestId: string; departureStart: Date }): PaymentRequest {
  const at = ctx.now.toISOString();
  const expiresAt = new Date(Math.min(ctx.now.getTime() + CHARGE_LINK_LIFETIME_MS, Math.max(ctx.departureStart.getTime(), ctx.now.getTime() + 3600_000))).toISOString();
  return { hotelId, subject, paymentRequestId: ctx.paymentRequestId, type: 'guarantee', status: 'pending', amount, delivery: 'email', expiresAt, createdAt: at, updatedAt: at, attempts: [], version: 1 };
}

/** Open requests are those a guest may still pay: pending, or failed and retried before expiry. */
export const isOpen = (r: PaymentRequest, now: Date): boolean =>
  (r.status === 'pending' || r.status === 'failed') && Date.parse(r.expiresAt) > now.getTime();

/**
 * Only a request the guest has not answered yet stands in the way of a new one. After a refusal
 * the hotel may ask again (another amount, another delivery): the refused request is then replaced.
 */
export const blocksNewRequest = (r: PaymentRequest, now: Date): boolean =>
  r.status === 'pending' && Date.parse(r.expiresAt) > now.getTime();

/**
 * A refused request still open when the hotel asks again is withdrawn, so only one link can take
 * money at a time (the old link then says the request was withdrawn); null when not replaceable.
 */
export function replaceRequest(r: PaymentRequest, now: Date): PaymentRequest | null {
  return r.status === 'failed' && isOpen(r, now) ? cancelRequest(r, now) : null;
}

/**
 * A refusal brought the option deadline forward: the link follows it, never beyond. An expiry is
 * only ever brought forward, never extended. A reminder planned at or after the new expiry is
 * dropped (a refused request is never reminded anyway), so the link-expiry job sees it at once.
 * Applied with the outcome that caused it, in the same change: no version step of its own.
 */
export function followOptionDeadline(r: PaymentRequest, optionDeadline: string): PaymentRequest {
  if (r.status !== 'pending' && r.status !== 'failed') return r;
  if (Date.parse(optionDeadline) >= Date.parse(r.expiresAt)) return r;
  const expiresAt = new Date(optionDeadline).toISOString();
  const { remindAt, ...rest } = r;
  const keepReminder = remindAt !== undefined && (r.reminder !== undefined || Date.parse(remindAt) < Date.parse(expiresAt));
  return { ...rest, expiresAt, ...(keepReminder ? { remindAt } : {}) };
}

export type { RefusalReason } from './payment-outcome';

/** How long a rendered PSP form is offered again to the same link (see `reusableAttempt`). */
export const ATTEMPT_REUSE_MS = 15 * 60_000;

/** The PSP form a link last rendered: reused by the next views while it may still be posted. */
export interface OpenAttempt {
  /** How the PSP's notification names it (`attempts[].attemptRef` once answered). */
  readonly attemptRef: string;
  readonly paymentRequestId: string;
  readonly mode: 'TEST' | 'PRODUCTION';
  readonly amount: Money;
  /** ISO instant the form was signed for (its transaction date): the reused form keeps it. */
  readonly formAt: string;
}

/**
 * A view of the page reuses the form it rendered last, rather than spending a new PSP transaction
 * id (a few hundred thousand per shop and day) and two writes, as long as the form is still the
 * right one and still accepted: same request, mode and amount; not answered by any notification (refused, abandoned, cancelled: the PSP counts the id as used);
 * and young enough that its transaction date stays within the PSP's tolerance (−30 min) while the
 * guest fills the page. The PSP's adapter may add its own rules (Systempay: the same UTC day).
 */
export function reusableAttempt(r: PaymentRequest, a: OpenAttempt | undefined, ctx: { mode: 'TEST' | 'PRODUCTION'; now: Date }): a is OpenAttempt {
  if (!a || a.paymentRequestId !== r.paymentRequestId || a.mode !== ctx.mode) return false;
  if (a.amount.amount !== r.amount.amount || a.amount.currency !== r.amount.currency) return false;
  const formAt = Date.parse(a.formAt);
  const age = ctx.now.getTime() - formAt;
  if (!(age >= 0 && age < ATTEMPT_REUSE_MS)) return false;
  return !r.attempts.some((x) => x.attemptRef === a.attemptRef);
}

/** Guards the hosted page: a link serves a PSP form only while its request is open. */
export function assertPayable(r: PaymentRequest, now: Date): void {
  if (r.status === 'succeeded') throw new Gone('link_used', 'This payment has already been made');
  if (r.status === 'cancelled') throw new Gone('link_cancelled', 'This payment request was withdrawn');
  if (r.status === 'expired' || Date.parse(r.expiresAt) <= now.getTime()) {
    throw new Gone('link_expired', 'This payment link has expired');
  }
}

/**
 * Applies a PSP outcome. Success is final (a late refusal never undoes it); a failure leaves the
 * link usable for another card until it expires; abandons are only recorded.
 */
export function applyOutcome(
  r: PaymentRequest,
  outcome: PaymentOutcome,
  ctx: { now: Date; transactionId?: string },
): PaymentRequest {
  const at = ctx.now.toISOString();
  const attempts = [...r.attempts, { at, attemptRef: outcome.attemptRef, pspStatus: outcome.pspStatus, kind: outcome.kind }];
  const base = { ...r, attempts, updatedAt: at, version: r.version + 1 };
  if (r.status === 'succeeded') return base;
  switch (outcome.kind) {
    case 'succeeded':
      return { ...base, status: 'succeeded', completedAt: at, ...(ctx.transactionId ? { transactionId: ctx.transactionId } : {}) };
    case 'failed':
      return r.status === 'pending' || r.status === 'failed' ? { ...base, status: 'failed' } : base;
    default:
      return base;
  }
}

/** An open request whose link has run out (or whose reservation lapsed) expires; null if not open. */
export function expireRequest(r: PaymentRequest, now: Date, ctx: { force?: boolean } = {}): PaymentRequest | null {
  if (r.status !== 'pending' && r.status !== 'failed') return null;
  if (!ctx.force && Date.parse(r.expiresAt) > now.getTime()) return null;
  const at = now.toISOString();
  return { ...r, status: 'expired', completedAt: at, updatedAt: at, version: r.version + 1 };
}

/**
 * A reminder goes only to a guest who has not answered (nothing paid or refused; leaving the
 * payment page is no answer), before the link runs out.
 */
export const wantsReminder = (r: PaymentRequest, now: Date): boolean =>
  r.status === 'pending' && !r.reminder && Date.parse(r.expiresAt) > now.getTime();

/** Records that the reminder was handled (sent, or not needed any more), so it never goes twice. */
export function handleReminder(r: PaymentRequest, now: Date): { request: PaymentRequest; send: boolean } | null {
  if (r.reminder || !r.remindAt) return null;
  const send = wantsReminder(r, now);
  const at = now.toISOString();
  return { request: { ...r, reminder: { at, sent: send }, updatedAt: at, version: r.version + 1 }, send };
}

/** The booking was cancelled: an open request is withdrawn (its link stops working); null if not open. */
export function cancelRequest(r: PaymentRequest, now: Date): PaymentRequest | null {
  if (r.status !== 'pending' && r.status !== 'failed') return null;
  const at = now.toISOString();
  return { ...r, status: 'cancelled', completedAt: at, updatedAt: at, version: r.version + 1 };
}
