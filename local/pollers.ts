import { ChangeMessageVisibilityCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamEvent, SQSBatchResponse, SQSEvent, Handler } from 'aws-lambda';
import { OUTBOX_RECORDS } from '../functions/catalog';
import { invoke } from './gateway';

export interface Poller {
  stop(): Promise<void>;
  /** Resolves once the source has been drained at least once after the call (for tests). */
  idle(): Promise<void>;
}

type Log = (msg: string, fields?: Record<string, unknown>) => void;

/**
 * Polls a queue the way Lambda's SQS event source does: batches of up to `batchSize`, the
 * handler's batchItemFailures stay on the queue (redelivered, dead-lettered after maxReceiveCount),
 * the rest are deleted. Locally a failed message becomes visible again after `retryDelaySeconds`
 * (unless the consumer sets its own backoff).
 */
export function pollQueue(opts: { name: string; queueUrl: string; queueArn: string; batchSize: number; handler: Handler<SQSEvent, SQSBatchResponse | void>; retryDelaySeconds?: number; log: Log }): Poller {
  const sqs = new SQSClient({});
  let running = true;
  let waiters: Array<() => void> = [];
  const loop = (async () => {
    while (running) {
      try {
        const out = await sqs.send(new ReceiveMessageCommand({
          QueueUrl: opts.queueUrl, MaxNumberOfMessages: Math.min(10, opts.batchSize), WaitTimeSeconds: 1,
          MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'],
        }));
        const messages = out.Messages ?? [];
        if (messages.length === 0) {
          const w = waiters;
          waiters = [];
          w.forEach((r) => r());
          continue;
        }
        const event: SQSEvent = {
          Records: messages.map((m) => ({
            messageId: m.MessageId!, receiptHandle: m.ReceiptHandle!, body: m.Body ?? '',
            attributes: m.Attributes as never, messageAttributes: {} as never, md5OfBody: m.MD5OfBody ?? '',
            eventSource: 'aws:sqs', eventSourceARN: opts.queueArn, awsRegion: process.env.AWS_REGION ?? 'eu-west-3',
          })),
        };
        let failed = new Set<string>();
        try {
          const result = await invoke(opts.handler, event, opts.name);
          failed = new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
        } catch (e) {
          opts.log(`${opts.name} failed on a whole batch`, { error: (e as Error).message });
          failed = new Set(messages.map((m) => m.MessageId!));
        }
        const done = messages.filter((m) => !failed.has(m.MessageId!));
        if (done.length) {
          await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: opts.queueUrl, Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
        }
        for (const m of opts.retryDelaySeconds === undefined ? [] : messages.filter((x) => failed.has(x.MessageId!))) {
          await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: opts.queueUrl, ReceiptHandle: m.ReceiptHandle!, VisibilityTimeout: opts.retryDelaySeconds }));
        }
      } catch (e) {
        if (running) opts.log(`${opts.name} poller error`, { error: (e as Error).message });
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
    idle: () => new Promise<void>((r) => waiters.push(r)),
  };
}

/** Reads the table's stream like Lambda's DynamoDB event source, handing records to the relay in order. */
export function pollStream(opts: { name: string; tableName: string; handler: Handler<DynamoDBStreamEvent, unknown>; intervalMs: number; log: Log }): Poller {
  const streams = new DynamoDBStreamsClient({});
  let running = true;
  let waiters: Array<() => void> = [];
  const loop = (async () => {
    const table = await new DynamoDBClient({}).send(new DescribeTableCommand({ TableName: opts.tableName }));
    const streamArn = table.Table!.LatestStreamArn!;
    const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription!.Shards ?? [];
    const iterators = new Map<string, string | undefined>();
    for (const s of shards) {
      const it = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: s.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }));
      iterators.set(s.ShardId!, it.ShardIterator);
    }
    while (running) {
      let any = false;
      try {
        for (const [shard, iterator] of iterators) {
          if (!iterator) continue;
          const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
          // The same filter the Lambda event source applies: only inserted outbox items invoke the relay.
          const records = (out.Records ?? []).filter((r) => r.eventName === OUTBOX_RECORDS.eventName && r.dynamodb?.NewImage?.[OUTBOX_RECORDS.entityAttribute]?.S === OUTBOX_RECORDS.entity);
          if (records.length) {
            any = true;
            const event = { Records: records.map((r) => ({ ...r, eventSourceARN: streamArn })) } as unknown as DynamoDBStreamEvent;
            let result: { batchItemFailures?: { itemIdentifier: string }[] } | undefined;
            try {
              result = (await invoke(opts.handler, event, opts.name)) as typeof result;
            } catch (e) {
              opts.log(`${opts.name} failed; retrying the batch`, { error: (e as Error).message });
              await new Promise((r) => setTimeout(r, opts.intervalMs * 5));
              continue; // same iterator: the batch is retried, in order, as Lambda does
            }
            if (result?.batchItemFailures?.length) {
              opts.log(`${opts.name} reported failures; retrying from the first`, { count: result.batchItemFailures.length });
              const first = result.batchItemFailures[0]!.itemIdentifier;
              const it = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: first }));
              iterators.set(shard, it.ShardIterator);
              await new Promise((r) => setTimeout(r, opts.intervalMs * 5));
              continue;
            }
          }
          iterators.set(shard, out.NextShardIterator);
        }
      } catch (e) {
        if (running) opts.log(`${opts.name} stream poller error`, { error: (e as Error).message });
      }
      if (!any) {
        const w = waiters;
        waiters = [];
        w.forEach((r) => r());
        await new Promise((r) => setTimeout(r, opts.intervalMs));
      }
    }
  })();
  loop.catch((e) => opts.log(`${opts.name} stream poller stopped`, { error: (e as Error).message }));
  return {
    stop: async () => {
      running = false;
      await loop.catch(() => undefined);
    },
    idle: () => new Promise<void>((r) => waiters.push(r)),
  };
}
