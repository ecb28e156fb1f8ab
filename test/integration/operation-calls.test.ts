import { awsCallCounts, resetAwsCallCounts } from '../../adapters/aws/clients';
import type { Wired } from '../../app/deps';
import { chargeKind, requestCharge } from '../../app/charges';
import { processHoldOperation, requestHoldOperation } from '../../app/hold-operations';
import { runPspOperation } from '../../app/psp-operations';
import { FakeClock, freshDeps } from '../support/aws';
import { startPspHarness, type PspHarness } from '../support/psp-harness';
import { ask, reserve } from '../support/scenario';

/**
 * AWS calls per capture and per charge (counts, not seconds; docs/charges.md, docs/preauthorisations.md):
 * what the hotel's request costs, and what the worker's PSP operation costs, PSP calls apart.
 */
let deps: Wired;
let psp: PspHarness;

beforeEach(async () => {
  const fresh = await freshDeps(new FakeClock(new Date()));
  psp = await startPspHarness(fresh.deps);
  deps = psp.deps;
});
afterEach(async () => psp.stop());

const addDaysIso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const EUR = (amount: number) => ({ amount, currency: 'EUR' });

async function counting<T>(run: () => Promise<T>): Promise<{ value: T; calls: Record<string, number>; total: number }> {
  resetAwsCallCounts();
  const value = await run();
  const calls = awsCallCounts();
  return { value, calls, total: Object.values(calls).reduce((s, n) => s + n, 0) };
}

describe('AWS calls per operation', () => {
  // The worker's figures are with its container's KMS data-key cache warm (the hotel's PSP secrets
  // were opened before, as in a busy container); a cold container adds one KMS Decrypt.
  it('a capture: 3 to ask it, 4 for the worker (2 reads, the claim, the outcome; the PSP twice)', async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'N-1', addDaysIso(3));
    await psp.pay((await ask(deps, hotelId, 'N-1', 'preauthorisation')).url);
    const preauth = (await deps.store.getReservation(hotelId, 'N-1'))!.transactions.find((t) => t.type === 'preauthorisation')!;
    const asked = await counting(() => requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', { amount: EUR(5_000) }, 'cap-N-1'));
    // The transaction's reservation, the reservation, the commit (with the key's record: read only after a lost commit).
    expect({ calls: asked.calls, total: asked.total }).toEqual({ calls: { 'DynamoDB.GetItem': 1, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1 }, total: 3 });
    // The same ask again under its key (its first answer lost): the commit fails on the key, its record answers.
    const again = await counting(() => requestHoldOperation(deps, hotelId, preauth.transactionId, 'capture', { amount: EUR(5_000) }, 'cap-N-1'));
    expect(again.value).toEqual(asked.value);
    const worked = await counting(() => processHoldOperation(deps, hotelId, 'N-1', asked.value.operationId));
    expect(worked.value).toBe('succeeded');
    expect({ calls: worked.calls, total: worked.total }).toEqual({
      calls: { 'DynamoDB.GetItem': 1, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 2 }, total: 4,
    });
  });

  it('a charge: 3 to ask it, 6 for the worker (2 reads, the claim, the card token read and opened, the outcome; the PSP once)', async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'N-2', addDaysIso(3));
    await psp.pay((await ask(deps, hotelId, 'N-2', 'guarantee')).url);
    const asked = await counting(() => requestCharge(deps, hotelId, 'N-2', { amount: EUR(9_000), reason: 'balance' }, 'chg-N-2', 'https://api.example.com'));
    // The hotel and the reservation (in parallel), the commit; through the route, a key that names its hotel brings it.
    expect({ calls: asked.calls, total: asked.total }).toEqual({ calls: { 'DynamoDB.GetItem': 1, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1 }, total: 3 });
    const again = await counting(() => requestCharge(deps, hotelId, 'N-2', { amount: EUR(9_000), reason: 'balance' }, 'chg-N-2', 'https://api.example.com'));
    expect(again.value).toEqual(asked.value);
    const worked = await counting(() => runPspOperation(deps, chargeKind, hotelId, 'N-2', asked.value.chargeId));
    expect(worked.value).toBe('succeeded');
    expect({ calls: worked.calls, total: worked.total }).toEqual({
      calls: { 'DynamoDB.GetItem': 2, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 2, 'KMS.Decrypt': 1 }, total: 6,
    });
  });
});
