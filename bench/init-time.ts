import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUEUES, queueUrlVariable, type FunctionDescription } from '../functions/catalog';
import { BUILD_DIR, type BundleResult } from './bundles';

/** One spawned process: when user code started, the import, the first request, the process's life. */
interface Sample {
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
  readonly kind: 'bare' | 'floor' | 'function';
  readonly bundle?: BundleResult;
  readonly samples: Sample[];
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

/** How many times a round measures the references (bare Node and the floors), spread through it. */
export const REFERENCE_PASSES = 3;

/**
 * Spawns Node `runs` times per function, round-robin (drift on the machine spreads evenly over all
 * of them), after one unmeasured warm-up each (page cache). The references every ratio divides by,
 * bare Node and the floors, are measured REFERENCE_PASSES times a round, between thirds of the
 * functions: one floor stands for up to 30 functions, so its median gets the most samples.
 * Sequential: on 2 cores, parallel spawns would measure contention.
 */
export async function measureInit(
  functions: ReadonlyArray<{ bundle: BundleResult; fn: FunctionDescription }>,
  floors: readonly BundleResult[],
  runs: number,
): Promise<InitTarget[]> {
  const probe = path.join(BUILD_DIR, 'probe.mjs');
  writeFileSync(probe, PROBE);
  const targets: Array<InitTarget & { args: string[]; env: NodeJS.ProcessEnv }> = [
    { label: 'bare node -e', kind: 'bare', samples: [], args: ['-e', BARE], env: lambdaLikeEnv('bare') },
    ...floors.map((b) => ({ label: b.name, kind: 'floor' as const, bundle: b, samples: [], args: [probe, pathToFileURL(b.file).href, '{}'], env: lambdaLikeEnv('floor') })),
    ...functions.map(({ bundle, fn }) => ({
      label: bundle.name, kind: 'function' as const, bundle, samples: [],
      args: [probe, pathToFileURL(bundle.file).href, JSON.stringify(firstRequestEvent(fn) ?? {})], env: lambdaLikeEnv(fn.name),
    })),
  ];
  for (const t of targets) await runOnce(t.args, t.env);
  const references = targets.filter((t) => t.kind !== 'function');
  const measured = targets.filter((t) => t.kind === 'function');
  const third = Math.ceil(measured.length / REFERENCE_PASSES);
  const round = Array.from({ length: REFERENCE_PASSES }, (_, k) => [...references, ...measured.slice(k * third, (k + 1) * third)]).flat();
  for (let i = 0; i < runs; i++) {
    for (const t of round) t.samples.push(await runOnce(t.args, t.env));
  }
  return targets.map(({ label, kind, bundle, samples }) => ({ label, kind, ...(bundle ? { bundle } : {}), samples }));
}
