import { randomBytes } from 'node:crypto';

export interface SweepRow {
  reservations: number;
  due: number;
  lapsed: number;
  dueQueries: number;
  indexItemsRead: number;
  calls: Record<string, number>;
  totalCalls: number;
  ms: number;
}

/**
 * Sweep reads against table size: tables of growing size with the same number of options due.
 * The sweep reads only the sparse due index (a Query per shard), so its reads follow the due
 * options, not the table.
 */
export async function measureSweep(motoEndpoint: string, sizes: readonly number[], due: number): Promise<SweepRow[]> {
  Object.assign(process.env, { AWS_ENDPOINT_URL: motoEndpoint, AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  const { provision } = await import('../local/provision');
  const { awsCallCounts, resetAwsCallCounts } = await import('../adapters/aws/clients');
  const { dynamoClient } = await import('../adapters/aws/client-dynamodb');
  const { kmsClient } = await import('../adapters/aws/client-kms');
  const { dynamoStore } = await import('../adapters/dynamo/store');
  const { KmsSealer } = await import('../adapters/aws/kms-sealer');
  const { createReservation } = await import('../domain/reservation');
  const { DEFAULT_POLICY } = await import('../domain/policy');
  const { sweepOptions } = await import('../app/lapse-options');
  const { createHotel } = await import('../app/create-hotel');
  const { monotonicFactory } = await import('ulid');
  const { BatchWriteCommand } = await import('@aws-sdk/lib-dynamodb');
  const { reservation: reservationItem } = await import('../adapters/dynamo/entities');

  const rows: SweepRow[] = [];
  for (const size of sizes) {
    const resources = await provision({ tableName: `bench-sweep-${randomBytes(4).toString('hex')}`, mailFrom: 'hotel-payments@example.com' });
    const now = new Date('2026-11-23T08:00:00Z');
    const store = dynamoStore(dynamoClient(), resources.tableName, () => Math.floor(now.getTime() / 1000));
    let indexItemsRead = 0;
    let dueQueries = 0;
    const counting = Object.assign(Object.create(store), {
      dueWork: async (...args: Parameters<typeof store.dueWork>) => {
        const page = await store.dueWork(...args);
        dueQueries += 1;
        indexItemsRead += page.items.length;
        return page;
      },
    }) as typeof store;
    const deps = {
      store: counting, sealer: new KmsSealer(kmsClient(), resources.kmsKeyId), clock: { now: () => new Date(now) },
      ids: { newId: monotonicFactory(), newSecret: () => randomBytes(32).toString('base64url') },
    };
    const { hotelId } = await createHotel(deps, {
      name: 'Bench Hotel', email: 'desk@bench.example', defaultLanguage: 'en', currency: 'EUR', timezone: 'Europe/Paris',
      psp: { provider: 'systempay', siteId: '55556666', mode: 'TEST', testKey: `BenchKey${randomBytes(4).toString('hex')}` },
    });
    // Seed: `due` options past their deadline, the rest due in the weeks to come. Plain batch
    // writes of the same items the store writes (moto copies the table on every transaction).
    const ctx = { now: new Date('2026-11-01T08:00:00Z'), timezone: 'Europe/Paris', hotelCurrency: 'EUR', policy: DEFAULT_POLICY };
    const items = Array.from({ length: size }, (_, n) => {
      const deadline = n < due ? '2026-11-20' : `2026-12-${String(1 + (n % 28)).padStart(2, '0')}`;
      const { reservation } = createReservation({ hotelId, reservationId: `R-${n}` }, {
        guest: { firstName: 'Guest', lastName: String(n), email: `g${n}@example.com`, language: 'en' },
        arrival: '2027-01-10', departure: '2027-01-12', total: { amount: 20_000, currency: 'EUR' }, optionDeadline: deadline,
      }, ctx);
      return reservationItem.toItem(reservation);
    });
    for (let i = 0; i < items.length; i += 25) {
      await dynamoClient().send(new BatchWriteCommand({ RequestItems: { [resources.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
    }
    resetAwsCallCounts();
    const t0 = performance.now();
    const result = await sweepOptions(deps, { maxItems: 10_000, pageSize: 50 });
    const ms = performance.now() - t0;
    const calls = awsCallCounts();
    rows.push({
      reservations: size, due, lapsed: Number(result.expired ?? 0), dueQueries, indexItemsRead, calls,
      totalCalls: Object.values(calls).reduce((a, b) => a + b, 0), ms,
    });
  }
  return rows;
}
