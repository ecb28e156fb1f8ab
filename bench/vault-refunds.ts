import { randomBytes, randomInt } from 'node:crypto';
import type { Wired } from '../app/deps';
import type { OperationCalls } from './containers';
import { expectStatus, perFunctionContainers } from './containers';
import { adminKey, hotelBody, reservationBody, sha256Hex } from './scenario';

/** AWS calls (as in section 3) plus the REST calls the PSP sandbox received during the operation. */
export interface CallsWithPsp extends OperationCalls {
  readonly psp: number;
  /** PSP REST calls by web service, e.g. "Transaction/Get": 1. */
  readonly pspCalls: Record<string, number>;
}

export interface VaultRefundsOperation {
  readonly key: string;
  readonly label: string;
  readonly fn: string;
  readonly cold: CallsWithPsp;
  readonly warm: CallsWithPsp;
}

export interface Check {
  readonly what: string;
  readonly expected: number;
  readonly cold: number;
  readonly warm: number;
  /** Whether the warm run is held to the expectation too (not when a cache legitimately saves calls). */
  readonly warmChecked: boolean;
  readonly ok: boolean;
}

export interface KmsCardCost {
  readonly generateDataKeyPerCard: number;
  readonly decryptFirstReveal: number;
  readonly decryptLaterReveal: number;
  readonly usdPer10kRequests: number;
  /** Stored once and revealed once (with its CVV). */
  readonly usdPerCard: number;
  readonly usdPerLaterReveal: number;
}

export interface VaultRefundsResult {
  readonly tableName: string;
  readonly setup: { readonly createHotel: CallsWithPsp };
  readonly operations: VaultRefundsOperation[];
  readonly checks: Check[];
  readonly kmsCardCost: KmsCardCost;
}

const OPERATIONS = [
  { key: 'refund', label: 'POST transaction refund', fn: 'create-refund' },
  { key: 'worker', label: 'refund worker (SQS, 1 msg)', fn: 'process-psp-operations' },
  { key: 'user', label: 'POST /v1/users', fn: 'create-user' },
  { key: 'import', label: 'POST card (OTA, with CVV)', fn: 'import-card' },
  { key: 'reveal1', label: 'POST reveal, 1st (with CVV)', fn: 'reveal-card' },
  { key: 'reveal2', label: 'POST reveal, 2nd (no CVV)', fn: 'reveal-card' },
] as const;
type OpKey = (typeof OPERATIONS)[number]['key'];

/** AWS KMS: $0.03 per 10 000 requests (GenerateDataKey and Decrypt alike). */
const KMS_USD_PER_10K = 0.03;
const DEPOSIT_CARD = '4970100000000014';
const OTA_CARD = { number: '4970100000000014', cvv: '123' };
const REFUND = { amount: 5_000, currency: 'EUR' } as const;

/** A random 8-digit PIN that the vault accepts (not one digit repeated, not a straight run). Never printed. */
function randomPin(): string {
  for (;;) {
    const pin = Array.from({ length: 8 }, () => randomInt(10)).join('');
    const steps = new Set([...pin].slice(1).map((c, i) => Number(c) - Number(pin[i])));
    if (!(steps.size === 1 && [0, 1, -1].includes([...steps][0]!))) return pin;
  }
}

const count = (names: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = (out[n] ?? 0) + 1;
  return out;
};

/**
 * Section 6: refunds and the card vault, measured like section 3 (handlers invoked directly with
 * API Gateway / SQS events against moto, one container per function, round 1 cold, round 2 warm),
 * with the PSP sandbox on a real HTTP server on 127.0.0.1 so the refund worker's REST calls go
 * over HTTP and are counted by the sandbox.
 *
 * Per round (unmeasured setup): a reservation with a 30 % deposit paid in the sandbox with a test
 * card (its notification processed by the use cases, as the IPN route would), then captured. Then
 * (measured): a partial refund through create-refund, the refund worker on its `refund.requested`
 * message, a vault user, an OTA card with CVV on the same reservation, and two reveals of it.
 * Nothing secret is printed or returned: no card number, CVV, PIN or key.
 */
export async function measureVaultRefunds(motoEndpoint: string): Promise<VaultRefundsResult> {
  Object.assign(process.env, { AWS_ENDPOINT_URL: motoEndpoint, AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  const { provision } = await import('../local/provision');
  const { apiEvent, call, sqsBatch } = await import('../test/support/api');
  const { lambdaContext } = await import('../local/gateway');
  const { servePspSandbox } = await import('../test/support/psp-harness');
  const { openPaymentPage } = await import('../app/payment-page');
  const { makeEvent, refundRequested } = await import('../events');
  const createHotel = (await import('../functions/http/create-hotel')).handler;
  const upsert = (await import('../functions/http/upsert-reservation')).handler;
  const createRequest = (await import('../functions/http/create-payment-request')).handler;
  const createRefund = (await import('../functions/http/create-refund')).handler;
  const processRefunds = (await import('../functions/queues/process-psp-operations')).handler as unknown as (
    e: unknown, c: unknown) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  const createUser = (await import('../functions/http/create-user')).handler;
  const importCard = (await import('../functions/http/import-card')).handler;
  const revealCard = (await import('../functions/http/reveal-card')).handler;

  // The PSP sandbox and our notification endpoint on one HTTP server (test/support/psp-harness.ts).
  let ipnDeps: Wired | undefined;
  const served = await servePspSandbox(() => ipnDeps);
  const { sandbox, base } = served;

  let containers: Awaited<ReturnType<typeof perFunctionContainers>> | undefined;
  const saved = { PSP_SANDBOX_URL: process.env.PSP_SANDBOX_URL, PSP_REST_URL: process.env.PSP_REST_URL };
  try {
    const tableName = `bench-vault-${randomBytes(4).toString('hex')}`;
    const resources = await provision({ tableName, mailFrom: 'hotel-payments@example.com' });
    const admin = adminKey();
    Object.assign(process.env, resources.env, {
      ADMIN_API_KEY_HASH: sha256Hex(admin),
      PSP_FORM_URL: `${base}/psp-sandbox/vads-payment/`,
      PUBLIC_BASE_URL: base,
      // create-hotel provisions the shop in the sandbox (functions/shared/container.ts sandboxProvisioner)
      // and seals the REST password it answers; the refund worker calls the sandbox's REST API.
      PSP_SANDBOX_URL: `${base}/psp-sandbox`,
      PSP_REST_URL: `${base}/psp-sandbox/api-payment/V4/`,
    });

    // One container per function, as Lambda keeps one per function (bench/containers.ts).
    const wired = await perFunctionContainers();
    containers = wired;
    // The notification endpoint's own wiring (setup only, never measured).
    ipnDeps = wired.unmeasuredDeps();

    const measure = async <T>(fn: string, fresh: boolean, run: () => Promise<T>): Promise<{ value: T; calls: CallsWithPsp }> => {
      const psp0 = sandbox.restCalls().length;
      const { value, calls } = await wired.measure(fn, fresh, run);
      const pspCalls = count(sandbox.restCalls().slice(psp0).map((c) => c.webService));
      return { value, calls: { ...calls, psp: Object.values(pspCalls).reduce((a, b) => a + b, 0), pspCalls } };
    };
    /** Setup steps: their own containers, nothing recorded. */
    const unmeasured = <T>(fn: string, run: () => Promise<T>): Promise<T> => measure(fn, false, run).then((r) => r.value);
    const hotel = await measure('create-hotel', true, () => call(createHotel as never, apiEvent('POST', '/v1/hotels', { body: hotelBody('66667777'), key: admin })));
    expectStatus('create hotel', hotel.value, 201);
    const { hotelId, apiKey } = hotel.value.body as { hotelId: string; apiKey: string };

    /** A reservation with a 30 % deposit paid in the sandbox and captured there; its payment's transaction id. */
    const paidDeposit = async (id: string): Promise<string> => {
      expectStatus('PUT reservation', await unmeasured('upsert-reservation', () =>
        call(upsert as never, apiEvent('PUT', `/v1/reservations/${id}`, { body: reservationBody(0), key: apiKey, params: { reservationId: id } }))), 201);
      const created = await unmeasured('create-payment-request', () => call(createRequest as never, apiEvent('POST', `/v1/reservations/${id}/payment-requests`, {
        body: { type: 'deposit', percent: 30, delivery: 'link' }, key: apiKey, params: { reservationId: id },
      })));
      expectStatus('payment request', created, 201);
      const token = String((created.body as { url: string }).url).split('/pay/')[1]!;
      const page = await openPaymentPage(ipnDeps!, token, { publicBaseUrl: base });
      if (page.kind !== 'form') throw new Error(`payment page: ${page.problem}`);
      const accepted = await fetch(page.form.action, { method: 'POST', body: new URLSearchParams(page.form.fields), redirect: 'manual' });
      await accepted.arrayBuffer();
      const session = accepted.headers.get('location');
      if (!session) throw new Error(`the sandbox refused the payment form (${accepted.status})`);
      const paid = await fetch(`${session}/pay`, {
        method: 'POST', redirect: 'manual',
        body: new URLSearchParams({ cardNumber: DEPOSIT_CARD, expiryMonth: '12', expiryYear: String(new Date().getUTCFullYear() + 2), cvv: '123' }),
      });
      await paid.arrayBuffer();
      await sandbox.idle();
      const payment = (await ipnDeps!.store.getReservation(hotelId, id))?.transactions.find((t) => t.type === 'payment' && t.status === 'succeeded');
      if (!payment) throw new Error(`the deposit of ${id} was not recorded as paid (notification not processed?)`);
      const captured = sandbox.capture(payment.psp.transactionUuid);
      if (!captured.ok) throw new Error(`sandbox capture failed: ${captured.error.code}`);
      return payment.transactionId;
    };

    const rounds: Array<Record<OpKey, CallsWithPsp>> = [];
    for (const round of [1, 2]) {
      const fresh = round === 1;
      const id = `BENCH-V${round}`;
      const out = {} as Record<OpKey, CallsWithPsp>;
      const step = async <T>(key: OpKey, run: () => Promise<T>): Promise<T> => {
        const op = OPERATIONS.find((o) => o.key === key)!;
        const r = await measure(op.fn, fresh, run);
        out[key] = r.calls;
        return r.value;
      };

      const transactionId = await paidDeposit(id);

      const refundEvent = apiEvent('POST', `/v1/transactions/${transactionId}/refunds`, {
        body: { amount: REFUND, reason: 'benchmark: room downgraded' }, key: apiKey, params: { transactionId },
      });
      refundEvent.headers['idempotency-key'] = `bench-refund-${randomBytes(8).toString('hex')}`;
      const refund = await step('refund', () => call(createRefund as never, refundEvent));
      expectStatus('POST refund', refund, 202);
      const accepted = refund.body as { refundId: string; status: string; reservationId: string; transactionId: string };
      if (accepted.status !== 'requested') throw new Error(`POST refund: expected status requested, got ${accepted.status}`);

      const message = makeEvent(refundRequested, { id: `ev-${accepted.refundId}`, occurredAt: new Date(), hotelId }, {
        reservationId: accepted.reservationId, refundId: accepted.refundId, parentTransactionId: accepted.transactionId, amount: REFUND, origin: 'api',
      });
      const batch = await step('worker', () => processRefunds(sqsBatch([message]), lambdaContext('process-psp-operations')));
      if (batch.batchItemFailures.length) throw new Error('refund worker reported a failed message');
      const done = (await ipnDeps.store.getReservation(hotelId, id))?.transactions.find((t) => t.transactionId === accepted.refundId);
      if (done?.refund?.status !== 'succeeded') throw new Error(`refund worker: expected a succeeded refund, got ${done?.refund?.status ?? 'none'}`);

      const userId = `bench-user-${round}`;
      const pin = randomPin();
      expectStatus('POST /v1/users', await step('user', () => call(createUser as never, apiEvent('POST', '/v1/users', {
        body: { userId, name: `Bench user ${round}`, roles: ['cards:reveal'], pin }, key: apiKey,
      }))), 201);

      const card = await step('import', () => call(importCard as never, apiEvent('POST', `/v1/reservations/${id}/cards`, {
        body: { holderName: 'Léa Durand', number: OTA_CARD.number, expiryMonth: 12, expiryYear: new Date().getUTCFullYear() + 3, cvv: OTA_CARD.cvv, source: 'booking.com' },
        key: apiKey, params: { reservationId: id },
      })));
      expectStatus('POST card', card, 201);
      const cardId = (card.body as { cardId: string }).cardId;

      const reveal = () => call(revealCard as never, apiEvent('POST', `/v1/cards/${cardId}/reveal`, { body: { userId, pin }, key: apiKey, params: { cardId } }));
      const first = await step('reveal1', reveal);
      expectStatus('reveal (1st)', first, 200);
      if (typeof (first.body as { cvv?: unknown }).cvv !== 'string') throw new Error('reveal (1st): expected the CVV in the answer');
      const second = await step('reveal2', reveal);
      expectStatus('reveal (2nd)', second, 200);
      if ((second.body as { cvv?: unknown }).cvv !== undefined) throw new Error('reveal (2nd): the CVV was shown twice');
      rounds.push(out);
    }

    const operations = OPERATIONS.map((o) => ({ key: o.key, label: o.label, fn: o.fn, cold: rounds[0]![o.key], warm: rounds[1]![o.key] }));
    const op = (k: OpKey) => operations.find((o) => o.key === k)!;
    const aws = (k: OpKey, name: string) => ({ cold: op(k).cold.calls[name] ?? 0, warm: op(k).warm.calls[name] ?? 0 });
    const psp = (k: OpKey, name?: string) => ({
      cold: name ? op(k).cold.pspCalls[name] ?? 0 : op(k).cold.psp, warm: name ? op(k).warm.pspCalls[name] ?? 0 : op(k).warm.psp,
    });
    const check = (what: string, expected: number, got: { cold: number; warm: number }, warmChecked = true): Check => ({
      what, expected, ...got, warmChecked, ok: got.cold === expected && (!warmChecked || got.warm === expected),
    });
    const checks: Check[] = [
      check('refund worker: PSP REST calls', 2, psp('worker')),
      check('refund worker: PSP Transaction/Get', 1, psp('worker', 'Transaction/Get')),
      check('refund worker: PSP Transaction/CancelOrRefund', 1, psp('worker', 'Transaction/CancelOrRefund')),
      check('import-card: KMS.GenerateDataKey', 2, aws('import', 'KMS.GenerateDataKey')),
      check('reveal 1st: KMS.Decrypt', 2, aws('reveal1', 'KMS.Decrypt')),
      // Card data keys are never cached: every reveal asks KMS, warm or cold.
      check('reveal 2nd: KMS.Decrypt', 1, aws('reveal2', 'KMS.Decrypt')),
    ];

    const gdk = aws('import', 'KMS.GenerateDataKey').cold;
    const dec1 = aws('reveal1', 'KMS.Decrypt').cold;
    const dec2 = aws('reveal2', 'KMS.Decrypt').cold;
    const usd = (requests: number) => (requests * KMS_USD_PER_10K) / 10_000;
    return {
      tableName,
      setup: { createHotel: hotel.calls },
      operations,
      checks,
      kmsCardCost: {
        generateDataKeyPerCard: gdk, decryptFirstReveal: dec1, decryptLaterReveal: dec2, usdPer10kRequests: KMS_USD_PER_10K,
        usdPerCard: usd(gdk + dec1), usdPerLaterReveal: usd(dec2),
      },
    };
  } finally {
    containers?.release();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await served.stop();
  }
}
