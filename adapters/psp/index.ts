import type { ByProvider } from '../../app/psp';
import type { PspProvider } from '../../domain/hotel';

/** The adapters of one capability for the providers wired in a function, found by a hotel's `psp.provider`. */
export function byProvider<G extends { readonly provider: PspProvider }>(...adapters: readonly G[]): ByProvider<G> {
  const found = new Map<PspProvider, G>(adapters.map((g) => [g.provider, g]));
  return {
    for(provider) {
      const adapter = found.get(provider);
      if (!adapter) throw new Error(`No adapter is wired for the PSP ${provider}`);
      return adapter;
    },
  };
}
