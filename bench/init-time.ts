import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUEUES, queueUrlVariable, type FunctionDescription } from '../functions/catalog';
import { BUILD_DIR, floorName, type BundleResult } from './bundles';

/** One spawned process: when user code started, the import, the first request, the process's life. */
export interface Sample {
  /** performance.now() at the first line of user code: Node's own start-up, in ms since the process began. */
  readonly firstLineMs: number;
  /** `await import(bundle)`: module evaluation of the bundle, clients constructed (0 for bare Node). */
  readonly initMs: number;
  /** The first handler call after the import, up to its answer (0 when there is none). */
  readonly firstRequestMs: number;
  /** spawn() to exit, measured by this process. */
  readonly wallMs: number;
}

export interface InitTarget {
  readonly label: string;
  readonly kind: 'bare' | 'floor' | 'function' | 'libraries';
  readonly bundle?: BundleResult;
  readonly samples: Sample[];
  /** A function's floor samples, each taken beside the function's sample of the same index. */
  readonly pairedFloor?: Sample[];
}

/**
 * What Lambda's environment would hold: dummies, so module-level construction does not fail. No
 * NODE_OPTIONS: the CDK no longer sets --enable-source-maps. AWS calls go to a closed local port
 * with one attempt, so a first request's AWS call fails at once (no network in the figure): it
 * still runs everything the SDK does on its first call (credentials, endpoint, signing, HTTP agent).
 */
export function lambdaLikeEnv(serviceName: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
    AWS_MAX_ATTEMPTS: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: 'bench-table',
    KMS_KEY_ID: '00000000-0000-0000-0000-000000000000',
    MAIL_FROM: 'bench@example.com',
    ADMIN_API_KEY_HASH: '0'.repeat(64),
    PSP_FORM_URL: 'https://psp.example.com/vads-payment/',
    PUBLIC_BASE_URL: 'https://api.example.com',
    ...Object.fromEntries(QUEUES.map((q) => [queueUrlVariable(q.name), `https://sqs.eu-west-3.amazonaws.com/000000000000/${q.name}`])),
    POWERTOOLS_SERVICE_NAME: serviceName,
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  };
}

/**
 * The first request a fresh container of this function handles in the bench: the cheapest real
 * one its trigger brings (an API call with an unknown key, a page for an unknown link, one queue
 * message, one outbox record, one scheduled run). It goes as far as its first AWS call, which fails
 * at once (see lambdaLikeEnv); the API reference and document need no AWS and answer fully.
 */
export function firstRequestEvent(fn: FunctionDescription): unknown {
  const now = new Date().toISOString();
  const t = fn.trigger;
  switch (t.kind) {
    case 'http': {
      const params = Object.fromEntries([...t.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, m[1] === 'provider' ? 'systempay' : 'BENCH-1']));
      const form = t.auth === 'psp';
      return {
        httpMethod: t.method, resource: t.path, path: t.path.replace(/\{(\w+)\}/g, (_, k: string) => params[k]!),
        pathParameters: Object.keys(params).length ? params : null, queryStringParameters: null, multiValueQueryStringParameters: null,
        headers: { host: 'api.example.com', authorization: 'Bearer bench-key-not-issued', 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
        body: t.method === 'GET' ? null : form ? 'vads_site_id=12345678&vads_trans_status=AUTHORISED' : '{}', isBase64Encoded: false,
        requestContext: { stage: 'prod', domainName: 'api.example.com', requestId: 'bench', httpMethod: t.method, path: t.path },
      };
    }
    case 'queue': {
      const type = QUEUES.find((q) => q.name === t.queue)?.events[0] ?? 'unknown';
      const body = JSON.stringify({ id: '01BENCH', type, version: 1, occurredAt: now, hotelId: 'H-BENCH', data: { hotelId: 'H-BENCH', reservationId: 'BENCH-1', paymentRequestId: '01BENCH', notificationId: '01BENCH' } });
      return { Records: [{ messageId: 'm-1', receiptHandle: 'r-1', body, attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, eventSource: 'aws:sqs', eventSourceARN: `arn:aws:sqs:eu-west-3:000000000000:${t.queue}`, awsRegion: 'eu-west-3' }] };
    }
    case 'outbox-stream': {
      const event = { id: '01BENCH', type: 'payment-request.created', version: 1, occurredAt: now, hotelId: 'H-BENCH', data: {} };
      const image = { PK: { S: 'OUTBOX#01BENCH' }, SK: { S: 'OUTBOX' }, entity: { S: 'outbox' }, event: { M: { id: { S: event.id }, type: { S: event.type }, version: { N: '1' }, occurredAt: { S: now }, hotelId: { S: event.hotelId }, data: { M: {} } } } };
      return { Records: [{ eventID: '1', eventName: 'INSERT', eventSource: 'aws:dynamodb', dynamodb: { Keys: { PK: image.PK, SK: image.SK }, NewImage: image, SequenceNumber: '1' } }] };
    }
    case 'schedule':
      return { version: '0', id: 'bench', 'detail-type': 'Scheduled Event', source: 'aws.events', time: now, region: 'eu-west-3', resources: [], detail: {} };
    default:
      return undefined;
  }
}

const PROBE = `const t0 = performance.now();
const mod = await import(process.argv[2]);
const t1 = performance.now();
let t2 = t1;
if (process.argv[3] && typeof mod.handler === 'function') {
  const context = { functionName: 'bench', awsRequestId: 'bench', callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => 30000 };
  try { await mod.handler(JSON.parse(process.argv[3]), context); } catch {}
  t2 = performance.now();
}
process.stdout.write('\\n' + JSON.stringify({ firstLineMs: t0, initMs: t1 - t0, firstRequestMs: t2 - t1 }) + '\\n', () => process.exit(0));
`;
const BARE = "process.stdout.write(JSON.stringify({ firstLineMs: performance.now(), initMs: 0, firstRequestMs: 0 }))";

function runOnce(args: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return reject(new Error(`node ${args[1] ?? args[0]} exited ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
      try {
        const parsed = JSON.parse(out.trim().split('\n').pop() ?? '') as Omit<Sample, 'wallMs'>;
        resolve({ ...parsed, wallMs });
      } catch {
        reject(new Error(`unexpected probe output: ${out.slice(-200)}`));
      }
    });
  });
}

/**
 * Spawns Node `runs` times per function, each time beside one run of the floor of its clients (a
 * pair: floor then function, or function then floor, alternating by round so neither side always
 * goes first). A function's ratio to its floor is the median of its pairs' ratios: two processes
 * a few hundred milliseconds apart see the same machine, so a slow spell on this shared 2-core VM
 * moves both sides of a pair and not the ratio (medians of samples taken far apart moved one
 * function's ratio by ±0.1 between runs). Round-robin over the functions (drift spreads evenly),
 * bare Node once a round, after one unmeasured warm-up each (page cache). Sequential: on 2 cores,
 * parallel spawns would measure contention. A floor's own figures are all its paired samples.
 * The library probes (bundles.ts, LIBRARY_PROBES) go round with the functions, paired the same way.
 */
export async function measureInit(
  functions: ReadonlyArray<{ bundle: BundleResult; fn: FunctionDescription }>,
  floors: readonly BundleResult[],
  runs: number,
  libraries: readonly BundleResult[] = [],
): Promise<InitTarget[]> {
  const probe = path.join(BUILD_DIR, 'probe.mjs');
  writeFileSync(probe, PROBE);
  type Spawned = InitTarget & { args: string[]; env: NodeJS.ProcessEnv };
  const bare: Spawned = { label: 'bare node -e', kind: 'bare', samples: [], args: ['-e', BARE], env: lambdaLikeEnv('bare') };
  const floorTargets = new Map(floors.map((b) => [floorName(b.allowedClients), {
    label: b.name, kind: 'floor' as const, bundle: b, samples: [] as Sample[], args: [probe, pathToFileURL(b.file).href, '{}'], env: lambdaLikeEnv('floor'),
  }]));
  const measured = [
    ...functions.map(({ bundle, fn }) => ({
      label: bundle.name, kind: 'function' as const, bundle, samples: [] as Sample[], pairedFloor: [] as Sample[],
      floor: floorTargets.get(floorName(bundle.allowedClients)),
      args: [probe, pathToFileURL(bundle.file).href, JSON.stringify(firstRequestEvent(fn) ?? {})], env: lambdaLikeEnv(fn.name),
    })),
    // A library probe's handler is its floor's, run by middy: the floor's first request.
    ...libraries.map((bundle) => ({
      label: bundle.name, kind: 'libraries' as const, bundle, samples: [] as Sample[], pairedFloor: [] as Sample[],
      floor: floorTargets.get(floorName(bundle.allowedClients)),
      args: [probe, pathToFileURL(bundle.file).href, '{}'], env: lambdaLikeEnv('libraries'),
    })),
  ];
  for (const t of [bare, ...floorTargets.values(), ...measured]) await runOnce(t.args, t.env);
  for (let i = 0; i < runs; i++) {
    bare.samples.push(await runOnce(bare.args, bare.env));
    for (const t of measured) {
      if (!t.floor) {
        t.samples.push(await runOnce(t.args, t.env));
        continue;
      }
      const floorFirst = i % 2 === 0;
      const a = await runOnce(...(floorFirst ? [t.floor.args, t.floor.env] as const : [t.args, t.env] as const));
      const b = await runOnce(...(floorFirst ? [t.args, t.env] as const : [t.floor.args, t.floor.env] as const));
      const [floorSample, fnSample] = floorFirst ? [a, b] : [b, a];
      t.samples.push(fnSample);
      t.pairedFloor.push(floorSample);
      t.floor.samples.push(floorSample);
    }
  }
  const result = (t: InitTarget): InitTarget => ({ label: t.label, kind: t.kind, ...(t.bundle ? { bundle: t.bundle } : {}), samples: t.samples });
  return [result(bare), ...[...floorTargets.values()].map(result), ...measured.map((t) => ({ ...result(t), ...(t.floor ? { pairedFloor: t.pairedFloor } : {}) }))];
}
