import { randomBytes } from 'node:crypto';
import { FUNCTIONS, queuesForEvent } from '../functions/catalog';
import { perFunctionContainers, expectStatus } from './containers';
import { adminKey, formFields, hotelBody, ipnFor, reservationBody, sha256Hex } from './scenario';

/**
 * Public list prices, on-demand, no free tier, region eu-west-1 (Ireland), as published on the
 * AWS pricing pages in 2025 (read 2025-11; check them before quoting a figure to anyone).
 */
export const PRICES = {
  date: '2025-11', region: 'eu-west-1',
  lambdaRequest: 0.20 / 1e6, // per invocation
  lambdaGbSecondArm: 0.0000133334, // arm64, per GB-second
  apiGatewayRestRequest: 3.50 / 1e6, // REST API, first 333 M a month
  wafRequest: 0.60 / 1e6, // per web request inspected
  dynamoWru: 0.7065 / 1e6, // on-demand write request unit
  dynamoRru: 0.1413 / 1e6, // on-demand read request unit
  kmsRequest: 0.03 / 1e4, // symmetric requests
  sqsRequest: 0.40 / 1e6, // standard queue, per 64 KB request
  sesEmail: 0.10 / 1e3, // outbound e-mail
  // Fixed, per month: shown apart (they do not grow with lifecycles).
  kmsKeyMonth: 1.0, wafWebAclMonth: 5.0, wafRuleMonth: 1.0,
} as const;

/** What the fixed monthly costs are made of in the stateful and stateless stacks. */
export const FIXED = { kmsKeys: 2, wafWebAcls: 1, wafRules: 3 } as const;

export const COST_TARGET_USD = 0.30;

interface Counted { calls: Record<string, number>; wru: number; rru: number; invocations: Record<string, number>; gbSeconds: number; apiRequests: number; sqsPolls: number }

export interface CostLine { readonly item: string; readonly quantity: number; readonly unit: string; readonly usdPer1000: number }
export interface CostResult {
  readonly lifecycles: number;
  readonly perLifecycle: { calls: Record<string, number>; invocations: Record<string, number>; wru: number; rru: number; gbSeconds: number };
  readonly lines: CostLine[];
  readonly usdPer1000: number;
  readonly fixedMonthly: Array<{ item: string; usd: number }>;
  readonly emails: number;
}

/** On-demand capacity units of one successful DynamoDB call, estimated from the sizes of its items. */
function capacityOf(command: string, input: any, output: any): { wru: number; rru: number } {
  const size = (x: unknown) => (x === undefined ? 0 : Buffer.byteLength(JSON.stringify(x)));
  const w = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
  const r = (bytes: number, consistent: boolean) => Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5);
  switch (command) {
    case 'PutItem': return { wru: w(size(input?.Item)), rru: 0 };
    case 'UpdateItem': case 'DeleteItem': return { wru: w(size(output?.Attributes)), rru: 0 };
    case 'BatchWriteItem': return { wru: Object.values(input?.RequestItems ?? {}).flat().reduce((s: number, x: any) => s + w(size(x?.PutRequest?.Item)), 0), rru: 0 };
    case 'TransactWriteItems': {
      let wru = 0; let rru = 0;
      for (const t of input?.TransactItems ?? []) {
        if (t.Put) wru += 2 * w(size(t.Put.Item));
        else if (t.ConditionCheck) rru += 2;
        else wru += 2;
      }
      return { wru, rru };
    }
    case 'GetItem': return { wru: 0, rru: r(size(output?.Item), !!input?.ConsistentRead) };
    case 'Query': case 'Scan': return { wru: 0, rru: r(size(output?.Items), !!input?.ConsistentRead) };
    case 'BatchGetItem': return { wru: 0, rru: Object.values(output?.Responses ?? {}).flat().reduce((s: number, x) => s + r(size(x), false), 0) || 0.5 };
    case 'TransactGetItems': return { wru: 0, rru: (output?.Responses ?? []).reduce((s: number, x: any) => s + 2 * Math.max(1, Math.ceil(size(x?.Item) / 4096)), 0) };
    default: return { wru: 0, rru: 0 };
  }
}

/**
 * Guarantee lifecycles run through the handlers against moto, as section 3, with every step a
 * deployment would run: the PMS asks for a 30 % deposit by e-mail; the outbox relay
 * (dispatch-events) takes each committed event to its queues; send-emails sends the guest the
 * request; the guest opens the page; the PSP notifies (acknowledged, relayed, processed); the
 * confirmation e-mails go out. Every AWS call is counted, DynamoDB capacity estimated from item
 * sizes, Lambda GB-seconds from the handler's duration here (indicative) and its memory. One
 * lifecycle unmeasured first (warm containers), then `lifecycles` measured; the mean is priced.
 */
export async function measureCost(motoEndpoint: string, lifecycles = 3): Promise<CostResult> {
  Object.assign(process.env, { AWS_ENDPOINT_URL: motoEndpoint, AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  const { provision } = await import('../local/provision');
  const { apiEvent, call, sqsBatch } = await import('../test/support/api');
  const { lambdaContext } = await import('../local/gateway');
  const { sign } = await import('../adapters/psp/systempay/signature');
  const { observeAwsCalls, resetAwsCallCounts } = await import('../adapters/aws/clients');
  const { dynamoClient } = await import('../adapters/aws/client-dynamodb');
  const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
  const { marshall } = await import('@aws-sdk/util-dynamodb');
  const handlers = {
    'create-hotel': (await import('../functions/http/create-hotel')).handler,
    'upsert-reservation': (await import('../functions/http/upsert-reservation')).handler,
    'create-payment-request': (await import('../functions/http/create-payment-request')).handler,
    'payment-page': (await import('../functions/http/payment-page')).handler,
    'receive-psp-notification': (await import('../functions/http/receive-psp-notification')).handler,
    'process-psp-notification': (await import('../functions/queues/process-psp-notification')).handler,
    'send-emails': (await import('../functions/queues/send-emails')).handler,
    'dispatch-events': (await import('../functions/streams/dispatch-events')).handler,
    // Every payment event also goes to the hotel's event feed (the webhooks queue), subscribed or not.
    'deliver-webhooks': (await import('../functions/queues/deliver-webhooks')).handler,
  } as Record<string, (e: unknown, c: unknown, cb?: unknown) => Promise<any>>;

  const tableName = `bench-cost-${randomBytes(4).toString('hex')}`;
  const resources = await provision({ tableName, mailFrom: 'hotel-payments@example.com' });
  const admin = adminKey();
  Object.assign(process.env, resources.env, { ADMIN_API_KEY_HASH: sha256Hex(admin), PSP_FORM_URL: 'https://psp.example.com/vads-payment/', PUBLIC_BASE_URL: 'https://api.example.com' });
  delete process.env.PSP_SANDBOX_URL;
  const { measure, release } = await perFunctionContainers();

  let counting: Counted | undefined;
  observeAwsCalls(({ service, command, input, output }) => {
    if (!counting || service !== 'DynamoDB') return;
    const c = capacityOf(command, input, output);
    counting.wru += c.wru;
    counting.rru += c.rru;
  });
  const seen = new Set<string>();
  /** Runs one function as Lambda would (its container kept warm), counting what it costs. */
  const invoke = async <T>(fn: string, run: () => Promise<T>): Promise<T> => {
    const r = await measure(fn, false, run);
    if (counting) {
      for (const [k, v] of Object.entries(r.calls.calls)) counting.calls[k] = (counting.calls[k] ?? 0) + v;
      counting.invocations[fn] = (counting.invocations[fn] ?? 0) + 1;
      const memoryMb = FUNCTIONS.find((f) => f.name === fn)?.memoryMb ?? 512; // DEFAULT_MEMORY_MB in infra/lambda-function.ts
      // Lambda bills each invocation by the millisecond; 1 ms at least.
      counting.gbSeconds += (memoryMb / 1024) * (Math.max(1, Math.ceil(r.calls.ms)) / 1000);
    }
    return r.value;
  };
  const api = async (fn: string, event: unknown) => {
    if (counting) counting.apiRequests += 1;
    return invoke(fn, () => call(handlers[fn] as never, event as never));
  };
  /** Relays every event committed since the last look (dispatch-events), then runs its consumers. */
  const relayAll = async (): Promise<void> => {
    for (;;) {
      resetAwsCallCounts();
      const items = ((await dynamoClient().send(new ScanCommand({ TableName: tableName, FilterExpression: 'entity = :o', ExpressionAttributeValues: { ':o': 'outbox' } }))).Items ?? [])
        .filter((i) => !seen.has(String(i.PK)));
      resetAwsCallCounts();
      if (!items.length) return;
      for (const item of items) {
        seen.add(String(item.PK));
        const record = { eventID: String(item.PK), eventName: 'INSERT', eventSource: 'aws:dynamodb', dynamodb: { NewImage: marshall(item, { removeUndefinedValues: true }) } };
        const relayed = await invoke('dispatch-events', () => handlers['dispatch-events']!({ Records: [record] }, lambdaContext('dispatch-events')));
        if (relayed?.batchItemFailures?.length) throw new Error(`relay failed for ${String(item.PK)}`);
        const event = item.event as { type: string };
        for (const queue of queuesForEvent(event.type)) {
          const consumer = FUNCTIONS.find((f) => f.trigger.kind === 'queue' && f.trigger.queue === queue)!.name;
          if (!handlers[consumer]) throw new Error(`no handler for ${consumer}, the consumer of the ${queue} queue: add it to the bench's handlers`);
          if (counting) counting.sqsPolls += 1;
          const out = await invoke(consumer, () => handlers[consumer]!(sqsBatch([event]), lambdaContext(consumer)));
          if (out?.batchItemFailures?.length) throw new Error(`${consumer} failed on ${event.type}`);
        }
      }
    }
  };

  // Setup: a hotel (unmeasured).
  const hotel = await call(handlers['create-hotel'] as never, apiEvent('POST', '/v1/hotels', { body: hotelBody(), key: admin }));
  expectStatus('create hotel', hotel, 201);
  const { hotelId, apiKey } = hotel.body as { hotelId: string; apiKey: string };
  await relayAll();

  const totals: Counted = { calls: {}, wru: 0, rru: 0, invocations: {}, gbSeconds: 0, apiRequests: 0, sqsPolls: 0 };
  for (let round = 0; round <= lifecycles; round++) {
    const id = `COST-${round}`;
    // The reservation itself is the PMS's business, before the guarantee: not counted.
    counting = undefined;
    expectStatus('PUT reservation', await call(handlers['upsert-reservation'] as never, apiEvent('PUT', `/v1/reservations/${id}`, { body: reservationBody(0), key: apiKey, params: { reservationId: id } })), 201);
    await relayAll();
    counting = round === 0 ? undefined : totals; // round 0 warms every container up
    const created = await api('create-payment-request', apiEvent('POST', `/v1/reservations/${id}/payment-requests`, { body: { type: 'deposit', percent: 30, delivery: 'email' }, key: apiKey, params: { reservationId: id } }));
    expectStatus('payment request', created, 201);
    await relayAll(); // the request e-mail to the guest
    const token = String((created.body as { url: string }).url).split('/pay/')[1]!;
    const page = await api('payment-page', apiEvent('GET', `/pay/${token}`, { params: { token } }));
    expectStatus('payment page', page, 200);
    const form = formFields(String(page.body));
    const ipn = await api('receive-psp-notification', apiEvent('POST', `/psp/systempay/${hotelId}/ipn`, { form: ipnFor(form, sign), params: { provider: 'systempay', hotelId } }));
    expectStatus('IPN', ipn, 200);
    await relayAll(); // processing, then the confirmation e-mails
  }
  counting = undefined;
  observeAwsCalls(undefined);
  release();

  const n = lifecycles;
  const per = (x: number) => x / n;
  const calls = Object.fromEntries(Object.entries(totals.calls).map(([k, v]) => [k, per(v)]));
  const sum = (prefix: string) => Object.entries(calls).filter(([k]) => k.startsWith(prefix)).reduce((s, [, v]) => s + v, 0);
  const invocations = Object.values(totals.invocations).reduce((a, b) => a + b, 0) / n;
  const emails = calls['SES.SendEmail'] ?? 0;
  // Request, guest confirmation, hotel notification: fewer means a step was not run, and the figure would flatter.
  if (emails !== 3) throw new Error(`expected 3 e-mails per lifecycle, counted ${emails}: a relay or consumer step did not run`);
  const sqsSent = sum('SQS.');
  // Lambda's poller: one ReceiveMessage that gets the message and one DeleteMessageBatch after it (at low traffic; empty long polls not counted).
  const sqsPollRequests = (2 * totals.sqsPolls) / n;
  const p = PRICES;
  const K = 1000;
  const lines: CostLine[] = [
    { item: 'SES e-mails', quantity: emails, unit: 'e-mails', usdPer1000: K * emails * p.sesEmail },
    { item: 'API Gateway (REST) requests', quantity: per(totals.apiRequests), unit: 'requests', usdPer1000: K * per(totals.apiRequests) * p.apiGatewayRestRequest },
    { item: 'WAF inspected requests', quantity: per(totals.apiRequests), unit: 'requests', usdPer1000: K * per(totals.apiRequests) * p.wafRequest },
    { item: 'Lambda invocations', quantity: invocations, unit: 'invocations', usdPer1000: K * invocations * p.lambdaRequest },
    { item: 'Lambda duration (arm64, ms here)', quantity: per(totals.gbSeconds), unit: 'GB-s', usdPer1000: K * per(totals.gbSeconds) * p.lambdaGbSecondArm },
    { item: 'DynamoDB writes (on-demand)', quantity: per(totals.wru), unit: 'WRU (est.)', usdPer1000: K * per(totals.wru) * p.dynamoWru },
    { item: 'DynamoDB reads (on-demand)', quantity: per(totals.rru), unit: 'RRU (est.)', usdPer1000: K * per(totals.rru) * p.dynamoRru },
    { item: 'KMS requests', quantity: sum('KMS.'), unit: 'requests', usdPer1000: K * sum('KMS.') * p.kmsRequest },
    { item: 'SQS requests (sends + polls)', quantity: sqsSent + sqsPollRequests, unit: 'requests', usdPer1000: K * (sqsSent + sqsPollRequests) * p.sqsRequest },
  ];
  return {
    lifecycles: n,
    perLifecycle: { calls, invocations: Object.fromEntries(Object.entries(totals.invocations).map(([k, v]) => [k, per(v)])), wru: per(totals.wru), rru: per(totals.rru), gbSeconds: per(totals.gbSeconds) },
    lines,
    usdPer1000: lines.reduce((s, l) => s + l.usdPer1000, 0),
    fixedMonthly: [
      { item: `KMS customer-managed keys (${FIXED.kmsKeys})`, usd: FIXED.kmsKeys * p.kmsKeyMonth },
      { item: `WAF web ACL (${FIXED.wafWebAcls}) + rules (${FIXED.wafRules})`, usd: FIXED.wafWebAcls * p.wafWebAclMonth + FIXED.wafRules * p.wafRuleMonth },
    ],
    emails,
  };
}
