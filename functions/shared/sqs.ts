import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { ChangeMessageVisibilityCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSHandler, SQSRecord } from 'aws-lambda';
import { sqsClient } from '../../adapters/aws/client-sqs';
import { envelopeSchema, type Envelope } from '../../events/envelope';
import { backoffSeconds, QUEUES, queueUrlVariable, type QueueName } from '../catalog';
import { log } from './logger';
import { requireSetting, setting } from './settings';

/**
 * Pushes a failed message's next delivery back by the queue's backoff (it will be retried, and
 * dead-lettered after maxReceiveCount). Scaled down locally through QUEUE_BACKOFF_SCALE.
 */
async function backOff(queue: QueueName, record: SQSRecord): Promise<number | undefined> {
  const policy = QUEUES.find((q) => q.name === queue)?.backoff;
  if (!policy) return undefined;
  const receives = Number(record.attributes?.ApproximateReceiveCount ?? 1);
  const scale = Number(setting('QUEUE_BACKOFF_SCALE') ?? 1);
  const seconds = Math.round(backoffSeconds(policy, receives) * (Number.isFinite(scale) && scale >= 0 ? scale : 1));
  try {
    await sqsClient().send(new ChangeMessageVisibilityCommand({ QueueUrl: requireSetting(queueUrlVariable(queue)), ReceiptHandle: record.receiptHandle, VisibilityTimeout: seconds }));
  } catch (e) {
    // The message then waits the queue's visibility timeout instead: later, never lost.
    log.warn('could not set the retry delay', { queue, error: e });
  }
  return seconds;
}

/**
 * An SQS consumer over event envelopes with partial batch responses: a failing message is
 * retried alone (then dead-lettered after the queue's maxReceiveCount); the others complete.
 */
export function queueConsumer(
  name: string,
  handle: (event: Envelope, record: SQSRecord) => Promise<void>,
  // One at a time by default: messages of a batch often touch the same reservation.
  options: { inParallel?: boolean; backoffQueue?: QueueName } = {},
): SQSHandler {
  const recordHandler = async (record: SQSRecord) => {
    const event = envelopeSchema.parse(JSON.parse(record.body)) as Envelope;
    try {
      await handle(event, record);
    } catch (e) {
      const retryInSeconds = options.backoffQueue ? await backOff(options.backoffQueue, record) : undefined;
      log.warn(`${name}: message failed, will be retried`, { eventId: event.id, type: event.type, receiveCount: record.attributes?.ApproximateReceiveCount, retryInSeconds, error: e });
      throw e;
    }
  };
  // A processor per invocation: it holds the batch's state, and two invocations must never share
  // it (Lambda runs one at a time per container; the local runtime runs several in one process).
  return (async (event: SQSEvent, context) => processPartialResponse(event, recordHandler, new BatchProcessor(EventType.SQS), { context, processInParallel: options.inParallel ?? false })) as SQSHandler;
}
