import { Conflict } from '../domain/errors';
import { expireRequest } from '../domain/payment-request';
import { lapseOption } from '../domain/reservation';
import { makeEvent, optionsLapseDigest, paymentRequestExpired, reservationExpired, reservationOptionOverdue, type Envelope } from '../events';
import type { Needs } from './deps';
import { stampHistory } from './history';
import type { DigestLine, DueRef } from './ports';
import { type RunBudget, type RunTally, walkDue } from './timed-work';

/**
 * The option sweep.
 * 1. Walk the options whose deadline has passed (sparse, sharded index; Queries only).
 * 2. For each, reload it and apply the hotel's policy: expire it (and its open links), or leave it
 *    on option and report it. One conditional transaction per option, guarded by the version read:
 *    a reservation confirmed a moment earlier fails the guard and is left alone.
 * 3. Each lapse leaves a digest line in the same transaction; at the end, each hotel's pending
 *    lines become one digest e-mail, removed in the same transaction that emits it.
 */
export async function sweepOptions(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels' | 'store:reservations' | 'store:scheduling'>, budget: RunBudget): Promise<RunTally & { digests: number }> {
  const tally = await walkDue(deps, 'lapse', budget, (ref) => lapseOne(deps, ref));
  const digests = await sendDigests(deps);
  return { ...tally, digests };
}

async function lapseOne(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels' | 'store:reservations'>, ref: DueRef): Promise<string | null> {
  const [hotel, agg] = await Promise.all([deps.store.getHotel(ref.hotelId), deps.store.getReservation(ref.hotelId, ref.reservationId)]);
  if (!hotel || !agg) return null;
  const now = deps.clock.now();
  const change = lapseOption(agg.reservation, { now, onLapse: hotel.hotel.policy.onLapse });
  if (!change) return null;
  const r = change.reservation;
  const meta = () => ({ id: deps.ids.newId(), occurredAt: now, hotelId: r.hotelId });
  const expired = r.status === 'expired'
    ? agg.requests.flatMap((rec) => {
        const next = expireRequest(rec.request, now, { force: true });
        return next ? [{ value: { ...rec, request: next }, expectedVersion: rec.request.version }] : [];
      })
    : [];
  const events: Envelope[] = [
    r.status === 'expired'
      ? makeEvent(reservationExpired, meta(), { reservationId: r.reservationId, optionDeadline: r.optionDeadline })
      : makeEvent(reservationOptionOverdue, meta(), { reservationId: r.reservationId, optionDeadline: r.optionDeadline }),
    ...expired.map((e) => makeEvent(paymentRequestExpired, meta(), { reservationId: r.reservationId, paymentRequestId: e.value.request.paymentRequestId, reason: 'option_lapsed' })),
  ];
  const line: DigestLine = {
    hotelId: r.hotelId, reservationId: r.reservationId, guestName: `${r.guest.firstName} ${r.guest.lastName}`,
    arrival: r.arrival, departure: r.departure, optionDeadline: r.optionDeadline, action: r.lapse!.action, at: now.toISOString(),
  };
  await deps.store.commit({
    reservation: { value: r, expectedVersion: agg.reservation.version },
    paymentRequests: expired,
    history: stampHistory(deps.ids, r.hotelId, r.reservationId, [
      ...change.history,
      ...expired.map((e) => ({ at: now.toISOString(), type: 'payment_request_expired' as const, actor: 'system' as const, detail: { paymentRequestId: e.value.request.paymentRequestId, reason: 'option_lapsed' } })),
    ]),
    digestLines: [line],
    events,
  });
  return r.lapse!.action;
}

/** Turns every pending digest line (this run's, or a crashed run's) into one e-mail per hotel. */
async function sendDigests(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:scheduling'>): Promise<number> {
  const lines = await deps.store.pendingDigestLines();
  const byHotel = new Map<string, DigestLine[]>();
  for (const l of lines) byHotel.set(l.hotelId, [...(byHotel.get(l.hotelId) ?? []), l]);
  let sent = 0;
  for (const [hotelId, hotelLines] of byHotel) {
    // Transactions hold 100 writes: large runs become several digests.
    for (let i = 0; i < hotelLines.length; i += 99) {
      const chunk = hotelLines.slice(i, i + 99).sort((a, b) => a.optionDeadline.localeCompare(b.optionDeadline));
      try {
        await deps.store.commit({
          reportedDigestLines: chunk,
          events: [makeEvent(optionsLapseDigest, { id: deps.ids.newId(), occurredAt: deps.clock.now(), hotelId }, {
            lapses: chunk.map(({ reservationId, guestName, arrival, departure, optionDeadline, action }) => ({ reservationId, guestName, arrival, departure, optionDeadline, action })),
          })],
        });
        sent += 1;
      } catch (e) {
        // Another run reported some of these lines meanwhile: they are its to send.
        if (!(e instanceof Conflict)) throw e;
      }
    }
  }
  return sent;
}
