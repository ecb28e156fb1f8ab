import { randomBytes } from 'node:crypto';
import { percentile } from './format';
import { motoCpuSeconds, nodeCpuSeconds } from './proc';
import { hotelBody, reservationBody } from './scenario';

export interface LoadResult {
  readonly label: string;
  readonly requests: number;
  readonly errors: number;
  readonly statuses: Record<string, number>;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** CPU used during the run per wall second, in % of one core (200 % = both cores of a 2-core machine). */
  readonly nodeCpuPct: number;
  readonly motoCpuPct?: number;
}

export type ThroughputResult =
  | { readonly skipped: false; readonly concurrency: number; readonly maxSeconds: number; readonly maxRequests: number; readonly runs: LoadResult[]; readonly localLogLines: number }
  | { readonly skipped: true; readonly reason: string };

export interface LoadOptions {
  readonly concurrency: number;
  readonly maxSeconds: number;
  readonly maxRequests: number;
}

/** `concurrency` workers, each with one request in flight, until the time or request budget runs out. */
async function drive(label: string, opts: LoadOptions, request: (worker: number, n: number) => Promise<Response>): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let issued = 0;
  let errors = 0;
  const cpu0 = { node: nodeCpuSeconds(), moto: motoCpuSeconds() };
  const start = performance.now();
  const deadline = start + opts.maxSeconds * 1000;
  await Promise.all(Array.from({ length: opts.concurrency }, async (_, worker) => {
    for (let n = 0; issued < opts.maxRequests && performance.now() < deadline; n++) {
      issued++;
      const t0 = performance.now();
      let status = 'network-error';
      try {
        const res = await request(worker, n);
        await res.arrayBuffer();
        status = String(res.status);
      } catch {
        // counted below
      }
      latencies.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (!/^2\d\d$/.test(status)) errors++;
    }
  }));
  const seconds = (performance.now() - start) / 1000;
  const moto1 = motoCpuSeconds();
  return {
    label, requests: latencies.length, errors, statuses, seconds, perSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), maxMs: Math.max(...latencies),
    nodeCpuPct: ((nodeCpuSeconds() - cpu0.node) / seconds) * 100,
    ...(cpu0.moto !== undefined && moto1 !== undefined ? { motoCpuPct: ((moto1 - cpu0.moto) / seconds) * 100 } : {}),
  };
}

/**
 * The whole local stack in this process (local/runtime.ts: HTTP gateway, queue and stream pollers,
 * PSP sandbox) on a random port, sharing the benchmark's moto server under its own table name,
 * driven over HTTP with fetch.
 */
export async function measureThroughput(motoEndpoint: string, opts: LoadOptions): Promise<ThroughputResult> {
  let startLocalStack: typeof import('../local/runtime').startLocalStack;
  try {
    ({ startLocalStack } = await import('../local/runtime'));
  } catch (e) {
    return { skipped: true, reason: `local/runtime.ts could not be loaded: ${(e as Error).message}` };
  }
  // Handlers keep their wiring (Deps) per process: drop any left by an earlier section or stack, so
  // the first request builds it from this stack's environment (table, sandbox URL).
  (await import('../functions/shared/container')).setContainer(undefined);
  let localLogLines = 0;
  let stack: Awaited<ReturnType<typeof startLocalStack>>;
  try {
    stack = await startLocalStack({
      port: 0, host: '127.0.0.1', motoEndpoint, tableName: `bench-local-${randomBytes(4).toString('hex')}`,
      mailFrom: 'reservations@hotel-payments.local',
      log: () => void localLogLines++,
    });
  } catch (e) {
    return { skipped: true, reason: `startLocalStack failed: ${(e as Error).message}` };
  }
  try {
    const json = (method: string, path: string, key: string, body?: unknown) => fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const hotelRes = await json('POST', '/v1/hotels', stack.adminApiKey, hotelBody('33334444'));
    if (hotelRes.status !== 201) throw new Error(`POST /v1/hotels answered ${hotelRes.status}`);
    const { apiKey } = (await hotelRes.json()) as { apiKey: string };

    // Setup (unmeasured): the reservation every GET reads, one reservation per PUT worker (no
    // two writers on one item), and a first request of each kind to warm the containers.
    const getId = 'TP-GET';
    const putId = (w: number) => `TP-PUT-${w}`;
    const check = async (res: Promise<Response>, ok: number[], what: string) => {
      const r = await res;
      await r.arrayBuffer();
      if (!ok.includes(r.status)) throw new Error(`${what} answered ${r.status}`);
    };
    await check(json('PUT', `/v1/reservations/${getId}`, apiKey, reservationBody(0)), [201], 'PUT (setup)');
    for (let w = 0; w < opts.concurrency; w++) await check(json('PUT', `/v1/reservations/${putId(w)}`, apiKey, reservationBody(0)), [201], 'PUT (setup)');
    await check(json('GET', `/v1/reservations/${getId}`, apiKey), [200], 'GET (warm-up)');

    const runs: LoadResult[] = [];
    runs.push(await drive('GET /v1/reservations/{id}', opts, () => json('GET', `/v1/reservations/${getId}`, apiKey)));
    // Each PUT alternates the departure date, so every request is a real update (new history entry).
    runs.push(await drive('PUT /v1/reservations/{id} (update)', opts, (w, n) => json('PUT', `/v1/reservations/${putId(w)}`, apiKey, reservationBody(n + 1))));
    return { skipped: false, ...opts, runs, localLogLines };
  } finally {
    await stack.stop();
  }
}
