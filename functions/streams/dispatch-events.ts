import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { relayEvent } from '../../app/relay-events';
import { envelopeSchema } from '../../events/envelope';
import { OUTBOX_RECORDS } from '../catalog';
import { wired } from '../shared/wiring/base';
import { publisher } from '../shared/wiring/sqs';
import { log } from '../shared/logger';
import { outbox } from '../shared/wiring/store';

const deps = wired({ publisher }, outbox);

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
  await relayEvent(deps(), parsed.data);
  log.debug('event relayed', { eventId: parsed.data.id, type: parsed.data.type });
}

/**
 * Records in stream order; the first that fails ends the batch, reported with every record after
 * it. The stream checkpoints at the first failure and retries from there, so the events after it
 * are relayed once, in order, rather than relayed now and again on every retry.
 */
export const handler: DynamoDBStreamHandler = async (event): Promise<DynamoDBBatchResponse> => {
  for (const [i, record] of event.Records.entries()) {
    try {
      await relay(record);
    } catch (error) {
      log.warn('outbox relay failed; the stream retries from this record', { sequenceNumber: record.dynamodb?.SequenceNumber, remaining: event.Records.length - i, error });
      return { batchItemFailures: event.Records.slice(i).map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  return { batchItemFailures: [] };
};
