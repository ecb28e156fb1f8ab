import type { AttemptStore } from '../../../app/ports';
import { byProvider } from '..';
import { SystempayCheckout } from './checkout';
import { SystempayNotices } from './notices';
import { SystempayOperations } from './operations';
import type { SystempayRestOptions } from './rest';

/**
 * Every Systempay port at once, for a process that does it all (the local container, tests,
 * tools). A Lambda function wires only the capability it calls (functions/shared/wiring/psp.ts).
 */
export function systempayPorts(options: { readonly formUrl?: string; readonly restUrl?: string; readonly rest?: SystempayRestOptions; readonly attempts: AttemptStore }) {
  return {
    pspCheckout: byProvider(new SystempayCheckout({ ...(options.formUrl ? { formUrl: options.formUrl } : {}) })),
    pspNotices: byProvider(new SystempayNotices({ attempts: options.attempts })),
    pspOperations: byProvider(new SystempayOperations({ ...(options.restUrl ? { restUrl: options.restUrl } : {}), ...(options.rest ? { rest: options.rest } : {}) })),
  };
}
