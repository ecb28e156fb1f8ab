import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { relayEvent } from '../../app/relay-events';
import { envelopeSchema } from '../../events/envelope';
import { OUTBOX_RECORDS } from '../catalog';
import { container } from '../shared/container';
import { log } from '../shared/logger';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

/**
 * The outbox relay: each event committed with a state change reaches every queue that consumes
 * its type. A failed record is retried by the stream; one it gives up on stays in the table's
 * redrive index (outbox-redrive). Consumers dedupe on the event id.
 */
async function relay(record: DynamoDBRecord): Promise<void> {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== OUTBOX_RECORDS.eventName || !image) return;
  const item = unmarshall(image as Record<string, AttributeValue>);
  if (item[OUTBOX_RECORDS.entityAttribute] !== OUTBOX_RECORDS.entity) return;
  const parsed = envelopeSchema.safeParse(item.event);
  if (!parsed.success) {
    // Not an event anyone can read: retrying cannot help; it stays visible in the table.
    log.error('outbox item is not an event envelope; skipped', { key: item.PK, issues: parsed.error.issues });
    return;
  }
  await relayEvent(container(), parsed.data);
  log.debug('event relayed', { eventId: parsed.data.id, type: parsed.data.type });
}

export const handler: DynamoDBStreamHandler = async (event, context) => processPartialResponse(event, relay, processor, { context });
