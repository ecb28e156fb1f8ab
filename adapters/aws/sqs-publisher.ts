import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { EventPublisher } from '../../app/ports';
import type { Envelope } from '../../events';

/** Sends an event to every queue that consumes its type (routing given by the caller). */
export class SqsPublisher implements EventPublisher {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrlsFor: (type: string) => readonly string[],
  ) {}

  async publish(event: Envelope, options: { readonly delaySeconds?: number } = {}): Promise<void> {
    await Promise.all(this.queueUrlsFor(event.type).map((QueueUrl) => this.sqs.send(new SendMessageCommand({
      QueueUrl,
      ...(options.delaySeconds ? { DelaySeconds: Math.min(900, Math.max(0, Math.round(options.delaySeconds))) } : {}),
      MessageBody: JSON.stringify(event),
      MessageAttributes: { type: { DataType: 'String', StringValue: event.type } },
    }))));
  }
}
