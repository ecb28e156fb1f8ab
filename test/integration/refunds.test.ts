import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import * as entities from '../../adapters/dynamo/entities';
import type { Wired } from '../../app/deps';
import { hashSecret } from '../../app/secrets';
import { cancelBooking } from '../../app/cancel-reservation';
import { processRefund, refundOperation, RetryLater } from '../../app/process-refund';
import { claimCall, PSP_CALL_LEASE_MS } from '../../domain/psp-operation';
import type { Refund } from '../../domain/refund';
import { requestRefund } from '../../app/request-refund';
import { listTransactions } from '../../app/transactions';
import { processNotification } from '../../app/process-notification';
import { receiveNotification } from '../../app/receive-notification';
import { sign } from '../../adapters/psp/systempay/signature';
import { getReservation } from '../../app/reservation-view';
import { DomainError } from '../../domain/errors';
import type { Transaction } from '../../domain/transaction';
import type { FakeClock } from '../support/aws';
import { pspTest, type PspHarness } from '../support/psp-harness';
import { ask, committedEvents, reserve } from '../support/scenario';

/** Refunds against moto and the PSP sandbox's REST API over HTTP. */
let clock: FakeClock;
let deps: Wired;
let table: string;
let psp: PspHarness;

beforeEach(async () => ({ deps, clock, table, psp } = await pspTest()));
afterEach(async () => psp.stop());

/** A reservation with a paid 30 % deposit (15 000 of 50 000); captured unless told otherwise. */
async function paidDeposit(id: string, opts: { captured?: boolean; hotelId?: string } = {}): Promise<{ hotelId: string; payment: Transaction }> {
  const hotelId = opts.hotelId ?? await psp.hotel();
  await reserve(deps, hotelId, id, addDaysIso(3));
  await psp.pay((await ask(deps, hotelId, id)).url);
  const payment = (await deps.store.getReservation(hotelId, id))!.transactions.find((t) => t.type === 'payment' && t.status === 'succeeded');
  if (!payment) throw new Error('the deposit was not paid');
  if (opts.captured ?? true) expect(psp.sandbox.capture(payment.psp.transactionUuid).ok).toBe(true);
  return { hotelId, payment };
}

const addDaysIso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof DomainError ? `${e.kind}:${e.code}` : `thrown:${(e as Error).message}`));
const tx = async (hotelId: string, reservationId: string, id: string) => (await deps.store.getReservation(hotelId, reservationId))!.transactions.find((t) => t.transactionId === id)!;
const calls = (ws: string) => psp.sandbox.restCalls().filter((c) => c.webService === ws);
const ledger = (uuid: string) => psp.sandbox.transactions().find((t) => t.uuid === uuid)!;

describe('refund requests', () => {
  it('refunds part, then the remainder, then has nothing left', async () => {
    const { hotelId, payment } = await paidDeposit('R-1');
    expect(payment.refundable).toBe(15_000);
    const first = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 5_000, currency: 'EUR' }, reason: 'room downgraded' });
    expect(first).toMatchObject({ status: 'requested', amount: { amount: 5_000, currency: 'EUR' }, transactionId: payment.transactionId });
    expect(await processRefund(deps, hotelId, 'R-1', first.refundId)).toBe('succeeded');
    const rest = await requestRefund(deps, hotelId, payment.transactionId, {});
    expect(rest.amount).toEqual({ amount: 10_000, currency: 'EUR' });
    expect(await processRefund(deps, hotelId, 'R-1', rest.refundId)).toBe('succeeded');
    expect(await codeOf(requestRefund(deps, hotelId, payment.transactionId, {}))).toBe('rule_violated:nothing_to_refund');

    expect(ledger(payment.psp.transactionUuid)).toMatchObject({ refundedAmount: 15_000 });
    const view = await getReservation(deps, hotelId, 'R-1');
    const refunds = view.transactions.filter((t) => t.type === 'refund');
    expect(refunds).toEqual([
      expect.objectContaining({ status: 'succeeded', refundStatus: 'succeeded', amount: { amount: 5_000, currency: 'EUR' }, reason: 'room downgraded', parentTransactionId: payment.transactionId }),
      expect.objectContaining({ status: 'succeeded', refundStatus: 'succeeded', amount: { amount: 10_000, currency: 'EUR' } }),
    ]);
    expect(view.transactions.find((t) => t.type === 'payment')).toMatchObject({ refundable: { amount: 0, currency: 'EUR' } });
    expect(view.history.map((h) => h.type)).toEqual(expect.arrayContaining(['refund_requested', 'refund_succeeded']));
    expect((await committedEvents(table, 'refund.succeeded')).length).toBe(2);
    // Two PSP calls per refund: the look, then the refund.
    expect(calls('Transaction/CancelOrRefund').length).toBe(2);
    expect(calls('Transaction/Get').length).toBe(2);
  });

  it('refuses what the rules forbid, and changes nothing', async () => {
    const { hotelId, payment } = await paidDeposit('R-2');
    expect(await codeOf(requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 15_001, currency: 'EUR' } }))).toBe('rule_violated:amount_exceeds_refundable');
    expect(await codeOf(requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 100, currency: 'USD' } }))).toBe('rule_violated:currency_mismatch');
    expect(await codeOf(requestRefund(deps, hotelId, 'nope', {}))).toBe('not_found:transaction_not_found');
    // Another hotel cannot even see it.
    const other = await psp.hotel();
    expect(await codeOf(requestRefund(deps, other, payment.transactionId, {}))).toBe('not_found:transaction_not_found');
    const after = await deps.store.getReservation(hotelId, 'R-2');
    expect(after!.transactions).toHaveLength(1);
    expect(after!.transactions[0]!.refundable).toBe(15_000);
    expect(await committedEvents(table, 'refund.requested')).toEqual([]);
  });

  it('never refunds a card verification (guarantee)', async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'R-3', addDaysIso(3));
    await psp.pay((await ask(deps, hotelId, 'R-3', 'guarantee')).url);
    const verification = (await deps.store.getReservation(hotelId, 'R-3'))!.transactions[0]!;
    expect(verification.type).toBe('verification');
    expect(await codeOf(requestRefund(deps, hotelId, verification.transactionId, {}))).toBe('rule_violated:not_refundable');
  });

  it('holds 20 concurrent refunds within the payment', async () => {
    const { hotelId, payment } = await paidDeposit('R-4');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 1_000, currency: 'EUR' }, reason: `call ${i}` }).then(
        (r) => ({ ok: true as const, r }),
        (e: DomainError) => ({ ok: false as const, code: `${e.kind}:${e.code}` }),
      )));
    const accepted = results.filter((x) => x.ok);
    for (const x of results) if (!x.ok) expect(['rule_violated:amount_exceeds_refundable', 'rule_violated:nothing_to_refund', 'conflict:concurrent_update']).toContain(x.code);
    expect(accepted.length).toBeLessThanOrEqual(15);
    expect(accepted.length).toBeGreaterThan(0);
    const agg = (await deps.store.getReservation(hotelId, 'R-4'))!;
    const held = agg.transactions.filter((t) => t.type === 'refund').reduce((s, t) => s + t.amount.amount, 0);
    expect(held).toBe(accepted.length * 1_000);
    expect(agg.transactions.find((t) => t.transactionId === payment.transactionId)!.refundable).toBe(15_000 - held);
  });

  it('answers a repeated Idempotency-Key with the same refund, and refuses it for another body', async () => {
    const { hotelId, payment } = await paidDeposit('R-5');
    const body = { amount: { amount: 2_000, currency: 'EUR' } };
    const [a, b] = await Promise.all([requestRefund(deps, hotelId, payment.transactionId, body, 'key-1'), requestRefund(deps, hotelId, payment.transactionId, body, 'key-1')]);
    expect(b.refundId).toBe(a.refundId);
    expect(await codeOf(requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 3_000, currency: 'EUR' } }, 'key-1'))).toBe('rule_violated:idempotency_key_reused');
    await processRefund(deps, hotelId, 'R-5', a.refundId);
    expect(await requestRefund(deps, hotelId, payment.transactionId, body, 'key-1')).toMatchObject({ refundId: a.refundId, status: 'succeeded' });
    expect((await deps.store.getReservation(hotelId, 'R-5'))!.transactions.filter((t) => t.type === 'refund')).toHaveLength(1);

    // After 24 h the key is free again, even before DynamoDB's TTL has deleted the record.
    const k = entities.idempotency.key(hotelId, 'refund', hashSecret('key-1'));
    await dynamoClient().send(new UpdateCommand({ TableName: table, Key: k, UpdateExpression: 'SET #ttl = :past', ExpressionAttributeNames: { '#ttl': 'ttl' }, ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 60 } }));
    const later = await requestRefund(deps, hotelId, payment.transactionId, body, 'key-1');
    expect(later.refundId).not.toBe(a.refundId);
    expect((await deps.store.getReservation(hotelId, 'R-5'))!.transactions.filter((t) => t.type === 'refund')).toHaveLength(2);
  });

  it('answers a repeated key with its refund even when that refund took all there was, and reads the key only then', async () => {
    const { hotelId, payment } = await paidDeposit('R-6');
    const first = await requestRefund(deps, hotelId, payment.transactionId, {}, 'key-all');
    // The first answer was lost: the retry finds nothing left to refund, and that is its own refund.
    expect(await requestRefund(deps, hotelId, payment.transactionId, {}, 'key-all')).toMatchObject({ refundId: first.refundId, amount: payment.amount });
    // Another key gets the rule.
    expect(await codeOf(requestRefund(deps, hotelId, payment.transactionId, {}, 'key-other'))).toBe('rule_violated:nothing_to_refund');
    expect((await deps.store.getReservation(hotelId, 'R-6'))!.transactions.filter((t) => t.type === 'refund')).toHaveLength(1);
  });
});

describe('the refund worker', () => {
  it('calls the PSP once when the message is delivered twice at once', async () => {
    const { hotelId, payment } = await paidDeposit('W-1');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 4_000, currency: 'EUR' } });
    const outcomes = await Promise.all([processRefund(deps, hotelId, 'W-1', r.refundId), processRefund(deps, hotelId, 'W-1', r.refundId)].map((p) => p.catch((e: Error) => e.name)));
    expect(outcomes.sort()).toEqual(expect.arrayContaining(['succeeded']));
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(1);
    // A late redelivery finds it done.
    expect(await processRefund(deps, hotelId, 'W-1', r.refundId)).toBe('already_final');
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(1);
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(4_000);
  });

  it('retries a refund the PSP could not read (5xx on the look) without calling it', async () => {
    const { hotelId, payment } = await paidDeposit('W-2');
    const r = await requestRefund(deps, hotelId, payment.transactionId, {});
    psp.sandbox.injectFault({ webService: 'Transaction/Get', kind: 'http_503' });
    await expect(processRefund(deps, hotelId, 'W-2', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(0);
    expect(await processRefund(deps, hotelId, 'W-2', r.refundId)).toBe('succeeded');
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(15_000);
  });

  it('looks before calling again after a 5xx on the refund itself, and calls again only if it was not done', async () => {
    const { hotelId, payment } = await paidDeposit('W-2b');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 2_000, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'http_503' });
    await expect(processRefund(deps, hotelId, 'W-2b', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    expect((await tx(hotelId, 'W-2b', r.refundId)).refund).toMatchObject({ status: 'requested', pspCall: { state: 'unanswered', attempt: 1 } });
    expect(await processRefund(deps, hotelId, 'W-2b', r.refundId)).toBe('succeeded');
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(2);
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(2_000);
  });

  it('does not call again after a call that timed out but went through: it reads the PSP instead', async () => {
    const { hotelId, payment } = await paidDeposit('W-3');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 6_000, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout', applied: true });
    await expect(processRefund(deps, hotelId, 'W-3', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    // Another refund of the same payment waits for this one's answer.
    const other = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 1_000, currency: 'EUR' } });
    await expect(processRefund(deps, hotelId, 'W-3', other.refundId)).rejects.toThrow(/another operation on this payment/);
    expect(await processRefund(deps, hotelId, 'W-3', r.refundId)).toBe('reconciled');
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(1);
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(6_000);
    expect((await tx(hotelId, 'W-3', r.refundId)).refund).toMatchObject({ status: 'succeeded', reconciled: true });
    expect(await processRefund(deps, hotelId, 'W-3', other.refundId)).toBe('succeeded');
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(7_000);
  });

  it('calls again after a timeout that did not go through', async () => {
    const { hotelId, payment } = await paidDeposit('W-4');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 1_500, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout' });
    await expect(processRefund(deps, hotelId, 'W-4', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    expect(await processRefund(deps, hotelId, 'W-4', r.refundId)).toBe('succeeded');
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(1_500);
  });

  it('leaves a call cut off mid-way (the worker died) alone until its lease runs out', async () => {
    const { hotelId, payment } = await paidDeposit('W-4b');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 1_000, currency: 'EUR' } });
    const current = (await tx(hotelId, 'W-4b', r.refundId)) as Refund;
    const claimed = refundOperation.withCall(current, clock.now(), claimCall(current.refund, clock.now(), 'refund').pspCall);
    await deps.store.commit({ transactions: [{ value: claimed, expectedVersion: claimed.version - 1 }], pspLocks: [{ payment, holder: r.refundId, action: 'take' }] });
    await expect(processRefund(deps, hotelId, 'W-4b', r.refundId)).rejects.toThrow(/in flight/);
    clock.advance(PSP_CALL_LEASE_MS + 1_000);
    expect(await processRefund(deps, hotelId, 'W-4b', r.refundId)).toBe('succeeded');
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(1);
  });

  it('never fails a refund whose call went unanswered, even if the PSP then refuses to say', async () => {
    const { hotelId, payment } = await paidDeposit('W-4c');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 1_000, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout', applied: true });
    await expect(processRefund(deps, hotelId, 'W-4c', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    psp.sandbox.injectFault({ webService: 'Transaction/Get', kind: 'refuse', code: 'PSP_010', message: 'transaction not found' });
    await expect(processRefund(deps, hotelId, 'W-4c', r.refundId)).rejects.toThrow(/unanswered/);
    expect((await tx(hotelId, 'W-4c', payment.transactionId)).refundable).toBe(14_000);
    expect(await processRefund(deps, hotelId, 'W-4c', r.refundId)).toBe('reconciled');
  });

  it('takes a "technical error" answer to the refund as maybe done: it looks, and never refunds twice', async () => {
    const { hotelId, payment } = await paidDeposit('W-4d');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 2_500, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'refuse', code: 'PSP_999', message: 'technical error', applied: true });
    await expect(processRefund(deps, hotelId, 'W-4d', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    expect((await tx(hotelId, 'W-4d', r.refundId)).refund).toMatchObject({ status: 'requested', pspCall: { state: 'unanswered' } });
    expect(await processRefund(deps, hotelId, 'W-4d', r.refundId)).toBe('reconciled');
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(1);
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(2_500);
  });

  it('does not fail a refund whose earlier call went unanswered when the PSP refuses the next call', async () => {
    const { hotelId, payment } = await paidDeposit('W-4e');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 3_000, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout' });
    await expect(processRefund(deps, hotelId, 'W-4e', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'refuse', code: 'PSP_104', message: 'amount exceeds what is left' });
    await expect(processRefund(deps, hotelId, 'W-4e', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    // Still held and waiting, its lock kept: the hotel is not told it failed.
    expect((await tx(hotelId, 'W-4e', r.refundId)).refund).toMatchObject({ status: 'requested', pspCall: { state: 'unanswered' } });
    expect((await tx(hotelId, 'W-4e', payment.transactionId)).refundable).toBe(12_000);
    expect(await committedEvents(table, 'refund.failed')).toHaveLength(0);
    expect(await processRefund(deps, hotelId, 'W-4e', r.refundId)).toBe('succeeded');
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(3_000);
  });

  it('records a permanent refusal with the PSP reason, releases the hold and tells the hotel', async () => {
    const { hotelId, payment } = await paidDeposit('W-5');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 7_000, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'refuse', code: 'ACQ_001', message: 'refund refused by the acquirer' });
    expect(await processRefund(deps, hotelId, 'W-5', r.refundId)).toBe('failed');
    const refund = await tx(hotelId, 'W-5', r.refundId);
    expect(refund).toMatchObject({ status: 'failed', refund: { status: 'failed', failure: { code: 'ACQ_001', message: expect.stringContaining('refund refused by the acquirer') } } });
    expect((await tx(hotelId, 'W-5', payment.transactionId)).refundable).toBe(15_000);
    expect(await committedEvents(table, 'refund.failed')).toEqual([expect.objectContaining({ data: expect.objectContaining({ refundId: r.refundId, code: 'ACQ_001' }) })]);
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(0);
  });

  it('takes two partial refunds of a payment not yet captured to the PSP one after the other', async () => {
    const { hotelId, payment } = await paidDeposit('W-7', { captured: false });
    const a = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 2_000, currency: 'EUR' } });
    const b = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 3_000, currency: 'EUR' } });
    const first = await Promise.all([a, b].map((r) => processRefund(deps, hotelId, 'W-7', r.refundId).catch((e: Error) => e.message)));
    for (const r of [a, b]) {
      if ((await tx(hotelId, 'W-7', r.refundId)).refund?.status === 'requested') expect(await processRefund(deps, hotelId, 'W-7', r.refundId)).toBe('succeeded');
    }
    expect(first.filter((x) => x === 'succeeded').length).toBeGreaterThanOrEqual(1);
    // Each Update lowered the amount from what the PSP held after the other: 15 000 − 2 000 − 3 000.
    expect(ledger(payment.psp.transactionUuid)).toMatchObject({ amount: 10_000, detailedStatus: 'AUTHORISED' });
  });

  it('never lowers a payment from a PSP state read before another refund of it went through', async () => {
    const { hotelId, payment } = await paidDeposit('W-7b', { captured: false });
    const a = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 2_000, currency: 'EUR' } });
    const b = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 3_000, currency: 'EUR' } });
    // B reads the PSP (15 000 held), then A is called, answered and releases the lock before B claims it.
    const gateway = deps.pspOperations.for('systempay');
    const slow = Object.assign(Object.create(gateway) as typeof gateway, {
      lookUp: async (...args: Parameters<typeof gateway.lookUp>) => {
        const state = await gateway.lookUp(...args);
        expect(await processRefund(deps, hotelId, 'W-7b', a.refundId)).toBe('succeeded');
        return state;
      },
    });
    const slowB: typeof deps = { ...deps, pspOperations: { for: () => slow } };
    await expect(processRefund(slowB, hotelId, 'W-7b', b.refundId)).rejects.toBeInstanceOf(RetryLater);
    expect(await processRefund(deps, hotelId, 'W-7b', b.refundId)).toBe('succeeded');
    expect(ledger(payment.psp.transactionUuid)).toMatchObject({ amount: 10_000, detailedStatus: 'AUTHORISED' });
  });

  it('cancels or lowers a payment not yet captured, as the PSP requires', async () => {
    const { hotelId, payment } = await paidDeposit('W-6', { captured: false });
    const part = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 5_000, currency: 'EUR' } });
    expect(await processRefund(deps, hotelId, 'W-6', part.refundId)).toBe('succeeded');
    expect(ledger(payment.psp.transactionUuid)).toMatchObject({ amount: 10_000, detailedStatus: 'AUTHORISED' });
    expect((await tx(hotelId, 'W-6', part.refundId)).refund?.operation).toBe('lower_amount');
    const rest = await requestRefund(deps, hotelId, payment.transactionId, {});
    expect(await processRefund(deps, hotelId, 'W-6', rest.refundId)).toBe('succeeded');
    expect(ledger(payment.psp.transactionUuid).detailedStatus).toBe('CANCELLED');
    expect((await tx(hotelId, 'W-6', rest.refundId)).refund?.operation).toBe('cancel');
  });
});

describe('back-office refunds', () => {
  it('records a refund made at the PSP, once, and counts it against the payment', async () => {
    const { hotelId, payment } = await paidDeposit('B-1');
    expect(psp.sandbox.backOfficeRefund(payment.psp.transactionUuid, { amount: 3_000, src: 'BO' }).ok).toBe(true);
    await psp.sandbox.idle();
    const agg = (await deps.store.getReservation(hotelId, 'B-1'))!;
    const refunds = agg.transactions.filter((t) => t.type === 'refund');
    expect(refunds).toEqual([expect.objectContaining({ status: 'succeeded', amount: { amount: 3_000, currency: 'EUR' }, parentTransactionId: payment.transactionId, refund: expect.objectContaining({ origin: 'psp_back_office' }) })]);
    expect(agg.transactions.find((t) => t.transactionId === payment.transactionId)!.refundable).toBe(12_000);
    // The rest is still refundable through us.
    const r = await requestRefund(deps, hotelId, payment.transactionId, {});
    expect(r.amount.amount).toBe(12_000);
    expect(await processRefund(deps, hotelId, 'B-1', r.refundId)).toBe('succeeded');
  });

  it('keeps money given back in the back office given back when our waiting refund of it then fails', async () => {
    const { hotelId, payment } = await paidDeposit('B-6');
    const r = await requestRefund(deps, hotelId, payment.transactionId, {});
    expect(psp.sandbox.backOfficeRefund(payment.psp.transactionUuid, { amount: 15_000, src: 'BO' }).ok).toBe(true);
    await psp.sandbox.idle();
    expect(await processRefund(deps, hotelId, 'B-6', r.refundId)).toBe('failed');
    const agg = (await deps.store.getReservation(hotelId, 'B-6'))!;
    // Nothing is left at the PSP, so nothing becomes refundable again.
    expect(agg.transactions.find((t) => t.transactionId === payment.transactionId)!.refundable).toBe(0);
    expect(agg.transactions.filter((t) => t.type === 'refund').map((t) => [t.refund!.origin, t.refund!.status, t.amount.amount])).toEqual(expect.arrayContaining([
      ['api', 'failed', 15_000], ['psp_back_office', 'succeeded', 15_000],
    ]));
    expect(await codeOf(requestRefund(deps, hotelId, payment.transactionId, {}))).toBe('rule_violated:nothing_to_refund');
  });

  it('records a back-office cancellation of a payment not yet captured as a full refund', async () => {
    const { hotelId, payment } = await paidDeposit('B-2', { captured: false });
    expect(psp.sandbox.backOfficeRefund(payment.psp.transactionUuid).ok).toBe(true);
    await psp.sandbox.idle();
    const agg = (await deps.store.getReservation(hotelId, 'B-2'))!;
    expect(agg.transactions.find((t) => t.type === 'refund')).toMatchObject({ status: 'succeeded', amount: { amount: 15_000, currency: 'EUR' } });
    expect(agg.transactions.find((t) => t.transactionId === payment.transactionId)!.refundable).toBe(0);
  });
  it('fails our refund overtaken by a back-office refund of the rest after its call went unanswered, and calls the PSP no more', async () => {
    const { hotelId, payment } = await paidDeposit('B-7');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 6_000, currency: 'EUR' } });
    // Its call ends without an answer and did not go through; meanwhile the hotel refunds all of it in the back office.
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout' });
    await expect(processRefund(deps, hotelId, 'B-7', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    expect(psp.sandbox.backOfficeRefund(payment.psp.transactionUuid, { amount: 15_000, src: 'BO' }).ok).toBe(true);
    await psp.sandbox.idle();
    // The PSP shows all it took given back, and all of that is in our ledger already: our refund
    // never went through and never can; the PSP is not asked again (it would answer PSP_104).
    expect(await processRefund(deps, hotelId, 'B-7', r.refundId)).toBe('failed');
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(1);
    expect(await tx(hotelId, 'B-7', r.refundId)).toMatchObject({ status: 'failed', refund: { status: 'failed', failure: { code: 'not_refundable_at_psp', message: expect.stringContaining('only 0 (minor units) left to refund') } } });
    expect(await committedEvents(table, 'refund.failed')).toEqual([expect.objectContaining({ data: expect.objectContaining({ refundId: r.refundId, code: 'not_refundable_at_psp' }) })]);
    const agg = (await deps.store.getReservation(hotelId, 'B-7'))!;
    expect(agg.transactions.find((t) => t.transactionId === payment.transactionId)!.refundable).toBe(0);
    expect(agg.transactions.filter((t) => t.type === 'refund' && t.status === 'succeeded').reduce((sum, t) => sum + t.amount.amount, 0)).toBe(15_000);
    // Its PSP lock is given back with its outcome.
    expect((await dynamoClient().send(new GetCommand({ TableName: table, Key: entities.pspLock.key(hotelId, 'B-7', payment.transactionId) }))).Item).toBeUndefined();
    expect(await processRefund(deps, hotelId, 'B-7', r.refundId)).toBe('already_final');
  });
});

describe('back-office refunds meeting ours', () => {
  it('settles our waiting refunds when the payment is cancelled at the PSP, and records the rest', async () => {
    const { hotelId, payment } = await paidDeposit('B-3', { captured: false });
    const waiting = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 5_000, currency: 'EUR' } });
    expect(psp.sandbox.backOfficeRefund(payment.psp.transactionUuid).ok).toBe(true);
    await psp.sandbox.idle();
    const agg = (await deps.store.getReservation(hotelId, 'B-3'))!;
    const refunds = agg.transactions.filter((t) => t.type === 'refund').sort((a, b) => a.amount.amount - b.amount.amount);
    expect(refunds).toEqual([
      expect.objectContaining({ transactionId: waiting.refundId, status: 'succeeded', amount: { amount: 5_000, currency: 'EUR' }, refund: expect.objectContaining({ reconciled: true }) }),
      expect.objectContaining({ status: 'succeeded', amount: { amount: 10_000, currency: 'EUR' }, refund: expect.objectContaining({ origin: 'psp_back_office' }) }),
    ]);
    expect(agg.transactions.find((t) => t.transactionId === payment.transactionId)!.refundable).toBe(0);
    expect(await processRefund(deps, hotelId, 'B-3', waiting.refundId)).toBe('already_final');
    expect(calls('Transaction/CancelOrRefund')).toHaveLength(0);
  });

  it('gives a refund read back after an unanswered call the PSP id its credit notification brings, without counting it twice', async () => {
    const { hotelId, payment } = await paidDeposit('B-4');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 4_000, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout', applied: true });
    await expect(processRefund(deps, hotelId, 'B-4', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    expect(await processRefund(deps, hotelId, 'B-4', r.refundId)).toBe('reconciled');
    const credit = psp.sandbox.transactions().find((t) => t.operationType === 'CREDIT')!;
    const { hotel } = (await deps.store.getHotel(hotelId))!;
    const fields: Record<string, string> = {
      vads_site_id: hotel.psp.siteId, vads_ctx_mode: 'TEST', vads_trans_id: '900001', vads_trans_date: '20261122100000', vads_trans_status: 'CAPTURED',
      vads_operation_type: 'CREDIT', vads_url_check_src: 'MERCH_BO', vads_trans_uuid: credit.uuid, vads_amount: '4000', vads_currency: '978', vads_order_id: 'B-4',
    };
    const receipt = await receiveNotification(deps, 'systempay', hotelId, { ...fields, signature: sign(fields, `Key${hotel.psp.siteId}Test`) });
    expect(await processNotification(deps, hotelId, receipt.notificationId)).toBe('already_processed');
    const refunds = (await deps.store.getReservation(hotelId, 'B-4'))!.transactions.filter((t) => t.type === 'refund');
    expect(refunds).toEqual([expect.objectContaining({ transactionId: r.refundId, psp: expect.objectContaining({ transactionUuid: credit.uuid }) })]);
  });
});

describe('the transaction history', () => {
  it('pages a filtered listing without losing or repeating a transaction', async () => {
    const hotelId = await psp.hotel();
    const payments: string[] = [];
    const refunds: string[] = [];
    for (const id of ['F-1', 'F-2', 'F-3']) {
      const { payment } = await paidDeposit(id, { hotelId });
      payments.push(payment.transactionId);
      refunds.push((await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 100, currency: 'EUR' } })).refundId);
    }
    const walk = async (q: { type?: 'payment' | 'refund'; status?: 'pending' | 'succeeded' }, limit: number) => {
      const seen: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await listTransactions(deps, hotelId, { ...q, limit, ...(cursor ? { cursor } : {}) });
        seen.push(page.transactions.map((t) => t.transactionId));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect((await walk({ type: 'payment' }, 2)).flat()).toEqual(payments);
    expect((await walk({ type: 'refund' }, 1)).flat()).toEqual(refunds);
    expect((await walk({ type: 'refund', status: 'pending' }, 2))[0]).toEqual(refunds.slice(0, 2));
    expect((await walk({}, 4)).flat().sort()).toEqual([...payments, ...refunds].sort());
  });

  it('continues a listing made yesterday with its cursor, and refuses a forged range', async () => {
    const { hotelId, payment: first } = await paidDeposit('H-1');
    const { payment: second } = await paidDeposit('H-2', { hotelId });
    const page = await listTransactions(deps, hotelId, { limit: 1 });
    expect(page.transactions.map((t) => t.transactionId)).toEqual([first.transactionId]);
    // The hotel's "today" moves on: the cursor keeps the window it was made for.
    clock.current = new Date(clock.current.getTime() + 86_400_000);
    const next = await listTransactions(deps, hotelId, { limit: 1, cursor: page.nextCursor! });
    expect(next.transactions.map((t) => t.transactionId)).toEqual([second.transactionId]);
    const forged = Buffer.from(JSON.stringify({ month: '1990-01', range: '1990-01-01T00:00:00.000Z|2026-01-01T00:00:00.000Z||' })).toString('base64url');
    expect(await codeOf(listTransactions(deps, hotelId, { limit: 1, cursor: forged }))).toBe('invalid_input:invalid_cursor');
    // Another hotel's listing does not take it either.
    expect(await codeOf(listTransactions(deps, await psp.hotel(), { limit: 1, cursor: page.nextCursor! }))).toBe('invalid_input:invalid_cursor');
  });
});

describe('back-office notifications in another mode', () => {
  it('never lets a TEST notification settle or record money back on a PRODUCTION payment', async () => {
    const { hotelId, payment } = await paidDeposit('B-5');
    const r = await requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 3_000, currency: 'EUR' } });
    psp.sandbox.injectFault({ webService: 'Transaction/CancelOrRefund', kind: 'timeout' });
    await expect(processRefund(deps, hotelId, 'B-5', r.refundId)).rejects.toBeInstanceOf(RetryLater);
    // The payment and its refund as a PRODUCTION shop holds them.
    for (const id of [payment.transactionId, r.refundId]) {
      await dynamoClient().send(new UpdateCommand({ TableName: table, Key: entities.transaction.key(hotelId, 'B-5', id), UpdateExpression: 'SET psp.#mode = :prod', ExpressionAttributeNames: { '#mode': 'mode' }, ExpressionAttributeValues: { ':prod': 'PRODUCTION' } }));
    }
    const { hotel } = (await deps.store.getHotel(hotelId))!;
    const send = async (extra: Record<string, string>) => {
      const fields: Record<string, string> = {
        vads_site_id: hotel.psp.siteId, vads_ctx_mode: 'TEST', vads_trans_date: '20261122100000', vads_currency: '978', vads_order_id: 'B-5', vads_url_check_src: 'BO', ...extra,
      };
      const receipt = await receiveNotification(deps, 'systempay', hotelId, { ...fields, signature: sign(fields, `Key${hotel.psp.siteId}Test`) });
      return processNotification(deps, hotelId, receipt.notificationId);
    };
    await send({ vads_trans_id: '900002', vads_trans_status: 'CAPTURED', vads_operation_type: 'CREDIT', vads_trans_uuid: 'f'.repeat(32), vads_amount: '3000' });
    await send({ vads_trans_id: '900003', vads_trans_status: 'CANCELLED', vads_operation_type: 'DEBIT', vads_trans_uuid: payment.psp.transactionUuid, vads_amount: '15000' });
    const agg = (await deps.store.getReservation(hotelId, 'B-5'))!;
    expect(agg.transactions.filter((t) => t.type === 'refund')).toEqual([expect.objectContaining({ transactionId: r.refundId, refund: expect.objectContaining({ status: 'requested' }) })]);
    expect(agg.transactions.find((t) => t.transactionId === payment.transactionId)!.refundable).toBe(12_000);
  });
});

describe('cancellation', () => {
  it('refuses, changing nothing, a cancellation with more payments than one transaction can settle', async () => {
    const { hotelId, payment } = await paidDeposit('C-9');
    // 30 payments on one booking (a PMS paying again and again): each refund is several writes.
    for (let batch = 0; batch < 3; batch++) {
      await deps.store.commit({ transactions: Array.from({ length: 10 }, (_, i) => ({ value: { ...payment, transactionId: `${payment.transactionId}-${batch}-${i}` }, expectedVersion: null })) });
    }
    expect(await codeOf(cancelBooking(deps, hotelId, 'C-9', 'refund'))).toBe('rule_violated:too_many_payments');
    const after = (await deps.store.getReservation(hotelId, 'C-9'))!;
    expect(after.reservation.status).toBe('confirmed');
    expect(after.transactions.filter((t) => t.type === 'refund')).toEqual([]);
    expect(await committedEvents(table, 'reservation.cancelled')).toEqual([]);
  });

  it('asks what to do with a deposit, then keeps it', async () => {
    const { hotelId } = await paidDeposit('C-1');
    expect(await codeOf(cancelBooking(deps, hotelId, 'C-1', undefined))).toBe('rule_violated:deposit_choice_required');
    expect((await deps.store.getReservation(hotelId, 'C-1'))!.reservation.status).toBe('confirmed');
    const view = await cancelBooking(deps, hotelId, 'C-1', 'keep');
    expect(view.status).toBe('cancelled');
    expect(view.cancellation).toMatchObject({ deposit: 'kept', retained: [{ amount: 15_000, currency: 'EUR' }] });
    expect(view.history.map((h) => h.type)).toEqual(expect.arrayContaining(['cancelled', 'deposit_retained']));
    expect(view.history.find((h) => h.type === 'deposit_retained')).toMatchObject({ detail: { amount: { amount: 15_000, currency: 'EUR' } } });
    expect(view.transactions.filter((t) => t.type === 'refund')).toEqual([]);
    expect(await committedEvents(table, 'reservation.cancelled')).toEqual([expect.objectContaining({ data: expect.objectContaining({ deposit: 'kept' }) })]);
  });

  it('refunds the whole deposit, and cancelling twice changes nothing', async () => {
    const { hotelId, payment } = await paidDeposit('C-2');
    const view = await cancelBooking(deps, hotelId, 'C-2', 'refund');
    const refund = view.transactions.find((t) => t.type === 'refund')!;
    expect(refund).toMatchObject({ status: 'pending', refundStatus: 'requested', amount: { amount: 15_000, currency: 'EUR' }, origin: 'cancellation' });
    expect(await processRefund(deps, hotelId, 'C-2', String(refund.transactionId))).toBe('succeeded');
    const again = await cancelBooking(deps, hotelId, 'C-2', { refund: { amount: 1, currency: 'EUR' } });
    expect(again.transactions.filter((t) => t.type === 'refund')).toHaveLength(1);
    expect(ledger(payment.psp.transactionUuid).refundedAmount).toBe(15_000);
    expect(await committedEvents(table, 'reservation.cancelled')).toHaveLength(1);
  });

  it('answers two cancellations at once with the same cancelled reservation and one refund', async () => {
    const { hotelId } = await paidDeposit('C-5');
    const both = await Promise.all([cancelBooking(deps, hotelId, 'C-5', 'refund'), cancelBooking(deps, hotelId, 'C-5', 'refund')]);
    expect(both.map((v) => v.status)).toEqual(['cancelled', 'cancelled']);
    expect((await deps.store.getReservation(hotelId, 'C-5'))!.transactions.filter((t) => t.type === 'refund')).toHaveLength(1);
  });

  it('never records as kept what a refund racing the cancellation took', async () => {
    const { hotelId, payment } = await paidDeposit('C-6');
    const [refund, cancel] = await Promise.all([
      requestRefund(deps, hotelId, payment.transactionId, { amount: { amount: 6_000, currency: 'EUR' } }).then(() => 'ok', (e: DomainError) => e.code),
      cancelBooking(deps, hotelId, 'C-6', 'keep').then((v) => v.cancellation, (e: DomainError) => e.code),
    ]);
    const agg = (await deps.store.getReservation(hotelId, 'C-6'))!;
    expect([refund, JSON.stringify(cancel)].join()).not.toMatch(/internal/);
    // What was kept, plus what was refunded before the cancellation was written, is the deposit.
    const cancelledAt = agg.history.find((h) => h.type === 'cancelled')?.entryId;
    const refundedBefore = agg.history.filter((h) => h.type === 'refund_requested' && (!cancelledAt || h.entryId < cancelledAt)).length * 6_000;
    if (agg.reservation.cancellation) expect(agg.reservation.cancellation.retained[0]!.amount + refundedBefore).toBe(15_000);
  });

  it('refunds part of the deposit and records the rest as retained', async () => {
    const { hotelId } = await paidDeposit('C-3');
    expect(await codeOf(cancelBooking(deps, hotelId, 'C-3', { refund: { amount: 20_000, currency: 'EUR' } }))).toBe('rule_violated:amount_exceeds_refundable');
    const view = await cancelBooking(deps, hotelId, 'C-3', { refund: { amount: 10_000, currency: 'EUR' } });
    expect(view.transactions.find((t) => t.type === 'refund')).toMatchObject({ amount: { amount: 10_000, currency: 'EUR' } });
    expect(view.history.find((h) => h.type === 'deposit_retained')).toMatchObject({ detail: { amount: { amount: 5_000, currency: 'EUR' } } });
    expect(await committedEvents(table, 'reservation.cancelled')).toEqual([expect.objectContaining({ data: expect.objectContaining({ deposit: 'partly_refunded', retained: [{ amount: 5_000, currency: 'EUR' }] }) })]);
  });

  it('cancels an option without a deposit and withdraws its open link', async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'C-4', addDaysIso(3));
    await ask(deps, hotelId, 'C-4');
    const view = await cancelBooking(deps, hotelId, 'C-4', undefined);
    expect(view).toMatchObject({ status: 'cancelled', paymentRequests: [expect.objectContaining({ status: 'cancelled' })] });
    expect(await codeOf(cancelBooking(deps, await psp.hotel(), 'C-4', 'keep'))).toBe('not_found:reservation_not_found');
  });
});
