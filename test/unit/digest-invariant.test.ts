/**
 * The chaos run's digest invariant (reliability/invariants.ts, 4b), on a table and an outbox made
 * by hand: it must flag a payment e-mailed on its own, one missing from the digest, and one listed
 * twice, and pass the run that did what the policy says.
 */
import * as outbox from '../../adapters/dynamo/entities/outbox';
import type { OutboxEmail } from '../../local/outbox';
import { checkInvariants } from '../../reliability/invariants';

const HOTEL = 'H-DIGEST';
const paid = (id: string, transactionId: string) => outbox.toItem({
  id, type: 'payment.succeeded', version: 1, occurredAt: '2026-12-02T10:00:00.000Z', hotelId: HOTEL,
  data: { reservationId: `R-${id}`, paymentRequestId: `P-${id}`, transactionId, type: 'deposit', amount: { amount: 100, currency: 'EUR' } },
}, 0);
const mail = (reference: string, text = ''): OutboxEmail => ({ to: ['desk@hotel.example'], subject: 's', text, sentAt: '2026-12-03T07:30:00.000Z', reference });
const digestOf = (text: string) => mail(`PAYDIGEST-${HOTEL}-2026-12-02.hotel`, text);

function violations(emails: OutboxEmail[]) {
  const r = checkInvariants({
    table: [paid('E1', 'T-0001'), paid('E2', 'T-0002')], ledger: [], outbox: emails, uncertainEmails: new Map(), ipnAnswers: [], deadLetters: [], guestOf: [],
    digestHotels: [HOTEL],
  });
  return { found: r.violations.map((x) => `${x.invariant}: ${x.detail}`), listed: r.paymentsInDigests };
}

describe('the digest invariant', () => {
  it('passes when each payment is in the day’s one digest and none was e-mailed on its own', () => {
    expect(violations([digestOf('T-0001 … T-0002')])).toEqual({ found: [], listed: 2 });
  });

  it('flags a payment e-mailed on its own', () => {
    expect(violations([digestOf('T-0001 T-0002'), mail('E2.hotel')]).found).toEqual(['a digest hotel gets no e-mail per payment: R-E2 T-0002: e-mailed on its own']);
  });

  it('flags a payment missing from the digest, and one listed in two digests', () => {
    const other = mail(`PAYDIGEST-${HOTEL}-2026-12-03.hotel`, 'T-0001');
    expect(violations([digestOf('T-0001'), other]).found).toEqual([
      'each payment to a digest hotel is listed in one digest: R-E1 T-0001: in 2 digests',
      'each payment to a digest hotel is listed in one digest: R-E2 T-0002: in 0 digests',
    ]);
  });

  it('asks nothing of a hotel that is e-mailed each payment', () => {
    const r = checkInvariants({ table: [paid('E1', 'T-0001')], ledger: [], outbox: [mail('E1.hotel')], uncertainEmails: new Map(), ipnAnswers: [], deadLetters: [], guestOf: [] });
    expect(r.violations).toEqual([]);
  });
});
