import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSHandler, SQSRecord } from 'aws-lambda';
import { envelopeSchema, type Envelope } from '../../events/envelope';
import { log } from './logger';

/**
 * An SQS consumer over event envelopes with partial batch responses: a failing message is
 * retried alone (then dead-lettered after the queue's maxReceiveCount); the others complete.
 */
export function queueConsumer(
  name: string,
  handle: (event: Envelope, record: SQSRecord) => Promise<void>,
  // One at a time by default: messages of a batch often touch the same reservation.
  options: { inParallel?: boolean } = {},
): SQSHandler {
  const processor = new BatchProcessor(EventType.SQS);
  const recordHandler = async (record: SQSRecord) => {
    const event = envelopeSchema.parse(JSON.parse(record.body)) as Envelope;
    try {
      await handle(event, record);
    } catch (e) {
      log.warn(`${name}: message failed, will be retried`, { eventId: event.id, type: event.type, receiveCount: record.attributes?.ApproximateReceiveCount, error: e });
      throw e;
    }
  };
  return (async (event: SQSEvent, context) => processPartialResponse(event, recordHandler, processor, { context, processInParallel: options.inParallel ?? false })) as SQSHandler;
}
