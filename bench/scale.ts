import { randomBytes } from 'node:crypto';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { monotonicFactory } from 'ulid';
import type { Needs } from '../app/deps';
import { percentile } from './format';
import { formFields, hotelBody, ipnFor, reservationBody } from './scenario';

/** p50 and p90 of one operation at one table size, over `samples` sequential requests. */
export interface Latency {
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly samples: number;
}

export interface ScaleRow {
  /** Reservations in the table, each with its payment request (and a tenth with a paid attempt). */
  readonly reservations: number;
  /** Items in the table when the row was measured (DescribeTable ItemCount). */
  readonly items: number;
  readonly createRequest: Latency;
  readonly ipnAck: Latency;
}

export interface ScaleResult {
  readonly rows: ScaleRow[];
  /** p50 at the largest size / p50 at the smallest, per operation; the target is at most `limit`. */
  readonly ratio: { readonly createRequest: number; readonly ipnAck: number };
  readonly limit: number;
  readonly ok: boolean;
  readonly seedSeconds: number;
  readonly localLogLines: number;
}

export const SCALE_LIMIT = 1.5;

const stats = (ms: number[]): Latency => ({ p50Ms: percentile(ms, 50), p90Ms: percentile(ms, 90), samples: ms.length });

/**
 * The local stack (local/runtime.ts) in this process on its own table, filled to each size through
 * the same use cases the handlers run (reservation, payment request with its link, history and
 * outbox event; every tenth also its payment page attempt and a received notification), then
 * measured over HTTP: a payment-request creation and the acknowledgement of a correctly signed
 * PSP notification (`POST /psp/systempay/{hotelId}/ipn`), one request at a time, while the
 * stack's pollers keep relaying as under `npm start`.
 */
export async function measureScale(motoEndpoint: string, sizes: readonly number[], samples: number): Promise<ScaleResult> {
  const { startLocalStack } = await import('../local/runtime');
  const { setContainer } = await import('../functions/shared/container');
  const { dynamoStore } = await import('../adapters/dynamo/store');
  const { KmsSealer } = await import('../adapters/aws/kms-sealer');
  const { dynamoClient } = await import('../adapters/aws/client-dynamodb');
  const { kmsClient } = await import('../adapters/aws/client-kms');
  const { upsertReservation } = await import('../app/upsert-reservation');
  const { requestPayment } = await import('../app/create-payment-request');
  const { openPaymentPage } = await import('../app/payment-page');
  const { receiveNotification } = await import('../app/receive-notification');
  const { sign } = await import('../adapters/psp/systempay/signature');
  setContainer(undefined);
  let localLogLines = 0;
  const stack = await startLocalStack({
    port: 0, host: '127.0.0.1', motoEndpoint, tableName: `bench-scale-${randomBytes(4).toString('hex')}`,
    mailFrom: 'reservations@hotel-payments.local', log: () => void localLogLines++,
  });
  try {
    const call = async (method: string, path: string, key: string | undefined, body?: unknown, form = false) => {
      const res = await fetch(`${stack.url}${path}`, {
        method,
        headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' } : {}) },
        ...(body !== undefined ? { body: form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body) } : {}),
      });
      return { status: res.status, text: await res.text() };
    };
    const created = await call('POST', '/v1/hotels', stack.adminApiKey, hotelBody('77776666'));
    if (created.status !== 201) throw new Error(`POST /v1/hotels answered ${created.status}`);
    const { apiKey, hotelId } = JSON.parse(created.text) as { apiKey: string; hotelId: string };

    const { systempayPorts } = await import('../adapters/psp/systempay');
    const store = dynamoStore(dynamoClient(), stack.resources.tableName);
    const deps: Needs<'store' | 'sealer' | 'ids' | 'clock' | 'pspCheckout' | 'pspNotices'> = {
      store,
      ...systempayPorts({ formUrl: `${stack.url}/psp-sandbox/vads-payment/`, attempts: store }),
      sealer: new KmsSealer(kmsClient(), stack.resources.kmsKeyId),
      ids: { newId: monotonicFactory(), newSecret: () => randomBytes(32).toString('base64url') },
      clock: { now: () => new Date() },
    };
    const urls = { publicBaseUrl: stack.url };
    /** One reservation with its payment request; every tenth also opens the page and is paid (notification stored). */
    const seedOne = async (i: number) => {
      const id = `SC-${i}`;
      await upsertReservation(deps, hotelId, id, reservationBody(i) as never);
      const pr = await requestPayment(deps, hotelId, id, { type: 'deposit', percent: 30, delivery: 'link' }, stack.url);
      if (i % 10 !== 0) return;
      const page = await openPaymentPage(deps, pr.url.split('/pay/')[1]!, urls);
      if (page.kind !== 'form') throw new Error(`seed ${id}: no payment form (${page.kind})`);
      await receiveNotification(deps, 'systempay', hotelId, ipnFor(page.form.fields as Record<string, string>, sign));
    };
    let seeded = 0;
    let seedMs = 0;
    const seedTo = async (n: number) => {
      const t0 = performance.now();
      let next = seeded;
      await Promise.all(Array.from({ length: 8 }, async () => {
        for (let i = next++; i < n; i = next++) await seedOne(i);
      }));
      seeded = n;
      await stack.settle(); // the relay and queues have caught up before anything is measured
      seedMs += performance.now() - t0;
    };

    let m = 0;
    const measure = async () => {
      const create: number[] = [];
      const ipn: number[] = [];
      for (let s = 0; s < samples + 2; s++) {
        const id = `M-${m++}`;
        const put = await call('PUT', `/v1/reservations/${id}`, apiKey, reservationBody(s));
        if (put.status !== 201) throw new Error(`PUT ${id} answered ${put.status}`);
        let t0 = performance.now();
        const pr = await call('POST', `/v1/reservations/${id}/payment-requests`, apiKey, { type: 'deposit', percent: 30, delivery: 'link' });
        const createMs = performance.now() - t0;
        if (pr.status !== 201) throw new Error(`POST payment-requests answered ${pr.status}: ${pr.text}`);
        const page = await fetch((JSON.parse(pr.text) as { url: string }).url);
        const fields = ipnFor(formFields(await page.text()), sign);
        t0 = performance.now();
        const ack = await call('POST', `/psp/systempay/${hotelId}/ipn`, undefined, fields, true);
        const ipnMs = performance.now() - t0;
        if (ack.status !== 200 || ack.text !== 'OK-stored') throw new Error(`IPN answered ${ack.status} ${ack.text}`);
        if (s < 2) continue; // warm-up: containers and the hotel's data key
        create.push(createMs);
        ipn.push(ipnMs);
      }
      await stack.settle();
      return { create, ipn };
    };

    const rows: ScaleRow[] = [];
    for (const size of sizes) {
      await seedTo(size);
      const { create, ipn } = await measure();
      const items = (await new DynamoDBClient({}).send(new DescribeTableCommand({ TableName: stack.resources.tableName }))).Table?.ItemCount ?? 0;
      rows.push({ reservations: size, items, createRequest: stats(create), ipnAck: stats(ipn) });
    }
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const ratio = { createRequest: last.createRequest.p50Ms / first.createRequest.p50Ms, ipnAck: last.ipnAck.p50Ms / first.ipnAck.p50Ms };
    return { rows, ratio, limit: SCALE_LIMIT, ok: ratio.createRequest <= SCALE_LIMIT && ratio.ipnAck <= SCALE_LIMIT, seedSeconds: seedMs / 1000, localLogLines };
  } finally {
    await stack.stop();
  }
}
