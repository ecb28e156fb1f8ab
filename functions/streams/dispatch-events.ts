import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { sqsClient } from '../../adapters/aws/clients';
import { requireSetting } from '../shared/settings';
import { envelopeSchema } from '../../events/envelope';
import { queuesForEvent, queueUrlVariable } from '../catalog';
import { log } from '../shared/logger';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

/**
 * The outbox relay: each event committed with a state change reaches every queue that consumes
 * its type. The stream retries a failed record (in order, per item), so nothing committed is lost;
 * consumers dedupe on the event id.
 */
async function relay(record: DynamoDBRecord): Promise<void> {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || !image) return;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item.entity !== 'outbox') return;
  const event = envelopeSchema.parse(item.event);
  const targets = queuesForEvent(event.type);
  await Promise.all(targets.map((q) => sqsClient().send(new SendMessageCommand({
    QueueUrl: requireSetting(queueUrlVariable(q)),
    MessageBody: JSON.stringify(event),
    MessageAttributes: { type: { DataType: 'String', StringValue: event.type } },
  }))));
  log.debug('event relayed', { eventId: event.id, type: event.type, queues: targets });
}

export const handler: DynamoDBStreamHandler = async (event, context) => processPartialResponse(event, relay, processor, { context });
