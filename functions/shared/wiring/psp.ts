import type { ByProvider, PspCheckout, PspNotices, PspOperations } from '../../../app/psp';
import { byProvider } from '../../../adapters/psp';
import { SystempayCheckout } from '../../../adapters/psp/systempay/checkout';
import { SystempayNotices } from '../../../adapters/psp/systempay/notices';
import { SystempayOperations } from '../../../adapters/psp/systempay/operations';
import { setting } from '../settings';
import { tableStore } from './base';
import { payments } from './store';

/**
 * The PSP by capability, one adapter per provider each: a function wires the one it calls and
 * carries no other provider code (the hosted page has no REST client, the operations worker no
 * notification parser).
 */

/** Checkout: Systempay's hosted payment page, at the function's PSP_FORM_URL. */
export function pspCheckout(): ByProvider<PspCheckout> {
  const formUrl = setting('PSP_FORM_URL');
  return byProvider(new SystempayCheckout(formUrl ? { formUrl } : {}));
}

/** Notifications: each attempt found again in the table. */
export function pspNotices(): ByProvider<PspNotices> {
  return byProvider(new SystempayNotices({ attempts: tableStore(payments) }));
}

/** Money operations: Systempay's REST API at the function's PSP_REST_URL. */
export function pspOperations(): ByProvider<PspOperations> {
  const restUrl = setting('PSP_REST_URL');
  return byProvider(new SystempayOperations(restUrl ? { restUrl } : {}));
}
