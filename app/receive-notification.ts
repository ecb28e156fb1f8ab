import { InvalidInput, NotFound, Unauthenticated } from '../domain/errors';
import { signingKey } from '../domain/hotel';
import { makeEvent, pspNotificationReceived } from '../events';
import { notificationId, SENSITIVE_FIELDS } from '../adapters/systempay/form';
import { verify } from '../adapters/systempay/signature';
import type { Deps } from './deps';
import { notificationContext, openPspSecrets } from './secrets';

export type Receipt = { result: 'stored' | 'duplicate'; notificationId: string };

/**
 * 1. Find the hotel the notification URL names; its shop id must match `vads_site_id`.
 * 2. Verify the signature with the key of the notification's `vads_ctx_mode`.
 * 3. Store it (card token sealed) with a `psp-notification.received` event, unless the same
 *    notification was already stored: a replay is acknowledged and changes nothing.
 * Processing happens later, from the queue, so the PSP gets its answer fast.
 */
export async function receiveNotification(deps: Deps, hotelId: string, fields: Record<string, string>): Promise<Receipt> {
  const rec = await deps.store.getHotel(hotelId);
  if (!rec) throw new NotFound('hotel_not_found', 'Unknown notification URL');
  for (const required of ['vads_site_id', 'vads_ctx_mode', 'vads_trans_id', 'vads_trans_date', 'vads_trans_status']) {
    if (!fields[required]) throw new InvalidInput('invalid_notification', `Missing ${required}`);
  }
  if (fields.vads_site_id !== rec.hotel.psp.siteId) throw new InvalidInput('unknown_shop', 'This shop is not configured for this hotel');
  const mode = fields.vads_ctx_mode;
  if (mode !== 'TEST' && mode !== 'PRODUCTION') throw new InvalidInput('invalid_notification', 'Unknown vads_ctx_mode');
  const key = signingKey(await openPspSecrets(deps, rec), mode);
  if (!key || !verify(fields, fields.signature, key)) throw new Unauthenticated('invalid_signature', 'The notification signature does not verify');

  const id = notificationId(fields);
  const clear: Record<string, string> = {};
  const sensitive: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) ((SENSITIVE_FIELDS as readonly string[]).includes(k) ? sensitive : clear)[k] = v;
  const now = deps.clock.now();
  const sealedSensitive = Object.keys(sensitive).length
    ? await deps.sealer.seal(JSON.stringify(sensitive), notificationContext(hotelId, id))
    : undefined;
  const stored = await deps.store.recordNotification(
    { hotelId, notificationId: id, receivedAt: now.toISOString(), fields: clear, ...(sealedSensitive ? { sealedSensitive } : {}), version: 1 },
    [makeEvent(pspNotificationReceived, { id: deps.ids.newId(), occurredAt: now, hotelId }, { notificationId: id })],
  );
  return { result: stored ? 'stored' : 'duplicate', notificationId: id };
}
