import type { PspGateway, PspGateways } from '../../app/psp';
import type { PspProvider } from '../../domain/hotel';

/** The gateways of the providers wired in a function, found by a hotel's `psp.provider`. */
export function pspGateways(...gateways: readonly PspGateway[]): PspGateways {
  const byProvider = new Map<PspProvider, PspGateway>(gateways.map((g) => [g.provider, g]));
  return {
    for(provider) {
      const gateway = byProvider.get(provider);
      if (!gateway) throw new Error(`No gateway is wired for the PSP ${provider}`);
      return gateway;
    },
  };
}
