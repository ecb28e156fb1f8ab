import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { emailClaim, notification, outbox, reservation } from '../adapters/dynamo/entities';
import { TABLE } from '../adapters/dynamo/schema';
import { DEFAULT_POLICY } from '../domain/policy';
import { addDays, localDate } from '../domain/time';
import { FaultInjector, type FaultFigures } from '../local/faults';
import { readOutbox, type OutboxEmail } from '../local/outbox';
import { payOnSandbox } from '../local/psp-sandbox/guest';
import type { RestCallTotals } from '../local/psp-sandbox';
import { startLocalStack, type LocalStack } from '../local/runtime';
import { deadLetterQueueOf, listDeadLetters, redriveDeadLetters } from '../ops/dlq';
import { checkInvariants, type GuestExpectation, type MoneyTotals, type Violation } from './invariants';
import { picker, seeded, type Pick } from './random';

/**
 * The chaos run: N full lifecycles driven over HTTP against the local stack, as a PMS, a guest and
 * the PSP would, while a share of AWS calls fail (before or after being applied), functions crash
 * right after a write and the PSP sandbox's REST API fails. Then every queue is drained, dead
 * letters redriven, jobs run, and the money and messages are checked against the PSP sandbox's
 * own ledger (reliability/invariants.ts).
 */

export interface ChaosOptions {
  readonly lifecycles: number;
  readonly seed: number;
  /** Share of AWS calls that fail while the lifecycles run (default 0.2). */
  readonly faultRate?: number;
  /** Share of PSP REST calls that fail (default: half the AWS rate). */
  readonly pspFaultRate?: number;
  /** Lifecycles run at once (default 12: most of a lifecycle is waiting). */
  readonly concurrency?: number;
  /** A running moto server to use (tests share one); else one is started. */
  readonly motoEndpoint?: string;
  readonly progress?: (line: string) => void;
  /** The local runtime's own lines (pollers, sandbox); dropped by default. */
  readonly localLog?: (msg: string, fields?: Record<string, unknown>) => void;
}

export interface ChaosReport {
  readonly seed: number;
  readonly lifecycles: number;
  readonly seconds: number;
  readonly outcomes: Record<string, number>;
  readonly actions: Record<string, number>;
  readonly faults: FaultFigures & { readonly pspRest: number; readonly pspRestCalls: number };
  /** Mean time per lifecycle in each phase (ms): where a run's time goes. */
  readonly phases: Record<string, number>;
  readonly retries: { readonly pms: number; readonly guest: number; readonly ipnDeliveryFailures: number; readonly ipnResentAfterGivingUp: number; readonly deadLettersRedriven: number };
  readonly money: MoneyTotals;
  /** How long the pipeline took under the faults (p50 / p90 / max, seconds). */
  readonly lag: { readonly relay: string; readonly notification: string };
  /** `digests`: payment digests sent to the digest hotel; `paymentsInDigests`: the payments they list. */
  readonly emails: { readonly sent: number; readonly duplicatesAfterUncertainSend: number; readonly digests: number; readonly paymentsInDigests: number };
  readonly violations: readonly Violation[];
  /**
   * For each reservation a violation names: its items, its PSP ledger entries and REST calls, so
   * a violation can be understood after the run (written by `npm run chaos` to a file).
   */
  readonly evidence: Record<string, { items: Json[]; ledger: unknown[]; restCalls: unknown[]; notifications: unknown[] }>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ACCEPTED_CARD = '4970100000000014';
const newIdem = (): string => `chaos-${randomBytes(8).toString('hex')}`;
const REFUSED_CARD = '4970100000000071';
/** Registered for a guarantee, then: charged without the guest, the bank wants them to authenticate; every charge refused. */
const AUTHENTICATE_CARD = '4970115000000228';
const CHARGE_DECLINED_CARD = '4970101000001002';
const LANGUAGES = ['fr', 'en', 'de', 'es', 'it'] as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runChaos(opts: ChaosOptions): Promise<ChaosReport> {
  const started = Date.now();
  const log = opts.progress ?? (() => undefined);
  const rate = opts.faultRate ?? 0.2;
  const faults = new FaultInjector({ rate, random: seeded(opts.seed ^ 0x5eed) });
  const pspRandom = seeded(opts.seed ^ 0xbeef);
  const ipnAnswers: Array<{ status: number; faulted: boolean; path: string }> = [];
  const stack = await startLocalStack({
    port: 0,
    ...(opts.motoEndpoint ? { motoEndpoint: opts.motoEndpoint } : {}),
    tableName: `chaos-${randomBytes(4).toString('hex')}`,
    adminApiKey: `admin_${randomBytes(16).toString('hex')}`,
    ipnRetryIntervalMs: 300,
    retryDelaySeconds: 1,
    queueBackoffScale: 0.005,
    queueConsumers: 4,
    faults,
    onResponse: (r) => {
      if (r.path.startsWith('/psp/')) ipnAnswers.push({ status: r.status, faulted: r.faulted, path: r.path });
    },
    // The run's own figures tell what happened; the runtime's lines would drown them (--logs shows them).
    log: opts.localLog ?? (() => undefined),
  });
  const counters = { pms: 0, guest: 0 };
  const outcomes: Record<string, number> = {};
  const actions: Record<string, number> = {};
  const count = (bag: Record<string, number>, k: string) => (bag[k] = (bag[k] ?? 0) + 1);
  const problems: Violation[] = [];
  let driver: Driver;
  try {
    const hotels = await setUpHotels(stack);
    faults.start();
    stack.sandbox.randomFaults({ rate: opts.pspFaultRate ?? rate / 2, random: pspRandom });
    driver = new Driver(stack, counters, problems);
    let done = 0;
    let running = true;
    const operator = operate(stack, () => running);
    const followUps: Array<{ did: string[]; run: () => Promise<void> }> = [];
    const width = opts.concurrency ?? 12;
    await pool(opts.lifecycles, width, async (i) => {
      const p = picker(seeded((opts.seed * 1_000_003 + i) >>> 0));
      const { outcome, did, followUp } = await driver.lifecycle(i, opts.seed, hotels[i % hotels.length]!, p);
      count(outcomes, outcome);
      if (followUp) followUps.push({ did, run: followUp });
      else did.forEach((a) => count(actions, a));
      if (++done % 50 === 0) log(`${done}/${opts.lifecycles} guests done (${Math.round((Date.now() - started) / 1000)} s)`);
    });
    log(`the PMS follows up on ${followUps.length} bookings (refunds, cancellations)`);
    await pool(followUps.length, width, async (i) => {
      const f = followUps[i]!;
      await f.run();
      f.did.forEach((a) => count(actions, a));
    });
    running = false;
    const operated = await operator;
    faults.stop();
    log('lifecycles done; draining queues, redriving dead letters, running jobs');
    // The PSP keeps failing until the queues first drain: under a long pipeline lag most refunds,
    // captures and charges reach the PSP only then (a 1,000-lifecycle run made its 398 REST calls
    // after the lifecycles ended, and saw no PSP fault at all when they stopped with the AWS ones).
    const drained = await drain(stack, () => stack.sandbox.randomFaults(undefined));
    const digests = await sendDigests(stack, problems);
    log('checking invariants');
    const table = await scanTable(stack);
    const outbox = await readOutbox(stack.motoEndpoint);
    const ledger = stack.sandbox.transactions();
    const inv = checkInvariants({
      table, ledger, outbox, uncertainEmails: faults.uncertainEmails, ipnAnswers, deadLetters: drained.left, guestOf: driver.expectations,
      digestHotels: hotels.filter((h) => h.digest).map((h) => h.hotelId),
    });
    const restCalls = stack.sandbox.restCalls();
    const violations = [...problems, ...inv.violations];
    const evidence: ChaosReport['evidence'] = {};
    for (const id of new Set(violations.flatMap((x) => x.detail.match(/CH-\d+-\d+/g) ?? []))) {
      const uuids = new Set(ledger.filter((l) => l.orderId === id).map((l) => l.uuid));
      const notificationIds = new Set(table.filter((i) => i.fields?.vads_order_id === id).map((i) => i.notificationId));
      const eventIds = table.filter((i) => i.event?.data?.reservationId === id).map((i) => String(i.event.id));
      // The reservation's collection (secrets and locks carry no reservation id) and the e-mail
      // receipts of its events, by the keys their entity modules give them.
      const collections = new Set(hotels.map((h) => reservation.collection(h.hotelId, id)));
      const receipts = new Set(eventIds.flatMap((e) => EMAIL_RECIPIENTS.map((to) => keyOf(emailClaim.key(e, to)))));
      evidence[id] = {
        items: table.filter((i) => i.reservationId === id || i.fields?.vads_order_id === id || collections.has(i[TABLE.partitionKey])
          || i.event?.data?.reservationId === id || notificationIds.has(i.event?.data?.notificationId)
          || (i.entity === emailClaim.ENTITY && receipts.has(keyOf(i)))),
        ledger: ledger.filter((l) => l.orderId === id),
        restCalls: restCalls.filter((c) => c.uuid !== undefined && uuids.has(c.uuid)),
        notifications: stack.sandbox.notifications().filter((n) => n.orderId === id),
      };
    }
    return {
      seed: opts.seed,
      lifecycles: opts.lifecycles,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      outcomes,
      actions,
      phases: Object.fromEntries(Object.entries(driver.time).map(([k, ms]) => [k, Math.round(ms / opts.lifecycles)])),
      faults: { ...faults.figures(), pspRest: pspFaults(stack.sandbox.restCallTotals()), pspRestCalls: stack.sandbox.restCallTotals().calls },
      retries: {
        pms: counters.pms, guest: counters.guest,
        ipnDeliveryFailures: stack.sandbox.deliveries().filter((d) => d.error).length,
        ipnResentAfterGivingUp: drained.resent + operated.resent,
        deadLettersRedriven: drained.redriven + operated.redriven,
      },
      money: inv.money,
      lag: lagOf(table),
      emails: { sent: outbox.length, duplicatesAfterUncertainSend: inv.excusedDuplicates, digests: digests.sent, paymentsInDigests: inv.paymentsInDigests },
      violations,
      evidence,
    };
  } finally {
    faults.stop();
    await stack.stop();
  }
}

/** A chaos hotel; the second one takes its payment e-mails as a daily digest (docs/hotel-digest.md). */
interface ChaosHotel { readonly hotelId: string; readonly key: string; readonly digest: boolean }

async function setUpHotels(stack: LocalStack): Promise<ChaosHotel[]> {
  const hotels: ChaosHotel[] = [];
  for (const [i, language] of (['fr', 'en'] as const).entries()) {
    const digest = i === 1;
    const siteId = String(30_000_000 + Math.floor(Math.random() * 60_000_000));
    const res = await fetch(`${stack.url}/v1/hotels`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.adminApiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Chaos Hotel ${i + 1}`, email: `desk-${siteId}@chaos-hotel.example`, defaultLanguage: language, currency: 'EUR', timezone: 'Europe/Paris',
        psp: { provider: 'systempay', siteId, mode: 'TEST', testKey: `ChaosKey${siteId}${randomBytes(6).toString('hex')}` },
        ...(digest ? { policy: { ...DEFAULT_POLICY, hotelPaymentEmails: 'daily_digest' } } : {}),
      }),
    });
    const body = (await res.json()) as Json;
    if (res.status !== 201) throw new Error(`could not create a hotel: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    hotels.push({ hotelId: body.hotelId, key: body.apiKey, digest });
  }
  return hotels;
}

/** Runs `n` tasks with at most `width` at a time. */
async function pool(n: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, n) }, async () => {
    while (next < n) await task(next++);
  }));
}

class Driver {
  readonly expectations: GuestExpectation[] = [];
  /** Where the lifecycles' time went, by phase (ms, summed over lifecycles). */
  readonly time: Record<string, number> = {};

  private async timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      this.time[phase] = (this.time[phase] ?? 0) + Date.now() - t0;
    }
  }

  constructor(private readonly stack: LocalStack, private readonly counters: { pms: number; guest: number }, private readonly problems: Violation[]) {}

  /**
   * The same Idempotency-Key's first attempt is still running (409 idempotency_key_in_progress,
   * Retry-After 1 s): a PMS waits and sends it again. A first attempt whose Lambda crashed holds
   * the key until its lease runs out (the function's timeout and a margin), so it waits up to a
   * minute in all.
   */
  private async waitedForFirstAttempt(r: { status: number; body: Json }, waits: { n: number }): Promise<boolean> {
    if (r.status !== 409 || r.body?.error?.code !== 'idempotency_key_in_progress' || waits.n >= 60) return false;
    waits.n++;
    await sleep(1000);
    return true;
  }

  /** A PMS call, retried on 5xx and lost connections as a PMS integration would (same body, same Idempotency-Key). */
  async pms(key: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${this.stack.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        if (res.status < 500 || attempt >= 40) return { status: res.status, body: text ? JSON.parse(text) : {} };
      } catch (e) {
        if (attempt >= 40) throw e;
      }
      this.counters.pms++;
      await sleep(20 + attempt * 10);
    }
  }

  /** A guest's page load, reloaded on a 5xx as a person would. */
  async page(url: string): Promise<{ status: number; html: string }> {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      const html = await res.text();
      if (res.status < 500 || attempt >= 40) return { status: res.status, html };
      this.counters.guest++;
      await sleep(20 + attempt * 10);
    }
  }

  async reservation(key: string, id: string): Promise<Json> {
    const r = await this.pms(key, 'GET', `/v1/reservations/${id}`);
    if (r.status !== 200) throw new Error(`reservation ${id}: ${r.status}`);
    return r.body;
  }

  /** Waits until the reservation shows what the PSP said (or gives up: the check at the end decides). */
  async settled(key: string, id: string, requestId: string, attempts: number, until = 30_000): Promise<Json> {
    const deadline = Date.now() + until;
    for (;;) {
      const r = await this.reservation(key, id);
      const req = r.paymentRequests.find((x: Json) => x.paymentRequestId === requestId);
      if (req?.status === 'succeeded' || (req?.attempts?.length ?? 0) >= attempts || Date.now() > deadline) return r;
      await sleep(200);
    }
  }

  /**
   * A booking from the PMS's request to the guest's last click. What the PMS does once the booking
   * is confirmed (refunds, cancellations) is returned as a follow-up, run after every guest has
   * had their turn, so a run does not wait on each notification in turn.
   */
  async lifecycle(i: number, seed: number, hotel: { hotelId: string; key: string }, p: Pick): Promise<{ outcome: string; did: string[]; followUp?: () => Promise<void> }> {
    const did: string[] = [];
    const id = `CH-${seed}-${i}`;
    const email = `guest-${i}-${seed}@chaos.example`;
    const today = localDate(new Date(), 'Europe/Paris');
    const put = await this.pms(hotel.key, 'PUT', `/v1/reservations/${id}`, {
      guest: { firstName: p.one(['Anna', 'Léa', 'Jürgen', 'Zoë', 'Ana']), lastName: `Guest${i}`, email, language: p.one(LANGUAGES) },
      arrival: addDays(today, p.int(20, 60)), departure: addDays(today, p.int(61, 65)),
      total: { amount: p.int(100, 900) * 100, currency: 'EUR' }, optionDeadline: addDays(today, p.int(5, 15)),
    });
    if (put.status !== 200 && put.status !== 201) return this.fail(id, `reservation refused ${put.status}`);
    const type = p.weighted({ deposit: 5, guarantee: 3, preauthorisation: 2 });
    const delivery = p.chance(0.5) ? 'email' : 'link';
    const ask = type === 'guarantee' ? { type, delivery } : { type, percent: p.int(10, 50), delivery };
    const created = await this.timed('PMS: payment request', () => this.pms(hotel.key, 'POST', `/v1/reservations/${id}/payment-requests`, ask));
    let requestId: string;
    let url: string;
    if (created.status === 201) {
      ({ paymentRequestId: requestId, url } = created.body as { paymentRequestId: string; url: string });
    } else if (created.status === 409) {
      // The first try was done but its answer lost: the PMS finds the open request on the reservation.
      const open = (await this.reservation(hotel.key, id)).paymentRequests.find((x: Json) => x.status === 'pending');
      if (!open) return this.fail(id, `409 on a payment request with no open request: ${JSON.stringify(created.body).slice(0, 200)}`);
      ({ paymentRequestId: requestId, url } = open as { paymentRequestId: string; url: string });
      did.push('request-retried-after-lost-answer');
    } else {
      return this.fail(id, `payment request refused ${created.status}: ${JSON.stringify(created.body).slice(0, 200)}`);
    }
    const expectation: GuestExpectation = { email, hotelId: hotel.hotelId, reservationId: id, requestEmail: delivery === 'email' };
    this.expectations.push(expectation);
    if (delivery === 'email') {
      // The guest clicks the link in the e-mail, so the e-mail comes first.
      const link = await this.timed('waiting for the request e-mail', () => this.waitForEmailLink(email));
      expectation.requestEmailSeen = link !== undefined;
      if (link && link !== url) this.problems.push({ invariant: 'request e-mail carries the request link', detail: `${id}: e-mail link differs from the request's` });
    }

    const behaviour = p.weighted({ paid: 45, refusedThenPaid: 12, refused: 10, abandoned: 10, abandonedThenPaid: 10, ignored: 8, viewedOnly: 5 });
    const steps: Array<'accept' | 'refuse' | 'cancel' | 'view'> = {
      paid: ['accept'], refusedThenPaid: ['refuse', 'accept'], refused: ['refuse'], abandoned: ['cancel'],
      abandonedThenPaid: ['cancel', 'accept'], ignored: [], viewedOnly: ['view'],
    }[behaviour] as Array<'accept' | 'refuse' | 'cancel' | 'view'>;
    // A card registered for a guarantee is later charged: some banks want the guest to confirm, some refuse.
    const guestCard = type === 'guarantee' ? p.weighted({ [ACCEPTED_CARD]: 6, [AUTHENTICATE_CARD]: 2, [CHARGE_DECLINED_CARD]: 2 }) : ACCEPTED_CARD;
    let attempts = 0;
    for (const step of steps) {
      const page = await this.timed('guest pages', () => this.page(url));
      if (p.chance(0.3)) await this.timed('guest pages', () => this.page(url)); // a reload, or a mail scanner opening the link
      if (step === 'view') continue;
      if (page.status !== 200 || !page.html.includes('psp-form')) {
        did.push(`page-without-form-${page.status}`);
        break;
      }
      const paid = await this.timed('paying at the PSP', () => payOnSandbox(page.html, step === 'cancel' ? 'cancel' : { card: step === 'accept' ? guestCard : REFUSED_CARD }));
      if (paid.formStatus !== 303) {
        this.problems.push({ invariant: 'the PSP accepts our signed form', detail: `${id}: ${paid.formStatus} ${paid.error?.slice(0, 200) ?? ''}` });
        break;
      }
      attempts++;
      // Back on our result page (which also lets the next view render a new attempt).
      if (paid.resultUrl) await this.timed('guest pages', () => this.page(paid.resultUrl!)).catch(() => undefined);
    }
    this.replays(id, p, did);
    const outcome = `${type}-${behaviour}`;
    // The PMS acts on a paid booking once it sees it confirmed; nothing to wait for otherwise.
    if (!steps.includes('accept') || (type === 'guarantee' && !p.chance(0.6))) return { outcome, did };
    return { outcome, did, followUp: () => this.followUp(hotel, id, type, requestId, attempts, p, did) };
  }

  private async followUp(hotel: { key: string }, id: string, type: string, requestId: string, attempts: number, p: Pick, did: string[]): Promise<void> {
    const r = await this.timed('PMS: waiting for the confirmation', () => this.settled(hotel.key, id, requestId, attempts));
    const req = r.paymentRequests.find((x: Json) => x.paymentRequestId === requestId);
    if (req?.status !== 'succeeded' || r.status !== 'confirmed') return void did.push('not-confirmed-in-time');
    if (type === 'guarantee') {
      if (p.chance(0.25)) return this.cancel(hotel.key, id, undefined, did);
      return this.timed('PMS: charges', () => this.afterGuarantee(hotel, id, r.total.amount as number, p, did));
    }
    if (type === 'preauthorisation') {
      const preauth = r.transactions.find((t: Json) => t.type === 'preauthorisation' && t.status === 'succeeded');
      if (preauth) await this.timed('PMS: captures and releases', () => this.afterHold(hotel, id, preauth, p, did));
      return;
    }
    const payment = r.transactions.find((t: Json) => t.type === 'payment' && t.status === 'succeeded');
    if (!payment) return;
    if (p.chance(0.5)) {
      this.stack.sandbox.capture(payment.psp?.transactionUuid ?? '');
      did.push('captured');
    }
    await this.timed('PMS: refunds and cancellations', () => this.afterPayment(hotel, id, payment, p, did));
  }

  private async afterPayment(hotel: { key: string }, id: string, payment: Json, p: Pick, did: string[]): Promise<void> {
    const amount = payment.amount.amount as number;
    const part = () => ({ amount: Math.max(1, Math.floor(amount * p.int(10, 60) / 100)), currency: 'EUR' });
    const action = p.weighted({ none: 25, partial: 15, full: 8, concurrent: 15, cancelKeep: 6, cancelRefund: 6, cancelPartial: 6, cancelRacingRefund: 10, backOffice: 9 });
    did.push(action);
    switch (action) {
      case 'partial': await this.refund(hotel.key, payment.transactionId, part(), p, did); break;
      case 'full': await this.refund(hotel.key, payment.transactionId, undefined, p, did); break;
      case 'concurrent':
        await Promise.all([this.refund(hotel.key, payment.transactionId, part(), p, did), this.refund(hotel.key, payment.transactionId, part(), p, did)]);
        break;
      case 'cancelKeep': await this.cancel(hotel.key, id, 'keep', did); break;
      case 'cancelRefund': await this.cancel(hotel.key, id, 'refund', did); break;
      case 'cancelPartial': await this.cancel(hotel.key, id, { refund: part() }, did); break;
      case 'cancelRacingRefund':
        await Promise.all([this.refund(hotel.key, payment.transactionId, part(), p, did), this.cancel(hotel.key, id, p.one(['keep', 'refund'] as const), did)]);
        break;
      case 'backOffice': {
        const bo = this.stack.sandbox.backOfficeRefund(payment.psp?.transactionUuid ?? '', p.chance(0.5) ? { amount: part().amount } : {});
        did.push(bo.ok ? 'back-office-done' : `back-office-refused-${bo.error.code}`);
        if (p.chance(0.3)) await this.refund(hotel.key, payment.transactionId, part(), p, did);
        break;
      }
      default: break;
    }
  }

  /**
   * What a hotel does with a registered card: charge it (a retry under the same key, or two
   * charges at once), perhaps refund part of a charge taken; a guest asked to confirm a charge
   * with their bank mostly pays its link.
   */
  private async afterGuarantee(hotel: { key: string }, id: string, total: number, p: Pick, did: string[]): Promise<void> {
    const amount = () => ({ amount: Math.max(100, Math.floor(total * p.int(10, 100) / 100)), currency: 'EUR' });
    const reason = () => p.one(['prepayment', 'stay', 'balance', 'no_show', 'fee'] as const);
    const action = p.weighted({ charge: 10, chargeRetried: 4, twoCharges: 3, chargeThenRefund: 5 });
    did.push(action);
    const charges: Array<string | undefined> = [];
    switch (action) {
      case 'charge': charges.push(await this.charge(hotel.key, id, amount(), reason(), undefined, p, did)); break;
      case 'chargeRetried': {
        // The PMS lost the answer and sends the same charge again, under the same key.
        const idem = newIdem();
        const body = { amount: amount(), reason: reason() };
        const [a, b] = await Promise.all([this.charge(hotel.key, id, body.amount, body.reason, idem, p, did), this.charge(hotel.key, id, body.amount, body.reason, idem, p, did)]);
        if (a && b && a !== b) this.problems.push({ invariant: 'one Idempotency-Key makes one charge', detail: `${id}: ${a} and ${b}` });
        charges.push(a);
        break;
      }
      case 'twoCharges': charges.push(...await Promise.all([this.charge(hotel.key, id, amount(), 'stay', undefined, p, did), this.charge(hotel.key, id, amount(), 'fee', undefined, p, did)])); break;
      case 'chargeThenRefund': charges.push(await this.charge(hotel.key, id, amount(), 'balance', undefined, p, did)); break;
      default: break;
    }
    for (const chargeId of charges) {
      if (!chargeId) continue;
      const charge = await this.chargeSettled(hotel.key, id, chargeId);
      did.push(`charge-${charge?.chargeStatus ?? 'unsettled'}`);
      if (charge?.chargeStatus === 'action_required' && p.chance(0.75)) {
        // The guest confirms with their bank through the link they were sent.
        const r = await this.reservation(hotel.key, id);
        const url = r.paymentRequests.find((x: Json) => x.paymentRequestId === charge.chargePaymentRequestId)?.url as string | undefined;
        const page = url ? await this.timed('guest pages', () => this.page(url)) : undefined;
        if (page?.status === 200 && page.html.includes('psp-form')) {
          const paid = await this.timed('paying at the PSP', () => payOnSandbox(page.html, { card: AUTHENTICATE_CARD }));
          did.push(paid.formStatus === 303 ? 'charge-link-paid' : `charge-link-form-${paid.formStatus}`);
        }
      }
      if (action === 'chargeThenRefund' && charge?.chargeStatus === 'succeeded') {
        await this.refund(hotel.key, chargeId, { amount: Math.max(1, Math.floor(charge.amount.amount / 3)), currency: 'EUR' }, p, did);
      }
    }
  }

  /** Asks for a charge (retrying on 409 like the PMS would); its id, or undefined when refused. */
  async charge(key: string, id: string, amount: { amount: number; currency: string }, reason: string, idem: string | undefined, p: Pick, did: string[]): Promise<string | undefined> {
    // A lost answer (5xx) is sent again under the same key: it answers the charge made, or makes it.
    const r = await this.postAccepted(key, `/v1/reservations/${id}/charges`, { amount, reason }, { idem: idem ?? newIdem(), label: 'charge', retryServerErrors: true }, p, did);
    if (r.gaveUp) this.problems.push({ invariant: 'the PMS gets an answer', detail: `charge on ${id}: no 202 after retries` });
    return r.accepted?.chargeId as string | undefined;
  }

  /**
   * One PMS write under one Idempotency-Key, sent until it is accepted (202): a conflict with
   * another operation (409), and with `retryServerErrors` a lost answer, are retried under the same
   * key; a first attempt still running is waited for. What happened goes to `did`.
   */
  private async postAccepted(
    key: string, path: string, body: Json, o: { idem: string; label: string; retryServerErrors: boolean }, p: Pick, did: string[],
  ): Promise<{ accepted?: Json; gaveUp: boolean }> {
    const waits = { n: 0 };
    for (let attempt = 0; attempt < 10; attempt++) {
      const r = await this.pms(key, 'POST', path, body, { 'idempotency-key': o.idem });
      if (r.status === 202) {
        did.push(`${o.label}-accepted`);
        return { accepted: r.body, gaveUp: false };
      }
      if (await this.waitedForFirstAttempt(r, waits)) {
        attempt--;
        continue;
      }
      if (r.status === 409 || (o.retryServerErrors && r.status >= 500)) {
        await sleep(50 + p.int(0, 100));
        continue;
      }
      if (r.status >= 500) this.problems.push({ invariant: 'the PMS gets an answer', detail: `${o.label} ${path}: ${r.status} after retries` });
      did.push(`${o.label}-${r.status}-${r.body?.error?.code ?? ''}`);
      return { gaveUp: false };
    }
    return { gaveUp: true };
  }

  /** The charge once its worker took it to the PSP (or undefined after a minute). */
  private async chargeSettled(key: string, id: string, chargeId: string): Promise<Json | undefined> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const charge = (await this.reservation(key, id)).transactions.find((t: Json) => t.chargeId === chargeId);
      if (charge && charge.chargeStatus !== 'requested') return charge;
      await sleep(300);
    }
    return undefined;
  }

  /** What a hotel does with a pre-authorisation: capture all or part (then perhaps refund some), release, both at once, or cancel. */
  private async afterHold(hotel: { key: string }, id: string, preauth: Json, p: Pick, did: string[]): Promise<void> {
    const amount = preauth.amount.amount as number;
    const part = () => ({ amount: Math.max(1, Math.floor(amount * p.int(10, 90) / 100)), currency: 'EUR' });
    const action = p.weighted({ holdKept: 10, captureAll: 15, capturePart: 20, release: 15, captureThenRefund: 15, captureRacingRelease: 10, cancelRelease: 8, cancelCapture: 7 });
    did.push(action);
    const tx = preauth.transactionId as string;
    switch (action) {
      case 'captureAll': await this.holdOperation(hotel.key, tx, 'capture', undefined, p, did); break;
      case 'capturePart': await this.holdOperation(hotel.key, tx, 'capture', part(), p, did); break;
      case 'release': await this.holdOperation(hotel.key, tx, 'release', undefined, p, did); break;
      case 'captureRacingRelease':
        await Promise.all([this.holdOperation(hotel.key, tx, 'capture', part(), p, did), this.holdOperation(hotel.key, tx, 'release', undefined, p, did)]);
        break;
      case 'captureThenRefund': {
        const captured = part();
        await this.holdOperation(hotel.key, tx, 'capture', captured, p, did);
        // The refund waits for the capture to go through (refunding a hold that was not captured is refused).
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
          const r = await this.reservation(hotel.key, id);
          if (r.transactions.find((t: Json) => t.transactionId === tx)?.refundable) {
            await this.refund(hotel.key, tx, { amount: Math.max(1, Math.floor(captured.amount / 2)), currency: 'EUR' }, p, did);
            break;
          }
          await sleep(300);
        }
        break;
      }
      case 'cancelRelease': await this.cancelWith(hotel.key, id, { hold: 'release' }, did); break;
      case 'cancelCapture': await this.cancelWith(hotel.key, id, { hold: { capture: part() } }, did); break;
      default: break;
    }
  }

  async holdOperation(key: string, transactionId: string, type: 'capture' | 'release', amount: { amount: number; currency: string } | undefined, p: Pick, did: string[]): Promise<void> {
    // A conflict with another operation on the hold is retried.
    const r = await this.postAccepted(key, `/v1/transactions/${transactionId}/${type}`, amount ? { amount } : {}, { idem: newIdem(), label: type, retryServerErrors: false }, p, did);
    if (r.gaveUp) did.push(`${type}-gave-up-after-409s`);
  }

  async refund(key: string, transactionId: string, amount: { amount: number; currency: string } | undefined, p: Pick, did: string[]): Promise<void> {
    // A refund racing another operation on the same payment is told to retry.
    const r = await this.postAccepted(key, `/v1/transactions/${transactionId}/refunds`, { ...(amount ? { amount } : {}), reason: 'chaos' }, { idem: newIdem(), label: 'refund', retryServerErrors: false }, p, did);
    if (r.gaveUp) did.push('refund-gave-up-after-409s');
  }

  async cancel(key: string, id: string, deposit: unknown, did: string[]): Promise<void> {
    return this.cancelWith(key, id, deposit === undefined ? {} : { deposit }, did);
  }

  async cancelWith(key: string, id: string, body: Json, did: string[]): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const r = await this.pms(key, 'POST', `/v1/reservations/${id}/cancel`, body);
      if (r.status === 200) return void did.push('cancelled');
      if (r.status === 409) {
        await sleep(50 + attempt * 30);
        continue;
      }
      if (r.status >= 500) this.problems.push({ invariant: 'the PMS gets an answer', detail: `cancel ${id}: ${r.status} after retries` });
      return void did.push(`cancel-${r.status}-${r.body?.error?.code ?? ''}`);
    }
    did.push('cancel-gave-up-after-409s');
  }

  /** Duplicate, delayed and out-of-order replays of this reservation's notifications, as the PSP's back office resends them. */
  replays(id: string, p: Pick, did: string[]): void {
    if (!p.chance(0.35)) return;
    const mine = this.stack.sandbox.notifications().filter((n) => n.orderId === id);
    if (!mine.length) return;
    const order = p.chance(0.5) ? [...mine].reverse() : mine; // reversed: an older outcome arrives after a newer one
    for (const n of order) {
      const delay = p.int(0, 1500);
      setTimeout(() => this.stack.sandbox.resendNotification(n.index), delay).unref();
    }
    did.push(order === mine ? 'replayed' : 'replayed-out-of-order');
  }

  private async waitForEmailLink(to: string): Promise<string | undefined> {
    const deadline = Date.now() + 8_000;
    while (Date.now() < deadline) {
      const mail = (await readOutboxFor(this.stack, to)).find((m) => /\/pay\/[A-Za-z0-9_-]+/.test(m.text ?? ''));
      if (mail) return /(https?:\/\/[^\s]+\/pay\/[A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
      await sleep(300);
    }
    // Not (yet) arrived: the guest uses the link anyway; the final check says whether it ever came.
    return undefined;
  }

  private fail(id: string, detail: string): { outcome: string; did: string[] } {
    this.problems.push({ invariant: 'the PMS can run a lifecycle', detail: `${id}: ${detail}` });
    return { outcome: 'failed-to-start', did: [] };
  }
}

async function readOutboxFor(stack: LocalStack, to: string): Promise<OutboxEmail[]> {
  return (await readOutbox(stack.motoEndpoint)).filter((m) => m.to.includes(to));
}

/**
 * The operator during the run, as during an incident: every few seconds, redrives what reached a
 * dead-letter queue and resends from the PSP back office the notifications it gave up on.
 */
async function operate(stack: LocalStack, running: () => boolean): Promise<{ resent: number; redriven: number }> {
  const sqs = new SQSClient({});
  let resent = 0;
  let redriven = 0;
  while (running()) {
    for (let waited = 0; waited < 5_000 && running(); waited += 250) await sleep(250);
    for (const n of stack.sandbox.notifications()) if (n.givenUp && stack.sandbox.resendNotification(n.index)) resent++;
    for (const url of Object.values(stack.resources.queueUrls)) {
      redriven += await redriveDeadLetters(sqs, await deadLetterQueueOf(sqs, url), url).catch(() => 0);
    }
  }
  return { resent, redriven };
}

/**
 * After the AWS faults stop: what an operator and the platform do until nothing moves. Queues
 * drain, notifications the PSP gave up on are resent from its back office, dead letters are
 * redriven, the outbox relay job runs; repeated until a round changes nothing. The PSP's own faults
 * go on through the first round (`afterFirstRound` stops them).
 */
async function drain(stack: LocalStack, afterFirstRound: () => void): Promise<{ resent: number; redriven: number; left: Array<{ queue: string; messages: unknown[] }> }> {
  const sqs = new SQSClient({});
  let resent = 0;
  let redriven = 0;
  const job = (name: string) => fetch(`${stack.url}/local/jobs/${name}`, { method: 'POST' }).then((r) => r.text());
  for (let round = 0; round < 6; round++) {
    await stack.settle();
    let moved = 0;
    for (const n of stack.sandbox.notifications()) {
      if (n.givenUp && stack.sandbox.resendNotification(n.index)) moved++;
    }
    resent += moved;
    await stack.settle();
    for (const [queue, url] of Object.entries(stack.resources.queueUrls)) {
      const dlq = await deadLetterQueueOf(sqs, url);
      const n = await redriveDeadLetters(sqs, dlq, url);
      redriven += n;
      moved += n;
    }
    for (const name of JOBS) await job(name);
    await stack.settle();
    await waitForQueuesEmpty(sqs, Object.values(stack.resources.queueUrls));
    if (round === 0) {
      afterFirstRound();
      continue;
    }
    if (moved === 0) break;
  }
  const left: Array<{ queue: string; messages: unknown[] }> = [];
  for (const [queue, url] of Object.entries(stack.resources.queueUrls)) {
    const messages = await listDeadLetters(sqs, await deadLetterQueueOf(sqs, url));
    if (messages.length) left.push({ queue: `${queue} dead letters`, messages });
    const waiting = await queueDepth(sqs, url);
    if (waiting) left.push({ queue: `${queue} (still waiting after the drain)`, messages: [waiting] });
  }
  return { resent, redriven, left };
}

/**
 * The digest hotel's payment digests, sent as the job would send them two mornings on (every day
 * of the run is over by then): run once, then again, which must find nothing left to send.
 */
async function sendDigests(stack: LocalStack, problems: Violation[]): Promise<{ sent: number }> {
  const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const run = async () => {
    const res = await fetch(`${stack.url}/local/jobs/payment-digest?at=${encodeURIComponent(at)}`, { method: 'POST' });
    const body = (await res.json()) as { result?: Record<string, unknown> };
    if (res.status !== 200 || !body.result) throw new Error(`the payment digest job answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return body.result;
  };
  const first = await run();
  const again = await run();
  if (Number(again.sent ?? 0) > 0 || again.remaining) problems.push({ invariant: 'a payment digest is sent once', detail: `a second run as of ${at}: ${JSON.stringify(again)}` });
  if (first.remaining) problems.push({ invariant: 'a payment digest is sent once', detail: `the first run left work: ${JSON.stringify(first)}` });
  return { sent: Number(first.sent ?? 0) };
}

/** Every scheduled job, run as its schedule would at the end of a run. */
const JOBS = ['outbox-redrive', 'link-expiry', 'option-sweep', 'payment-reminders', 'card-purge'] as const;

/** Queues with messages still in flight or delayed (refund backoff) are not drained yet. */
async function waitForQueuesEmpty(sqs: SQSClient, urls: string[]): Promise<void> {
  for (let i = 0; i < 600; i++) {
    let busy = 0;
    for (const url of urls) busy += await queueDepth(sqs, url);
    if (busy === 0) return;
    await sleep(500);
  }
}

async function queueDepth(sqs: SQSClient, url: string): Promise<number> {
  const a = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] }))).Attributes ?? {};
  return Number(a.ApproximateNumberOfMessages ?? 0) + Number(a.ApproximateNumberOfMessagesNotVisible ?? 0) + Number(a.ApproximateNumberOfMessagesDelayed ?? 0);
}

/** The checker reads the whole table (it is not product code: the product never scans). */
async function scanTable(stack: LocalStack): Promise<Json[]> {
  const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  const items: Json[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await ddb.send(new ScanCommand({ TableName: stack.resources.tableName, ExclusiveStartKey }));
    items.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

/** Pipeline delays read from the table: outbox event to relay, notification received to processed. */
function lagOf(table: Json[]): ChaosReport['lag'] {
  const spread = (seconds: number[]) => {
    const s = [...seconds].sort((a, b) => a - b);
    const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1) : '-');
    return `${at(0.5)} / ${at(0.9)} / ${s.length ? s[s.length - 1]!.toFixed(1) : '-'}`;
  };
  const relay = table.filter((i) => i.entity === outbox.ENTITY).map((i) => outbox.fromItem(i))
    .flatMap((o) => (o.relayedAt ? [(Date.parse(o.relayedAt) - Date.parse(o.event.occurredAt)) / 1000] : []));
  const processed = table.filter((i) => i.entity === notification.ENTITY).map((i) => notification.fromItem(i))
    .flatMap((n) => (n.processedAt ? [(Date.parse(n.processedAt) - Date.parse(n.receivedAt)) / 1000] : []));
  return { relay: spread(relay), notification: spread(processed) };
}

/** Who an event's e-mails go to: each has its own receipt (app/send-emails.ts). */
/** The PSP REST calls the sandbox failed on purpose: no answer, a 5xx, or its "technical error" (PSP_999). */
const pspFaults = (t: RestCallTotals): number =>
  (t.byOutcome.http_500 ?? 0) + (t.byOutcome.http_503 ?? 0) + (t.byOutcome.timeout ?? 0) + (t.byErrorCode.PSP_999 ?? 0);

const EMAIL_RECIPIENTS = ['guest', 'hotel'] as const;

/** An item's primary key as one string, to compare with the keys an entity module gives. */
const keyOf = (i: object): string => JSON.stringify([(i as Json)[TABLE.partitionKey], (i as Json)[TABLE.sortKey]]);
