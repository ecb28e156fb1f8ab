import { isPreauthorisation, newHoldOperation, type Preauthorisation } from '../domain/hold';
import { holdPolicy } from '../domain/policy';
import { holdLapseWarning, makeEvent } from '../events';
import type { Needs } from './deps';
import { stampHistory } from './history';
import { holdOperationChanges } from './hold-operations';
import type { Changes } from './ports';
import { type RunBudget, walkDue } from './timed-work';

/**
 * The hold-watch job (docs/preauthorisations.md): walks pre-authorisations whose release at
 * departure or lapse warning has come, and re-checks each against the hotel's policy now.
 * - At the end of the departure day, what is still held is released (policy
 *   `releaseHoldsAtDeparture`, default true), by a release operation like one the hotel asks.
 * - Before the lapse (policy `holdWarningHoursBefore`), the hotel is told; per `onHoldLapse` the
 *   whole hold is also captured or released.
 * One conditional write each (under the pre-authorisation's version): a concurrent capture or
 * release by the hotel wins, and this item is skipped.
 */
export async function watchHolds(deps: Needs<'clock' | 'ids' | 'store:commit' | 'store:hotels' | 'store:reservations' | 'store:scheduling'>, budget: RunBudget) {
  return walkDue(deps, 'hold', budget, async (ref) => {
    if (!ref.transactionId) return null;
    const [hotel, agg] = await Promise.all([deps.store.getHotel(ref.hotelId), deps.store.getReservation(ref.hotelId, ref.reservationId)]);
    const preauth = agg?.transactions.find((t) => t.transactionId === ref.transactionId);
    if (!hotel || !agg || !preauth || !isPreauthorisation(preauth) || preauth.status !== 'succeeded' || preauth.hold.held <= 0) return null;
    const now = deps.clock.now();
    const policy = holdPolicy(hotel.hotel.policy);
    const h = preauth.hold;
    const at = now.toISOString();
    const due = (iso: string | undefined) => iso !== undefined && Date.parse(iso) <= now.getTime();

    if (due(h.expiresAt)) {
      // The bank has dropped the authorisation: nothing is held any more, and nothing can be captured.
      await deps.store.commit({
        transactions: [{ value: { ...preauth, hold: { ...h, held: 0, lapsedAt: at }, updatedAt: at, version: preauth.version + 1 }, expectedVersion: preauth.version }],
        history: stampHistory(deps.ids, preauth.hotelId, preauth.reservationId, [{
          at, type: 'hold_lapsed', actor: 'system', detail: { transactionId: preauth.transactionId, held: { amount: h.held, currency: preauth.amount.currency }, holdExpiresAt: h.expiresAt },
        }]),
      });
      return 'lapsed';
    }
    if (due(h.releaseAt)) {
      if (!policy.releaseAtDeparture) {
        // The policy says otherwise now: the hold waits for the hotel (and its warning, if any).
        const { releaseAt: _r, ...kept } = h;
        await deps.store.commit({
          transactions: [{ value: { ...preauth, hold: kept, updatedAt: at, version: preauth.version + 1 }, expectedVersion: preauth.version }],
          history: stampHistory(deps.ids, preauth.hotelId, preauth.reservationId, [{ at, type: 'hold_release_skipped', actor: 'system', detail: { transactionId: preauth.transactionId, reason: 'policy' } }]),
        });
        return 'kept';
      }
      await deps.store.commit(operate(deps, preauth, 'release', now));
      return 'released';
    }
    if (due(h.warnAt) && !h.warned) {
      const action = policy.onHoldLapse;
      const warned: Preauthorisation = { ...preauth, hold: { ...h, warned: { at, action } } };
      const changes = action === 'none'
        ? { transactions: [{ value: { ...warned, updatedAt: at, version: preauth.version + 1 }, expectedVersion: preauth.version }] }
        : operate(deps, warned, action, now);
      const operationId = action === 'none' ? undefined : changes.transactions![0]!.value.transactionId;
      await deps.store.commit({
        ...changes,
        history: [...(changes.history ?? []), ...stampHistory(deps.ids, preauth.hotelId, preauth.reservationId, [{
          at, type: 'hold_lapse_warning', actor: 'system', detail: { transactionId: preauth.transactionId, held: { amount: h.held, currency: preauth.amount.currency }, holdExpiresAt: h.expiresAt, action },
        }])],
        events: [...(changes.events ?? []), makeEvent(holdLapseWarning, { id: deps.ids.newId(), occurredAt: now, hotelId: preauth.hotelId }, {
          reservationId: preauth.reservationId, transactionId: preauth.transactionId, held: { amount: h.held, currency: preauth.amount.currency },
          holdExpiresAt: h.expiresAt, action, ...(operationId ? { operationId } : {}),
        })],
      });
      return action === 'none' ? 'warned' : `warned_${action === 'capture' ? 'captured' : 'released'}`;
    }
    return null;
  });
}

/** A capture or release of everything held, asked by the system: the same writes as one the hotel asks. */
function operate(deps: Needs<'ids'>, preauth: Preauthorisation, type: 'capture' | 'release', now: Date): Changes {
  const made = newHoldOperation(preauth, type, { amount: preauth.hold.held, currency: preauth.amount.currency }, { now, operationId: deps.ids.newId() });
  const { history, event } = holdOperationChanges(deps, made.op, now, 'system');
  return {
    transactions: [{ value: made.op, expectedVersion: null }, { value: made.preauth, expectedVersion: preauth.version }],
    history,
    events: [event],
  };
}
