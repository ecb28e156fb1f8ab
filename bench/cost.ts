import { randomBytes } from 'node:crypto';
import { FUNCTIONS, queuesForEvent } from '../functions/catalog';
import { perFunctionContainers, expectStatus } from './containers';
import { adminKey, formFields, hotelBody, ipnFor, reservationBody, sha256Hex } from './scenario';

/**
 * Public list prices, on-demand, no free tier, region eu-west-1 (Ireland), as published on the
 * AWS pricing pages in 2025 (read 2025-11; check them before quoting a figure to anyone).
 * Checked again on 2026-12-02 against what a documentation search could find (PRICE_CHECK): the
 * AWS pages render their rate tables in the browser, so most figures were found only in copies of
 * them, for US East or for every region alike, and several could not be confirmed at all.
 */
export const PRICES = {
  date: '2025-11', region: 'eu-west-1',
  checked: 'rechecked 2026-12-02: Lambda, SES, KMS, API Gateway REST found (not for eu-west-1 itself); DynamoDB, SQS, WAF per-request prices not confirmed',
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

/** Each price as the 2026-12-02 check found it (bench/README.md section 8). */
export const PRICE_CHECK: Record<Exclude<keyof typeof PRICES, 'date' | 'region' | 'checked'>, string> = {
  lambdaRequest: 'found: $0.20 per million requests (copies of the AWS page, US East; same in every region listed)',
  lambdaGbSecondArm: 'found: $0.0000133334 per GB-second arm64 as the base-region rate (a load-testing tool\'s price table taken from the AWS page; eu-west-1 not among its exceptions)',
  apiGatewayRestRequest: 'found: $3.50 per million, first 333 M a month (a transcription of the AWS page, US East); eu-west-1 not confirmed',
  wafRequest: 'not confirmed: no figure found (the AWS WAF pages found only say requests, web ACLs and rules are billed)',
  dynamoWru: 'not confirmed for eu-west-1: the on-demand page was found, its rate table is rendered in the browser',
  dynamoRru: 'not confirmed for eu-west-1 (as write units)',
  kmsRequest: 'found: $0.03 per 10,000 requests (a copy of the AWS page, no region named)',
  sqsRequest: 'not confirmed: only older third-party figures ($0.50 per million) were found',
  sesEmail: 'found: $0.10 per 1,000 outbound e-mails (third-party copies, no region named); SES also has priced plans since 2026-07 (per-account choice), not modelled',
  kmsKeyMonth: 'found: $1 per key a month (a copy of the AWS page, no region named)',
  wafWebAclMonth: 'not confirmed',
  wafRuleMonth: 'not confirmed',
};

/** What the fixed monthly costs are made of in the stateful and stateless stacks. */
export const FIXED = { kmsKeys: 2, wafWebAcls: 1, wafRules: 3 } as const;

export const COST_TARGET_USD = 0.30;

interface Counted { calls: Record<string, number>; wru: number; rru: number; invocations: Record<string, number>; gbSeconds: number; apiRequests: number; sqsPolls: number }

export interface CostLine { readonly item: string; readonly quantity: number; readonly unit: string; readonly usdPer1000: number }

/** One hotel policy's cost per lifecycle. */
export interface PolicyCost {
  /** `each`: the hotel is e-mailed each payment (the default); `daily_digest`: one e-mail a day lists them (docs/hotel-digest.md). */
  readonly policy: 'each' | 'daily_digest';
  readonly lifecycles: number;
  /** daily_digest: the payments the measured digest listed (its cost shared among them). */
  readonly paymentsPerDigest?: number;
  readonly perLifecycle: { calls: Record<string, number>; invocations: Record<string, number>; wru: number; rru: number; gbSeconds: number };
  readonly lines: CostLine[];
  readonly usdPer1000: number;
  readonly emails: number;
}

export interface CostResult {
  /** The default policy's figures (as before policies were compared). */
  readonly lifecycles: number;
  readonly perLifecycle: PolicyCost['perLifecycle'];
  readonly lines: CostLine[];
  readonly usdPer1000: number;
  readonly emails: number;
  readonly policies: PolicyCost[];
  /**
   * daily_digest: what one day's digest costs us (its job run, its e-mail), in $ per 1,000 digests,
   * and the fewest payments a hotel must take a day for the policy's cost to be within the target.
   */
  readonly digest: { readonly usdPer1000Digests: number; readonly breakEvenPaymentsPerDay: number | null };
  readonly fixedMonthly: Array<{ item: string; usd: number }>;
}

/** Payments the measured digest day holds: a hotel taking ten paid bookings a day (a mid-size hotel's busy season). */
export const DIGEST_DAY_PAYMENTS = 10;

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
  const { paymentDigest } = await import('../adapters/dynamo/entities');
  const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
  const { localDate } = await import('../domain/time');
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
    'payment-digest': (await import('../functions/schedules/payment-digest')).handler,
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

  const emptyCounted = (): Counted => ({ calls: {}, wru: 0, rru: 0, invocations: {}, gbSeconds: 0, apiRequests: 0, sqsPolls: 0 });

  /** A hotel (unmeasured), with its policy's payment e-mails. */
  const hotelOf = async (siteId: string, hotelPaymentEmails: PolicyCost['policy']) => {
    const body = { ...hotelBody(siteId), email: `frontdesk-${siteId}@hotel-bench.example`, policy: { defaultOptionDays: 3, reminderHoursBefore: 24, onLapse: 'expire', hotelPaymentEmails } };
    const hotel = await call(handlers['create-hotel'] as never, apiEvent('POST', '/v1/hotels', { body, key: admin }));
    expectStatus('create hotel', hotel, 201);
    await relayAll();
    return hotel.body as { hotelId: string; apiKey: string };
  };

  /** `n` measured lifecycles at one hotel (after one unmeasured, which warms every container up). */
  const lifecyclesAt = async (hotel: { hotelId: string; apiKey: string }, prefix: string, n: number, warm: boolean): Promise<Counted> => {
    const { hotelId, apiKey } = hotel;
    const totals = emptyCounted();
    for (let round = warm ? 0 : 1; round <= n; round++) {
      const id = `${prefix}-${round}`;
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
      await relayAll(); // processing, then the confirmation e-mails (or the digest line)
    }
    counting = undefined;
    return totals;
  };

  /** One run of the payment-digest job, counted into `into`; its tally. */
  const digestRun = async (into: Counted): Promise<Record<string, unknown>> => {
    counting = into;
    const tally = await invoke('payment-digest', () => handlers['payment-digest']!({}, lambdaContext('payment-digest')));
    counting = undefined;
    return tally as Record<string, unknown>;
  };

  // The default policy: the hotel is e-mailed each payment.
  const each = await lifecyclesAt(await hotelOf('11112222', 'each'), 'COST', lifecycles, true);

  // The digest policy: a day of DIGEST_DAY_PAYMENTS payments, then that day's digest. Its due time
  // (08:00 at the hotel tomorrow) is brought to now by rewriting the day's due-index entry (the
  // entity's own update): the job then runs as it will tomorrow morning.
  const digestHotel = await hotelOf('33334444', 'daily_digest');
  const digestDay = await lifecyclesAt(digestHotel, 'DIGEST', DIGEST_DAY_PAYMENTS, false);
  const date = localDate(new Date(), 'Europe/Paris');
  await dynamoClient().send(new UpdateCommand({ TableName: tableName, ...paymentDigest.openDay(digestHotel.hotelId, date, new Date(Date.now() - 1000).toISOString(), Math.floor(Date.now() / 1000)) }));
  const digestJob = emptyCounted();
  const sent = await digestRun(digestJob);
  if (sent.sent !== 1) throw new Error(`the payment-digest job should have sent one digest, tally ${JSON.stringify(sent)}`);
  // A run with nothing due (96 a day, whatever the traffic): priced apart, as a fixed cost.
  const idle = emptyCounted();
  const again = await digestRun(idle);
  if (again.examined !== 0) throw new Error(`the payment-digest job found the sent day again, tally ${JSON.stringify(again)}`);
  observeAwsCalls(undefined);
  release();

  const p = PRICES;
  const K = 1000;
  /** Prices counted work shared by `n` lifecycles. */
  const price = (totals: Counted, n: number) => {
    const per = (x: number) => x / n;
    const calls = Object.fromEntries(Object.entries(totals.calls).map(([k, v]) => [k, per(v)]));
    const sum = (prefix: string) => Object.entries(calls).filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v, 0);
    const invocations = Object.values(totals.invocations).reduce((a, b) => a + b, 0) / n;
    const emails = calls['SES.SendEmail'] ?? 0;
    const sqsSent = sum('SQS.');
    // Lambda's poller: one ReceiveMessage that gets the message and one DeleteMessageBatch after it (at low traffic; empty long polls not counted).
    const sqsPollRequests = (2 * totals.sqsPolls) / n;
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
      perLifecycle: { calls, invocations: Object.fromEntries(Object.entries(totals.invocations).map(([k, v]) => [k, per(v)])), wru: per(totals.wru), rru: per(totals.rru), gbSeconds: per(totals.gbSeconds) },
      lines, usdPer1000: lines.reduce((a, l) => a + l.usdPer1000, 0), emails,
    };
  };
  const merge = (...all: Counted[]): Counted => {
    const out = emptyCounted();
    for (const c of all) {
      for (const [k, v] of Object.entries(c.calls)) out.calls[k] = (out.calls[k] ?? 0) + v;
      for (const [k, v] of Object.entries(c.invocations)) out.invocations[k] = (out.invocations[k] ?? 0) + v;
      out.wru += c.wru; out.rru += c.rru; out.gbSeconds += c.gbSeconds; out.apiRequests += c.apiRequests; out.sqsPolls += c.sqsPolls;
    }
    return out;
  };

  const byEach: PolicyCost = { policy: 'each', lifecycles, ...price(each, lifecycles) };
  // Request, guest confirmation, hotel notification: fewer means a step was not run, and the figure would flatter.
  if (byEach.emails !== 3) throw new Error(`expected 3 e-mails per lifecycle, counted ${byEach.emails}: a relay or consumer step did not run`);
  const n = DIGEST_DAY_PAYMENTS;
  const byDigest: PolicyCost = { policy: 'daily_digest', lifecycles: n, paymentsPerDigest: n, ...price(merge(digestDay, digestJob), n) };
  // Request and guest confirmation per booking, and the day's one digest shared among its payments.
  if (Math.abs(byDigest.emails - (2 + 1 / n)) > 1e-9) throw new Error(`expected ${2 + 1 / n} e-mails per lifecycle with the digest, counted ${byDigest.emails}`);
  // What the day costs without the digest, per lifecycle, and the digest itself: the break-even day.
  const perDigest = price(digestJob, 1).usdPer1000;
  const withoutDigest = price(digestDay, n).usdPer1000;
  const room = COST_TARGET_USD - withoutDigest;
  const idleRun = price(idle, 1).usdPer1000 / K;
  return {
    lifecycles, perLifecycle: byEach.perLifecycle, lines: byEach.lines, usdPer1000: byEach.usdPer1000, emails: byEach.emails,
    policies: [byEach, byDigest],
    digest: { usdPer1000Digests: perDigest, breakEvenPaymentsPerDay: room > 0 ? Math.ceil(perDigest / room) : null },
    fixedMonthly: [
      { item: `KMS customer-managed keys (${FIXED.kmsKeys})`, usd: FIXED.kmsKeys * p.kmsKeyMonth },
      { item: `WAF web ACL (${FIXED.wafWebAcls}) + rules (${FIXED.wafRules})`, usd: FIXED.wafWebAcls * p.wafWebAclMonth + FIXED.wafRules * p.wafRuleMonth },
      { item: 'payment-digest job with nothing due (every 15 min: 2,880 runs)', usd: 2880 * idleRun },
    ],
  };
}
