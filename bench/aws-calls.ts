import { randomBytes } from 'node:crypto';
import type { Wired } from '../app/deps';
import { expectStatus, perFunctionContainers, type OperationCalls } from './containers';

import { adminKey, formFields, hotelBody, ipnFor, reservationBody, sha256Hex } from './scenario';

export interface OperationResult {
  readonly key: string;
  readonly label: string;
  readonly fn: string;
  readonly cold: OperationCalls;
  readonly warm: OperationCalls;
}

export interface AwsCallsResult {
  readonly tableName: string;
  readonly setup: { readonly createHotel: OperationCalls };
  readonly operations: OperationResult[];
  /** (f) once more on the same reservation, same container: its sealed link URL's data key is cached. */
  readonly repeatedGet: OperationCalls;
}

const OPERATIONS = [
  { key: 'put-create', label: 'PUT reservation (create)', fn: 'upsert-reservation' },
  { key: 'put-update', label: 'PUT reservation (update)', fn: 'upsert-reservation' },
  { key: 'a', label: '(a) POST payment-request', fn: 'create-payment-request' },
  { key: 'b', label: '(b) GET /pay/{token} page', fn: 'payment-page' },
  { key: 'b2', label: '(b2) the same page again', fn: 'payment-page' },
  { key: 'c', label: '(c) IPN ack, first delivery', fn: 'receive-psp-notification' },
  { key: 'd', label: '(d) IPN ack, replay', fn: 'receive-psp-notification' },
  { key: 'e', label: '(e) IPN processing (SQS, 1 msg)', fn: 'process-psp-notification' },
  { key: 'f', label: '(f) GET reservation', fn: 'get-reservation' },
  { key: 'g', label: '(g) POST refund', fn: 'create-refund' },
  { key: 'h', label: '(h) POST refund, Idempotency-Key', fn: 'create-refund' },
] as const;
type OpKey = (typeof OPERATIONS)[number]['key'];

/** Sorted "Service.Operation n" list, e.g. "DynamoDB.GetItem 2, KMS.Decrypt 1". */
export const breakdown = (calls: Record<string, number>): string =>
  Object.entries(calls).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(', ') || '(none)';

/**
 * Invokes the handlers directly with API Gateway / SQS events against moto, as the integration
 * tests do, and counts the AWS SDK calls each operation makes (adapters/aws/clients.ts counts them).
 *
 * Each function gets its own container (Deps: store, KMS sealer with its data-key cache), as in
 * Lambda. Round 1 gives every operation a fresh container (cold: empty KMS cache); round 2 runs the
 * same operations on a new reservation with the container round 1 left behind for that function
 * (warm). Project code is imported here, after the caller has set the environment.
 */
export async function measureAwsCalls(motoEndpoint: string): Promise<AwsCallsResult> {
  Object.assign(process.env, { AWS_ENDPOINT_URL: motoEndpoint, AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  const { provision } = await import('../local/provision');
  const { apiEvent, call, sqsBatch } = await import('../test/support/api');
  const { lambdaContext } = await import('../local/gateway');
  const { sign } = await import('../adapters/psp/systempay/signature');
  const { notificationId } = await import('../adapters/psp/systempay/form');
  const { makeEvent, pspNotificationReceived } = await import('../events');
  const createHotel = (await import('../functions/http/create-hotel')).handler;
  const upsert = (await import('../functions/http/upsert-reservation')).handler;
  const getReservation = (await import('../functions/http/get-reservation')).handler;
  const createRequest = (await import('../functions/http/create-payment-request')).handler;
  const paymentPage = (await import('../functions/http/payment-page')).handler;
  const receiveIpn = (await import('../functions/http/receive-psp-notification')).handler;
  const createRefund = (await import('../functions/http/create-refund')).handler;
  const processIpn = (await import('../functions/queues/process-psp-notification')).handler as unknown as (
    e: unknown, c: unknown) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

  const tableName = `bench-${randomBytes(4).toString('hex')}`;
  const resources = await provision({ tableName, mailFrom: 'hotel-payments@example.com' });
  const admin = adminKey();
  Object.assign(process.env, resources.env, {
    ADMIN_API_KEY_HASH: sha256Hex(admin),
    PSP_FORM_URL: 'https://psp.example.com/vads-payment/',
    PUBLIC_BASE_URL: 'https://api.example.com',
  });
  delete process.env.PSP_SANDBOX_URL;

  // One container per function, as Lambda keeps one per function.
  const { measure, release } = await perFunctionContainers();

  const hotel = await measure('create-hotel', true, () => call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: hotelBody(), key: admin })));
  expectStatus('create hotel', hotel.value, 201);
  const { hotelId, apiKey } = hotel.value.body as { hotelId: string; apiKey: string };

  const rounds: Array<Record<OpKey, OperationCalls>> = [];
  for (const round of [1, 2]) {
    const fresh = round === 1;
    const id = `BENCH-${round}`;
    const out = {} as Record<OpKey, OperationCalls>;
    const step = async <T>(key: OpKey, run: () => Promise<T>): Promise<T> => {
      const op = OPERATIONS.find((o) => o.key === key)!;
      const r = await measure(op.fn, fresh, run);
      out[key] = r.calls;
      return r.value;
    };
    const put = (variant: number) => call(upsert as never, apiEvent('PUT', `/v1/reservations/${id}`, { body: reservationBody(variant), key: apiKey, params: { reservationId: id } }));

    expectStatus('PUT reservation (create)', await step('put-create', () => put(0)), 201);
    expectStatus('PUT reservation (update)', await step('put-update', () => put(1)), 200);

    const created = await step('a', () => call(createRequest as never, apiEvent('POST', `/v1/reservations/${id}/payment-requests`, {
      body: { type: 'deposit', percent: 30, delivery: 'link' }, key: apiKey, params: { reservationId: id },
    })));
    expectStatus('payment request', created, 201);
    const token = String((created.body as { url: string }).url).split('/pay/')[1]!;

    const page = await step('b', () => call(paymentPage as never, apiEvent('GET', `/pay/${token}`, { params: { token } })));
    expectStatus('payment page', page, 200);
    const form = formFields(String(page.body));
    const again = await step('b2', () => call(paymentPage as never, apiEvent('GET', `/pay/${token}`, { params: { token } })));
    expectStatus('payment page again', again, 200);
    if (formFields(String(again.body)).vads_trans_id !== form.vads_trans_id) throw new Error('payment page again: expected the same form');

    const ipn = (fields: Record<string, string>) =>
      call(receiveIpn as never, apiEvent('POST', `/psp/systempay/${hotelId}/ipn`, { form: fields, params: { provider: 'systempay', hotelId } }));
    const first = await step('c', () => ipn(ipnFor(form, sign)));
    expectStatus('IPN', first, 200);
    if (first.body !== 'OK-stored') throw new Error(`IPN: expected OK-stored, got ${String(first.body).slice(0, 40)}`);
    const replay = await step('d', () => ipn(ipnFor(form, sign, 'RETRY')));
    expectStatus('IPN replay', replay, 200);
    if (replay.body !== 'OK-already-received') throw new Error(`IPN replay: expected OK-already-received, got ${String(replay.body).slice(0, 40)}`);

    const nid = notificationId(ipnFor(form, sign));
    // The event as the receipt commits it: the notification, and the attempt it names.
    const attempt = { siteId: form.vads_site_id!, day: form.vads_trans_date!.slice(0, 8), transId: form.vads_trans_id! };
    const batch = await step('e', () => processIpn(
      sqsBatch([makeEvent(pspNotificationReceived, { id: `ev-${nid}`, occurredAt: new Date(), hotelId }, { notificationId: nid, attempt })]),
      lambdaContext('process-psp-notification'),
    ));
    if (batch.batchItemFailures.length) throw new Error('IPN processing reported a failed message');

    const view = await step('f', () => call(getReservation as never, apiEvent('GET', `/v1/reservations/${id}`, { key: apiKey, params: { reservationId: id } })));
    expectStatus('GET reservation', view, 200);
    const status = (view.body as { status?: string }).status;
    if (status !== 'confirmed') throw new Error(`GET reservation: expected a confirmed reservation after the paid deposit, got ${status}`);
    const paymentId = (view.body as { transactions: { transactionId: string }[] }).transactions[0]!.transactionId;
    const refund = (key?: string) => call(createRefund as never, apiEvent('POST', `/v1/transactions/${paymentId}/refunds`, {
      body: { amount: { amount: 1_000, currency: 'EUR' } }, key: apiKey, params: { transactionId: paymentId }, ...(key ? { headers: { 'idempotency-key': key } } : {}),
    }));
    expectStatus('refund', await step('g', () => refund()), 202);
    expectStatus('refund with Idempotency-Key', await step('h', () => refund(`refund-${id}`)), 202);
    rounds.push(out);
  }
  const again = await measure('get-reservation', false, () =>
    call(getReservation as never, apiEvent('GET', '/v1/reservations/BENCH-2', { key: apiKey, params: { reservationId: 'BENCH-2' } })));
  expectStatus('GET reservation (again)', again.value, 200);
  // The local stack (next section) builds its own container from its own environment.
  release();

  return {
    tableName,
    setup: { createHotel: hotel.calls },
    operations: OPERATIONS.map((o) => ({ key: o.key, label: o.label, fn: o.fn, cold: rounds[0]![o.key], warm: rounds[1]![o.key] })),
    repeatedGet: again.calls,
  };
}
