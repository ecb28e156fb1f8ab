import { addDays, localDate } from '../../domain/time';
import type { LocalStack } from '../../local/runtime';
import { Client, startTestStack } from '../support/local-stack';
import { registerSecret } from '../support/secrets';

/**
 * The outbox pipeline of the local stack keeps relaying after a DynamoDB transaction is cancelled
 * (a lost race between two payment requests): request, e-mail; race, 409; request, e-mail again.
 */
const TZ = 'Europe/Paris';
const today = localDate(new Date(), TZ);

let stack: LocalStack;
let api: Client;
const logged: string[] = [];
let restoreWrite: () => void;

const reservation = (email: string) => ({
  guest: { title: 'mr', firstName: 'Noah', lastName: 'Keller', email, language: 'en' },
  arrival: addDays(today, 20), departure: addDays(today, 22), total: { amount: 40_000, currency: 'EUR' }, optionDeadline: addDays(today, 7),
});

async function emailsTo(to: string): Promise<number> {
  const { body } = await new Client(stack.url).req('GET', '/local/outbox');
  return (body.emails as Array<{ to: string[] }>).filter((e) => e.to.includes(to)).length;
}

/** The pipeline is asynchronous: settle, then look; a missing e-mail is looked for again until a deadline. */
async function emailArrives(to: string, withinMs = 8000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  await stack.settle();
  while (Date.now() < deadline) {
    if ((await emailsTo(to)) > 0) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return (await emailsTo(to)) > 0;
}

beforeAll(async () => {
  // The stack's log lines go to stdout: keep them, to check the relay never had to recover.
  const write = process.stdout.write;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    logged.push(String(chunk));
    return (write as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  }) as typeof process.stdout.write;
  restoreWrite = () => { process.stdout.write = write; };
  stack = await startTestStack();
  const admin = new Client(stack.url, stack.adminApiKey);
  const created = await admin.req('POST', '/v1/hotels', {
    name: 'Hôtel de la Gare', email: 'desk@gare.example', defaultLanguage: 'fr', currency: 'EUR', timezone: TZ,
    psp: { provider: 'systempay', siteId: '55554444', mode: 'TEST', testKey: 'PipelineKey0123456789' },
  });
  expect(created.status).toBe(201);
  registerSecret('PipelineKey0123456789', created.body.apiKey);
  api = new Client(stack.url, created.body.apiKey);
});

afterAll(async () => {
  await stack?.stop();
  restoreWrite?.();
});

describe('local outbox pipeline', () => {
  it('still delivers e-mails after a payment request lost a race (a cancelled DynamoDB transaction)', async () => {
    expect((await api.req('PUT', '/v1/reservations/PIPE-1', reservation('first@guest.example'))).status).toBe(201);
    expect((await api.req('POST', '/v1/reservations/PIPE-1/payment-requests', { type: 'guarantee', delivery: 'email' })).status).toBe(201);
    expect(await emailArrives('first@guest.example')).toBe(true);

    // Concurrent requests on one reservation: one commits; a loser that had read the same version
    // has its transaction cancelled (409 concurrent_update). Raced until that happens.
    let cancelled = 0;
    for (let round = 0; round < 10 && cancelled === 0; round++) {
      const id = `PIPE-RACE-${round}`;
      expect((await api.req('PUT', `/v1/reservations/${id}`, reservation(`race-${round}@guest.example`))).status).toBe(201);
      const answers = await Promise.all(Array.from({ length: 4 }, () => api.req('POST', `/v1/reservations/${id}/payment-requests`, { type: 'guarantee', delivery: 'link' })));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      expect(answers.filter((a) => a.status !== 201).every((a) => a.status === 409)).toBe(true);
      cancelled = answers.filter((a) => a.body?.error?.code === 'concurrent_update').length;
    }
    expect(cancelled).toBeGreaterThan(0);

    expect((await api.req('PUT', '/v1/reservations/PIPE-2', reservation('second@guest.example'))).status).toBe(201);
    expect((await api.req('POST', '/v1/reservations/PIPE-2/payment-requests', { type: 'guarantee', delivery: 'email' })).status).toBe(201);
    expect(await emailArrives('second@guest.example')).toBe(true);
    // The relay's shard iterator stayed alive: it never had to re-attach to the stream.
    expect(logged.filter((l) => /recovered|re-attach/.test(l))).toEqual([]);
  });
});
