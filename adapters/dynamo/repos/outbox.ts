import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { OutboxStore } from '../../../app/ports';
import type { Envelope } from '../../../events/envelope';
import * as emailClaim from '../entities/email-claim';
import * as outbox from '../entities/outbox';
import type { Table } from '../table';

export type OutboxPort = OutboxStore;

/** Delivery of committed events: their relay to the queues, and each e-mail they cause sent once. */
export class OutboxRepo implements OutboxPort {
  constructor(private readonly table: Table) {}

  async getOutboxEvent(eventId: string): Promise<{ event: Envelope; relayedAt?: string } | undefined> {
    const item = await this.table.get(outbox.key(eventId));
    return item ? outbox.fromItem(item) : undefined;
  }

  async markRelayed(eventId: string, at: string): Promise<void> {
    await this.table.updateIf(outbox.markRelayed(eventId, at)); // already expired by TTL: nothing to mark
  }

  async claimEmail(eventId: string, recipient: string, now: string, leaseUntil: string): Promise<'claimed' | 'sent' | 'busy'> {
    try {
      await this.table.update(emailClaim.claim(eventId, recipient, now, leaseUntil, this.table.nowEpoch()));
      return 'claimed';
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
      // Lost the condition: sent already, or being sent by another consumer right now. The failed
      // write returns the claim; read it only if the store did not.
      const item = e.Item ? unmarshall(e.Item) : await this.table.get(emailClaim.key(eventId, recipient), true);
      return emailClaim.isSent(item) ? 'sent' : 'busy';
    }
  }

  async markEmailSent(eventId: string, recipient: string, at: string): Promise<void> {
    await this.table.update(emailClaim.markSent(eventId, recipient, at));
  }
}
