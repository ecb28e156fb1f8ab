import { reservationSubject } from '../../domain/payment-subject';
import { DEFAULT_POLICY } from '../../domain/policy';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import * as entities from '../../adapters/dynamo/entities';
import { Conflict } from '../../domain/errors';
import { createReservation } from '../../domain/reservation';
import { freshDeps } from '../support/aws';
import { readOutbox } from '../../local/outbox';

describe('AWS adapters against moto', () => {
  let ctx: Awaited<ReturnType<typeof freshDeps>>;
  beforeAll(async () => {
    ctx = await freshDeps();
  });

  it('seals with KMS envelope encryption bound to its context', async () => {
    const sealed = await ctx.deps.sealer.seal('s3cr3t-value', { hotelId: 'h1', purpose: 'psp-secrets' });
    expect(JSON.stringify(sealed)).not.toContain('s3cr3t-value');
    await expect(ctx.deps.sealer.open(sealed, { hotelId: 'h1', purpose: 'psp-secrets' })).resolves.toBe('s3cr3t-value');
    // Another hotel's context cannot open it, even with a warm data-key cache.
    await expect(ctx.deps.sealer.open(sealed, { hotelId: 'h2', purpose: 'psp-secrets' })).rejects.toThrow();
  });

  it('allocates unique PSP transaction ids per shop and day under concurrency', async () => {
    const attempt = { siteId: '12345678', day: '20261122', hotelId: 'h1', subject: reservationSubject('R-1'), paymentRequestId: 'P1', mode: 'TEST' as const, createdAt: '2026-11-22T09:00:00.000Z' };
    const fmt = (n: number) => String(n).padStart(6, '0');
    const ids = (await Promise.all(Array.from({ length: 25 }, () => ctx.deps.store.allocateAttempt(attempt, fmt)))).map((a) => a.transId);
    expect(new Set(ids).size).toBe(25);
    for (const id of ids) expect(await ctx.deps.store.getAttempt('12345678', '20261122', id)).toMatchObject({ paymentRequestId: 'P1', transId: id });
    expect((await ctx.deps.store.allocateAttempt({ ...attempt, day: '20261123' }, fmt)).transId).toBe('000001');
  });

  it('rejects a stale version and writes nothing of the unit of work', async () => {
    const { reservation } = createReservation({ hotelId: 'h1', reservationId: 'R-1' }, {
      guest: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', language: 'en' },
      arrival: '2026-12-01', departure: '2026-12-03', total: { amount: 30000, currency: 'EUR' }, optionDeadline: '2026-11-25',
    }, { now: new Date('2026-11-22T09:00:00Z'), timezone: 'Europe/Paris', hotelCurrency: 'EUR', policy: DEFAULT_POLICY });
    await ctx.deps.store.commit({ reservation: { value: reservation, expectedVersion: null } });
    await expect(ctx.deps.store.commit({ reservation: { value: reservation, expectedVersion: null } })).rejects.toBeInstanceOf(Conflict);
    const stale = { ...reservation, version: 2 };
    await expect(ctx.deps.store.commit({
      reservation: { value: stale, expectedVersion: 7 },
      history: [{ hotelId: 'h1', reservationId: 'R-1', entryId: '01STALE', at: reservation.createdAt, type: 'updated', actor: 'pms' }],
    })).rejects.toBeInstanceOf(Conflict);
    const hist = await dynamoClient().send(new GetCommand({ TableName: ctx.resources.tableName, Key: entities.history.key('h1', 'R-1', '01STALE') }));
    expect(hist.Item).toBeUndefined();
    const agg = await ctx.deps.store.getReservation('h1', 'R-1');
    expect(agg?.reservation.version).toBe(1);
  });

  it('sends MIME e-mail through SES that the outbox reads back', async () => {
    await ctx.deps.mailer!.send({ to: ['guest-adapter@example.com'], subject: 'Réservation confirmée', html: '<p>Merci</p>', text: 'Merci' });
    const mails = (await readOutbox(process.env.MOTO_ENDPOINT!)).filter((m) => m.to.includes('guest-adapter@example.com'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: 'Réservation confirmée', html: '<p>Merci</p>', text: 'Merci' });
    expect(Date.parse(mails[0]!.sentAt)).toBeGreaterThan(0);
  });

  it("names each e-mail by its event and recipient, so two e-mails alike in every word stay two", async () => {
    const mail = { to: ['twin-refunds@example.com'], subject: 'Votre remboursement de 13,99 €', html: '<p>Remboursé</p>', text: 'Remboursé' };
    await ctx.deps.mailer!.send({ ...mail, reference: '01EVENTA.guest' });
    await ctx.deps.mailer!.send({ ...mail, reference: '01EVENTB.guest' });
    await ctx.deps.mailer!.send({ ...mail, reference: 'bad reference\r\nBcc: x@example.com' });
    const mails = (await readOutbox(process.env.MOTO_ENDPOINT!)).filter((m) => m.to.includes('twin-refunds@example.com'));
    expect(mails.map((m) => m.reference)).toEqual(['01EVENTA.guest', '01EVENTB.guest', undefined]);
  });
});
