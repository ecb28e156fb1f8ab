import { CreateTableCommand, DynamoDBClient, type GlobalSecondaryIndex, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { TABLE } from '../adapters/dynamo/schema';
import { QUEUES, queueUrlVariable } from '../functions/catalog';

export interface Provisioned {
  readonly tableName: string;
  readonly kmsKeyId: string;
  readonly queueUrls: Readonly<Record<string, string>>;
  readonly dlqUrls: Readonly<Record<string, string>>;
  /** Settings in the same names the CDK stack gives each Lambda. */
  readonly env: Readonly<Record<string, string>>;
}

/** Creates the table, key, queues and e-mail identity from the same descriptions the CDK stacks use. */
export async function provision(opts: { tableName?: string; mailFrom: string }): Promise<Provisioned> {
  const tableName = opts.tableName ?? 'hotel-payments';
  // Queue names follow the table's, so several stacks (test suites) can share one moto server.
  const prefix = tableName === 'hotel-payments' ? '' : `${tableName}-`;
  const ddb = new DynamoDBClient({});
  const keys: string[] = [TABLE.partitionKey, TABLE.sortKey, ...TABLE.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])];
  await ddb.send(new CreateTableCommand({
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...new Set(keys)].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [{ AttributeName: TABLE.partitionKey, KeyType: 'HASH' }, { AttributeName: TABLE.sortKey, KeyType: 'RANGE' }],
    GlobalSecondaryIndexes: TABLE.globalSecondaryIndexes.map((g): GlobalSecondaryIndex => ({
      IndexName: g.indexName,
      KeySchema: [{ AttributeName: g.partitionKey, KeyType: 'HASH' }, { AttributeName: g.sortKey, KeyType: 'RANGE' }],
      Projection: { ProjectionType: g.projection },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE.stream },
  }));
  await ddb.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: TABLE.timeToLiveAttribute } }));

  const key = await new KMSClient({}).send(new CreateKeyCommand({ Description: 'hotel-payments local key', KeyUsage: 'ENCRYPT_DECRYPT' }));
  const kmsKeyId = key.KeyMetadata!.KeyId!;

  const sqs = new SQSClient({});
  const queueUrls: Record<string, string> = {};
  const dlqUrls: Record<string, string> = {};
  for (const q of QUEUES) {
    const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${prefix}${q.name}-dlq`, Attributes: { MessageRetentionPeriod: String(14 * 86400) } }));
    dlqUrls[q.name] = dlq.QueueUrl!;
    const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    const main = await sqs.send(new CreateQueueCommand({
      QueueName: `${prefix}${q.name}`,
      Attributes: {
        VisibilityTimeout: String(q.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: q.maxReceiveCount }),
      },
    }));
    queueUrls[q.name] = main.QueueUrl!;
  }

  try {
    await new SESv2Client({}).send(new CreateEmailIdentityCommand({ EmailIdentity: opts.mailFrom }));
  } catch (e) {
    if ((e as Error).name !== 'AlreadyExistsException') throw e;
  }

  return {
    tableName, kmsKeyId, queueUrls, dlqUrls,
    env: {
      TABLE_NAME: tableName,
      KMS_KEY_ID: kmsKeyId,
      MAIL_FROM: opts.mailFrom,
      ...Object.fromEntries(QUEUES.map((q) => [queueUrlVariable(q.name), queueUrls[q.name]!])),
    },
  };
}
