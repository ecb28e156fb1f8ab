import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { addDays, localDate } from '../../domain/time';
import type { LocalStack } from '../../local/runtime';
import { Client, payOnSandbox, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/** Refunds, cancellation and the transaction history over HTTP on the local stack. */
const TZ = 'Europe/Paris';
const today = localDate(new Date(), TZ);
let stack: LocalStack;
let api: Client;
let other: Client;

const run = promisify(execFile);
/** The operator's command, as documented: npm run ops -- dlq list|redrive refunds --local URL. */
async function ops(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('npx', ['tsx', 'ops/cli.ts', ...args, '--local', stack.url], { cwd: process.cwd(), env: process.env });
  return JSON.parse(stdout) as Record<string, unknown>;
}

async function hotel(siteId: string, name: string): Promise<Client> {
  const created = await new Client(stack.url, stack.adminApiKey).req('POST', '/v1/hotels', {
    name, email: `desk-${siteId}@hotel.example`, defaultLanguage: 'fr', currency: 'EUR', timezone: TZ,
    psp: { provider: 'systempay', siteId, mode: 'TEST', testKey: `RefundKey${siteId}` },
  });
  registerSecret(`RefundKey${siteId}`, created.body.apiKey);
  return new Client(stack.url, created.body.apiKey);
}

/** A confirmed reservation with a 40 % deposit (12 000 of 30 000) paid on the sandbox. */
async function paidDeposit(id: string, guest = 'Camille'): Promise<{ transactionId: string; uuid: string }> {
  await api.req('PUT', `/v1/reservations/${id}`, {
    guest: { firstName: guest, lastName: 'Martin', email: `${id.toLowerCase()}@example.com`, language: 'fr' },
    arrival: addDays(today, 30), departure: addDays(today, 33), total: { amount: 30_000, currency: 'EUR' }, optionDeadline: addDays(today, 5),
  });
  const pr = await api.req('POST', `/v1/reservations/${id}/payment-requests`, { type: 'deposit', percent: 40, delivery: 'link' });
  await payOnSandbox(await (await fetch(pr.body.url)).text(), { card: '4970100000000014' });
  await stack.settle();
  const r = (await api.req('GET', `/v1/reservations/${id}`)).body;
  expect(r.status).toBe('confirmed');
  const payment = r.transactions.find((t: { type: string }) => t.type === 'payment');
  stack.sandbox.capture(payment.psp.transactionUuid);
  return { transactionId: payment.transactionId, uuid: payment.psp.transactionUuid };
}

const refundsOf = async (id: string) => (await api.req('GET', `/v1/reservations/${id}`)).body.transactions.filter((t: { type: string }) => t.type === 'refund');

beforeAll(async () => {
  stack = await startTestStack();
  api = await hotel('24681357', 'Hôtel du Port');
  other = await hotel('97531864', 'Hôtel Voisin');
});
afterAll(async () => {
  await stack?.stop();
});

describe('refunds on the local stack', () => {
  it('refunds part of a deposit with an Idempotency-Key, and shows it succeeded on the reservation', async () => {
    const { transactionId } = await paidDeposit('RF-1');
    const headers = { amount: { amount: 2_500, currency: 'EUR' }, reason: 'late check-in credit' };
    const post = (key: string, body: unknown = headers) => fetch(`${stack.url}/v1/transactions/${transactionId}/refunds`, {
      method: 'POST', headers: { authorization: `Bearer ${api.key}`, 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { refundId: string; status: string } }));
    const first = await post('pms-refund-1');
    expect(first).toMatchObject({ status: 202, body: { refundId: expect.any(String), status: 'requested' } });
    expect((await post('pms-refund-1')).body.refundId).toBe(first.body.refundId);
    expect((await post('pms-refund-1', { amount: { amount: 1, currency: 'EUR' } })).status).toBe(422);
    await stack.settle();
    expect(await refundsOf('RF-1')).toEqual([expect.objectContaining({ refundId: first.body.refundId, status: 'succeeded', refundStatus: 'succeeded', amount: { amount: 2_500, currency: 'EUR' } })]);
    // Over the remainder, bad input, another hotel's payment.
    expect((await api.req('POST', `/v1/transactions/${transactionId}/refunds`, { amount: { amount: 9_501, currency: 'EUR' } })).body.error.code).toBe('amount_exceeds_refundable');
    expect((await api.req('POST', `/v1/transactions/${transactionId}/refunds`, { amount: { amount: -5, currency: 'EUR' } })).status).toBe(400);
    expect((await api.req('POST', `/v1/transactions/${transactionId}/refunds`, '{"amount":')).status).toBe(400);
    expect((await other.req('POST', `/v1/transactions/${transactionId}/refunds`, {})).status).toBe(404);
    expect((await api.req('POST', `/v1/transactions/${transactionId}/refunds`, {}, 'wrong-key')).status).toBe(401);
  });

  it('keeps a refund waiting while the PSP is down, dead-letters it after the retry budget, and the operator redrives it', async () => {
    const { transactionId, uuid } = await paidDeposit('RF-2');
    await fetch(`${stack.url}/psp-sandbox/control/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ webService: 'Transaction/Get', kind: 'http_503', times: 1000 }) });
    const r = await api.req('POST', `/v1/transactions/${transactionId}/refunds`, {});
    expect(r.status).toBe(202);
    let listed: Record<string, unknown> = { count: 0 };
    for (let i = 0; i < 60 && listed.count === 0; i++) {
      await new Promise((res) => setTimeout(res, 1000));
      listed = await ops('dlq', 'list', 'psp-operations');
    }
    expect(listed).toMatchObject({ queue: 'psp-operations', count: 1, messages: [expect.objectContaining({ event: expect.objectContaining({ type: 'refund.requested', data: expect.objectContaining({ refundId: r.body.refundId }) }) })] });
    expect(stack.sandbox.restCalls().filter((c) => c.uuid === uuid && c.webService === 'Transaction/Get').length).toBe(8);
    expect(await refundsOf('RF-2')).toEqual([expect.objectContaining({ refundStatus: 'requested', status: 'pending' })]);

    await fetch(`${stack.url}/psp-sandbox/control/faults`, { method: 'DELETE' });
    expect(await ops('dlq', 'redrive', 'psp-operations')).toEqual({ queue: 'psp-operations', redriven: 1 });
    await stack.settle();
    expect(await refundsOf('RF-2')).toEqual([expect.objectContaining({ refundStatus: 'succeeded', amount: { amount: 12_000, currency: 'EUR' } })]);
    expect(await ops('dlq', 'list', 'psp-operations')).toMatchObject({ count: 0 });
  });

  it('cancels a booking and refunds part of its deposit; cancelling again changes nothing', async () => {
    await paidDeposit('RF-3');
    expect((await api.req('POST', '/v1/reservations/RF-3/cancel', {})).body.error.code).toBe('deposit_choice_required');
    expect((await api.req('POST', '/v1/reservations/RF-3/cancel', { deposit: 'maybe' })).status).toBe(400);
    expect((await other.req('POST', '/v1/reservations/RF-3/cancel', { deposit: 'keep' })).status).toBe(404);
    const cancelled = await api.req('POST', '/v1/reservations/RF-3/cancel', { deposit: { refund: { amount: 4_000, currency: 'EUR' } } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    await stack.settle();
    expect((await api.req('POST', '/v1/reservations/RF-3/cancel', { deposit: 'refund' })).body.status).toBe('cancelled');
    await stack.settle();
    expect(await refundsOf('RF-3')).toEqual([expect.objectContaining({ refundStatus: 'succeeded', amount: { amount: 4_000, currency: 'EUR' }, origin: 'cancellation' })]);
  });

  it('shows a refund made in the PSP back office', async () => {
    const { uuid } = await paidDeposit('RF-4');
    const res = await fetch(`${stack.url}/psp-sandbox/control/transactions/${uuid}/refund`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ amount: 1_000 }) });
    expect(res.status).toBe(200);
    await stack.settle();
    expect(await refundsOf('RF-4')).toEqual([expect.objectContaining({ refundStatus: 'succeeded', amount: { amount: 1_000, currency: 'EUR' }, origin: 'psp_back_office' })]);
  });

  it('lists the hotel\'s transactions with filters and pages, and exports them as CSV', async () => {
    const { transactionId } = await paidDeposit('RF-5');
    await api.req('POST', `/v1/transactions/${transactionId}/refunds`, { amount: { amount: 100, currency: 'EUR' }, reason: '=HYPERLINK("http://evil.example","x")' });
    await stack.settle();
    const all = await api.req('GET', '/v1/transactions');
    expect(all.status).toBe(200);
    const types = all.body.transactions.map((t: { type: string }) => t.type);
    expect(types).toEqual(expect.arrayContaining(['payment', 'refund']));
    expect(all.body.transactions.every((t: { reservationId: string }) => t.reservationId.startsWith('RF-'))).toBe(true);
    const refunds = await api.req('GET', '/v1/transactions?type=refund&status=succeeded');
    expect(refunds.body.transactions.length).toBeGreaterThanOrEqual(4);
    expect(refunds.body.transactions.every((t: { type: string; status: string }) => t.type === 'refund' && t.status === 'succeeded')).toBe(true);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.req('GET', `/v1/transactions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.transactions.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.transactions.map((t: { transactionId: string }) => t.transactionId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.transactions.map((t: { transactionId: string }) => t.transactionId));
    expect((await api.req('GET', '/v1/transactions?limit=2&type=payment&cursor=' + (await api.req('GET', '/v1/transactions?limit=2')).body.nextCursor)).body.error.code).toBe('invalid_cursor');
    expect((await api.req('GET', `/v1/transactions?reservationId=RF-5`)).body.transactions).toHaveLength(2);
    expect((await api.req('GET', '/v1/transactions?from=2020-01-01')).body.error.code).toBe('range_too_old');
    expect((await api.req('GET', '/v1/transactions?status=lost')).status).toBe(400);
    // Another hotel sees none of it.
    expect((await other.req('GET', '/v1/transactions')).body.transactions).toEqual([]);

    const csv = await api.req('GET', `/v1/transactions?format=csv&from=${addDays(today, -1)}&to=${today}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="transactions-/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('transaction_id,created_at,reservation_id,type,status,amount,currency,refund_status,parent_transaction_id,origin,card_brand,card,psp_status,psp_transaction,reason,charge_status');
    expect(lines.length).toBe(all.body.transactions.length + 1);
    expect(lines.some((l) => /,payment,succeeded,120\.00,EUR,/.test(l))).toBe(true);
    expect(lines.some((l) => /,refund,succeeded,25\.00,EUR,succeeded,/.test(l))).toBe(true);
    // A value a spreadsheet would run as a formula is neutralised and quoted.
    expect(csv.text).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csv.text).not.toMatch(/,=HYPERLINK/);
  });
});
