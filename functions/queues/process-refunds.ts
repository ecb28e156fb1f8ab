import { processRefund, RetryLater } from '../../app/process-refund';
import { readEvent, refundRequested } from '../../events';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { psp } from '../shared/wiring/psp';
import { log } from '../shared/logger';
import { queueConsumer } from '../shared/sqs';

const deps = wired({ sealer, psp });

export const handler = queueConsumer('process-refunds', async (raw, record) => {
  const event = readEvent(refundRequested, raw);
  const ids = { hotelId: event.hotelId, reservationId: event.data.reservationId, refundId: event.data.refundId };
  try {
    const result = await processRefund(deps(), ids.hotelId, ids.reservationId, ids.refundId);
    log.info('refund processed', { ...ids, result });
  } catch (e) {
    if (e instanceof RetryLater) log.info('refund to retry', { ...ids, reason: e.reason, receiveCount: record.attributes?.ApproximateReceiveCount });
    throw e;
  }
}, { backoffQueue: 'refunds' });
