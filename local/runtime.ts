import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Handler } from 'aws-lambda';
import { FUNCTIONS, QUEUES, type FunctionDescription, settingsOf } from '../functions/catalog';
import { atInstant, inFunctionScope } from './function-scope';
import { BodyTooLarge, compileRoute, invoke, matchRoute, readBody, toApiGatewayEvent, writeResult, type CompiledRoute } from './gateway';
import { startMoto, type Moto } from './moto';
import { readOutbox } from './outbox';
import { createWebhookReceiver } from './webhook-receiver';
import { pollQueue, pollStream, type Poller } from './pollers';
import { provision, type Provisioned } from './provision';
import { createPspSandbox, type PspSandbox } from './psp-sandbox';
import { setContainer } from '../functions/shared/container';
import { wasFaulted, type FaultInjector } from './faults';

export interface LocalOptions {
  readonly port?: number;
  readonly host?: string;
  readonly adminApiKey?: string;
  readonly publicBaseUrl?: string;
  /** An already running moto server (tests share one); otherwise one is started and stopped here. */
  readonly motoEndpoint?: string;
  readonly mailFrom?: string;
  readonly ipnRetryIntervalMs?: number;
  readonly retryDelaySeconds?: number;
  /** Consumers polling each queue at once, as Lambda runs several (default 2). */
  readonly queueConsumers?: number;
  /** Multiplies queue backoff delays (refund retries); default 0.1. */
  readonly queueBackoffScale?: number;
  readonly tableName?: string;
  readonly log?: (msg: string, fields?: Record<string, unknown>) => void;
  /** Fault injection around every function's AWS calls (chaos runs); off when absent. */
  readonly faults?: FaultInjector;
  /** Told of every answer the local API Gateway gives (chaos runs watch what the PSP gets). */
  readonly onResponse?: (r: { method: string; path: string; status: number; faulted: boolean }) => void;
}

export interface LocalStack {
  readonly url: string;
  readonly adminApiKey: string;
  readonly motoEndpoint: string;
  readonly resources: Provisioned;
  readonly sandbox: PspSandbox;
  /** Waits until queues and the stream have nothing left to deliver (for tests). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..');

/** An instant with its offset, as `?at=` of a job run takes it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Settings only the local stack has: the sandbox that provisions PSP shops. */
const LOCAL_SETTINGS = ['PSP_SANDBOX_URL'];

/** A function's handler, run in its own settings scope: it sees what Lambda would give it, no more. */
async function loadHandler(fn: FunctionDescription, faults?: FaultInjector): Promise<Handler> {
  const mod = (await import(path.join(ROOT, fn.entry))) as { handler?: Handler };
  if (typeof mod.handler !== 'function') throw new Error(`${fn.entry} exports no handler`);
  const handler = faults ? faults.wrap(fn.name, mod.handler) : mod.handler;
  const allowed = [...settingsOf(fn), ...LOCAL_SETTINGS];
  return (event, context, callback) => inFunctionScope(fn, allowed, () => handler(event, context, callback));
}

/**
 * The whole backend on one machine: moto as AWS, resources made from the CDK's own descriptions,
 * every HTTP route, queue and stream served by the same handler code as in Lambda, plus the PSP
 * sandbox and the e-mail outbox.
 */
export async function startLocalStack(opts: LocalOptions = {}): Promise<LocalStack> {
  const log = opts.log ?? ((msg: string, fields?: Record<string, unknown>) => console.log(`[local] ${msg}`, fields ? JSON.stringify(fields) : ''));
  const host = opts.host ?? '127.0.0.1';
  let moto: Moto | undefined;
  const motoEndpoint = opts.motoEndpoint ?? (moto = await startMoto()).endpoint;

  Object.assign(process.env, {
    AWS_ENDPOINT_URL: motoEndpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'eu-west-3',
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  });
  setContainer(undefined); // handlers wire themselves from this stack's settings, not a previous one's
  const resources = await provision({ mailFrom: opts.mailFrom ?? 'reservations@hotel-payments.local', ...(opts.tableName ? { tableName: opts.tableName } : {}) });

  // Listening comes first (links need the port); until the handlers are loaded, requests are told
  // to come back rather than left without an answer.
  const starting = (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
    res.end(JSON.stringify({ error: { code: 'starting', message: 'The local stack is starting; retry in a moment' } }));
  };
  const server: Server = createServer(starting);
  // The server never closes an idle keep-alive connection before its clients do (their pools let
  // go after a few seconds): a request sent on a socket the server just closed would be reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 3000, host, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const url = `http://${host}:${port}`;
  const publicBaseUrl = (opts.publicBaseUrl ?? url).replace(/\/$/, '');
  const adminApiKey = opts.adminApiKey ?? `admin_${randomBytes(24).toString('base64url')}`;
  const sandbox = createPspSandbox({ publicBaseUrl, ipnRetryIntervalMs: opts.ipnRetryIntervalMs ?? 2000, log: (m, f) => log(`psp-sandbox: ${m}`, f) });

  Object.assign(process.env, resources.env, {
    PUBLIC_BASE_URL: publicBaseUrl,
    PSP_FORM_URL: `${publicBaseUrl}/psp-sandbox/vads-payment/`,
    PSP_SANDBOX_URL: `${url}/psp-sandbox`,
    PSP_REST_URL: `${url}/psp-sandbox/api-payment/V4/`,
    // Refund retries back off 30 s … 15 min in AWS; locally a tenth of that (tests: less).
    QUEUE_BACKOFF_SCALE: String(opts.queueBackoffScale ?? 0.1),
    // Webhooks may be sent to this machine (http://127.0.0.1:*, the receiver at /local/webhooks).
    WEBHOOK_TARGETS: 'local',
    ADMIN_API_KEY_HASH: createHash('sha256').update(adminApiKey).digest('hex'),
  });

  const receiver = createWebhookReceiver();
  const routes: Array<{ route: CompiledRoute; fn: FunctionDescription; handler: Handler }> = [];
  const jobs = new Map<string, { fn: FunctionDescription; handler: Handler }>();
  const pollers: Poller[] = [];
  const sqs = new SQSClient({});
  for (const fn of FUNCTIONS) {
    const handler = await loadHandler(fn, opts.faults);
    const t = fn.trigger;
    if (t.kind === 'http') routes.push({ route: compileRoute(t.method, t.path), fn, handler });
    else if (t.kind === 'schedule') jobs.set(t.job, { fn, handler });
    else if (t.kind === 'queue') {
      const queueUrl = resources.queueUrls[t.queue]!;
      const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
      // A queue with a backoff policy: its consumer sets the delay itself.
      const backsOff = QUEUES.some((q) => q.name === t.queue && q.backoff);
      // Lambda polls a queue with several concurrent consumers (five at first); locally a few.
      for (let c = 0; c < (opts.queueConsumers ?? 2); c++) {
        pollers.push(pollQueue({ name: fn.name, queueUrl, queueArn: arn, batchSize: t.batchSize, handler: handler as never, ...(backsOff ? {} : { retryDelaySeconds: opts.retryDelaySeconds ?? 2 }), log }));
      }
    } else if (t.kind === 'outbox-stream') {
      pollers.push(pollStream({ name: fn.name, tableName: resources.tableName, handler: handler as never, intervalMs: 100, log }));
    }
  }
  const timers = [...jobs.entries()].map(([job, { fn, handler }]) => {
    const every = fn.trigger.kind === 'schedule' ? fn.trigger.everyMinutes : 15;
    return setInterval(() => {
      invoke(handler, scheduledEvent(job), fn.name).catch((e: Error) => log(`job ${job} failed`, { error: e.message }));
    }, every * 60_000);
  });

  server.off('request', starting);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: Error) => {
      if (e instanceof BodyTooLarge) {
        opts.onResponse?.({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname, status: 413, faulted: false });
        if (!res.headersSent) writeResult(res, { statusCode: 413, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Request Too Long' }) });
        return;
      }
      log('request failed', { path: req.url, error: e.message });
      opts.onResponse?.({ method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname, status: 500, faulted: false });
      if (!res.headersSent) writeResult(res, { statusCode: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'internal_error', message: 'Local runtime error' } }) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (await sandbox.handle(req, res)) return;
    if (pathname.startsWith('/local/webhooks') && (await receiver.handle(req, res))) return;
    if (pathname === '/local/outbox' && method === 'GET') {
      return writeResult(res, { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ emails: await readOutbox(motoEndpoint) }) });
    }
    if (pathname === '/local/resources' && method === 'GET') {
      // For operator commands run against the local stack (npm run ops -- --local ...).
      return writeResult(res, { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ awsEndpoint: motoEndpoint, region: process.env.AWS_REGION, tableName: resources.tableName, queueUrls: resources.queueUrls, deadLetterQueueUrls: resources.dlqUrls }) });
    }
    if (pathname === '/local/jobs' && method === 'GET') {
      return writeResult(res, { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jobs: [...jobs.keys()] }) });
    }
    const job = /^\/local\/jobs\/([\w-]+)$/.exec(pathname)?.[1];
    if (job && method === 'POST') {
      const j = jobs.get(job);
      if (!j) return writeResult(res, { statusCode: 404, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'job_not_found', message: `No job ${job}` } }) });
      // ?at=2026-12-03T08:30:00+01:00 runs the job as of that instant (tomorrow's digest, next week's sweep).
      const at = new URL(req.url ?? '/', 'http://x').searchParams.get('at');
      if (at !== null && (!INSTANT.test(at) || Number.isNaN(Date.parse(at)))) {
        return writeResult(res, { statusCode: 400, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'invalid_instant', message: 'at must be an ISO 8601 instant with its offset, e.g. 2026-12-03T08:30:00+01:00' } }) });
      }
      const run = () => invoke(j.handler, scheduledEvent(job), j.fn.name);
      const result = await (at === null ? run() : atInstant(new Date(at), run));
      return writeResult(res, { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ job, result: result ?? null }) });
    }
    for (const r of routes) {
      const params = matchRoute(r.route, method, pathname);
      if (!params) continue;
      const body = await readBody(req);
      let result: { statusCode: number };
      let faulted = false;
      try {
        result = (await invoke(r.handler, toApiGatewayEvent(req, body, r.route, params), r.fn.name)) as { statusCode: number };
        faulted = wasFaulted(result);
      } catch (e) {
        if (!wasFaulted(e)) throw e;
        // A function that died answers what API Gateway answers for it.
        faulted = true;
        result = { statusCode: 502, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Internal server error' }) } as never;
      }
      opts.onResponse?.({ method, path: pathname, status: result.statusCode, faulted });
      return writeResult(res, result as never);
    }
    const known = routes.some((r) => matchRoute(r.route, r.route.method, pathname));
    writeResult(res, {
      statusCode: known ? 405 : 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: known ? { code: 'method_not_allowed', message: `${method} is not allowed here` } : { code: 'route_not_found', message: `No route for ${method} ${pathname}` } }),
    });
  }

  return {
    url, adminApiKey, motoEndpoint, resources, sandbox,
    async settle() {
      // Two rounds: a relayed event may enqueue work whose processing emits more events.
      for (let i = 0; i < 3; i++) {
        await sandbox.idle();
        await Promise.all(pollers.map((p) => p.idle()));
      }
    },
    async stop() {
      timers.forEach(clearInterval);
      sandbox.stop();
      await Promise.all(pollers.map((p) => p.stop()));
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections?.();
      await moto?.stop();
    },
  };
}

function scheduledEvent(job: string) {
  return { version: '0', id: randomBytes(8).toString('hex'), 'detail-type': 'Scheduled Event', source: 'aws.events', account: '000000000000', time: new Date().toISOString(), region: process.env.AWS_REGION ?? 'eu-west-3', resources: [`local:schedule/${job}`], detail: {} };
}

