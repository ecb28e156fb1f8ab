import { awsCallCounts, resetAwsCallCounts } from '../../adapters/aws/clients';
import type { Wired } from '../../app/deps';
import { chargeKind, requestCharge } from '../../app/charges';
import { importCard } from '../../app/vault';
import { processRefund } from '../../app/process-refund';
import { RetryLater, runPspOperation } from '../../app/psp-operations';
import { requestRefund } from '../../app/request-refund';
import { getReservation } from '../../app/reservation-view';
import { planning } from '../../app/planning';
import { sendEmailsFor } from '../../app/send-emails';
import { readOutbox } from '../../local/outbox';
import { linkContext } from '../../app/secrets';
import { DomainError } from '../../domain/errors';
import type { FakeClock } from '../support/aws';
import { pspTest, type PspHarness } from '../support/psp-harness';
import { ask, committedEvents, reserve } from '../support/scenario';

/** Charges of a card registered at the PSP, against moto and the PSP sandbox (docs/charges.md). */
let clock: FakeClock;
let deps: Wired;
let table: string;
let psp: PspHarness;

beforeEach(async () => ({ deps, clock, table, psp } = await pspTest()));
afterEach(async () => psp.stop());

const BASE = 'https://api.hotel.example';
const addDaysIso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof DomainError ? `${e.kind}:${e.code}` : `thrown:${(e as Error).message}`));
const EUR = (amount: number) => ({ amount, currency: 'EUR' });
const tx = async (hotelId: string, reservationId: string, id: string) => (await deps.store.getReservation(hotelId, reservationId))!.transactions.find((t) => t.transactionId === id)!;
const run = (hotelId: string, reservationId: string, chargeId: string) => runPspOperation(deps, chargeKind, hotelId, reservationId, chargeId);
const debitsOf = (orderId: string) => psp.sandbox.transactions().filter((t) => t.orderId === orderId && t.operationType === 'DEBIT');

/** A reservation whose guest registered a card at the PSP through a guarantee (the given test card). */
async function guaranteed(id: string, card?: string): Promise<string> {
  const hotelId = await psp.hotel();
  await reserve(deps, hotelId, id, addDaysIso(3), { firstName: 'Anna', lastName: 'Weber' });
  await psp.pay((await ask(deps, hotelId, id, 'guarantee')).url, card);
  const agg = (await deps.store.getReservation(hotelId, id))!;
  if (!agg.cards.some((c) => c.origin === 'psp')) throw new Error('no card was registered');
  return hotelId;
}

describe('a charge of a registered card', () => {
  it('takes the money in one PSP call, chained to the registration, and is then a refundable payment', async () => {
    const hotelId = await guaranteed('C-1');
    const asked = await requestCharge(deps, hotelId, 'C-1', { amount: EUR(18_000), reason: 'balance' }, 'key-C-1', BASE);
    expect(asked).toMatchObject({ status: 'requested', amount: EUR(18_000), reason: 'balance', reservationId: 'C-1' });
    // A retry with the same key answers the same charge; another body under it is refused.
    expect(await requestCharge(deps, hotelId, 'C-1', { amount: EUR(18_000), reason: 'balance' }, 'key-C-1', BASE)).toEqual(asked);
    expect(await codeOf(requestCharge(deps, hotelId, 'C-1', { amount: EUR(1), reason: 'balance' }, 'key-C-1', BASE))).toBe('rule_violated:idempotency_key_reused');

    const before = psp.sandbox.restCalls().length;
    expect(await run(hotelId, 'C-1', asked.chargeId)).toBe('succeeded');
    expect(psp.sandbox.restCalls().slice(before).map((c) => c.webService)).toEqual(['Charge/CreatePayment']);
    expect(await run(hotelId, 'C-1', asked.chargeId)).toBe('already_final');

    const charge = await tx(hotelId, 'C-1', asked.chargeId);
    expect(charge).toMatchObject({ type: 'charge', status: 'succeeded', refundable: 18_000, charge: { status: 'succeeded', reason: 'balance' } });
    const [debit, ...more] = debitsOf(charge.charge!.orderRef);
    expect(more).toEqual([]);
    // Taken, and chained: without the registration's reference the issuer would have soft-declined (57).
    expect(debit).toMatchObject({ uuid: charge.psp.transactionUuid, amount: 18_000, origin: 'MERCHANT_INITIATED' });
    expect(debit!.detailedStatus).toMatch(/^(AUTHORISED|CAPTURED)$/);

    const view = await getReservation(deps, hotelId, 'C-1');
    expect(view.transactions).toEqual(expect.arrayContaining([expect.objectContaining({
      type: 'charge', status: 'succeeded', chargeId: asked.chargeId, chargeStatus: 'succeeded', reason: 'balance', refundable: EUR(18_000),
    })]));
    expect(view.history.map((h) => h.type)).toEqual(expect.arrayContaining(['charge_requested', 'charge_succeeded']));

    // Refunds work on it as on any payment.
    const refund = await requestRefund(deps, hotelId, asked.chargeId, { amount: EUR(3_000) });
    expect(await processRefund(deps, hotelId, 'C-1', refund.refundId)).toBe('succeeded');
    expect((await tx(hotelId, 'C-1', asked.chargeId)).refundable).toBe(15_000);
    expect(await codeOf(requestRefund(deps, hotelId, asked.chargeId, { amount: EUR(15_001) }))).toBe('rule_violated:amount_exceeds_refundable');
    expect((await committedEvents(table)).map((e) => e.type)).toEqual(expect.arrayContaining(['charge.requested', 'charge.succeeded', 'refund.succeeded']));

    // The guest is e-mailed a receipt (at a fast check-out: the balance settled).
    const [done] = await committedEvents(table, 'charge.succeeded');
    expect(await sendEmailsFor(deps, done!)).toBe(1);
    const receipt = (await readOutbox(process.env.MOTO_ENDPOINT!)).find((m) => m.to.includes('anna@example.com') && (m.text ?? '').includes(asked.chargeId));
    expect(receipt?.text).toMatch(/180,00\u00a0€/);
  });

  it('is refused for good on a declined card, with the reason in plain words', async () => {
    const hotelId = await guaranteed('C-2', '4970101000001002');
    const asked = await requestCharge(deps, hotelId, 'C-2', { amount: EUR(5_000), reason: 'no_show' }, 'key-C-2', BASE);
    expect(await run(hotelId, 'C-2', asked.chargeId)).toBe('failed');
    const charge = await tx(hotelId, 'C-2', asked.chargeId);
    expect(charge).toMatchObject({ status: 'failed', charge: { status: 'failed', failure: { code: 'card_declined' } } });
    expect(charge.charge!.failure!.message).toMatch(/51/);
    expect(charge.refundable).toBeUndefined();
    expect(await codeOf(requestRefund(deps, hotelId, asked.chargeId, {}))).toBe('rule_violated:not_refundable');
    const [refused] = await committedEvents(table, 'charge.failed');
    expect(await sendEmailsFor(deps, refused!)).toBe(1);
    const desk = (await deps.store.getHotel(hotelId))!.hotel.email;
    expect((await readOutbox(process.env.MOTO_ENDPOINT!)).find((m) => m.to.includes(desk) && (m.text ?? '').includes(asked.chargeId))?.text).toMatch(/51/);
  });

  it('sends the guest a payment link when the bank wants them to authenticate, and succeeds when they pay', async () => {
    const hotelId = await guaranteed('C-3', '4970115000000228');
    const asked = await requestCharge(deps, hotelId, 'C-3', { amount: EUR(7_500), reason: 'stay' }, 'key-C-3', BASE);
    expect(await run(hotelId, 'C-3', asked.chargeId)).toBe('failed');
    const waiting = await tx(hotelId, 'C-3', asked.chargeId);
    expect(waiting).toMatchObject({ status: 'pending', charge: { status: 'action_required', failure: { code: 'authentication_required' } } });
    const agg = (await deps.store.getReservation(hotelId, 'C-3'))!;
    const rec = agg.requests.find((r) => r.request.paymentRequestId === waiting.charge!.paymentRequestId)!;
    expect(rec.request).toMatchObject({ type: 'charge', amount: EUR(7_500), delivery: 'email', subject: { kind: 'charge', reservationId: 'C-3', chargeId: asked.chargeId } });
    const created = await committedEvents(table, 'payment-request.created');
    expect(created.map((e) => (e.data as { paymentRequestId: string }).paymentRequestId)).toContain(rec.request.paymentRequestId);
    const [action] = await committedEvents(table, 'charge.action-required');
    expect(action).toBeDefined();
    // The guest gets the link in their language; the hotel is told the charge waits for them.
    const linkMail = created.find((e) => (e.data as { paymentRequestId: string }).paymentRequestId === rec.request.paymentRequestId)!;
    expect(await sendEmailsFor(deps, linkMail)).toBe(1);
    expect(await sendEmailsFor(deps, action!)).toBe(1);

    // The front desk's day lists the charge waiting for the guest.
    const day = await planning(deps, hotelId, { limit: 50 });
    expect(day.groups.chargesAwaitingGuest!.entries).toEqual([expect.objectContaining({
      reservationId: 'C-3', reason: 'charge_awaiting_guest', charge: { chargeId: asked.chargeId, amount: EUR(7_500), reason: 'stay' },
      paymentRequest: expect.objectContaining({ paymentRequestId: rec.request.paymentRequestId, type: 'charge' }),
    })]);
    expect(day.groups.unanswered!.entries).toEqual([]);
    // Its group reads its own listing: however many stays wait for an answer, one query, then each entry's reservation.
    for (const id of ['C-3a', 'C-3b', 'C-3c']) {
      await reserve(deps, hotelId, id, addDaysIso(5));
      await ask(deps, hotelId, id);
    }
    resetAwsCallCounts();
    const charges = await planning(deps, hotelId, { limit: 50, group: 'chargesAwaitingGuest' });
    expect(charges.groups.chargesAwaitingGuest!.entries).toEqual([expect.objectContaining({ reservationId: 'C-3' })]);
    expect(awsCallCounts()).toEqual({ 'DynamoDB.GetItem': 1, 'DynamoDB.Query': 2 });
    expect((await planning(deps, hotelId, { limit: 50, group: 'unanswered' })).groups.unanswered!.entries.map((e) => e.reservationId).sort()).toEqual(['C-3a', 'C-3b', 'C-3c']);

    // The guest pays the link on the hosted page (authenticating there).
    const url = await deps.sealer.open(rec.sealedUrl, linkContext(hotelId, rec.request.paymentRequestId));
    expect(url.startsWith(`${BASE}/pay/`)).toBe(true);
    const outbox = await readOutbox(process.env.MOTO_ENDPOINT!);
    expect(outbox.find((m) => m.to.includes('anna@example.com') && (m.text ?? '').includes(url))?.text).toMatch(/75,00\u00a0€/);
    const desk = (await deps.store.getHotel(hotelId))!.hotel.email;
    expect(outbox.find((m) => m.to.includes(desk) && (m.text ?? '').includes(asked.chargeId))).toBeDefined();
    await psp.pay(url, '4970115000000228');
    const paid = await tx(hotelId, 'C-3', asked.chargeId);
    expect(paid).toMatchObject({ status: 'succeeded', refundable: 7_500, charge: { status: 'succeeded' } });
    expect(psp.sandbox.transactions().find((t) => t.uuid === paid.psp.transactionUuid)).toMatchObject({ amount: 7_500, operationType: 'DEBIT' });
    // The refused merchant-initiated attempt took nothing.
    expect(debitsOf(waiting.charge!.orderRef).map((t) => t.detailedStatus)).toEqual(['REFUSED']);
    const view = await getReservation(deps, hotelId, 'C-3');
    expect((view.paymentRequests as Array<{ paymentRequestId: string; status: string }>).find((r) => r.paymentRequestId === rec.request.paymentRequestId)?.status).toBe('succeeded');
    // The reservation's own requests are not blocked by the charge's link.
    expect((await committedEvents(table, 'charge.succeeded')).map((e) => (e.data as { via: string }).via)).toEqual(['guest_link']);
  });

  it('after a call that went unanswered, looks the order up and never charges twice', async () => {
    const hotelId = await guaranteed('C-4');
    const asked = await requestCharge(deps, hotelId, 'C-4', { amount: EUR(4_000), reason: 'fee' }, 'key-C-4', BASE);
    // The PSP booked the payment but the answer was lost.
    psp.sandbox.injectFault({ webService: 'Charge/CreatePayment', kind: 'timeout', applied: true });
    await expect(run(hotelId, 'C-4', asked.chargeId)).rejects.toBeInstanceOf(RetryLater);
    expect((await tx(hotelId, 'C-4', asked.chargeId)).charge).toMatchObject({ status: 'requested', pspCall: { state: 'unanswered' } });
    const before = psp.sandbox.restCalls().length;
    expect(await run(hotelId, 'C-4', asked.chargeId)).toBe('reconciled');
    expect(psp.sandbox.restCalls().slice(before).map((c) => c.webService)).toEqual(['Order/Get']);
    const charge = await tx(hotelId, 'C-4', asked.chargeId);
    expect(charge).toMatchObject({ status: 'succeeded', refundable: 4_000, charge: { status: 'succeeded', reconciled: true } });
    expect(debitsOf(charge.charge!.orderRef).map((t) => t.uuid)).toEqual([charge.psp.transactionUuid]);

    // Lost before the PSP booked anything: the order is empty, and the charge is made once.
    const second = await requestCharge(deps, hotelId, 'C-4', { amount: EUR(1_000), reason: 'fee' }, 'key-C-4b', BASE);
    psp.sandbox.injectFault({ webService: 'Charge/CreatePayment', kind: 'timeout', applied: false });
    await expect(run(hotelId, 'C-4', second.chargeId)).rejects.toBeInstanceOf(RetryLater);
    expect(await run(hotelId, 'C-4', second.chargeId)).toBe('succeeded');
    const made = await tx(hotelId, 'C-4', second.chargeId);
    expect(debitsOf(made.charge!.orderRef).map((t) => t.uuid)).toEqual([made.psp.transactionUuid]);
  });

  it('refuses what cannot be charged, and changes nothing', async () => {
    const hotelId = await psp.hotel();
    await reserve(deps, hotelId, 'C-5', addDaysIso(3));
    // A card typed at the desk stays in the vault: it is never sent to the PSP.
    await importCard(deps, hotelId, 'C-5', { holderName: 'Léa Durand', number: '4970100000000014', expiryMonth: 12, expiryYear: new Date().getUTCFullYear() + 2, source: 'phone' });
    expect(await codeOf(requestCharge(deps, hotelId, 'C-5', { amount: EUR(1_000), reason: 'stay' }, 'k-5', BASE))).toBe('rule_violated:no_registered_card');
    expect(await codeOf(requestCharge(deps, hotelId, 'NOPE', { amount: EUR(1_000), reason: 'stay' }, 'k-5b', BASE))).toBe('not_found:reservation_not_found');
    const guaranteedHotel = await guaranteed('C-6');
    expect(await codeOf(requestCharge(deps, guaranteedHotel, 'C-6', { amount: { amount: 1_000, currency: 'USD' }, reason: 'stay' }, 'k-6', BASE))).toBe('rule_violated:currency_mismatch');
    expect(await codeOf(requestCharge(deps, guaranteedHotel, 'C-6', { amount: EUR(1_000), reason: 'stay', cardId: 'other' }, 'k-6b', BASE))).toBe('rule_violated:no_registered_card');
    expect((await deps.store.getReservation(hotelId, 'C-5'))!.transactions).toEqual([]);
    expect((await deps.store.getReservation(guaranteedHotel, 'C-6'))!.transactions.filter((t) => t.type === 'charge')).toEqual([]);
    expect(await committedEvents(table, 'charge.requested')).toEqual([]);
  });
});
