import type { DeliveryRef, Page, WebhookDelivery, WebhookEndpointRecord, WebhookStore } from '../../../app/ports';
import type { DeliveryAttempt, DeliveryStatus } from '../../../domain/webhook';
import { InvalidInput } from '../../../domain/errors';
import type { Envelope } from '../../../events/envelope';
import * as eventFeed from '../entities/event-feed';
import * as webhookDelivery from '../entities/webhook-delivery';
import * as webhookEndpoint from '../entities/webhook-endpoint';
import { LISTINGS_INDEX } from '../schema';
import type { Table } from '../table';
import { ttlOf, type Item } from '../item';

/** Webhook endpoints, their deliveries and the hotel's event feed (docs/webhooks.md, W1–W11). */
export class WebhooksRepo implements WebhookStore {
  constructor(private readonly table: Table) {}

  /** DynamoDB deletes expired items within days, not at once: an item past its TTL is not shown. */
  private live = (item: Item | undefined): item is Item => item !== undefined && (ttlOf(item) ?? Infinity) > this.table.nowEpoch();

  async listEndpoints(hotelId: string): Promise<WebhookEndpointRecord[]> {
    const items = await this.table.partition(webhookEndpoint.partition(hotelId), { consistent: true });
    return items.filter((i) => String(i.SK).startsWith(webhookEndpoint.SK_PREFIX)).map(webhookEndpoint.fromItem);
  }

  async getEndpoint(hotelId: string, endpointId: string): Promise<WebhookEndpointRecord | undefined> {
    const item = await this.table.get(webhookEndpoint.key(hotelId, endpointId), true);
    return item ? webhookEndpoint.fromItem(item) : undefined;
  }

  async deleteEndpoint(hotelId: string, endpointId: string): Promise<boolean> {
    return (await this.table.deleteIf({ Key: webhookEndpoint.key(hotelId, endpointId), ConditionExpression: 'attribute_exists(PK)' })) !== undefined;
  }

  async endpointHealth(hotelId: string, endpointId: string, outcome: 'failed' | 'succeeded', at: string): Promise<string | undefined> {
    if (outcome === 'succeeded') {
      await this.table.updateIf(webhookEndpoint.markHealthy(hotelId, endpointId));
      return undefined;
    }
    const out = await this.table.updateIf(webhookEndpoint.markFailing(hotelId, endpointId, at));
    const since = out?.Attributes?.failingSince;
    return typeof since === 'string' ? since : undefined;
  }

  async recordFeedEvent(event: Envelope): Promise<boolean> {
    return this.table.putIf(eventFeed.create(event));
  }

  async getFeedEvent(hotelId: string, eventId: string): Promise<Envelope | undefined> {
    const item = await this.table.get(eventFeed.key(hotelId, eventId));
    return this.live(item) ? eventFeed.fromItem(item) : undefined;
  }

  async feed(hotelId: string, query: { type?: string; after?: string }, limit: number): Promise<Page<Envelope>> {
    // A type's events are in the listings index; all of them in the hotel's own partition.
    const [pk, sk] = query.type ? [LISTINGS_INDEX.partitionKey, LISTINGS_INDEX.sortKey] : ['PK', 'SK'];
    const partition = query.type ? eventFeed.typePartition(hotelId, query.type) : eventFeed.partition(hotelId);
    const { items, lastKey } = await this.table.query({
      ...(query.type ? { IndexName: LISTINGS_INDEX.indexName } : {}),
      KeyConditionExpression: `#pk = :pk${query.after ? ' AND #sk > :after' : ''}`,
      ExpressionAttributeNames: { '#pk': pk, ...(query.after ? { '#sk': sk } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(query.after ? { ':after': query.after } : {}) },
      Limit: limit,
    });
    const events = items.filter(this.live).map(eventFeed.fromItem);
    const last = items.at(-1);
    return { items: events, ...(lastKey && last ? { cursor: eventFeed.fromItem(last).id } : {}) };
  }

  async createDelivery(delivery: WebhookDelivery): Promise<boolean> {
    return this.table.putIf(webhookDelivery.create(delivery, this.table.nowEpoch()));
  }

  async getDelivery(ref: DeliveryRef): Promise<WebhookDelivery | undefined> {
    const item = await this.table.get(webhookDelivery.key(ref), true);
    return item ? webhookDelivery.fromItem(item) : undefined;
  }

  async claimDelivery(ref: DeliveryRef, attemptCount: number, now: string, leaseUntil: string): Promise<boolean> {
    return (await this.table.updateIf(webhookDelivery.claim(ref, attemptCount, now, leaseUntil))) !== undefined;
  }

  async recordAttempt(ref: DeliveryRef, attemptCount: number, attempt: DeliveryAttempt, next: { status: DeliveryStatus; firstAttemptAt: string; nextAttemptAt?: string }): Promise<boolean> {
    return (await this.table.updateIf(webhookDelivery.record(ref, attemptCount, attempt, next, this.table.nowEpoch()))) !== undefined;
  }

  async deliveries(hotelId: string, endpointId: string, limit: number, cursor?: string): Promise<Page<WebhookDelivery>> {
    const partition = webhookDelivery.partition(hotelId, endpointId);
    let start: Record<string, unknown> | undefined;
    if (cursor) {
      if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(cursor)) throw new InvalidInput('invalid_cursor', 'This cursor does not belong to this listing: start again without it');
      start = webhookDelivery.key({ hotelId, endpointId, deliveryId: cursor }) as unknown as Record<string, unknown>;
    }
    const { items, lastKey } = await this.table.query({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ':prefix': webhookDelivery.SK_PREFIX },
      ScanIndexForward: false,
      Limit: limit,
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    const list = items.filter(this.live).map(webhookDelivery.fromItem);
    const last = items.at(-1);
    return { items: list, ...(lastKey && last ? { cursor: webhookDelivery.fromItem(last).deliveryId } : {}) };
  }
}
