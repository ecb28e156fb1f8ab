import * as z from 'zod/mini';
import { defineEvent } from './envelope';
import { moneySchema } from './money';

/** One operation on a pre-authorisation's hold (docs/preauthorisations.md). When asked: `keyId`, the hotel key that asked (added later, optional). */
const holdOperation = () => ({
  reservationId: z.string(),
  operationId: z.string(),
  /** The pre-authorisation. */
  transactionId: z.string(),
  amount: moneySchema,
});

/** A capture was accepted and the hold taken off the pre-authorisation: the PSP-operation worker takes it to the PSP. */
export const captureRequested = /* @__PURE__ */ defineEvent('capture.requested', 1, () => z.object({ ...holdOperation(), keyId: z.optional(z.string()) }));
/** A release was accepted and the hold taken off the pre-authorisation: the PSP-operation worker takes it to the PSP. */
export const releaseRequested = /* @__PURE__ */ defineEvent('release.requested', 1, () => z.object({ ...holdOperation(), keyId: z.optional(z.string()) }));

/** The PSP captured the amount (the rest of the hold, if any, was given back by the same call). */
export const captureSucceeded = /* @__PURE__ */ defineEvent('capture.succeeded', 1, () => z.object(holdOperation()));
/** The PSP gave the hold back. */
export const releaseSucceeded = /* @__PURE__ */ defineEvent('release.succeeded', 1, () => z.object(holdOperation()));

const failed = () => ({ ...holdOperation(), code: z.string(), message: z.string() });
/** The PSP refused the capture for good; the hold is as it was (or gone, if the PSP shows it gone). */
export const captureFailed = /* @__PURE__ */ defineEvent('capture.failed', 1, () => z.object(failed()));
export const releaseFailed = /* @__PURE__ */ defineEvent('release.failed', 1, () => z.object(failed()));

/** A hold lapses soon: the hotel is told, and its policy may have asked a capture or release (`operationId`). */
export const holdLapseWarning = /* @__PURE__ */ defineEvent('hold.lapse-warning', 1, () => z.object({
  reservationId: z.string(),
  transactionId: z.string(),
  held: moneySchema,
  holdExpiresAt: z.string(),
  action: z.enum(['none', 'capture', 'release']),
  operationId: z.optional(z.string()),
}));
