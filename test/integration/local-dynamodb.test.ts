import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, TransactWriteItemsCommand, TransactionCanceledException, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { useMoto } from '../support/aws';

/** The local DynamoDB (moto, patched by local/moto_atomic.py) under conflicts: what the outbox relay relies on. */
let db: DynamoDBClient;
let streams: DynamoDBStreamsClient;
let TableName: string;
let shard: { StreamArn: string; ShardId: string };

const key = (sk: string): Record<string, AttributeValue> => ({ PK: { S: 'P' }, SK: { S: sk } });
const put = (sk: string, v: number) => db.send(new PutItemCommand({ TableName, Item: { ...key(sk), v: { N: String(v) } } }));
const get = async (sk: string) => (await db.send(new GetItemCommand({ TableName, Key: key(sk), ConsistentRead: true }))).Item;
const read = async (ShardIterator: string) => {
  const out = await streams.send(new GetRecordsCommand({ ShardIterator }));
  return { next: out.NextShardIterator!, records: (out.Records ?? []).map((r) => `${r.eventName} ${r.dynamodb?.Keys?.SK?.S}`) };
};

beforeAll(async () => {
  useMoto();
  db = new DynamoDBClient({});
  streams = new DynamoDBStreamsClient({});
  TableName = `local-ddb-${randomBytes(4).toString('hex')}`;
  const created = await db.send(new CreateTableCommand({
    TableName, BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
    AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }, { AttributeName: 'SK', AttributeType: 'S' }],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  }));
  const StreamArn = created.TableDescription!.LatestStreamArn!;
  const ShardId = (await streams.send(new DescribeStreamCommand({ StreamArn }))).StreamDescription!.Shards![0]!.ShardId!;
  shard = { StreamArn, ShardId };
});

/** An iterator after everything written so far, as the relay holds one. */
async function iteratorAtEnd(): Promise<string> {
  let it = (await streams.send(new GetShardIteratorCommand({ ...shard, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator!;
  for (;;) {
    const { next, records } = await read(it);
    it = next;
    if (!records.length) return it;
  }
}

describe('local DynamoDB transactions', () => {
  it('a cancelled transaction changes nothing, emits no stream record, and the open shard iterator still sees later writes', async () => {
    await put('a', 1);
    await put('x', 1);
    const it = await iteratorAtEnd();

    const cancelled = db.send(new TransactWriteItemsCommand({ TransactItems: [
      { Put: { TableName, Item: { ...key('b'), v: { N: '1' } } } },
      { Update: { TableName, Key: key('a'), UpdateExpression: 'SET v = :two', ExpressionAttributeValues: { ':two': { N: '2' } } } },
      { ConditionCheck: { TableName, Key: key('x'), ConditionExpression: 'v = :nine', ExpressionAttributeValues: { ':nine': { N: '9' } }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
    ] }));
    const error = (await cancelled.catch((e: unknown) => e)) as TransactionCanceledException;
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.CancellationReasons?.map((r) => r.Code)).toEqual(['None', 'None', 'ConditionalCheckFailed']);
    expect(error.CancellationReasons?.[2]?.Item).toEqual({ ...key('x'), v: { N: '1' } });

    expect(await get('a')).toEqual({ ...key('a'), v: { N: '1' } });
    expect(await get('b')).toBeUndefined();
    const afterCancel = await read(it);
    expect(afterCancel.records).toEqual([]);

    // The write after the cancelled transaction reaches the iterator the reader already held.
    await put('c', 1);
    expect((await read(afterCancel.next)).records).toEqual(['INSERT c']);
  });

  it("a successful transaction's writes all appear on the stream, in order", async () => {
    await put('d', 1);
    await put('e', 1);
    await put('h', 1);
    const it = await iteratorAtEnd();
    await db.send(new TransactWriteItemsCommand({ TransactItems: [
      { Put: { TableName, Item: { ...key('f'), v: { N: '1' } }, ConditionExpression: 'attribute_not_exists(PK)' } },
      { Update: { TableName, Key: key('d'), UpdateExpression: 'SET v = v + :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
      { Delete: { TableName, Key: key('e') } },
      { ConditionCheck: { TableName, Key: key('h'), ConditionExpression: 'attribute_exists(PK)' } },
    ] }));
    expect((await read(it)).records).toEqual(['INSERT f', 'MODIFY d', 'REMOVE e']);
    expect(await get('d')).toEqual({ ...key('d'), v: { N: '2' } });
    expect(await get('e')).toBeUndefined();
  });

  it('a transaction with two operations on one item is rejected and writes nothing', async () => {
    const it = await iteratorAtEnd();
    const rejected = db.send(new TransactWriteItemsCommand({ TransactItems: [
      { Put: { TableName, Item: { ...key('g'), v: { N: '1' } } } },
      { Delete: { TableName, Key: key('g') } },
    ] }));
    expect(await rejected.catch((e: Error) => e.name)).toBe('ValidationException');
    expect(await get('g')).toBeUndefined();
    expect((await read(it)).records).toEqual([]);
  });
});
