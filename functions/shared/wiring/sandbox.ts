import type { PspProvisioner } from '../../../app/ports';
import { setting } from '../settings';

/** The PSP sandbox registers shops over HTTP; only the local runtime sets PSP_SANDBOX_URL. */
export function provisioner(): PspProvisioner {
  const url = setting('PSP_SANDBOX_URL');
  return {
    async provisionShop(shop) {
      if (!url) return {};
      const res = await fetch(`${url.replace(/\/$/, '')}/shops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(shop) });
      if (!res.ok) throw new Error(`PSP sandbox refused the shop (${res.status})`);
      const out = (await res.json()) as { testPassword?: string; productionPassword?: string };
      return { ...(out.testPassword ? { testPassword: out.testPassword } : {}), ...(out.productionPassword ? { productionPassword: out.productionPassword } : {}) };
    },
  };
}
