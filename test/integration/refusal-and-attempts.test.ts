import { createHash } from 'node:crypto';
import { hashSecret } from '../../app/secrets';
import { awsCallCounts, resetAwsCallCounts } from '../../adapters/aws/clients';
import { notificationId } from '../../adapters/psp/systempay/form';
import { sign } from '../../adapters/psp/systempay/signature';
import { createHotel } from '../../app/create-hotel';
import { requestPayment } from '../../app/create-payment-request';
import { processNotification } from '../../app/process-notification';
import { sendEmailsFor } from '../../app/send-emails';
import { upsertReservation } from '../../app/upsert-reservation';
import type { Wired } from '../../app/deps';
import { setContainer } from '../../functions/shared/container';
import { handler as paymentPage } from '../../functions/http/payment-page';
import { handler as paymentResult } from '../../functions/http/payment-result';
import { handler as receiveIpn } from '../../functions/http/receive-psp-notification';
import { readOutbox } from '../../local/outbox';
import { apiEvent, call } from '../support/api';
import { FakeClock, freshDeps } from '../support/aws';
import { committedEvents } from '../support/scenario';
import { startPspHarness } from '../support/psp-harness';
import { registerSecret } from '../support/secrets';

/**
 * A refused card, as the guest and the hotel live it: the link's expiry follows the option's new
 * deadline, every guest page says so, the hotel is told once in its language, and the hotel may
 * ask again. And the hosted page: views reuse the form they rendered, until it was answered.
 */
const TEST_KEY = 'RefusalTestKey12345';
const SITE_ID = '31415926';
const BASE = 'https://api.example.com';
const END_OF_TODAY = '2026-11-22T22:59:59.999Z';
const clock = new FakeClock(new Date('2026-11-22T09:00:00Z'));
let deps: Wired;
let table: string;
let hotelId: string;
const HOTEL_EMAIL = 'empfang@hotel-refus.example';

beforeAll(async () => {
  const fresh = await freshDeps(clock);
  deps = fresh.deps;
  table = fresh.resources.tableName;
  Object.assign(process.env, { PSP_FORM_URL: 'https://psp.example.com/vads-payment/', PUBLIC_BASE_URL: BASE });
  setContainer(deps);
  registerSecret(TEST_KEY);
  // The hotel writes German; its guest reads French.
  const created = await createHotel(deps, {
    name: 'Hotel Zum Refus', email: HOTEL_EMAIL, defaultLanguage: 'de', currency: 'EUR', timezone: 'Europe/Paris',
    psp: { provider: 'systempay', siteId: SITE_ID, mode: 'TEST', testKey: TEST_KEY },
  });
  registerSecret(created.apiKey);
  hotelId = created.hotelId;
});

const reserve = (id: string) => upsertReservation(deps, hotelId, id, {
  guest: { title: 'mr', firstName: 'Jean', lastName: 'Martin', email: 'jean.martin@example.com', language: 'fr' },
  arrival: '2026-12-10', departure: '2026-12-12', total: { amount: 40_000, currency: 'EUR' }, optionDeadline: '2026-11-30',
});
const ask = (id: string, type: 'deposit' | 'guarantee' = 'deposit') =>
  requestPayment(deps, hotelId, id, type === 'deposit' ? { type, percent: 30, delivery: 'link' } : { type, delivery: 'link' }, BASE);
const tokenOf = (url: string) => url.split('/pay/')[1]!;

async function view(url: string) {
  const token = tokenOf(url);
  return call(paymentPage as never, apiEvent('GET', `/pay/${token}`, { params: { token } }));
}
const formOf = (html: string): Record<string, string> => Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)]
  .map((m) => [m[1]!, m[2]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')]));
async function openForm(url: string): Promise<Record<string, string>> {
  const page = await view(url);
  expect(page.status).toBe(200);
  return formOf(String(page.body));
}
const unescape = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const result = (url: string) => {
  const token = tokenOf(url);
  return call(paymentResult as never, apiEvent('GET', `/pay/${token}/result`, { params: { token } }));
};

/** The PSP's notification about the form the page rendered, received and processed as in production. */
async function answer(form: Record<string, string>, status: string, extra: Record<string, string> = {}) {
  const fields: Record<string, string> = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('vads_')));
  Object.assign(fields, {
    vads_trans_status: status, vads_trans_uuid: createHash('md5').update(form.vads_trans_id + status + form.vads_trans_date).digest('hex'), vads_url_check_src: 'PAY',
    vads_hash: createHash('sha256').update(String(Math.random())).digest('hex'), vads_card_number: '497010XXXXXX0071', vads_card_brand: 'CB',
    vads_operation_type: form.vads_page_action === 'REGISTER' ? 'VERIFICATION' : 'DEBIT', vads_result: status === 'REFUSED' ? '05' : '00', ...extra,
  });
  const signed = { ...fields, signature: sign(fields, TEST_KEY) };
  const received = await call(receiveIpn as never, apiEvent('POST', `/psp/systempay/${hotelId}/ipn`, { form: signed, params: { provider: 'systempay', hotelId } }));
  expect(received.status).toBe(200);
  expect(await processNotification(deps, hotelId, notificationId(signed))).toBe('applied');
}

const requestOf = async (reservationId: string, paymentRequestId: string) =>
  (await deps.store.getReservation(hotelId, reservationId))!.requests.find((r) => r.request.paymentRequestId === paymentRequestId)!.request;
const hotelMails = async () => (await readOutbox(process.env.MOTO_ENDPOINT!)).filter((m) => m.to.includes(HOTEL_EMAIL));

/** DynamoDB writes made since the counts were reset. */
const dynamoWrites = () => Object.entries(awsCallCounts())
  .filter(([name]) => /^DynamoDB\.(Put|Update|Delete|TransactWrite|BatchWrite)/.test(name))
  .reduce((sum, [, n]) => sum + n, 0);

describe('a refused card', () => {
  let url: string;
  let paymentRequestId: string;

  it('brings the link forward with the option deadline, in the same commit', async () => {
    await reserve('RF-1');
    ({ url, paymentRequestId } = await ask('RF-1'));
    const before = await requestOf('RF-1', paymentRequestId);
    expect(before.expiresAt).toBe('2026-11-30T22:59:59.999Z');
    const firstPage = await view(url);
    expect(firstPage.body).toContain('À effectuer avant le 30 novembre 2026 à 23:59');
    const form = formOf(String(firstPage.body));

    clock.advance(60_000);
    await answer(form, 'REFUSED', { vads_auth_result: '51' });
    const agg = (await deps.store.getReservation(hotelId, 'RF-1'))!;
    expect(agg.reservation).toMatchObject({ status: 'option', optionDeadline: END_OF_TODAY });
    const after = agg.requests[0]!.request;
    expect(after).toMatchObject({ status: 'failed', expiresAt: END_OF_TODAY, version: before.version + 1 });
  });

  it('says the new deadline on the result page and on the retry page, in the guest language', async () => {
    const back = await result(url);
    expect(back.status).toBe(200);
    const text = unescape(String(back.body));
    expect(text).toContain("Le paiement n'a pas abouti");
    expect(text).toContain("Vous pouvez réessayer jusqu'au 22 novembre 2026 à 23:59 (heure locale de l'hôtel)");
    expect(back.body).toContain(`href="${url}"`);

    const retry = await view(url);
    expect(retry.body).toContain('À effectuer avant le 22 novembre 2026 à 23:59');
    expect(retry.body).not.toContain('30 novembre 2026');
  });

  it('e-mails the hotel once, in its language, with who, what, why and the new deadline', async () => {
    const [event, ...more] = await committedEvents(table, 'payment.failed');
    expect(more).toEqual([]);
    expect(event!.data).toEqual({
      reservationId: 'RF-1', paymentRequestId, pspStatus: 'REFUSED', optionDeadline: END_OF_TODAY,
      type: 'deposit', amount: { amount: 12_000, currency: 'EUR' }, authResult: '51', attemptRef: expect.stringMatching(/^20261122-\d{6}$/),
      linkExpiresAt: END_OF_TODAY, deadlineForced: true, reason: 'insufficient_funds',
    });

    expect(await sendEmailsFor(deps, event!)).toBe(1);
    expect(await sendEmailsFor(deps, event!)).toBe(0);
    const [mail, ...others] = await hotelMails();
    expect(others).toEqual([]);
    expect(mail!.subject).toBe('Anzahlung abgelehnt – Reservierung RF-1, Jean Martin');
    for (const part of [mail!.text!, mail!.html!]) {
      expect(part).toContain('Herr Jean Martin');
      expect(part).toContain('RF-1');
      expect(part).toMatch(/120,00\s€/);
      expect(part).toContain('unzureichende Deckung oder Kartenlimit erreicht');
      expect(part).toContain('22. November 2026 um 23:59');
    }
    expect(mail!.text).toContain('Neue Optionsfrist: 22. November 2026 um 23:59 Uhr');
    expect(mail!.text).toContain('REFUSED (Bankcode 51)');
    // Nothing to the guest: the pages tell them.
    const guestMails = (await readOutbox(process.env.MOTO_ENDPOINT!)).filter((m) => m.to.includes('jean.martin@example.com'));
    expect(guestMails).toEqual([]);
  });

  it('lets the hotel ask again: the refused request is replaced, its link withdrawn', async () => {
    clock.advance(60_000);
    const again = await ask('RF-1', 'guarantee');
    expect(again).toMatchObject({ status: 'pending', expiresAt: END_OF_TODAY });
    const agg = (await deps.store.getReservation(hotelId, 'RF-1'))!;
    expect(agg.requests.find((r) => r.request.paymentRequestId === paymentRequestId)!.request.status).toBe('cancelled');
    expect(agg.history.find((h) => h.type === 'payment_request_replaced')?.detail).toEqual({ paymentRequestId, replacedBy: again.paymentRequestId, reason: 'payment_failed' });
    const old = await view(url);
    expect(old.status).toBe(410);
    expect(old.body).not.toContain('<form');
    expect((await view(again.url)).status).toBe(200);
    // The new one is not answered yet: it is the open request, and a third must wait.
    await expect(ask('RF-1')).rejects.toMatchObject({ code: 'payment_request_open' });
  });
});

describe('views of the hosted page', () => {
  it('reuse the unanswered form: one attempt, and no write on the second view', async () => {
    await reserve('AT-1');
    const { url } = await ask('AT-1');
    resetAwsCallCounts();
    const first = await openForm(url);
    expect(dynamoWrites()).toBeGreaterThan(0);

    clock.advance(5 * 60_000);
    resetAwsCallCounts();
    const second = await openForm(url);
    expect(dynamoWrites()).toBe(0);
    // The same signed form, down to its date: the PSP knows it by shop, day and id.
    expect(second).toEqual(first);
    expect(await deps.store.getAttempt(SITE_ID, '20261122', first.vads_trans_id!)).toMatchObject({ subject: { kind: 'reservation', reservationId: 'AT-1' } });
  });

  it('draw another trans id when the one drawn is held already that day, the attempt and its link written at once', async () => {
    await reserve('AT-8');
    await reserve('AT-9');
    const first = (await ask('AT-8')).url;
    const second = (await ask('AT-9')).url;
    // The gateway draws its trans ids from node:crypto's randomInt: made to draw a taken one first.
    const draws = jest.spyOn(jest.requireActual<typeof import('node:crypto')>('node:crypto'), 'randomInt');
    try {
      draws.mockReturnValueOnce(4242 as never);
      expect((await openForm(first)).vads_trans_id).toBe('004242');
      // The next view draws the same number first: the write fails on it, and the page draws again.
      draws.mockReturnValueOnce(4242 as never).mockReturnValueOnce(4243 as never);
      resetAwsCallCounts();
      expect((await openForm(second)).vads_trans_id).toBe('004243');
      expect(awsCallCounts()['DynamoDB.TransactWriteItems']).toBe(2);
    } finally {
      draws.mockRestore();
    }
    expect(await deps.store.getAttempt(SITE_ID, '20261122', '004242')).toMatchObject({ subject: { reservationId: 'AT-8' } });
    expect(await deps.store.getAttempt(SITE_ID, '20261122', '004243')).toMatchObject({ subject: { reservationId: 'AT-9' } });
    expect((await deps.store.getLink(hashSecret(tokenOf(second))))?.openAttempt).toMatchObject({ attemptRef: '20261122-004243' });
  });

  it('render a new attempt once the guest was refused on it, which the PSP then accepts', async () => {
    await reserve('AT-2');
    const { url, paymentRequestId } = await ask('AT-2');
    const first = await openForm(url);
    await answer(first, 'REFUSED');
    const second = await openForm(url);
    expect(second.vads_trans_id).not.toBe(first.vads_trans_id);
    expect(await openForm(url)).toEqual(second);
    await answer(second, 'AUTHORISED');
    expect((await requestOf('AT-2', paymentRequestId)).status).toBe('succeeded');
    expect((await deps.store.getReservation(hotelId, 'AT-2'))!.reservation.status).toBe('confirmed');
  });

  it('render a new attempt after an abandon, after the guest came back from the PSP, when too old, and the next UTC day', async () => {
    await reserve('AT-3');
    const { url } = await ask('AT-3');
    const first = await openForm(url);
    await answer(first, 'ABANDONED');
    const afterAbandon = await openForm(url);
    expect(afterAbandon.vads_trans_id).not.toBe(first.vads_trans_id);

    // Back on the result page without any notification (cancelled at the PSP, no cancel rule): the form was posted.
    expect((await result(url)).status).toBe(200);
    const afterReturn = await openForm(url);
    expect(afterReturn.vads_trans_id).not.toBe(afterAbandon.vads_trans_id);
    resetAwsCallCounts();
    await result(url);
    await result(url); // the pending page reloads itself: no write once the form is forgotten
    expect(dynamoWrites()).toBe(1);
    const fresh = await openForm(url);

    clock.advance(16 * 60_000);
    const later = await openForm(url);
    expect(later.vads_trans_id).not.toBe(fresh.vads_trans_id);
    expect(later.vads_trans_date).not.toBe(fresh.vads_trans_date);

    clock.current = new Date('2026-11-22T23:59:30Z');
    const beforeMidnight = await openForm(url);
    clock.current = new Date('2026-11-23T00:00:30Z');
    const afterMidnight = await openForm(url);
    expect(afterMidnight.vads_trans_date!.slice(0, 8)).toBe('20261123');
    expect(beforeMidnight.vads_trans_date!.slice(0, 8)).toBe('20261122');
    clock.current = new Date('2026-11-22T10:00:00Z');
  });
});

describe('against the PSP sandbox', () => {
  it('takes the new form a view renders after a refusal, and a reused one while unanswered', async () => {
    const psp = await startPspHarness(deps);
    try {
      const sandboxHotel = await psp.hotel();
      await upsertReservation(psp.deps, sandboxHotel, 'SB-1', {
        guest: { firstName: 'Jean', lastName: 'Martin', email: 'jean.martin@example.com', language: 'fr' },
        arrival: '2026-12-10', departure: '2026-12-12', total: { amount: 40_000, currency: 'EUR' }, optionDeadline: '2026-11-30',
      });
      const { url, paymentRequestId } = await requestPayment(psp.deps, sandboxHotel, 'SB-1', { type: 'deposit', percent: 30, delivery: 'link' }, BASE);
      // A scanner's visit first: the guest's own view then posts the very same form, which the sandbox takes.
      const scanned = await openForm(url);
      await psp.pay(url, '4970100000000071');
      const refusedOn = await deps.store.getReservation(sandboxHotel, 'SB-1');
      expect(refusedOn!.requests[0]!.request).toMatchObject({ status: 'failed', expiresAt: END_OF_TODAY });
      expect(refusedOn!.requests[0]!.request.attempts.map((a) => a.attemptRef)).toEqual([`${scanned.vads_trans_date!.slice(0, 8)}-${scanned.vads_trans_id}`]);
      await psp.pay(url, '4970100000000014');
      const paid = (await deps.store.getReservation(sandboxHotel, 'SB-1'))!;
      expect(paid.reservation.status).toBe('confirmed');
      expect(paid.requests.find((r) => r.request.paymentRequestId === paymentRequestId)!.request.attempts.map((a) => a.kind)).toEqual(['failed', 'succeeded']);
    } finally {
      await psp.stop();
    }
  });
});
