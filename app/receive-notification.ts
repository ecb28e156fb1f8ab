import { InvalidInput, NotFound, Unauthenticated } from '../domain/errors';
import type { PspProvider } from '../domain/hotel';
import { makeEvent, pspNotificationReceived } from '../events';
import type { Needs } from './deps';
import { notificationContext, openPspSecrets } from './secrets';

export type Receipt =
  | { result: 'stored' | 'duplicate'; notificationId: string }
  /** Signed, so from the PSP, but not well-formed: recorded as rejected, never processed. */
  | { result: 'rejected'; notificationId: string; reason: string };

/**
 * 1. Find the hotel the notification URL names; it must take its payments with this provider.
 * 2. The provider's gateway authenticates it: the hotel's shop, the signature with the hotel's key.
 * 3. A notification that is signed but not well-formed (an amount of "NaN", an unknown status) is
 *    stored once as processed with result `rejected` and its reason, and no event: the PSP gets
 *    its 200 (it sent it, retrying changes nothing) and the caller alerts the operator.
 * 4. Store it (card token sealed) with a `psp-notification.received` event, unless the same
 *    notification was already stored: a replay is acknowledged and changes nothing.
 * Processing happens later, from the queue, so the PSP gets its answer fast.
 */
export async function receiveNotification(deps: Needs<'clock' | 'ids' | 'pspNotices' | 'sealer' | 'store:hotels' | 'store:payments'>, provider: PspProvider, hotelId: string, fields: Record<string, string>): Promise<Receipt> {
  const rec = await deps.store.getHotel(hotelId);
  if (!rec || rec.hotel.psp.provider !== provider) throw new NotFound('hotel_not_found', 'Unknown notification URL');
  const check = await deps.pspNotices.for(provider).authenticate(rec.hotel.psp, () => openPspSecrets(deps, rec), fields);
  if (!check.ok) {
    if (check.status === 'invalid_signature') throw new Unauthenticated(check.status, check.message);
    throw new InvalidInput(check.status, check.message);
  }
  const id = check.id;
  const now = deps.clock.now();
  if (!check.wellFormed) {
    const stored = await deps.store.recordNotification({
      hotelId, notificationId: id, provider, receivedAt: now.toISOString(), fields: check.kept,
      processedAt: now.toISOString(), result: 'rejected', reason: check.reason, version: 1,
    }, []);
    return stored ? { result: 'rejected', notificationId: id, reason: check.reason } : { result: 'duplicate', notificationId: id };
  }
  const sealedSensitive = Object.keys(check.sensitive).length
    ? await deps.sealer.seal(JSON.stringify(check.sensitive), notificationContext(hotelId, id))
    : undefined;
  const stored = await deps.store.recordNotification(
    { hotelId, notificationId: id, provider, receivedAt: now.toISOString(), fields: check.clear, ...(sealedSensitive ? { sealedSensitive } : {}), version: 1 },
    [makeEvent(pspNotificationReceived, { id: deps.ids.newId(), occurredAt: now, hotelId }, { notificationId: id, ...(check.attempt ? { attempt: check.attempt } : {}) })],
  );
  return { result: stored ? 'stored' : 'duplicate', notificationId: id };
}
