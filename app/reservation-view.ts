import { NotFound } from '../domain/errors';
import type { Money } from '../domain/money';
import { refundableOf } from '../domain/refund';
import { cardView, type CardView } from './vault';
import type { Transaction } from '../domain/transaction';
import type { Needs } from './deps';
import type { ReservationAggregate } from './ports';
import { linkContext } from './secrets';

export interface ReservationView {
  reservationId: string;
  status: string;
  arrival: string;
  departure: string;
  optionDeadline: string;
  total: Money;
  guest: ReservationAggregate['reservation']['guest'];
  cancellation?: ReservationAggregate['reservation']['cancellation'];
  paymentRequests: Array<Record<string, unknown>>;
  transactions: Array<Record<string, unknown>>;
  cards: CardView[];
  history: Array<Record<string, unknown>>;
  createdAt: string;
  updatedAt: string;
}

/** The contract's shape of a reservation: the PMS's fields, then requests, transactions and history, oldest first. */
export async function reservationView(deps: Needs<'sealer'>, agg: ReservationAggregate): Promise<ReservationView> {
  const r = agg.reservation;
  const requests = await Promise.all([...agg.requests]
    .sort((a, b) => a.request.createdAt.localeCompare(b.request.createdAt))
    .map(async ({ request: p, sealedUrl }) => ({
      paymentRequestId: p.paymentRequestId,
      type: p.type,
      status: p.status,
      amount: p.amount,
      ...(p.percent !== undefined ? { percent: p.percent } : {}),
      delivery: p.delivery,
      url: await deps.sealer.open(sealedUrl, linkContext(p.hotelId, p.paymentRequestId)),
      expiresAt: p.expiresAt,
      createdAt: p.createdAt,
      ...(p.completedAt ? { completedAt: p.completedAt } : {}),
      ...(p.transactionId ? { transactionId: p.transactionId } : {}),
      attempts: p.attempts.map((a) => ({ at: a.at, outcome: a.kind, pspStatus: a.pspStatus })),
    })));
  return {
    reservationId: r.reservationId,
    status: r.status,
    arrival: r.arrival,
    departure: r.departure,
    optionDeadline: r.optionDeadline,
    total: r.total,
    guest: r.guest,
    ...(r.cancellation ? { cancellation: r.cancellation } : {}),
    paymentRequests: requests,
    transactions: [...agg.transactions].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(transactionView),
    cards: [...agg.cards].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(cardView),
    history: [...agg.history].sort((a, b) => a.entryId.localeCompare(b.entryId)).map(({ hotelId: _h, reservationId: _r, entryId: _e, ...h }) => h),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** The contract's shape of a transaction, in a reservation and in the hotel's listing alike. */
export function transactionView(t: Transaction): Record<string, unknown> {
  return {
    transactionId: t.transactionId,
    reservationId: t.reservationId,
    type: t.type,
    status: t.status,
    amount: t.amount,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    paymentRequestId: t.paymentRequestId,
    ...((t.type === 'payment' || t.type === 'charge' || (t.type === 'preauthorisation' && t.hold?.captured)) && t.status === 'succeeded' ? { refundable: { amount: refundableOf(t), currency: t.amount.currency } } : {}),
    ...(t.hold ? {
      held: { amount: t.hold.held, currency: t.amount.currency }, holdExpiresAt: t.hold.expiresAt,
      ...(t.hold.captured !== undefined ? { captured: { amount: t.hold.captured, currency: t.amount.currency } } : {}),
      ...(t.hold.lapsedAt ? { holdLapsedAt: t.hold.lapsedAt } : {}),
    } : {}),
    ...(t.holdOperation ? {
      operationId: t.transactionId,
      operationStatus: t.holdOperation.status,
      ...(t.holdOperation.failure ? { failure: t.holdOperation.failure } : {}),
      ...(t.holdOperation.completedAt ? { completedAt: t.holdOperation.completedAt } : {}),
    } : {}),
    ...(t.charge ? {
      chargeId: t.transactionId,
      chargeStatus: t.charge.status,
      reason: t.charge.reason,
      cardId: t.charge.cardId,
      ...(t.charge.failure ? { failure: t.charge.failure } : {}),
      ...(t.charge.paymentRequestId ? { chargePaymentRequestId: t.charge.paymentRequestId } : {}),
      ...(t.charge.completedAt ? { completedAt: t.charge.completedAt } : {}),
    } : {}),
    ...(t.parentTransactionId ? { parentTransactionId: t.parentTransactionId } : {}),
    ...(t.refund ? {
      refundId: t.transactionId,
      refundStatus: t.refund.status,
      origin: t.refund.origin,
      ...(t.refund.reason ? { reason: t.refund.reason } : {}),
      ...(t.refund.failure ? { failure: t.refund.failure } : {}),
      ...(t.refund.completedAt ? { completedAt: t.refund.completedAt } : {}),
    } : {}),
    psp: { provider: t.psp.provider, status: t.psp.status, transactionUuid: t.psp.transactionUuid, mode: t.psp.mode, ...(t.psp.cardBrand ? { cardBrand: t.psp.cardBrand } : {}), ...(t.psp.maskedCard ? { card: t.psp.maskedCard } : {}) },
  };
}

export async function getReservation(deps: Needs<'sealer' | 'store:reservations'>, hotelId: string, reservationId: string): Promise<ReservationView> {
  const agg = await deps.store.getReservation(hotelId, reservationId);
  if (!agg) throw new NotFound('reservation_not_found', `No reservation ${reservationId}`);
  return reservationView(deps, agg);
}
