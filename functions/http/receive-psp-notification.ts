import * as z from 'zod/mini';
import { receiveNotification } from '../../app/receive-notification';
import { NotFound } from '../../domain/errors';
import { PSP_PROVIDERS, type PspProvider } from '../../domain/hotel';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { pspNotices } from '../shared/wiring/psp';
import { route } from '../shared/http';
import { log } from '../shared/logger';
import { hotels, payments } from '../shared/wiring/store';
import { RECEIVE_PSP_NOTIFICATION } from '../catalog';

const deps = wired({ sealer, pspNotices }, hotels, payments);

const formFields = z.record(z.string(), z.string());

/** The log line the CDK counts (metric filter) and alarms on: a signed notification we could not use. */
export const NOTIFICATION_REJECTED = 'notification_rejected';

/**
 * The PSP's server-to-server notification. Only the HTTP status matters to the PSP: 200 once the
 * notification is stored (or was already), 4xx when it cannot be trusted, 5xx to make it retry.
 * A signed notification that is not well-formed is recorded as rejected and answered 200 too:
 * retrying would bring the same fields again, so a person has to look (the alarm).
 */
export const handler = route(RECEIVE_PSP_NOTIFICATION, { body: formFields, bodyFormat: 'form' }, async ({ body, params }) => {
  // Each provider notifies at its own path: /psp/systempay/{hotelId}/ipn for Systempay.
  const provider = PSP_PROVIDERS.find((p): p is PspProvider => p === params.provider);
  if (!provider) throw new NotFound('hotel_not_found', 'Unknown notification URL');
  const receipt = await receiveNotification(deps(), provider, params.hotelId ?? '', body);
  const text = (s: string) => ({ statusCode: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: s });
  if (receipt.result === 'rejected') {
    log.warn(NOTIFICATION_REJECTED, { hotelId: params.hotelId, notificationId: receipt.notificationId, reason: receipt.reason });
    return text(`OK-rejected: ${receipt.reason}`);
  }
  log.info('psp notification acknowledged', { hotelId: params.hotelId, ...receipt, status: body.vads_trans_status?.slice(0, 40), src: body.vads_url_check_src?.slice(0, 40) });
  return text(receipt.result === 'stored' ? 'OK-stored' : 'OK-already-received');
});
