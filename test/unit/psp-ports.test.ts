/**
 * The PSP by capability (app/psp.ts): a function's bundle carries the provider code of the port it
 * is wired with and no other, and no schema it never parses is built as it loads.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { FUNCTIONS } from '../../functions/catalog';
import { esbuildOptions } from '../../bench/bundles';

const SYSTEMPAY = 'adapters/psp/systempay/';

async function carried(name: string): Promise<{ files: string[]; code: string }> {
  const fn = FUNCTIONS.find((f) => f.name === name)!;
  const out = await build({ ...esbuildOptions(path.join('/tmp', 'psp-ports-test', name, 'index.mjs'), 'node22'), entryPoints: [path.join(__dirname, '..', '..', fn.entry)], write: false });
  // A module counts when it brings code, not a constant or two (esbuild keeps `64 * 1024` it cannot prove unused).
  const inputs = Object.entries(Object.values(out.metafile!.outputs).find((o) => o.entryPoint)!.inputs).filter(([, v]) => v.bytesInOutput > 100);
  return {
    files: inputs.map(([f]) => f).filter((f) => f.startsWith(SYSTEMPAY)).map((f) => f.slice(SYSTEMPAY.length)).sort(),
    code: out.outputFiles!.find((f) => f.path.endsWith('.mjs'))!.text,
  };
}

describe('the PSP ports in the bundles', () => {
  it('gives the hosted page the signed form only: no REST client, no notification parser', async () => {
    const { files, code } = await carried('payment-page');
    expect(files).toEqual(['checkout.ts', 'form.ts', 'signature.ts']);
    // Nor the notification schema, which it built at start-up before (its parts were kept as impure arguments).
    expect(code).not.toContain('must be a documented transaction status');
    expect(code).not.toContain('Transaction/CancelOrRefund');
  });

  it('gives the notification route the signature and the parse: no REST client, no form builder', async () => {
    const { files, code } = await carried('receive-psp-notification');
    expect(files).toEqual(['form.ts', 'notices.ts', 'notification.ts', 'signature.ts']);
    expect(code).toContain('must be a documented transaction status');
    expect(code).not.toContain('vads_payment_config');
    expect(code).not.toContain('Transaction/CancelOrRefund');
  });

  it('gives the operations worker the REST client only', async () => {
    const { files, code } = await carried('process-psp-operations');
    expect(files).toEqual(['operations.ts', 'rest.ts']);
    expect(code).toContain('Transaction/CancelOrRefund');
    expect(code).not.toContain('must be a documented transaction status');
    expect(code).not.toContain('vads_payment_config');
  });
});
