/**
 * `npm run bench`: bundle sizes, module-init time, AWS calls per operation, local throughput,
 * option-sweep reads against table size, AWS and PSP calls of refunds and the card vault, and the
 * local stack's latency against table size.
 * See bench/README.md for what each figure means. Writes bench/results.json.
 * BENCH_ONLY=3,6 runs only those sections (results.json keeps the others' last figures).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FUNCTIONS } from '../functions/catalog';
import { startMoto, type Moto } from '../local/moto';
import { breakdown, measureAwsCalls, type AwsCallsResult } from './aws-calls';
import { bundleAll, bundleFloors, bundleLibraryProbes, bundleTarget, floorName, ZOD_CLASSIC_ALLOWED, type BundleResult } from './bundles';
import { fmt, median, percentile, round, section, table } from './format';
import { measureInit, type InitTarget, type Sample } from './init-time';
import { measureThroughput, type ThroughputResult } from './throughput';
import { measureSweep, type SweepRow } from './sweep';
import { measureVaultRefunds, type CallsWithPsp, type VaultRefundsResult } from './vault-refunds';
import { measureScale, type ScaleResult } from './scale';
import { COST_TARGET_USD, measureCost, PRICES, type CostResult, type PolicyCost } from './cost';

// 15 pairs (function, its floor) per bundle: the ratio is the median of the pairs' ratios (init-time.ts).
const INIT_RUNS = Number(process.env.BENCH_INIT_RUNS ?? 15);
const LOAD = { concurrency: 8, maxSeconds: 10, maxRequests: 200 };
const SWEEP_SIZES = (process.env.BENCH_SWEEP_SIZES ?? '100,1000,3000').split(',').map(Number);
const SCALE_SIZES = (process.env.BENCH_SCALE_SIZES ?? '100,5000').split(',').map(Number);
const SCALE_SAMPLES = Number(process.env.BENCH_SCALE_SAMPLES ?? 30);
const SECTIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
/** BENCH_ONLY=6 (or "3,6"): only those sections; unset or empty: all. */
/**
 * Section 7 fills a table to 5 000 reservations through the local pipeline: 10–20 minutes on 2
 * shared cores. It runs when asked (BENCH_ONLY=7), not by default, so that `npm run bench` stays
 * within the few minutes bench/README.md states.
 */
const ON_REQUEST = new Set<number>([7]);
const ONLY = (() => {
  const raw = (process.env.BENCH_ONLY ?? '').trim();
  if (!raw) return new Set<number>(SECTIONS.filter((n) => !ON_REQUEST.has(n)));
  const picked = raw.split(',').map((x) => Number(x.trim()));
  const bad = picked.filter((n) => !(SECTIONS as readonly number[]).includes(n));
  if (bad.length || !picked.length) {
    process.stderr.write(`BENCH_ONLY: expected section numbers among ${SECTIONS.join(',')}, got "${raw}"\n`);
    process.exit(2);
  }
  return new Set(picked);
})();
const runs = (n: number) => ONLY.has(n);
const kb = (bytes: number) => bytes / 1024;
const out = (s = '') => process.stdout.write(`${s}\n`);

const INIT_TARGET = 1.15;

function printBundles(bundles: readonly BundleResult[], floors: readonly BundleResult[], target: { target: string; source: string }, bundleSeconds: number): void {
  out(section('1. Bundle size per Lambda, and the SDK clients it carries'));
  out(`esbuild as the CDK bundles (target ${target.target} from ${target.source}, ESM, minified, AWS SDK bundled, no banner); JS only, the map is kept apart (never shipped).`);
  out('clients: SDK client classes found in the bundle; allowed: those its IAM role lets it call (sdkClientsOf, functions/catalog.ts). Target: the same.');
  out(table(
    ['function', 'raw KB', 'gzip KB', 'map KB', 'clients', 'allowed', 'target', 'zod'],
    [...bundles].sort((a, b) => b.rawBytes - a.rawBytes).map((b) => [b.name, kb(b.rawBytes), kb(b.gzipBytes), kb(b.mapBytes),
      floorName(b.clients), floorName(b.allowedClients), floorName(b.clients) === floorName(b.allowedClients) ? 'ok' : 'EXTRA/MISSING', b.zod]),
  ));
  out(table(['floor (constructs the clients, nothing else)', 'raw KB', 'gzip KB'], floors.map((f) => [f.name, kb(f.rawBytes), kb(f.gzipBytes)])));
  const total = bundles.reduce((s, b) => s + b.rawBytes, 0);
  out(`total ${fmt(kb(total) / 1024, 2)} MB raw over ${bundles.length} functions; bundled in parallel in ${fmt(bundleSeconds)} s`);
  const mismatched = bundles.filter((b) => floorName(b.clients) !== floorName(b.allowedClients));
  const requires = bundles.flatMap((b) => b.requireCalls.map((r) => `${b.name}: ${r}`));
  if (requires.length) out(`require() of external modules left in bundles (they would need a createRequire banner): ${requires.join('; ')}`);
  out(`clients: ${mismatched.length ? `${mismatched.length} function(s) carry other clients than their role allows: ABOVE TARGET` : 'every function carries exactly the clients its role allows: ok'}; require() calls: ${requires.length ? 'FOUND' : 'none (no banner needed)'}`);
  const classic = bundles.filter((b) => b.zod === 'classic' && !ZOD_CLASSIC_ALLOWED.includes(b.name)).map((b) => b.name);
  out(`zod: ${classic.length ? `zod's classic API in ${classic.join(', ')}: ABOVE TARGET` : `only ${ZOD_CLASSIC_ALLOWED.join(' and ')} carry zod's classic API (the others zod/mini or none): ok`}`);
  if (mismatched.length || requires.length || classic.length) process.exitCode = 1;
}

function initStats(t: InitTarget) {
  const pick = (k: 'firstLineMs' | 'initMs' | 'wallMs' | 'firstRequestMs') => t.samples.map((s) => s[k]);
  const both = t.samples.map((s) => s.initMs + s.firstRequestMs);
  return {
    label: t.label, kind: t.kind, runs: t.samples.length, clients: t.bundle?.allowedClients ?? [], rawBytes: t.bundle?.rawBytes ?? 0,
    firstLine: { median: median(pick('firstLineMs')), p90: percentile(pick('firstLineMs'), 90) },
    init: { median: median(pick('initMs')), p90: percentile(pick('initMs'), 90) },
    firstRequest: { median: median(pick('firstRequestMs')), p90: percentile(pick('firstRequestMs'), 90) },
    initAndFirst: { median: median(both), p90: percentile(both, 90) },
    wall: { median: median(pick('wallMs')), p90: percentile(pick('wallMs'), 90) },
  };
}
type InitStats = ReturnType<typeof initStats> & { floor?: string; xFloor?: number; xFloorWithFirst?: number; ok?: boolean };

function printInit(targets: readonly InitTarget[]): InitStats[] {
  const stats: InitStats[] = targets.map(initStats);
  const bare = stats.find((s) => s.kind === 'bare')!;
  targets.forEach((t, k) => {
    const paired = t.pairedFloor;
    if ((t.kind !== 'function' && t.kind !== 'libraries') || !paired) return;
    // The median of the pairs' ratios: each pair ran side by side (measureInit).
    const ratio = (pick: (s: Sample) => number) => median(t.samples.map((s, i) => pick(s) / pick(paired[i]!)));
    const xFloor = ratio((s) => s.initMs);
    Object.assign(stats[k]!, { floor: floorName(stats[k]!.clients), xFloor, xFloorWithFirst: ratio((s) => s.initMs + s.firstRequestMs), ok: xFloor <= INIT_TARGET });
  });
  for (const s of stats) if (s.kind === 'function' && s.xFloor === undefined) Object.assign(s, { floor: floorName(s.clients), xFloor: Number.NaN, xFloorWithFirst: Number.NaN, ok: true });
  const x = (n: number) => `${fmt(n, 2)}x`;
  out(section('2. Cold init vs bare Node and vs the SDK floor'));
  out(`${bare.runs} runs of each function, each beside a run of its floor (floor first or second, alternating), round-robin over the functions, sequential; no --enable-source-maps (as deployed).`);
  out('init = await import(bundle), clients constructed; 1st req = the first handler call, to its first AWS call (refused at once: no network) or its answer.');
  out('x bare = init median / bare Node start median; x floor = median over the pairs of init / init of the floor run beside it. Target: x floor <= 1.15.');
  out(table(
    ['floor (clients only)', 'KB', 'runs', 'init med', 'init p90', 'x bare', '1st req med', 'init+1st med'],
    stats.filter((s) => s.kind === 'floor').map((s) => [floorName(s.clients), kb(s.rawBytes), s.runs, s.init.median, s.init.p90, x(s.init.median / bare.firstLine.median), s.firstRequest.median, s.initAndFirst.median]),
  ));
  out('');
  out(table(
    ['function', 'clients', 'KB', 'init med', 'init p90', 'x bare', 'x floor', 'target', '1st req med', 'init+1st med', 'x floor (init+1st)'],
    stats.filter((s) => s.kind === 'function').sort((a, b) => b.xFloor! - a.xFloor!).map((s) => [
      s.label, s.floor!, kb(s.rawBytes), s.init.median, s.init.p90, x(s.init.median / bare.firstLine.median), x(s.xFloor!),
      s.floor === 'none' ? 'n/a, no client' : s.ok ? `<= ${INIT_TARGET} ok` : `<= ${INIT_TARGET} ABOVE`, s.firstRequest.median, s.initAndFirst.median, x(s.xFloorWithFirst!),
    ]),
  ));
  // A function without an SDK client (the API document and reference) has an empty floor: no ratio to hold it to.
  const fns = stats.filter((s) => s.kind === 'function' && s.floor !== 'none');
  const above = fns.filter((s) => !s.ok);
  if (above.length) process.exitCode = 1;
  out(`bare Node: start median ${fmt(bare.firstLine.median)} ms (p90 ${fmt(bare.firstLine.p90)}), wall median ${fmt(bare.wall.median)} ms; all figures in ms.`);
  out(`x floor: median ${x(median(fns.map((s) => s.xFloor!)))}, worst ${x(Math.max(...fns.map((s) => s.xFloor!)))} (${fns.length - above.length}/${fns.length} functions <= ${INIT_TARGET}x): ${above.length ? `ABOVE TARGET: ${above.map((s) => s.label).join(', ')}` : 'ok'}`);
  const probes = stats.filter((s) => s.kind === 'libraries');
  if (probes.length) {
    out('');
    out('What the kept libraries cost alone: the floor, its handler run by @middy/core, and the zod schemas the function builds at init (imported from the modules it imports), nothing else of ours (LIBRARY_PROBES, bench/bundles.ts).');
    out(table(
      ['probe', 'clients', 'KB', 'init med', 'x floor', 'function x floor', 'share of the function\'s init beyond its floor'],
      probes.map((p) => {
        const fn = stats.find((s) => s.kind === 'function' && `libraries of ${s.label}` === p.label);
        // Both ratios come from pairs with the same floor: (probe - floor) / (function - floor).
        const share = fn ? (p.xFloor! - 1) / (fn.xFloor! - 1) : Number.NaN;
        return [p.label, p.floor!, kb(p.rawBytes), p.init.median, x(p.xFloor!), fn ? x(fn.xFloor!) : '-', Number.isFinite(share) ? `${Math.round(100 * share)}%` : '-'];
      }),
    ));
  }
  return stats;
}

function printAwsCalls(r: AwsCallsResult): void {
  out(section('3. AWS calls per operation'));
  out('Handlers invoked directly against moto. cold = fresh container (empty KMS data-key cache); warm = 2nd run, same container, new reservation.');
  out(`setup, POST /v1/hotels: ${r.setup.createHotel.total} calls (${breakdown(r.setup.createHotel.calls)})`);
  out(table(
    ['operation', 'function', 'cold', 'warm', 'cold ms', 'warm ms'],
    r.operations.map((o) => [o.label, o.fn, o.cold.total, o.warm.total, Math.round(o.cold.ms), Math.round(o.warm.ms)]),
  ));
  out('');
  out('Breakdown (warm; cold where it differs):');
  for (const o of r.operations) {
    const warm = breakdown(o.warm.calls);
    const cold = breakdown(o.cold.calls);
    out(`  ${o.label}`);
    out(`    warm: ${warm}`);
    if (cold !== warm) out(`    cold: ${cold}`);
  }
  out(`  (f) again on the same reservation (warm): ${r.repeatedGet.total} calls (${breakdown(r.repeatedGet.calls)})`);
}

function printThroughput(r: ThroughputResult): void {
  out(section('4. Local throughput (HTTP, in-process local stack)'));
  if (r.skipped) {
    out(`skipped: ${r.reason}`);
    return;
  }
  out(`${r.concurrency} requests in flight, until ${r.maxSeconds} s or ${r.maxRequests} requests; fetch to 127.0.0.1, gateway + handlers + pollers in this process, moto in another.`);
  out(table(
    ['route', 'requests', 'errors', 'seconds', 'req/s', 'p50 ms', 'p95 ms', 'max ms', 'node CPU', 'moto CPU'],
    r.runs.map((x) => [x.label, x.requests, x.errors, x.seconds, x.perSecond, x.p50Ms, x.p95Ms, x.maxMs,
      `${Math.round(x.nodeCpuPct)}%`, x.motoCpuPct === undefined ? '-' : `${Math.round(x.motoCpuPct)}%`]),
  ));
  out('CPU: seconds of CPU per wall second, % of one core, for this Node process (gateway, handlers, pollers) and for moto_server.');
  for (const x of r.runs) if (x.errors) out(`  ${x.label}: statuses ${JSON.stringify(x.statuses)}`);
}

function printSweep(rows: readonly SweepRow[]): void {
  out(section('5. Option sweep reads against table size'));
  out('One hotel, the same number of options past their deadline, more and more options not yet due.');
  out(table(
    ['reservations', 'due', 'lapsed', 'index Queries', 'index items read', 'AWS calls', 'ms'],
    rows.map((r) => [r.reservations, r.due, r.lapsed, r.dueQueries, r.indexItemsRead, r.totalCalls, Math.round(r.ms)]),
  ));
  out(`Per run (largest table): ${breakdown(rows.at(-1)?.calls ?? {})}`);
  out('No Scan: the sweep queries the sparse due index once per shard; what it reads follows the due options, not the table.');
  out("(ms grows with the table only because moto evaluates a Query by walking its whole table; DynamoDB reads the index range.)");
}

const pspBreakdown = (c: CallsWithPsp): string => breakdown(c.pspCalls);

function printVaultRefunds(r: VaultRefundsResult): void {
  out(section('6. Refunds and the card vault: AWS and PSP calls per operation'));
  out('As section 3: handlers invoked directly against moto, one container per function; cold = fresh container,');
  out('warm = 2nd round, same container, new reservation, refund, user and card. PSP = REST calls received by the');
  out('in-process PSP sandbox (HTTP on 127.0.0.1). Each round first pays a 30 % deposit in the sandbox and captures it.');
  out(`setup, POST /v1/hotels (shop provisioned in the sandbox, REST password sealed): ${r.setup.createHotel.total} calls (${breakdown(r.setup.createHotel.calls)})`);
  out(table(
    ['operation', 'function', 'AWS cold', 'AWS warm', 'PSP cold', 'PSP warm', 'cold ms', 'warm ms'],
    r.operations.map((o) => [o.label, o.fn, o.cold.total, o.warm.total, o.cold.psp, o.warm.psp, Math.round(o.cold.ms), Math.round(o.warm.ms)]),
  ));
  out('');
  out('Breakdown (warm; cold where it differs):');
  for (const o of r.operations) {
    const warm = breakdown(o.warm.calls);
    const cold = breakdown(o.cold.calls);
    out(`  ${o.label}`);
    out(`    warm: ${warm}${o.warm.psp ? `; PSP ${pspBreakdown(o.warm)}` : ''}`);
    if (cold !== warm || pspBreakdown(o.cold) !== pspBreakdown(o.warm)) out(`    cold: ${cold}${o.cold.psp ? `; PSP ${pspBreakdown(o.cold)}` : ''}`);
  }
  out('');
  out('Checks (expected, cold/warm):');
  for (const c of r.checks) {
    out(`  ${c.ok ? 'ok      ' : 'DIFFERS '} ${c.what}: expected ${c.expected}, got ${c.cold}/${c.warm}${c.warmChecked ? '' : ' (warm not checked: same card, data key cached)'}`);
  }
  out('The refund POST carries an Idempotency-Key. ms are indicative only: moto and the sandbox are local, and');
  out('create-user and every reveal run one scrypt PIN hash/verify (about 100-250 ms).');
  const k = r.kmsCardCost;
  out(`KMS cost per card: (${k.generateDataKeyPerCard} GenerateDataKey stored + ${k.decryptFirstReveal} Decrypt 1st reveal) x $${k.usdPer10kRequests} / 10 000 requests = $${k.usdPerCard.toFixed(6)}; each later reveal +${k.decryptLaterReveal} Decrypt = $${k.usdPerLaterReveal.toFixed(6)} (uncached); 10 000 cards: $${(k.usdPerCard * 10_000).toFixed(2)}`);
}

function printScale(r: ScaleResult): void {
  out(section('7. Local stack latency against table size'));
  out(`Local stack over HTTP, one request at a time, ${r.rows[0]?.createRequest.samples ?? 0} samples per size after 2 warm-up ones; the table filled through the`);
  out('use cases (reservation + 30 % deposit request with link, history, outbox event; every tenth also a page attempt and a notification).');
  out(table(
    ['reservations', 'items', 'create p50', 'create p90', 'IPN ack p50', 'IPN ack p90'],
    r.rows.map((x) => [x.reservations, x.items, x.createRequest.p50Ms, x.createRequest.p90Ms, x.ipnAck.p50Ms, x.ipnAck.p90Ms]),
  ));
  const [first, last] = [r.rows[0]!, r.rows.at(-1)!];
  out(`p50 ratio ${last.reservations}/${first.reservations} reservations: create payment request ${fmt(r.ratio.createRequest, 2)}x, IPN acknowledgement ${fmt(r.ratio.ipnAck, 2)}x (target <= ${r.limit}x): ${r.ok ? 'ok' : 'ABOVE TARGET'}`);
  out(`create = POST /v1/reservations/{id}/payment-requests; IPN ack = POST /psp/systempay/{hotelId}/ipn, signed, first delivery. ms; filling took ${fmt(r.seedSeconds)} s.`);
}

function printCost(r: CostResult): void {
  out(section('8. Cost per 1,000 guarantee lifecycles'));
  out('A lifecycle: a 30 % deposit requested by e-mail, the request e-mail, the page view, the PSP notification acknowledged,');
  out(`relayed and processed, the confirmation e-mails; every step through its handler against moto (warm).`);
  out(`Public list prices, ${PRICES.region}, on demand, no free tier, as of ${PRICES.date} (bench/cost.ts; ${PRICES.checked}). DynamoDB units estimated from item sizes.`);
  const [each, digest] = r.policies as [PolicyCost, PolicyCost];
  out(table(
    ['item', 'each: per lifecycle', '$ per 1,000', `digest: per lifecycle`, '$ per 1,000'],
    [
      ...each.lines.map((l, i) => [l.item, `${fmt(l.quantity, 2)} ${l.unit}`, `$${l.usdPer1000.toFixed(4)}`, `${fmt(digest.lines[i]!.quantity, 2)} ${l.unit}`, `$${digest.lines[i]!.usdPer1000.toFixed(4)}`]),
      ['total', '', `$${each.usdPer1000.toFixed(4)}`, '', `$${digest.usdPer1000.toFixed(4)}`],
    ],
  ));
  const verdict = (usd: number) => (usd <= COST_TARGET_USD ? 'ok' : 'ABOVE TARGET');
  out(table(
    ['hotel policy (hotelPaymentEmails)', 'e-mails per lifecycle', '$ per 1,000 lifecycles', 'target', ''],
    [
      [`each (default): request, guest and hotel confirmations (mean of ${each.lifecycles})`, fmt(each.emails, 2), `$${each.usdPer1000.toFixed(3)}`, `<= $${COST_TARGET_USD.toFixed(2)}`, verdict(each.usdPer1000)],
      [`daily_digest: request, guest confirmation + 1/${digest.paymentsPerDigest} of the day's digest (${digest.lifecycles} payments, one digest)`, fmt(digest.emails, 2), `$${digest.usdPer1000.toFixed(3)}`, `<= $${COST_TARGET_USD.toFixed(2)}`, verdict(digest.usdPer1000)],
    ],
  ));
  const be = r.digest.breakEvenPaymentsPerDay;
  out(`One digest (the job's run, its Query, claim, e-mail and marks) costs $${(r.digest.usdPer1000Digests / 1000).toFixed(6)}; with daily_digest the target holds for a hotel taking ${be === null ? 'no number of' : `${be} or more`} paid bookings a day`
    + ` (fewer: the digest's share weighs more; each booking still saves the hotel's e-mail, $${(1000 * PRICES.sesEmail).toFixed(2)} per 1,000).`);
  out(`Invocations per lifecycle (each): ${breakdown(each.perLifecycle.invocations)}`);
  out(`Invocations per lifecycle (daily_digest): ${breakdown(digest.perLifecycle.invocations)}`);
  out(`AWS calls per lifecycle (each): ${breakdown(each.perLifecycle.calls)}`);
  out(`AWS calls per lifecycle (daily_digest): ${breakdown(digest.perLifecycle.calls)}`);
  out(table(['fixed, per month (apart)', '$ per month'], [...r.fixedMonthly.map((f) => [f.item, `$${f.usd.toFixed(f.usd < 0.1 ? 4 : 2)}`]), ['total', `$${r.fixedMonthly.reduce((a, f) => a + f.usd, 0).toFixed(2)}`]]));
  out('Not counted: CloudWatch Logs and X-Ray (sampled), data transfer, the free tiers, Lambda polling empty queues.');
}

/** Runs one measured section; a failure is printed under the section's title, fails the run, and is kept as the result. */
async function orFailure<T>(title: string, measure: () => Promise<T>, print: (result: T) => void): Promise<T | { error: string }> {
  try {
    const result = await measure();
    print(result);
    return result;
  } catch (e) {
    out(section(title));
    out(`FAILED: ${(e as Error).message}`);
    process.exitCode = 1;
    return { error: (e as Error).message };
  }
}

async function main(): Promise<void> {
  // Handler loggers read the level when they are created: handlers and the local runtime are
  // imported dynamically (bench/aws-calls.ts, bench/throughput.ts), after this line.
  process.env.POWERTOOLS_LOG_LEVEL = 'ERROR';
  // The SDK warns once that its 2027 releases need Node >= 22 (Lambda runs 22; this machine may not).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const started = performance.now();
  const cpus = os.cpus();
  const machine = {
    node: process.version, platform: `${os.platform()} ${os.release()} ${os.arch()}`, cpuCount: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown', memoryGb: round(os.totalmem() / 2 ** 30, 1), date: new Date().toISOString(),
  };
  out(`hotel-payments benchmark, ${machine.date}; node ${machine.node} on ${machine.platform}, ${machine.cpuCount} x ${machine.cpuModel}, ${machine.memoryGb} GB`);
  out('Note: AWS figures come from a local moto server and a local Node, not Lambda: they are indicative (relative, not absolute).');

  if (process.env.BENCH_ONLY) out(`BENCH_ONLY: sections ${[...ONLY].sort().join(", ")}`);

  const target = bundleTarget();
  let bundles: BundleResult[] | undefined;
  let floors: BundleResult[] | undefined;
  let init: ReturnType<typeof printInit> | undefined;
  if (runs(1) || runs(2)) {
    const t0 = performance.now();
    bundles = await bundleAll(FUNCTIONS, target.target);
    const sets = [...new Map(bundles.map((b) => [floorName(b.allowedClients), b.allowedClients])).values()];
    floors = await bundleFloors(sets, target.target);
    if (runs(1)) printBundles(bundles, floors, target, (performance.now() - t0) / 1000);
  }
  if (runs(2) && bundles && floors) {
    // BENCH_INIT_FUNCTIONS=payment-page,send-emails: only those functions (and their floors), for a quick look.
    const only = (process.env.BENCH_INIT_FUNCTIONS ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    const withFn = bundles.filter((b) => !only.length || only.includes(b.name)).map((bundle) => ({ bundle, fn: FUNCTIONS.find((f) => f.name === bundle.name)! }));
    const used = new Set(withFn.map((x) => floorName(x.bundle.allowedClients)));
    const probes = (await bundleLibraryProbes(FUNCTIONS, target.target)).filter((p) => withFn.some((w) => p.name === `libraries of ${w.bundle.name}`));
    init = printInit(await measureInit(withFn, floors.filter((f) => used.has(floorName(f.allowedClients))), INIT_RUNS, probes));
  }

  let moto: Moto | undefined;
  let awsCalls: AwsCallsResult | { error: string } | undefined;
  let throughput: ThroughputResult | undefined;
  let sweep: SweepRow[] | { error: string } | undefined;
  let vaultRefunds: VaultRefundsResult | { error: string } | undefined;
  let scale: ScaleResult | { error: string } | undefined;
  let cost: CostResult | { error: string } | undefined;
  try {
    if ([3, 4, 5, 6, 7, 8].some(runs)) moto = await startMoto();
    if (moto && runs(3)) {
      awsCalls = await orFailure('3. AWS calls per operation', () => measureAwsCalls(moto!.endpoint), printAwsCalls);
    }
    if (moto && runs(8)) {
      cost = await orFailure('8. Cost per 1,000 guarantee lifecycles', () => measureCost(moto!.endpoint), (r) => {
        printCost(r);
        // The target is met when a hotel may reach it: with the digest policy (the default sends one e-mail more).
        if (r.policies[1]!.usdPer1000 > COST_TARGET_USD) process.exitCode = 1;
      });
    }
    if (moto && runs(4)) {
      try {
        throughput = await measureThroughput(moto.endpoint, LOAD);
      } catch (e) {
        throughput = { skipped: true, reason: `failed: ${(e as Error).message}` };
        process.exitCode = 1;
      }
      printThroughput(throughput);
    }
    if (moto && runs(5)) {
      sweep = await orFailure('5. Option sweep reads against table size', () => measureSweep(moto!.endpoint, SWEEP_SIZES, 20), printSweep);
    }
    if (moto && runs(6)) {
      vaultRefunds = await orFailure('6. Refunds and the card vault: AWS and PSP calls per operation', () => measureVaultRefunds(moto!.endpoint), (r) => {
        printVaultRefunds(r);
        if (r.checks.some((c) => !c.ok)) process.exitCode = 1;
      });
    }
    if (moto && runs(7)) {
      scale = await orFailure('7. Local stack latency against table size', () => measureScale(moto!.endpoint, SCALE_SIZES, SCALE_SAMPLES), (r) => {
        printScale(r);
        if (!r.ok) process.exitCode = 1;
      });
    }
  } finally {
    await moto?.stop();
  }

  const seconds = (performance.now() - started) / 1000;
  const file = path.join(__dirname, 'results.json');
  // A partial run (BENCH_ONLY) keeps the other sections' figures from the last run that had them.
  let previous: Record<string, unknown> = {};
  if (ONLY.size < SECTIONS.length && existsSync(file)) {
    try {
      previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      previous = {};
    }
  }
  const results = {
    ...previous,
    machine,
    note: 'Local moto server and local Node: indicative figures.',
    seconds: round(seconds, 1),
    sectionsRun: [...ONLY].sort(),
    ...(runs(1) && bundles ? {
      bundles: bundles.map((b) => ({ name: b.name, entry: b.entry, rawBytes: b.rawBytes, gzipBytes: b.gzipBytes, mapBytes: b.mapBytes, clients: b.clients, allowedClients: b.allowedClients, zod: b.zod, target: target.target })),
    } : {}),
    ...(init ? { init: init.map((s) => ({ ...s, firstLine: roundAll(s.firstLine), init: roundAll(s.init), firstRequest: roundAll(s.firstRequest), initAndFirst: roundAll(s.initAndFirst), wall: roundAll(s.wall), ...(s.xFloor ? { xFloor: round(s.xFloor, 2), xFloorWithFirst: round(s.xFloorWithFirst!, 2) } : {}) })), initTarget: INIT_TARGET } : {}),
    ...(runs(3) ? { awsCalls } : {}),
    ...(runs(4) ? { throughput } : {}),
    ...(runs(5) ? { sweep } : {}),
    ...(runs(6) ? { vaultRefunds } : {}),
    ...(runs(8) ? { cost } : {}),
    ...(runs(7) ? { scale: scale && 'rows' in scale ? roundScale(scale) : scale } : {}),
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  out(`\nDone in ${fmt(seconds)} s; results in ${path.relative(process.cwd(), file) || file}`);
}

const roundScale = (r: ScaleResult) => ({
  ...r, seedSeconds: round(r.seedSeconds, 1), ratio: roundAll(r.ratio, 2),
  rows: r.rows.map((x) => ({ ...x, createRequest: roundAll(x.createRequest), ipnAck: roundAll(x.ipnAck) })),
});

const roundAll = (o: object, digits = 1) => Object.fromEntries(Object.entries(o as Record<string, number>).map(([k, v]) => [k, round(v, digits)]));

main().catch((e: Error) => {
  process.stderr.write(`bench failed: ${e.stack ?? e.message}\n`);
  process.exitCode = 1;
});
