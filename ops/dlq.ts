import {
  ChangeMessageVisibilityBatchCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, GetQueueUrlCommand, ReceiveMessageCommand, SendMessageBatchCommand, type Message, type SQSClient,
} from '@aws-sdk/client-sqs';

export interface DeadLetter {
  readonly messageId: string;
  readonly sentAt?: string;
  readonly receiveCount?: number;
  /** The event the message carries: type, id and the ids it names (never secrets: events hold none). */
  readonly event?: { readonly type?: string; readonly id?: string; readonly hotelId?: string; readonly data?: unknown };
}

/** The dead-letter queue behind a queue, from the queue's own redrive policy. */
export async function deadLetterQueueOf(sqs: SQSClient, queueUrl: string): Promise<string> {
  const attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['RedrivePolicy'] }))).Attributes ?? {};
  const arn = attrs.RedrivePolicy ? (JSON.parse(attrs.RedrivePolicy) as { deadLetterTargetArn?: string }).deadLetterTargetArn : undefined;
  if (!arn) throw new Error(`${queueUrl} has no dead-letter queue`);
  const [, , , , account, name] = arn.split(':');
  return (await sqs.send(new GetQueueUrlCommand({ QueueName: name!, QueueOwnerAWSAccountId: account! }))).QueueUrl!;
}

const describe = (m: Message): DeadLetter => {
  let event: DeadLetter['event'];
  try {
    const body = JSON.parse(m.Body ?? '') as { type?: string; id?: string; hotelId?: string; data?: unknown };
    event = { type: body.type, id: body.id, hotelId: body.hotelId, data: body.data };
  } catch {
    // not an event envelope: listed without it
  }
  return {
    messageId: m.MessageId!,
    ...(m.Attributes?.SentTimestamp ? { sentAt: new Date(Number(m.Attributes.SentTimestamp)).toISOString() } : {}),
    ...(m.Attributes?.ApproximateReceiveCount ? { receiveCount: Number(m.Attributes.ApproximateReceiveCount) } : {}),
    ...(event ? { event } : {}),
  };
};

/**
 * Reads what waits in a dead-letter queue without taking it. Each message read stays hidden while
 * the listing goes on (so the next read brings others), then is made visible again at once: a
 * redrive right after a listing finds every message listed.
 */
export async function listDeadLetters(sqs: SQSClient, dlqUrl: string, limit = 100): Promise<DeadLetter[]> {
  const seen = new Map<string, DeadLetter>();
  const handles: string[] = [];
  try {
    for (let empty = 0; seen.size < limit && empty < 2;) {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 30, WaitTimeSeconds: 0, MessageSystemAttributeNames: ['All'] }));
      const received = out.Messages ?? [];
      handles.push(...received.map((m) => m.ReceiptHandle!));
      const fresh = received.filter((m) => !seen.has(m.MessageId!));
      if (fresh.length === 0) empty += 1;
      for (const m of fresh) seen.set(m.MessageId!, describe(m));
    }
  } finally {
    for (let i = 0; i < handles.length; i += 10) {
      await sqs.send(new ChangeMessageVisibilityBatchCommand({
        QueueUrl: dlqUrl, Entries: handles.slice(i, i + 10).map((ReceiptHandle, k) => ({ Id: String(k), ReceiptHandle, VisibilityTimeout: 0 })),
      }));
    }
  }
  return [...seen.values()].slice(0, limit);
}

/**
 * Moves messages back to the queue they came from (each send confirmed before its delete, so
 * nothing is lost; a crash in between redelivers a message twice, which consumers absorb).
 * Redriven messages start a fresh retry budget.
 */
export async function redriveDeadLetters(sqs: SQSClient, dlqUrl: string, queueUrl: string, limit = 1000): Promise<number> {
  let moved = 0;
  while (moved < limit) {
    const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: Math.min(10, limit - moved), VisibilityTimeout: 60, WaitTimeSeconds: 0, MessageAttributeNames: ['All'] }));
    const messages = out.Messages ?? [];
    if (messages.length === 0) break;
    const sent = await sqs.send(new SendMessageBatchCommand({
      QueueUrl: queueUrl,
      Entries: messages.map((m, i) => ({ Id: String(i), MessageBody: m.Body ?? '', ...(m.MessageAttributes ? { MessageAttributes: m.MessageAttributes } : {}) })),
    }));
    const ok = new Set((sent.Successful ?? []).map((s) => s.Id));
    const done = messages.filter((_, i) => ok.has(String(i)));
    if (done.length) {
      await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: dlqUrl, Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
    }
    moved += done.length;
    if (done.length < messages.length) throw new Error(`${messages.length - done.length} message(s) could not be sent back; they stay in the dead-letter queue`);
  }
  return moved;
}
