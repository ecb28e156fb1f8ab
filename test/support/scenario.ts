import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import { createHotel } from '../../app/create-hotel';
import type { Wired } from '../../app/deps';
import { upsertReservation } from '../../app/upsert-reservation';
import { requestPayment } from '../../app/create-payment-request';
import type { HotelPolicy } from '../../domain/policy';
import type { Envelope } from '../../events';
import { registerSecret } from './secrets';

/** A hotel in Paris with its own site id and policy, made through the use cases. */
export async function hotelWith(deps: Wired, policy?: HotelPolicy, siteId = String(10_000_000 + Math.floor(Math.random() * 89_999_999))) {
  const created = await createHotel(deps, {
    name: `Hôtel ${siteId}`, email: `desk-${siteId}@hotel.example`, defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
    ...(policy ? { policy } : {}),
    psp: { provider: 'systempay', siteId, mode: 'TEST', testKey: `Key${siteId}Test` },
  });
  registerSecret(created.apiKey, `Key${siteId}Test`);
  return created.hotelId;
}

export const stay = (optionDeadline?: string, guest = { firstName: 'Léa', lastName: 'Durand' }) => ({
  guest: { ...guest, email: `${guest.firstName.toLowerCase()}@example.com`, language: 'fr' },
  arrival: '2027-01-10', departure: '2027-01-12', total: { amount: 50_000, currency: 'EUR' },
  ...(optionDeadline ? { optionDeadline } : {}),
});

export const reserve = (deps: Wired, hotelId: string, id: string, optionDeadline?: string, guest?: { firstName: string; lastName: string }) =>
  upsertReservation(deps, hotelId, id, stay(optionDeadline, guest));

export const ask = (deps: Wired, hotelId: string, id: string, type: 'deposit' | 'guarantee' | 'preauthorisation' = 'deposit') =>
  requestPayment(deps, hotelId, id, type === 'guarantee' ? { type, delivery: 'email' } : { type, percent: 30, delivery: 'email' }, 'https://pay.example.com');

/** Test-only look at the outbox: which events were committed (the product never scans). */
export async function committedEvents(tableName: string, type?: string): Promise<Envelope[]> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await dynamoClient().send(new ScanCommand({ TableName: tableName, FilterExpression: 'entity = :o', ExpressionAttributeValues: { ':o': 'outbox' }, ExclusiveStartKey }));
    items.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items.map((i) => i.event as Envelope).filter((e) => !type || e.type === type).sort((a, b) => a.id.localeCompare(b.id));
}
