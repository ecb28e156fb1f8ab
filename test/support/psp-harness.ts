import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Wired } from '../../app/deps';
import { createHotel } from '../../app/create-hotel';
import { openPaymentPage } from '../../app/payment-page';
import { processNotification } from '../../app/process-notification';
import { receiveNotification } from '../../app/receive-notification';
import { systempayPorts } from '../../adapters/psp/systempay';
import { createPspSandbox, type PspSandbox } from '../../local/psp-sandbox';
import { FakeClock, freshDeps } from './aws';
import { registerSecret } from './secrets';

/**
 * The PSP sandbox on a real HTTP server, with our notification endpoint beside it: a payment
 * made in the sandbox notifies the use cases (stored, then processed) as the IPN route would.
 * Deps get the REST client pointed at the sandbox.
 */
export interface PspHarness {
  readonly sandbox: PspSandbox;
  readonly base: string;
  readonly deps: Wired;
  hotel(siteId?: string): Promise<string>;
  /** Pays a payment link in the sandbox with a test card; resolves once the notification was processed. */
  pay(url: string, card?: string, expiry?: { month: number; year: number }): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The PSP sandbox on a real HTTP server with our notification endpoint beside it: a payment made
 * in the sandbox is stored and processed by the use cases, as the IPN route and its queue would.
 * `depsFor` gives the wiring to process with (it may be set up after the server is listening).
 */
export async function servePspSandbox(depsFor: () => Wired | undefined, now?: () => Date): Promise<{ sandbox: PspSandbox; base: string; stop(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        if (await sandbox.handle(req, res)) return;
        const m = /^\/psp\/systempay\/([^/]+)\/ipn$/.exec(req.url ?? '');
        const deps = depsFor();
        if (!m || req.method !== 'POST' || !deps) {
          res.writeHead(404).end();
          return;
        }
        let raw = '';
        for await (const chunk of req) raw += String(chunk);
        const receipt = await receiveNotification(deps, 'systempay', m[1]!, Object.fromEntries(new URLSearchParams(raw)));
        await processNotification(deps, m[1]!, receipt.notificationId);
        res.writeHead(200).end('OK');
      } catch (e) {
        if (!res.headersSent) res.writeHead(500);
        res.end((e as Error).message);
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sandbox = createPspSandbox({ publicBaseUrl: base, ipnRetryIntervalMs: 200, ...(now ? { now } : {}) });
  return {
    sandbox,
    base,
    async stop() {
      sandbox.stop();
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
    },
  };
}

export async function startPspHarness(baseDeps: Wired, options: { restTimeoutMs?: number } = {}): Promise<PspHarness> {
  let deps: Wired = baseDeps;
  const { sandbox, base, stop } = await servePspSandbox(() => deps, () => baseDeps.clock.now());
  deps = {
    ...baseDeps,
    ...systempayPorts({
      formUrl: `${base}/psp-sandbox/vads-payment/`, restUrl: `${base}/psp-sandbox/api-payment/V4/`, rest: { timeoutMs: options.restTimeoutMs ?? 2000 }, attempts: baseDeps.store,
    }),
    provisioner: { provisionShop: async ({ siteId, testKey, productionKey }) => ({ ...sandbox.provisionShop({ siteId, testKey: testKey ?? '', ...(productionKey ? { productionKey } : {}) }) }) },
  };

  return {
    sandbox,
    base,
    deps,
    async hotel(siteId = String(10_000_000 + Math.floor(Math.random() * 89_999_999))) {
      const created = await createHotel(deps, {
        name: `Hôtel ${siteId}`, email: `desk-${siteId}@hotel.example`, defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
        psp: { provider: 'systempay', siteId, mode: 'TEST', testKey: `Key${siteId}Test` },
      });
      registerSecret(created.apiKey, `Key${siteId}Test`);
      return created.hotelId;
    },
    async pay(url, card = '4970100000000014', expiry = { month: 12, year: new Date().getUTCFullYear() + 2 }) {
      const page = await openPaymentPage(deps, url.split('/pay/')[1]!, { publicBaseUrl: base });
      if (page.kind !== 'form') throw new Error(`no form: ${page.problem}`);
      const accepted = await fetch(page.form.action, { method: 'POST', body: new URLSearchParams(page.form.fields), redirect: 'manual' });
      const session = accepted.headers.get('location');
      if (!session) throw new Error(`the sandbox refused the form (${accepted.status})`);
      const paid = await fetch(`${session}/pay`, {
        method: 'POST', redirect: 'manual',
        body: new URLSearchParams({ cardNumber: card, expiryMonth: String(expiry.month).padStart(2, '0'), expiryYear: String(expiry.year), cvv: '123' }),
      });
      await paid.text();
      await sandbox.idle();
    },
    stop,
  };
}

/**
 * What a suite against moto and the PSP sandbox starts each test with: a fresh table, a clock set
 * to now, and the harness over them. `beforeEach(async () => ({ deps, clock, table, psp } = await pspTest()))`,
 * and `afterEach(() => psp.stop())`.
 */
export async function pspTest(): Promise<{ deps: Wired; clock: FakeClock; table: string; psp: PspHarness }> {
  const clock = new FakeClock(new Date());
  const fresh = await freshDeps(clock);
  const psp = await startPspHarness(fresh.deps);
  return { deps: psp.deps, clock, table: fresh.resources.tableName, psp };
}
