import { InvalidInput, NotFound, Unauthenticated } from '../domain/errors';
import { signingKey } from '../domain/hotel';
import { makeEvent, pspNotificationReceived } from '../events';
import { notificationId, SENSITIVE_FIELDS } from '../adapters/psp/systempay/form';
import { parseNotification, rejectedFields } from '../adapters/psp/systempay/notification';
import { verify } from '../adapters/psp/systempay/signature';
import type { Deps } from './deps';
import { notificationContext, openPspSecrets } from './secrets';

export type Receipt =
  | { result: 'stored' | 'duplicate'; notificationId: string }
  /** Signed, so from the PSP, but not well-formed: recorded as rejected, never processed. */
  | { result: 'rejected'; notificationId: string; reason: string };

/**
 * 1. Find the hotel the notification URL names; its shop id must match `vads_site_id`.
 * 2. Verify the signature with the key of the notification's `vads_ctx_mode`.
 * 3. Parse its fields; one that is not well-formed (an amount of "NaN", an unknown status) is
 *    stored once as processed with result `rejected` and its reason, and no event: the PSP gets
 *    its 200 (it sent it, retrying changes nothing) and the caller alerts the operator.
 * 4. Store it (card token sealed) with a `psp-notification.received` event, unless the same
 *    notification was already stored: a replay is acknowledged and changes nothing.
 * Processing happens later, from the queue, so the PSP gets its answer fast.
 */
export async function receiveNotification(deps: Deps, hotelId: string, fields: Record<string, string>): Promise<Receipt> {
  const rec = await deps.store.getHotel(hotelId);
  if (!rec) throw new NotFound('hotel_not_found', 'Unknown notification URL');
  // What picks the key must be there before the signature can be checked; the rest is the parse's.
  for (const required of ['vads_site_id', 'vads_ctx_mode']) {
    if (!fields[required]) throw new InvalidInput('invalid_notification', `Missing ${required}`);
  }
  if (fields.vads_site_id !== rec.hotel.psp.siteId) throw new InvalidInput('unknown_shop', 'This shop is not configured for this hotel');
  const mode = fields.vads_ctx_mode;
  if (mode !== 'TEST' && mode !== 'PRODUCTION') throw new InvalidInput('invalid_notification', 'Unknown vads_ctx_mode');
  const key = signingKey(await openPspSecrets(deps, rec), mode);
  if (!key || !verify(fields, fields.signature, key)) throw new Unauthenticated('invalid_signature', 'The notification signature does not verify');

  const id = notificationId(fields);
  const now = deps.clock.now();
  const parsed = parseNotification(fields);
  if (!parsed.ok) {
    const stored = await deps.store.recordNotification({
      hotelId, notificationId: id, receivedAt: now.toISOString(), fields: rejectedFields(fields, parsed.field),
      processedAt: now.toISOString(), result: 'rejected', reason: parsed.reason, version: 1,
    }, []);
    return stored ? { result: 'rejected', notificationId: id, reason: parsed.reason } : { result: 'duplicate', notificationId: id };
  }

  const clear: Record<string, string> = {};
  const sensitive: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.fields)) ((SENSITIVE_FIELDS as readonly string[]).includes(k) ? sensitive : clear)[k] = v;
  const sealedSensitive = Object.keys(sensitive).length
    ? await deps.sealer.seal(JSON.stringify(sensitive), notificationContext(hotelId, id))
    : undefined;
  const stored = await deps.store.recordNotification(
    { hotelId, notificationId: id, receivedAt: now.toISOString(), fields: clear, ...(sealedSensitive ? { sealedSensitive } : {}), version: 1 },
    [makeEvent(pspNotificationReceived, { id: deps.ids.newId(), occurredAt: now, hotelId }, { notificationId: id })],
  );
  return { result: stored ? 'stored' : 'duplicate', notificationId: id };
}
