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
  // backOff: sets a failed message's next delivery (functions/shared/sqs-backoff.ts); only a consumer
  // whose queue backs off passes it, so only its bundle carries the SQS client.
  options: { inParallel?: boolean; backOff?: (record: SQSRecord) => Promise<number | undefined> } = {},
): SQSHandler {
  const recordHandler = async (record: SQSRecord) => {
    const event = envelopeSchema.parse(JSON.parse(record.body)) as Envelope;
    try {
      await handle(event, record);
    } catch (e) {
      const retryInSeconds = options.backOff ? await options.backOff(record) : undefined;
      log.warn(`${name}: message failed, will be retried`, { eventId: event.id, type: event.type, receiveCount: record.attributes?.ApproximateReceiveCount, retryInSeconds, error: e });
      throw e;
    }
  };
  // A processor per invocation: it holds the batch's state, and two invocations must never share
  // it (Lambda runs one at a time per container; the local runtime runs several in one process).
  return (async (event: SQSEvent, context) => processPartialResponse(event, recordHandler, new BatchProcessor(EventType.SQS), { context, processInParallel: options.inParallel ?? false })) as SQSHandler;
}
