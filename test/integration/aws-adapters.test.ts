import { reservationSubject } from '../../domain/payment-subject';
import { DEFAULT_POLICY } from '../../domain/policy';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import * as entities from '../../adapters/dynamo/entities';
import { Conflict } from '../../domain/errors';
import { hashSecret } from '../../app/secrets';
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

  it('opens a PSP attempt once per trans id, shop and day, remembered on its link in the same write', async () => {
    const attempt = { siteId: '12345678', day: '20261122', hotelId: 'h1', subject: reservationSubject('R-1'), paymentRequestId: 'P1', mode: 'TEST' as const, createdAt: '2026-11-22T09:00:00.000Z' };
    const open = (transId: string, formAt = '2026-11-22T09:00:00.000Z') => ({ attemptRef: `20261122-${transId}`, paymentRequestId: 'P1', mode: 'TEST' as const, amount: { amount: 100, currency: 'EUR' as const }, formAt });
    const links = ['a', 'b', 'c'].map((n) => hashSecret(`token-${n}-0123456789abcdef`));
    for (const [i, tokenHash] of links.entries()) {
      await ctx.deps.store.commit({ link: { tokenHash, hotelId: 'h1', subject: reservationSubject('R-1'), paymentRequestId: `P${i}`, expiresAt: '2026-11-30T00:00:00.000Z' } });
    }
    // Three concurrent first views drawing the same trans id: one opens it, the others must draw again.
    const results = await Promise.all(links.map((tokenHash) => ctx.deps.store.openAttempt(tokenHash, { ...attempt, transId: '004242' }, open('004242'))));
    expect(results.filter((r) => r === 'opened')).toHaveLength(1);
    expect(results.filter((r) => r === 'taken')).toHaveLength(2);
    // Another day, the same number is free; case is ignored, as the PSP does.
    await expect(ctx.deps.store.openAttempt(links[1]!, { ...attempt, day: '20261123', transId: '004242' }, open('004242', '2026-11-23T09:00:00.000Z'))).resolves.toBe('opened');
    expect(await ctx.deps.store.getAttempt('12345678', '20261122', '004242')).toMatchObject({ paymentRequestId: 'P1', transId: '004242' });
    expect((await ctx.deps.store.getLink(links[1]!))?.openAttempt).toMatchObject({ attemptRef: '20261122-004242', formAt: '2026-11-23T09:00:00.000Z' });
    // A link that remembers a newer form keeps it, and the older attempt is not stored either.
    await expect(ctx.deps.store.openAttempt(links[1]!, { ...attempt, transId: '000777' }, open('000777', '2026-11-22T08:00:00.000Z'))).resolves.toBe('link_moved');
    expect(await ctx.deps.store.getAttempt('12345678', '20261122', '000777')).toBeUndefined();
    // A link that is gone stores nothing.
    await expect(ctx.deps.store.openAttempt(hashSecret('no-such-token-0123456789'), { ...attempt, transId: '000778' }, open('000778'))).resolves.toBe('link_moved');
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
