import { measureAwsCalls, type AwsCallsResult } from '../../bench/aws-calls';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../../adapters/aws/client-dynamodb';
import { useMoto } from '../support/aws';

/**
 * AWS calls of a guarantee's lifecycle at the design minimum (docs/data-model.md, "AWS calls per
 * operation"): counts, not seconds. The benchmark's own measurement (section 3), handlers invoked
 * as Lambda invokes them, one container per function; warm figures (a cold container adds the KMS
 * Decrypt of the hotel's PSP secrets where it opens them).
 */
let measured: AwsCallsResult;
beforeAll(async () => {
  measured = await measureAwsCalls(useMoto());
}, 120_000);

const warm = (key: string) => measured.operations.find((o) => o.key === key)!.warm.calls;
const cold = (key: string) => measured.operations.find((o) => o.key === key)!.cold.calls;

describe('AWS calls of a guarantee lifecycle', () => {
  it('a payment request: 4 (the key and the hotel in one read, the reservation, the commit, a data key for the sealed link)', () => {
    expect(warm('a')).toEqual({ 'DynamoDB.BatchGetItem': 1, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1, 'KMS.GenerateDataKey': 1 });
  });

  it('the hosted page: 4 on a first view (link, hotel, reservation, one write for the attempt and the link); 3 and no write on the next', () => {
    expect(warm('b')).toEqual({ 'DynamoDB.GetItem': 2, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1 });
    expect(cold('b')).toEqual({ 'DynamoDB.GetItem': 2, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1, 'KMS.Decrypt': 1 });
    expect(warm('b2')).toEqual({ 'DynamoDB.GetItem': 2, 'DynamoDB.Query': 1 });
  });

  it("the PSP's notification: 2 to acknowledge it (hotel, stored with its event), 3 to process it (one read of notification, hotel and attempt; the reservation; the commit)", async () => {
    expect(warm('c')).toEqual({ 'DynamoDB.GetItem': 1, 'DynamoDB.TransactWriteItems': 1 });
    expect(warm('d')).toEqual({ 'DynamoDB.GetItem': 1, 'DynamoDB.TransactWriteItems': 1 });
    expect(warm('e')).toEqual({ 'DynamoDB.BatchGetItem': 1, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1 });
    // What makes it one read: the receipt's event names the attempt, as the benchmark's message does.
    const { Items = [] } = await dynamoClient().send(new ScanCommand({ TableName: measured.tableName, FilterExpression: 'entity = :o', ExpressionAttributeValues: { ':o': 'outbox' } }));
    const received = Items.map((i) => i.event as { type: string; data: Record<string, unknown> }).filter((e) => e.type === 'psp-notification.received');
    expect(received).toHaveLength(2);
    for (const e of received) expect(e.data).toEqual({ notificationId: expect.any(String), attempt: { siteId: expect.any(String), day: expect.stringMatching(/^\d{8}$/), transId: expect.stringMatching(/^\d{6}$/) } });
  });

  it("a refund: 4 (key, the payment's reservation, the reservation, the commit); an Idempotency-Key adds its claim and its answer, never a read before a write", () => {
    expect(warm('g')).toEqual({ 'DynamoDB.GetItem': 2, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1 });
    expect(warm('h')).toEqual({ 'DynamoDB.GetItem': 2, 'DynamoDB.PutItem': 1, 'DynamoDB.Query': 1, 'DynamoDB.TransactWriteItems': 1, 'DynamoDB.UpdateItem': 1 });
  });
});
