import type { PspGateways } from '../../../app/psp';
import { pspGateways } from '../../../adapters/psp';
import { SystempayGateway } from '../../../adapters/psp/systempay/gateway';
import { setting } from '../settings';
import { tableStore } from './base';
import { payments } from './store';

/** One gateway per PSP provider: Systempay's form URL and REST API from the function's settings. */
export function psp(): PspGateways {
  const formUrl = setting('PSP_FORM_URL');
  const restUrl = setting('PSP_REST_URL');
  return pspGateways(new SystempayGateway({ ...(formUrl ? { formUrl } : {}), ...(restUrl ? { restUrl } : {}), attempts: tableStore(payments) }));
}
