import type { OutboxStore } from '../../../app/ports';
import type { Envelope } from '../../../events/envelope';
import { emailClaim, outbox } from '../entities';
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
    if (await this.table.updateIf(emailClaim.claim(eventId, recipient, now, leaseUntil, this.table.nowEpoch()))) return 'claimed';
    // Lost the condition: sent already, or being sent by another consumer right now.
    return emailClaim.isSent(await this.table.get(emailClaim.key(eventId, recipient), true)) ? 'sent' : 'busy';
  }

  async markEmailSent(eventId: string, recipient: string, at: string): Promise<void> {
    await this.table.update(emailClaim.markSent(eventId, recipient, at));
  }
}
