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

/** Where the relay stands on one shard: the iterator to read next and the last record it read. */
interface ShardPosition {
  iterator?: string;
  /** Sequence number of the last record read and done with (relayed, or not an outbox insert). */
  last?: string;
  /** When the shard last gave a record, or was last checked for a stale iterator. */
  quietSince: number;
}

type StreamRecords = { Records?: Array<{ eventName?: string; dynamodb?: { SequenceNumber?: string; NewImage?: Record<string, { S?: string }> } }>; NextShardIterator?: string };

const seq = (r: { dynamodb?: { SequenceNumber?: string } }): bigint => BigInt(r.dynamodb?.SequenceNumber ?? '0');

/**
 * Reads the table's stream like Lambda's DynamoDB event source, handing records to the relay in
 * order, and never stays on a dead shard: a failed read (expired or trimmed iterator, an error of
 * the local AWS) or a stream whose label or shards changed re-attaches it, and a shard quiet for
 * `staleAfterMs` is checked with a fresh iterator after the last record read. Every re-attachment
 * starts right after the last record done with (AFTER_SEQUENCE_NUMBER), so nothing is lost or
 * relayed twice, and is logged.
 */
export function pollStream(opts: { name: string; tableName: string; handler: Handler<DynamoDBStreamEvent, unknown>; intervalMs: number; staleAfterMs?: number; log: Log }): Poller {
  const streams = new DynamoDBStreamsClient({});
  const dynamo = new DynamoDBClient({});
  const staleAfterMs = opts.staleAfterMs ?? 2000;
  let running = true;
  let waiters: Array<() => void> = [];
  let stream: { arn: string; label: string } | undefined;
  const shards = new Map<string, ShardPosition>();
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  const iteratorAfter = async (arn: string, shardId: string, last: string | undefined) => (await streams.send(new GetShardIteratorCommand({
    StreamArn: arn, ShardId: shardId, ...(last ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: last } : { ShardIteratorType: 'TRIM_HORIZON' }),
  }))).ShardIterator;
  const read = async (iterator: string) => (await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }))) as StreamRecords;

  /** The table's current stream and shards: a new iterator on each, after the last record done with there. */
  async function attach(reason?: string): Promise<void> {
    const arn = stream?.arn ?? (await dynamo.send(new DescribeTableCommand({ TableName: opts.tableName }))).Table!.LatestStreamArn!;
    let described = (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!;
    if (stream && described.StreamLabel !== stream.label) {
      // Another stream (the table re-created, its stream re-enabled): its own shards and numbers.
      const latest = (await dynamo.send(new DescribeTableCommand({ TableName: opts.tableName }))).Table!.LatestStreamArn!;
      described = (await streams.send(new DescribeStreamCommand({ StreamArn: latest }))).StreamDescription!;
      shards.clear();
    }
    const ids = (described.Shards ?? []).map((s) => s.ShardId!);
    for (const id of [...shards.keys()]) if (!ids.includes(id)) shards.delete(id);
    for (const id of ids) {
      const position = shards.get(id) ?? { quietSince: Date.now() };
      position.iterator = await iteratorAfter(described.StreamArn!, id, position.last);
      position.quietSince = Date.now();
      shards.set(id, position);
    }
    stream = { arn: described.StreamArn!, label: described.StreamLabel ?? '' };
    if (reason) opts.log(`${opts.name} re-attached to the table's stream (recovered)`, { reason, shards: ids.length, after: ids.map((id) => shards.get(id)?.last ?? 'TRIM_HORIZON') });
  }

  /**
   * A quiet shard: does the stream still have the same label and shards, and does a fresh iterator
   * after the last record see records the current one does not? Then the current one is dead.
   */
  async function staleness(shardId: string, position: ShardPosition): Promise<{ reason: string } | { fresh: StreamRecords; iterator: string } | undefined> {
    position.quietSince = Date.now();
    const described = (await streams.send(new DescribeStreamCommand({ StreamArn: stream!.arn }))).StreamDescription!;
    const ids = (described.Shards ?? []).map((s) => s.ShardId!);
    if (described.StreamLabel !== stream!.label || ids.length !== shards.size || ids.some((id) => !shards.has(id))) return { reason: 'the stream or its shards changed' };
    const iterator = await iteratorAfter(stream!.arn, shardId, position.last);
    if (!iterator) return undefined;
    const fresh = await read(iterator);
    if (!fresh.Records?.length) return undefined;
    const again = await read(position.iterator!);
    if (again.Records?.length) return undefined; // records arrived meanwhile: the iterator is alive
    opts.log(`${opts.name} recovered: its shard iterator no longer received records; reading again after the last record`, { shardId, after: position.last ?? 'TRIM_HORIZON' });
    return { fresh, iterator };
  }

  /** One read of one shard; true when the relay was given records. */
  async function poll(shardId: string, position: ShardPosition): Promise<boolean> {
    let iterator = position.iterator!;
    let out = await read(iterator);
    if (!out.Records?.length && Date.now() - position.quietSince >= staleAfterMs) {
      const stale = await staleness(shardId, position);
      if (stale && 'reason' in stale) {
        await attach(stale.reason);
        return false;
      }
      if (stale) ({ fresh: out, iterator } = stale);
    }
    const all = out.Records ?? [];
    if (all.length) position.quietSince = Date.now();
    // The same filter the Lambda event source applies: only inserted outbox items invoke the relay.
    const records = all.filter((r) => r.eventName === OUTBOX_RECORDS.eventName && r.dynamodb?.NewImage?.[OUTBOX_RECORDS.entityAttribute]?.S === OUTBOX_RECORDS.entity);
    if (records.length) {
      const event = { Records: records.map((r) => ({ ...r, eventSourceARN: stream!.arn })) } as unknown as DynamoDBStreamEvent;
      let result: { batchItemFailures?: { itemIdentifier: string }[] } | undefined;
      try {
        result = (await invoke(opts.handler, event, opts.name)) as typeof result;
      } catch (e) {
        opts.log(`${opts.name} failed; retrying the batch`, { error: (e as Error).message });
        position.iterator = iterator; // same position: the batch is retried, in order, as Lambda does
        await sleep(opts.intervalMs); // Lambda retries a failed stream batch at once, no backoff
        return true;
      }
      if (result?.batchItemFailures?.length) {
        opts.log(`${opts.name} reported failures; retrying from the first`, { count: result.batchItemFailures.length });
        // As Lambda does: the checkpoint is the lowest failed sequence number, whatever the order
        // the failures are listed in (a relay processing records in parallel lists them as they end).
        const first = result.batchItemFailures.map((f) => f.itemIdentifier).reduce((a, b) => (BigInt(b) < BigInt(a) ? b : a));
        const before = all.filter((r) => seq(r) < BigInt(first)).at(-1);
        if (before) position.last = before.dynamodb!.SequenceNumber!;
        position.iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: stream!.arn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: first }))).ShardIterator;
        await sleep(opts.intervalMs);
        return true;
      }
    }
    if (all.length) position.last = all.at(-1)!.dynamodb!.SequenceNumber!;
    position.iterator = out.NextShardIterator; // none: the shard is closed and read to its end
    return records.length > 0;
  }

  const loop = (async () => {
    let detached: string | undefined = 'start';
    while (running) {
      let any = false;
      try {
        if (detached) {
          await attach(detached === 'start' ? undefined : detached);
          detached = undefined;
        }
        for (const [shardId, position] of shards) {
          if (position.iterator && (await poll(shardId, position))) any = true;
        }
      } catch (e) {
        // Whatever failed (an expired or trimmed iterator, the local AWS restarting), the next
        // round re-attaches after the last record done with; the error is never swallowed.
        if (!running) break;
        const error = (e as Error).name === 'Error' ? (e as Error).message : `${(e as Error).name}: ${(e as Error).message}`;
        opts.log(`${opts.name} stream poller error; re-attaching`, { error });
        detached = error;
        await sleep(opts.intervalMs * 5);
      }
      if (!any) {
        const w = waiters;
        waiters = [];
        w.forEach((r) => r());
        await sleep(opts.intervalMs);
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
