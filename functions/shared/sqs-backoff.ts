import { ChangeMessageVisibilityCommand } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { sqsClient } from '../../adapters/aws/client-sqs';
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

/** What a consumer of a queue that backs off passes as `backOff` to queueConsumer. */
export const backOffOn = (queue: QueueName) => (record: SQSRecord): Promise<number | undefined> => backOff(queue, record);
