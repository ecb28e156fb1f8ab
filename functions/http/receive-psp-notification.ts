import { z } from 'zod';
import { receiveNotification } from '../../app/receive-notification';
import { container } from '../shared/container';
import { route } from '../shared/http';
import { log } from '../shared/logger';

const formFields = z.record(z.string(), z.string());

/**
 * The PSP's server-to-server notification. Only the HTTP status matters to the PSP: 200 once the
 * notification is stored (or was already), 4xx when it cannot be trusted, 5xx to make it retry.
 */
export const handler = route({ auth: 'psp', body: formFields, bodyFormat: 'form' }, async ({ body, params }) => {
  const receipt = await receiveNotification(container(), params.hotelId ?? '', body);
  log.info('psp notification acknowledged', { hotelId: params.hotelId, ...receipt, status: body.vads_trans_status, src: body.vads_url_check_src });
  return { statusCode: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: receipt.result === 'stored' ? 'OK-stored' : 'OK-already-received' };
});
