import type { Changes, WebhookEndpointRecord } from '../../../app/ports';
import type { WebhookEndpoint } from '../../../domain/webhook';
import { IF_NEW, type Item, type PrimaryKey, type TxWrite, type UpdateSpec, itemOf, valueOf } from '../item';

/**
 * A hotel's webhook endpoint (docs/webhooks.md): all of a hotel's endpoints share one partition,
 * so the fan-out reads them with one consistent Query. `failingSince` is the delivery worker's:
 * a change by the hotel never writes it (a disabled endpoint drops it, so turning it on starts clean).
 */

export const ENTITY = 'webhookEndpoint';

export const partition = (hotelId: string): string => `HOTEL#${hotelId}#WEBHOOKS`;
export const SK_PREFIX = 'ENDPOINT#';
export const key = (hotelId: string, endpointId: string): PrimaryKey => ({ PK: partition(hotelId), SK: `${SK_PREFIX}${endpointId}` });

type Stored = Omit<WebhookEndpoint, 'failingSince'> & { secrets: WebhookEndpointRecord['secrets']; failingSince?: string };

export const toItem = (r: WebhookEndpointRecord): Item => itemOf(ENTITY, key(r.endpoint.hotelId, r.endpoint.endpointId), { ...r.endpoint, secrets: r.secrets });

export function fromItem(item: Item): WebhookEndpointRecord {
  const { secrets, ...endpoint } = valueOf<Stored>(item);
  return { endpoint, secrets };
}

function update(r: WebhookEndpointRecord, expectedVersion: number): TxWrite {
  const { failingSince: _f, hotelId: _h, endpointId: _e, ...fields } = { ...r.endpoint, secrets: r.secrets } as Stored;
  const entries = Object.entries(fields).filter(([, v]) => v !== undefined);
  const absent = (['description', 'disabledReason'] as const).filter((k) => r.endpoint[k] === undefined);
  const remove = [...absent.map((k) => `#${k}`), ...(r.endpoint.enabled ? [] : ['#failingSince'])];
  return {
    Update: {
      Key: key(r.endpoint.hotelId, r.endpoint.endpointId),
      UpdateExpression: `SET ${entries.map(([k]) => `#${k} = :${k}`).join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ConditionExpression: 'attribute_exists(PK) AND version = :expected',
      ExpressionAttributeNames: Object.fromEntries([...entries.map(([k]) => k), ...absent, ...(r.endpoint.enabled ? [] : ['failingSince'])].map((k) => [`#${k}`, k])),
      ExpressionAttributeValues: { ...Object.fromEntries(entries.map(([k, v]) => [`:${k}`, v])), ':expected': expectedVersion },
    },
  };
}

export const writes = (c: Changes): TxWrite[] =>
  (c.webhookEndpoints ?? []).map(({ value, expectedVersion }) => (expectedVersion === null ? { Put: { Item: toItem(value), ...IF_NEW } } : update(value, expectedVersion)));

/** A failed attempt: failing since now, unless already failing (the older instant stays). */
export const markFailing = (hotelId: string, endpointId: string, at: string): UpdateSpec => ({
  Key: key(hotelId, endpointId),
  UpdateExpression: 'SET failingSince = if_not_exists(failingSince, :at)',
  ConditionExpression: 'attribute_exists(PK) AND enabled = :on',
  ExpressionAttributeValues: { ':at': at, ':on': true },
  ReturnValues: 'ALL_NEW',
});

/** A success: not failing any more. */
export const markHealthy = (hotelId: string, endpointId: string): UpdateSpec => ({
  Key: key(hotelId, endpointId),
  UpdateExpression: 'REMOVE failingSince',
  ConditionExpression: 'attribute_exists(PK) AND attribute_exists(failingSince)',
});
