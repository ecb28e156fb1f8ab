import { chargeKind } from '../../app/charges';
import { captureRequested, chargeRequested, readEvent, refundRequested, releaseRequested, type Envelope } from '../../events';
import { holdOperationKind } from '../../app/hold-operations';
import { refundOperation } from '../../app/process-refund';
import { RetryLater, runPspOperation, type OperationResult } from '../../app/psp-operations';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { pspOperations } from '../shared/wiring/psp';
import { log } from '../shared/logger';
import { queueConsumer } from '../shared/sqs';
import { backOffOn } from '../shared/sqs-backoff';
import { commit, hotels, reservations, vault } from '../shared/wiring/store';

const deps = wired({ sealer, pspOperations }, commit, hotels, reservations, vault);

/** An operation an event asks for: what the logs call it, and its run through the core. */
interface Requested {
  readonly name: string;
  readonly ids: { readonly hotelId: string; readonly reservationId: string; readonly operationId: string };
  readonly run: (d: ReturnType<typeof deps>) => Promise<OperationResult>;
}

/** Each PSP operation kind by the event that requests it: a new kind is one more entry. */
const OPERATIONS: Readonly<Record<string, (raw: Envelope) => Requested>> = {
  [refundRequested.type]: (raw) => {
    const e = readEvent(refundRequested, raw);
    const ids = { hotelId: e.hotelId, reservationId: e.data.reservationId, operationId: e.data.refundId };
    return { name: 'refund', ids, run: (d) => runPspOperation(d, refundOperation, ids.hotelId, ids.reservationId, ids.operationId) };
  },
  [captureRequested.type]: (raw) => holdOperation('capture', readEvent(captureRequested, raw)),
  [releaseRequested.type]: (raw) => holdOperation('release', readEvent(releaseRequested, raw)),
  [chargeRequested.type]: (raw) => {
    const e = readEvent(chargeRequested, raw);
    const ids = { hotelId: e.hotelId, reservationId: e.data.reservationId, operationId: e.data.chargeId };
    return { name: 'charge', ids, run: (d) => runPspOperation(d, chargeKind, ids.hotelId, ids.reservationId, ids.operationId) };
  },
};

function holdOperation(name: string, e: { hotelId: string; data: { reservationId: string; operationId: string } }): Requested {
  const ids = { hotelId: e.hotelId, reservationId: e.data.reservationId, operationId: e.data.operationId };
  return { name, ids, run: (d) => runPspOperation(d, holdOperationKind, ids.hotelId, ids.reservationId, ids.operationId) };
}

/** The PSP-operation worker: takes each requested operation to the PSP, at most one call each (app/psp-operations.ts). */
export const handler = queueConsumer('process-psp-operations', async (raw, record) => {
  const requested = OPERATIONS[raw.type];
  if (!requested) throw new Error(`No PSP operation is requested by ${raw.type} events`);
  const op = requested(raw);
  const ids = { operation: op.name, ...op.ids };
  try {
    const result = await op.run(deps());
    log.info('PSP operation processed', { ...ids, result });
  } catch (e) {
    if (e instanceof RetryLater) log.info('PSP operation to retry', { ...ids, reason: e.reason, receiveCount: record.attributes?.ApproximateReceiveCount });
    throw e;
  }
}, { backOff: backOffOn('psp-operations') });
