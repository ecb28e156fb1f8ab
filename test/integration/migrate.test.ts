import { DeleteCommand, GetCommand, PutCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import * as entities from '../../adapters/dynamo/entities';
import type { Wired } from '../../app/deps';
import { openPaymentPage } from '../../app/payment-page';
import { processRefund } from '../../app/process-refund';
import { requestRefund } from '../../app/request-refund';
import { listTransactions } from '../../app/transactions';
import { DomainError } from '../../domain/errors';
import type { Transaction } from '../../domain/transaction';
import { dropProcessedTokens, moveOpenRequests, planUpgrade, upgradeTransactions } from '../../ops/migrate';
import { FakeClock, freshDeps } from '../support/aws';
import { startPspHarness, type PspHarness } from '../support/psp-harness';
import { ask, reserve } from '../support/scenario';

/** `npm run ops -- migrate transactions` against moto: items as the first release wrote them. */
let deps: Wired;
let table: string;
let psp: PspHarness;

beforeEach(async () => {
  const fresh = await freshDeps(new FakeClock(new Date()));
  table = fresh.resources.tableName;
  psp = await startPspHarness(fresh.deps);
  deps = psp.deps;
});
afterEach(async () => psp.stop());

const addDaysIso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof DomainError ? `${e.kind}:${e.code}` : `thrown:${(e as Error).message}`));

/** A paid deposit, then its items put back as the first release stored them. */
async function legacyPayment(hotelId: string, reservationId: string): Promise<Transaction> {
  await reserve(deps, hotelId, reservationId, addDaysIso(3));
  await psp.pay((await ask(deps, hotelId, reservationId)).url);
  const payment = (await deps.store.getReservation(hotelId, reservationId))!.transactions.find((t) => t.type === 'payment' && t.status === 'succeeded')!;
  await dynamoClient().send(new UpdateCommand({
    TableName: table, Key: entities.transaction.key(hotelId, reservationId, payment.transactionId),
    UpdateExpression: 'SET GSI1PK = :old REMOVE refundable', ExpressionAttributeValues: { ':old': entities.transaction.firstReleaseListing(hotelId) },
  }));
  await dynamoClient().send(new DeleteCommand({ TableName: table, Key: entities.transaction.refKey(hotelId, payment.transactionId) }));
  return payment;
}

describe('upgrading transactions written before refunds existed', () => {
  it('makes them listed and refundable again, once, and a dry run changes nothing', async () => {
    const hotelId = await psp.hotel();
    const old = await legacyPayment(hotelId, 'M-1');
    await reserve(deps, hotelId, 'M-2', addDaysIso(3));
    await psp.pay((await ask(deps, hotelId, 'M-2')).url);

    // Before: the old payment is neither in the history nor refundable.
    const ids = async () => (await listTransactions(deps, hotelId, { limit: 50 })).transactions.map((t) => t.transactionId);
    expect(await ids()).not.toContain(old.transactionId);
    expect(await codeOf(requestRefund(deps, hotelId, old.transactionId, {}))).toBe('not_found:transaction_not_found');

    const dry = await upgradeTransactions(dynamoClient(), table, { dryRun: true, pageSize: 2 });
    expect(dry).toMatchObject({ upgraded: 1, refsAdded: 1, dryRun: true });
    expect(await ids()).not.toContain(old.transactionId);

    const run = await upgradeTransactions(dynamoClient(), table, { pageSize: 2 });
    expect(run).toMatchObject({ upgraded: 1, refsAdded: 1, retried: 0, dryRun: false });
    expect(run.current).toBe(run.scanned - 1);
    const raw = await dynamoClient().send(new GetCommand({ TableName: table, Key: entities.transaction.key(hotelId, 'M-1', old.transactionId) }));
    expect(raw.Item).toMatchObject({ refundable: old.amount.amount, version: old.version + 1, ...entities.transaction.indexKeys(old) });

    expect(await ids()).toContain(old.transactionId);
    const refund = await requestRefund(deps, hotelId, old.transactionId, { amount: { amount: 1_000, currency: old.amount.currency } });
    expect(psp.sandbox.capture(old.psp.transactionUuid).ok).toBe(true);
    expect(await processRefund(deps, hotelId, 'M-1', refund.refundId)).toBe('succeeded');

    // Again: nothing left to do, and the refund's hold is not undone.
    expect(await upgradeTransactions(dynamoClient(), table)).toMatchObject({ upgraded: 0, refsAdded: 0 });
    const after = (await deps.store.getReservation(hotelId, 'M-1'))!.transactions.find((t) => t.transactionId === old.transactionId)!;
    expect(after.refundable).toBe(old.amount.amount - 1_000);
  });

  it('opens what is left to refund: the amount less the refunds not failed', () => {
    const payment = { hotelId: 'h', reservationId: 'r', transactionId: 'p1', type: 'payment', status: 'succeeded', amount: { amount: 10_000, currency: 'EUR' }, createdAt: '2026-03-02T10:00:00.000Z', version: 3 };
    const refund = (id: string, amount: number, status: string, parent = 'p1') => ({ transactionId: id, type: 'refund', status: 'pending', amount: { amount, currency: 'EUR' }, parentTransactionId: parent, refund: { status } }) as unknown as Transaction;
    const siblings = [refund('a', 2_000, 'succeeded'), refund('b', 500, 'requested'), refund('c', 9_000, 'failed'), refund('d', 700, 'succeeded', 'other')];
    const legacy = { GSI1PK: entities.transaction.firstReleaseListing('h') };
    const listed = entities.transaction.indexKeys(payment);
    expect(listed).toEqual({ GSI1PK: 'HOTEL#h#TX#2026-03', GSI1SK: '2026-03-02T10:00:00.000Z#p1' });
    expect(planUpgrade({ ...payment, ...legacy, GSI1SK: 'x' }, siblings)).toEqual({ ...listed, refundable: 7_500 });
    const current = { ...payment, ...entities.transaction.key('h', 'r', 'p1'), ...listed, refundable: 7_500 };
    expect(planUpgrade(current, siblings)).toBeNull();
    // A failed payment has nothing to refund: only its index moves.
    expect(planUpgrade({ ...payment, status: 'failed', ...legacy }, [])).toEqual(listed);
  });

  it('drops the sealed card token from notifications processed before it was dropped at processing', async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'G-1', addDaysIso(3));
    await psp.pay((await ask(deps, hotelId, 'G-1', 'guarantee')).url);
    const [processed] = (await dynamoClient().send(new ScanCommand({ TableName: table, FilterExpression: 'entity = :n', ExpressionAttributeValues: { ':n': 'pspNotification' } }))).Items!;
    expect(processed).toMatchObject({ processedAt: expect.any(String) });
    const notificationKey = entities.notification.key(hotelId, String(processed!.notificationId));
    // As the first release left it: processed, the token still sealed in it. And one not processed yet.
    const sealed = await deps.sealer.seal(JSON.stringify({ vads_identifier: 'a'.repeat(32) }), { hotelId, purpose: 'psp-notification', notificationId: 'x' });
    await dynamoClient().send(new UpdateCommand({ TableName: table, Key: notificationKey, UpdateExpression: 'SET sealedSensitive = :s', ExpressionAttributeValues: { ':s': sealed } }));
    const { processedAt: _p, ...pending } = processed!;
    const pendingKey = entities.notification.key(hotelId, `${String(processed!.notificationId)}-pending`);
    await dynamoClient().send(new PutCommand({ TableName: table, Item: { ...pending, ...pendingKey, sealedSensitive: sealed } }));

    expect(await dropProcessedTokens(dynamoClient(), table, { dryRun: true })).toEqual({ scanned: 1, cleaned: 1, dryRun: true });
    expect(await dropProcessedTokens(dynamoClient(), table, { pageSize: 1 })).toEqual({ scanned: 1, cleaned: 1, dryRun: false });
    const after = (await dynamoClient().send(new GetCommand({ TableName: table, Key: notificationKey }))).Item!;
    expect(after.sealedSensitive).toBeUndefined();
    expect(after.version).toBe((processed!.version as number) + 1);
    expect((await dynamoClient().send(new GetCommand({ TableName: table, Key: pendingKey }))).Item!.sealedSensitive).toBeDefined();
    expect(await dropProcessedTokens(dynamoClient(), table)).toEqual({ scanned: 0, cleaned: 0, dryRun: false });
  });
});

describe('open requests written while every kind shared one listing', () => {
  it("moves a charge's open request to its kind's listing, once, and leaves a stay's where it is", async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'L-1', addDaysIso(3));
    const asked = await ask(deps, hotelId, 'L-1');
    const [stay] = (await dynamoClient().send(new ScanCommand({ TableName: table, FilterExpression: 'entity = :r', ExpressionAttributeValues: { ':r': entities.paymentRequest.ENTITY } }))).Items!;
    expect(stay).toMatchObject({ paymentRequestId: asked.paymentRequestId, GSI1PK: entities.paymentRequest.openListing(hotelId) });
    // A charge's request as the previous release listed it: with the stays'.
    const charge = { ...stay!, SK: `${String(stay!.SK)}-charge`, paymentRequestId: 'PR-CHARGE', type: 'charge', subject: { kind: 'charge', reservationId: 'L-1', chargeId: 'CH-1' }, GSI1SK: `${String(stay!.GSI1SK)}-charge` };
    await dynamoClient().send(new PutCommand({ TableName: table, Item: charge }));

    expect(await moveOpenRequests(dynamoClient(), table, { dryRun: true })).toEqual({ scanned: 1, moved: 1, dryRun: true });
    expect(await moveOpenRequests(dynamoClient(), table, { pageSize: 1 })).toEqual({ scanned: 1, moved: 1, dryRun: false });
    const get = async (SK: unknown) => (await dynamoClient().send(new GetCommand({ TableName: table, Key: { PK: stay!.PK, SK } }))).Item!;
    expect((await get(charge.SK)).GSI1PK).toBe(entities.paymentRequest.openListing(hotelId, 'charge'));
    expect((await get(stay!.SK)).GSI1PK).toBe(entities.paymentRequest.openListing(hotelId));
    expect(await moveOpenRequests(dynamoClient(), table)).toEqual({ scanned: 1, moved: 0, dryRun: false });
  });
});

describe('payment requests written before they named their payment subject', () => {
  it('are read as a reservation\'s: the page reuses the form, the notification finds the request, the stay is confirmed', async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'S-1', addDaysIso(3));
    const { url, paymentRequestId } = await ask(deps, hotelId, 'S-1');
    const first = await openPaymentPage(deps, url.split('/pay/')[1]!, { publicBaseUrl: 'https://pay.example' });
    expect(first.kind).toBe('form');

    // The request, its link and its PSP attempt as an earlier release stored them: a reservation id, no subject.
    const items = ((await dynamoClient().send(new ScanCommand({ TableName: table }))).Items ?? [])
      .filter((i) => [entities.paymentRequest.ENTITY, entities.link.ENTITY, entities.attempt.ENTITY].includes(String(i.entity)) && i.hotelId === hotelId);
    expect(items.map((i) => i.entity).sort()).toEqual([entities.link.ENTITY, entities.paymentRequest.ENTITY, entities.attempt.ENTITY].sort());
    for (const i of items) {
      await dynamoClient().send(new UpdateCommand({
        TableName: table, Key: { PK: i.PK, SK: i.SK }, UpdateExpression: 'SET reservationId = :r REMOVE subject', ExpressionAttributeValues: { ':r': 'S-1' },
      }));
    }

    const before = (await deps.store.getReservation(hotelId, 'S-1'))!;
    expect(before.requests[0]!.request.subject).toEqual({ kind: 'reservation', reservationId: 'S-1' });
    await psp.pay(url);
    const after = (await deps.store.getReservation(hotelId, 'S-1'))!;
    expect(after.reservation.status).toBe('confirmed');
    expect(after.requests.find((r) => r.request.paymentRequestId === paymentRequestId)!.request.status).toBe('succeeded');
    // One attempt only: the page offered the form it had rendered before the items were rewritten.
    const attempts = ((await dynamoClient().send(new ScanCommand({ TableName: table }))).Items ?? []).filter((i) => i.entity === entities.attempt.ENTITY && i.hotelId === hotelId);
    expect(attempts).toHaveLength(1);
  });
});
