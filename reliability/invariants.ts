import { outbox, reservation, transaction } from '../adapters/dynamo/entities';
import { outboxKey } from '../local/faults';
import type { OutboxEmail } from '../local/outbox';
import type { LedgerTransaction } from '../local/psp-sandbox';

export interface MoneyTotals {
  readonly paidOurs: number;
  readonly paidPsp: number;
  readonly refundedOurs: number;
  readonly refundedPsp: number;
  readonly payments: number;
  readonly refunds: number;
  /** Refunds settled by reading their payment back (an unanswered call): matched to a PSP credit by payment and amount. */
  readonly refundsMatchedByAmount: number;
}

/** What the guest of each reservation should have received, as the driver saw it happen. */
export interface GuestExpectation {
  readonly email: string;
  readonly hotelId: string;
  readonly reservationId: string;
  /** E-mail delivery of the payment request. */
  readonly requestEmail: boolean;
  /**
   * The guest found the request e-mail before paying. If not (its queue was failing), the guest
   * used the link anyway, and an e-mail sent after the payment is rightly never sent.
   */
  requestEmailSeen?: boolean;
}

/**
 * What must hold after any run, faults or not, checked against the PSP sandbox's own ledger
 * rather than against what our table says of itself.
 */

export interface Violation {
  readonly invariant: string;
  readonly detail: string;
}

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface InvariantInput {
  readonly table: readonly Item[];
  readonly ledger: readonly LedgerTransaction[];
  readonly outbox: readonly OutboxEmail[];
  /** E-mails handed to SES by an invocation that did not complete: a second copy is excused. */
  readonly uncertainEmails: ReadonlyMap<string, number>;
  /** Every answer our notification endpoint gave, and whether an injected fault touched it. */
  readonly ipnAnswers: ReadonlyArray<{ status: number; faulted: boolean; path: string }>;
  readonly deadLetters: ReadonlyArray<{ queue: string; messages: unknown[] }>;
  readonly guestOf: readonly GuestExpectation[];
  /** Hotels whose policy gathers their payment e-mails into a daily digest, sent by the end of the run. */
  readonly digestHotels?: readonly string[];
}

const FINAL_REFUND = new Set<string | undefined>(['succeeded', 'failed']);

export function checkInvariants(input: InvariantInput): { violations: Violation[]; money: MoneyTotals; excusedDuplicates: number; paymentsInDigests: number } {
  const v: Violation[] = [];
  const add = (invariant: string, detail: string) => v.push({ invariant, detail });
  // Items are told apart by the entity each is stored as and read as their module reads them: the
  // checker never rebuilds a key, so a change of key layout cannot hide items from it.
  const stored = <T>(entity: string, fromItem: (item: Item) => T): T[] => input.table.filter((i) => i.entity === entity).map((i) => fromItem(i));
  const transactions = stored(transaction.ENTITY, transaction.fromItem);
  const reservations = stored(reservation.ENTITY, reservation.fromItem);
  const events = stored(outbox.ENTITY, outbox.fromItem).map((o) => o.event);
  const payments = transactions.filter((t) => t.type === 'payment' || t.type === 'verification' || t.type === 'preauthorisation' || (t.type === 'charge' && t.status === 'succeeded'));
  const refunds = transactions.filter((t) => t.type === 'refund');

  // 1. Every payment the PSP accepted is recorded exactly once, as succeeded; nothing else is.
  const accepted = input.ledger.filter((l) => (l.operationType === 'DEBIT' || l.operationType === 'VERIFICATION') && l.detailedStatus !== 'REFUSED');
  const byUuid = new Map<string, Item[]>();
  for (const t of payments) byUuid.set(t.psp?.transactionUuid, [...(byUuid.get(t.psp?.transactionUuid) ?? []), t]);
  for (const l of accepted) {
    const ours = byUuid.get(l.uuid) ?? [];
    if (ours.length !== 1) add('every payment the PSP accepted is recorded exactly once', `${l.orderId} ${l.uuid}: recorded ${ours.length} times`);
    else if (ours[0]!.status !== 'succeeded') add('every payment the PSP accepted is recorded as succeeded', `${l.orderId} ${l.uuid}: ${ours[0]!.status}`);
    else if (ours[0]!.amount.amount !== (l.operationType === 'VERIFICATION' ? ours[0]!.amount.amount : l.initialAmount)) {
      add('a recorded payment has the amount the PSP took', `${l.orderId} ${l.uuid}: ours ${ours[0]!.amount.amount}, PSP ${l.initialAmount}`);
    }
  }
  const acceptedUuids = new Set(accepted.map((l) => l.uuid));
  for (const t of payments) {
    if (t.status === 'succeeded' && !acceptedUuids.has(t.psp?.transactionUuid)) add('no succeeded payment the PSP did not accept', `${t.reservationId} ${t.transactionId}`);
  }

  // 2. Money given back: every PSP refund matches one refund of ours, none is missing, totals agree per payment.
  const credits = input.ledger.filter((l) => l.operationType === 'CREDIT');
  const refundsByUuid = new Map<string, Item[]>();
  for (const r of refunds) if (r.psp?.transactionUuid) refundsByUuid.set(r.psp.transactionUuid, [...(refundsByUuid.get(r.psp.transactionUuid) ?? []), r]);
  // A refund whose call went unanswered is settled by reading its payment back: the payment shows
  // the money given back, not the credit's own uuid. Such a refund matches a credit of the same
  // payment and amount that no refund names, one to one.
  const paymentUuidOf = new Map(payments.map((t) => [`${t.hotelId}/${t.transactionId}`, t.psp?.transactionUuid as string]));
  const unnamed = refunds.filter((r) => r.status === 'succeeded' && !r.psp?.transactionUuid);
  let matchedByAmount = 0;
  for (const c of credits) {
    const ours = (refundsByUuid.get(c.uuid) ?? []).filter((r) => r.status === 'succeeded');
    if (ours.length === 0) {
      const i = unnamed.findIndex((r) => paymentUuidOf.get(`${r.hotelId}/${r.parentTransactionId}`) === c.parentUuid && r.amount.amount === c.amount);
      if (i >= 0) {
        unnamed.splice(i, 1);
        matchedByAmount++;
        continue;
      }
    }
    if (ours.length !== 1) add('every refund at the PSP matches exactly one refund of ours', `${c.orderId} credit ${c.uuid} of ${c.amount}: matched ${ours.length}`);
  }
  const ledgerByUuid = new Map(input.ledger.map((l) => [l.uuid, l]));
  let refundedPsp = 0;
  let refundedOurs = 0;
  for (const p of payments.filter((t) => (t.type === 'payment' || t.type === 'charge') && t.status === 'succeeded')) {
    const l = ledgerByUuid.get(p.psp?.transactionUuid);
    const mine = refunds.filter((r) => r.parentTransactionId === p.transactionId && r.hotelId === p.hotelId);
    const ours = mine.filter((r) => r.status === 'succeeded').reduce((s, r) => s + r.amount.amount, 0);
    const held = mine.filter((r) => r.status !== 'failed').reduce((s, r) => s + r.amount.amount, 0);
    for (const r of mine) if (!FINAL_REFUND.has(r.refund?.status)) add('every refund ends succeeded or failed once the queues are drained', `${p.reservationId} refund ${r.transactionId}: ${r.refund?.status} (${r.refund?.pspCall?.state ?? 'no call'})`);
    if (held > p.amount.amount) add('refunded never exceeds paid (ours)', `${p.reservationId} ${p.transactionId}: ${held} of ${p.amount.amount}`);
    refundedOurs += ours;
    if (!l) continue;
    const psp = l.detailedStatus === 'CANCELLED' ? l.initialAmount
      : (l.initialAmount - l.amount) + credits.filter((c) => c.parentUuid === l.uuid).reduce((s, c) => s + c.amount, 0);
    refundedPsp += psp;
    if (psp > l.initialAmount) add('refunded never exceeds paid (PSP)', `${p.reservationId} ${l.uuid}: ${psp} of ${l.initialAmount}`);
    if (psp !== ours) add('money given back at the PSP is what we recorded as refunded', `${p.reservationId} ${l.uuid}: PSP ${psp}, ours ${ours}`);
  }

  // 2a. Charges of stored cards: each ends taken, refused or waiting for the guest, never still
  // requested once the queues are drained; one that waits for the guest took nothing (its refused
  // attempt aside), and at most one payment was made under a charge's order at the PSP.
  for (const c of transactions.filter((t) => t.type === 'charge')) {
    if (c.charge?.status === 'requested') add('every charge ends succeeded, failed or waiting for the guest once the queues are drained', `${c.reservationId} charge ${c.transactionId} (${c.charge?.pspCall?.state ?? 'no call'})`);
    const made = input.ledger.filter((l) => l.orderId === c.charge?.orderRef && l.operationType === 'DEBIT');
    if (made.length > 1) add('a charge is made at most once at the PSP', `${c.reservationId} charge ${c.transactionId}: ${made.length} payments under ${c.charge?.orderRef}`);
    if (c.charge?.status !== 'succeeded' && made.some((l) => l.detailedStatus !== 'REFUSED')) add('a charge not recorded as taken took nothing at the PSP', `${c.reservationId} charge ${c.transactionId}: ${c.charge?.status}`);
  }

  // 2b. Pre-authorisations: each capture or release ends, at most one goes through, and the money
  // the PSP finally kept is what we captured less what we refunded; a hold we neither captured nor
  // released took nothing.
  const holdOps = transactions.filter((t) => t.type === 'capture' || t.type === 'release');
  for (const p of payments.filter((t) => t.type === 'preauthorisation' && t.status === 'succeeded')) {
    const l = ledgerByUuid.get(p.psp?.transactionUuid);
    const mine = holdOps.filter((o) => o.parentTransactionId === p.transactionId && o.hotelId === p.hotelId);
    for (const o of mine) if (!FINAL_REFUND.has(o.holdOperation?.status)) add('every capture or release ends succeeded or failed once the queues are drained', `${p.reservationId} ${o.type} ${o.transactionId}: ${o.holdOperation?.status} (${o.holdOperation?.pspCall?.state ?? 'no call'})`);
    const done = mine.filter((o) => o.holdOperation?.status === 'succeeded');
    if (done.length > 1) add('at most one capture or release of a hold goes through', `${p.reservationId} ${p.transactionId}: ${done.map((o) => o.type).join(', ')}`);
    const captured = done.filter((o) => o.type === 'capture').reduce((s, o) => s + o.amount.amount, 0);
    if (captured > p.amount.amount) add('captured never exceeds what was held (ours)', `${p.reservationId} ${p.transactionId}: ${captured} of ${p.amount.amount}`);
    if ((p.hold?.captured ?? 0) !== captured) add('a pre-authorisation records what its capture took', `${p.reservationId} ${p.transactionId}: ${p.hold?.captured ?? 0}, captures ${captured}`);
    const mineRefunds = refunds.filter((r) => r.parentTransactionId === p.transactionId && r.hotelId === p.hotelId);
    for (const r of mineRefunds) if (!FINAL_REFUND.has(r.refund?.status)) add('every refund ends succeeded or failed once the queues are drained', `${p.reservationId} refund ${r.transactionId}: ${r.refund?.status}`);
    const refundedHere = mineRefunds.filter((r) => r.status === 'succeeded').reduce((s, r) => s + r.amount.amount, 0);
    if (refundedHere > captured) add('refunded never exceeds captured (ours)', `${p.reservationId} ${p.transactionId}: ${refundedHere} of ${captured}`);
    refundedOurs += refundedHere;
    if (!l) continue;
    const creditsHere = credits.filter((c) => c.parentUuid === l.uuid).reduce((s, c) => s + c.amount, 0);
    const taken = l.detailedStatus === 'AUTHORISED' || l.detailedStatus === 'CAPTURED' ? l.amount - creditsHere : 0;
    if (taken > l.initialAmount) add('captured never exceeds what was held (PSP)', `${p.reservationId} ${l.uuid}: ${taken} of ${l.initialAmount}`);
    if (taken !== captured - refundedHere) add('what the PSP kept of a hold is what we captured less refunds', `${p.reservationId} ${l.uuid}: PSP ${taken} (${l.detailedStatus}), ours ${captured} − ${refundedHere}`);
    if (done.some((o) => o.type === 'release') && l.detailedStatus !== 'CANCELLED') add('a released hold is cancelled at the PSP', `${p.reservationId} ${l.uuid}: ${l.detailedStatus}`);
    refundedPsp += captured > 0 ? (captured - l.amount) + creditsHere : 0;
  }

  // 3. No reservation stays on option while it holds a succeeded guarantee or payment.
  const okByReservation = new Set(payments.filter((t) => t.status === 'succeeded').map((t) => `${t.hotelId}/${t.reservationId}`));
  for (const r of reservations) {
    if (r.status === 'option' && okByReservation.has(`${r.hotelId}/${r.reservationId}`)) add('no reservation on option holds a succeeded payment', `${r.reservationId}`);
  }

  // 4. E-mails: each one that should go out went out once; a second copy only after an uncertain send.
  const copies = new Map<string, number>();
  for (const m of input.outbox) copies.set(outboxKey(m), (copies.get(outboxKey(m)) ?? 0) + 1);
  let excusedDuplicates = 0;
  for (const [key, n] of copies) {
    if (n <= 1) continue;
    const excused = Math.min(n - 1, input.uncertainEmails.get(key) ?? 0);
    excusedDuplicates += excused;
    if (n - 1 > excused) add('no e-mail is sent twice', `${key.split('|').slice(0, 2).join(' | ')}: ${n} copies, ${excused} excused by an uncertain send`);
  }
  const eventsOf = (hotelId: string, reservationId: string, type: string) =>
    events.filter((e) => e.type === type && e.hotelId === hotelId && e.data?.reservationId === reservationId);
  for (const g of input.guestOf) {
    const received = input.outbox.filter((m) => m.to.includes(g.email));
    const distinct = new Set(received.map(outboxKey)).size;
    const confirmations = eventsOf(g.hotelId, g.reservationId, 'payment.succeeded').length;
    const refundMails = eventsOf(g.hotelId, g.reservationId, 'refund.succeeded').length;
    const reminders = eventsOf(g.hotelId, g.reservationId, 'payment-request.reminder-due').length;
    const requestMail = received.filter((m) => /\/pay\/[A-Za-z0-9_-]{20,}/.test(m.text ?? '')).length;
    // A receipt for each charge taken; a link for each charge the bank wanted the guest to confirm
    // (not sent when the guest had already paid it by the time its e-mail went out).
    const receipts = eventsOf(g.hotelId, g.reservationId, 'charge.succeeded').length;
    const chargeLinks = eventsOf(g.hotelId, g.reservationId, 'charge.action-required').length;
    const min = (g.requestEmail && g.requestEmailSeen ? 1 : 0) + confirmations + refundMails + receipts;
    const max = (g.requestEmail ? 1 : 0) + confirmations + refundMails + reminders + receipts + chargeLinks;
    if (distinct < min || distinct > max) add('every guest e-mail that should go out went out', `${g.reservationId}: ${distinct} distinct e-mails, expected ${min}${max > min ? `–${max}` : ''} (request ${g.requestEmail ? 1 : 0}, confirmations ${confirmations}, refunds ${refundMails}, receipts ${receipts}, charge links ${chargeLinks})`);
    if (!g.requestEmail && requestMail > chargeLinks) add('no request e-mail for a link delivery', g.reservationId);
  }

  // 4b. A digest hotel is told of each payment once, in one day's digest, and not by its own e-mail.
  let paymentsInDigests = 0;
  for (const hotelId of input.digestHotels ?? []) {
    const digests = new Map<string, OutboxEmail>();
    for (const m of input.outbox) if (m.reference?.startsWith(`PAYDIGEST-${hotelId}-`)) digests.set(m.reference, m);
    for (const e of events.filter((x) => x.type === 'payment.succeeded' && x.hotelId === hotelId)) {
      if (input.outbox.some((m) => m.reference === `${e.id}.hotel`)) add('a digest hotel gets no e-mail per payment', `${e.data?.reservationId} ${e.data?.transactionId}: e-mailed on its own`);
      const listedIn = [...digests.values()].filter((m) => (m.text ?? '').includes(String(e.data?.transactionId)));
      if (listedIn.length !== 1) add('each payment to a digest hotel is listed in one digest', `${e.data?.reservationId} ${e.data?.transactionId}: in ${listedIn.length} digests`);
      else paymentsInDigests += 1;
    }
  }

  // 5. Nothing left in a dead-letter queue once redriven.
  for (const d of input.deadLetters) add('no message is left in a queue or a dead-letter queue after the drain', `${d.queue}: ${d.messages.length} (${JSON.stringify(d.messages.slice(0, 3)).slice(0, 400)})`);

  // 6. The PSP only sees a 5xx when a fault was injected into that very call.
  for (const a of input.ipnAnswers) if (a.status >= 500 && !a.faulted) add('no 5xx to the PSP except under an injected fault', `${a.path}: ${a.status}`);

  // Paid or authorised: the PSP's ledger counts a pre-authorisation's DEBIT at what was authorised.
  const paidOurs = payments.filter((t) => (t.type === 'payment' || t.type === 'preauthorisation' || t.type === 'charge') && t.status === 'succeeded').reduce((s, t) => s + t.amount.amount, 0);
  const paidPsp = accepted.filter((l) => l.operationType === 'DEBIT').reduce((s, l) => s + l.initialAmount, 0);
  return {
    violations: v,
    money: { paidOurs, paidPsp, refundedOurs, refundedPsp, payments: accepted.length, refunds: refunds.filter((r) => r.status === 'succeeded').length, refundsMatchedByAmount: matchedByAmount },
    excusedDuplicates,
    paymentsInDigests,
  };
}
