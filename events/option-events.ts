import * as z from 'zod/mini';
import { defineEvent } from './envelope';

/** An option passed its deadline unsecured and was released. */
export const reservationExpired = /* @__PURE__ */ defineEvent('reservation.expired', 1, () => z.object({
  reservationId: z.string(),
  optionDeadline: z.string(),
}));

/** An option passed its deadline under a report-only policy: still on option, the hotel is told. */
export const reservationOptionOverdue = /* @__PURE__ */ defineEvent('reservation.option-overdue', 1, () => z.object({
  reservationId: z.string(),
  optionDeadline: z.string(),
}));

/** A payment link ran out unpaid (or its reservation lapsed): the guest can no longer use it. */
export const paymentRequestExpired = /* @__PURE__ */ defineEvent('payment-request.expired', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
  reason: z.enum(['link_expired', 'option_lapsed']),
}));

/** A guest who has not answered is to be reminded, once. */
export const paymentRequestReminderDue = /* @__PURE__ */ defineEvent('payment-request.reminder-due', 1, () => z.object({
  reservationId: z.string(),
  paymentRequestId: z.string(),
}));

/** One hotel's lapses handled by one sweep run, for the front desk's digest e-mail. */
export const optionsLapseDigest = /* @__PURE__ */ defineEvent('options.lapse-digest', 1, () => z.object({
  lapses: z.array(z.object({
    reservationId: z.string(),
    guestName: z.string(),
    arrival: z.string(),
    departure: z.string(),
    optionDeadline: z.string(),
    action: z.enum(['expired', 'reported']),
  })).check(z.minLength(1)),
}));
