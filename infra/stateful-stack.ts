import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { AnyPrincipal, Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  Identity,
  SuppressionReasons,
  type IConfigurationSet,
  type IEmailIdentity,
} from 'aws-cdk-lib/aws-ses';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { TABLE } from '../adapters/dynamo/schema';
import type { QueueDescription, QueueName } from '../functions/catalog';
import { acknowledge } from './nag';
import { alarmOperators } from './log-alarms';

/** What the stateless stack may use: typed handles, never names looked up at deploy time. */
export interface StatefulResources {
  readonly table: ITable;
  /**
   * Envelope-encryption key for application secrets (PSP keys, card tokens): KMS_KEY_ID.
   * Only functions whose description asks for it (`kms: { seal, open }`, per purpose) may use it.
   */
  readonly secretsKey: IKey;
  /**
   * At-rest key for the table, queues and log groups. Kept apart from `secretsKey` because
   * every table reader needs kms:Decrypt on the table's key: with one key, read access to the
   * table would silently be the power to open every sealed secret.
   */
  readonly storageKey: IKey;
  readonly queues: Readonly<Record<QueueName, IQueue>>;
  readonly deadLetterQueues: Readonly<Record<QueueName, IQueue>>;
  /** On-failure destination of the outbox stream mapping (records the relay gave up on). */
  readonly outboxDlq: IQueue;
  /** The operators' topic: every alarm that needs a person goes here. */
  readonly alerts: ITopic;
  readonly mail: {
    readonly from: string;
    readonly identity: IEmailIdentity;
    readonly configurationSet: IConfigurationSet;
    readonly configurationSetArn: string;
  };
}

export interface StatefulStackProps extends StackProps {
  readonly queues: readonly QueueDescription[];
  readonly mailFrom: string;
  /** Where dead-letter alarms are e-mailed (context `alarmEmail`); the SNS topic exists either way. */
  readonly alarmEmail?: string;
}

const DLQ_RETENTION = Duration.days(14);

/** Role tag of the functions allowed to decrypt with the secrets key (catalog access `kms.open`). */
export const SECRETS_ACCESS_TAG = 'hotel-payments:secrets-access';

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** Everything that holds data or identity: deployed rarely, never replaced by a code change. */
export class StatefulStack extends Stack {
  readonly resources: StatefulResources;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);

    const secretsKey = new Key(this, 'SecretsKey', {
      alias: `alias/${this.stackName}/secrets`,
      description: 'Envelope encryption of hotel PSP keys and card tokens (encryption context: hotel, entity)',
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Card numbers, CVVs, tokens and PSP keys open only in the functions whose description asks for
    // it (their roles carry the tag); nobody else in the account, administrators included, may decrypt.
    // Nor re-encrypt a data key to a key they control, or grant themselves the use of this one: both
    // would open the secrets elsewhere. No function needs either (they generate and decrypt only).
    secretsKey.addToResourcePolicy(new PolicyStatement({
      sid: 'DecryptOnlyByFunctionsThatOpenSecrets',
      effect: Effect.DENY,
      principals: [new AnyPrincipal()],
      actions: ['kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:CreateGrant'],
      resources: ['*'],
      conditions: { StringNotEquals: { [`aws:PrincipalTag/${SECRETS_ACCESS_TAG}`]: 'decrypt' } },
    }));

    const storageKey = new Key(this, 'StorageKey', {
      alias: `alias/${this.stackName}/storage`,
      description: 'At-rest encryption of the payments table, its queues and log groups',
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // CloudWatch Logs encrypts log groups with the key itself, scoped to this account's log groups.
    storageKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchLogsForThisAccountLogGroups',
        principals: [new ServicePrincipal(`logs.${Aws.REGION}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*` },
        },
      }),
    );

    const table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      stream: StreamViewType[TABLE.stream],
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: storageKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE.globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType[index.projection],
      });
    }

    // Operator alerts (dead-letter queues). Subscribe with context `alarmEmail`, or any SNS subscriber.
    const alerts = new Topic(this, 'OperatorAlerts', { masterKey: storageKey, enforceSSL: true, displayName: 'Hotel payments: operator alerts' });
    if (props.alarmEmail) alerts.addSubscription(new EmailSubscription(props.alarmEmail));
    storageKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    const deadLetterQueue = (id: string, purpose: string) => {
      const dlq = new Queue(this, id, {
        retentionPeriod: DLQ_RETENTION,
        encryption: QueueEncryption.KMS,
        encryptionMasterKey: storageKey,
        enforceSSL: true,
      });
      acknowledge(dlq, {
        id: 'Serverless-SQSRedrivePolicy',
        reason: `Dead-letter queue of ${purpose}: the end of the line, kept 14 days for an operator to inspect and redrive; a DLQ of a DLQ would catch nothing.`,
      });
      // Anything in a dead-letter queue needs a person: one alarm per DLQ, to the operators' topic.
      alarmOperators(this, `${id}Alarm`, `Messages in the dead-letter queue of ${purpose}: inspect and redrive (npm run ops -- dlq list|redrive)`,
        dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }), alerts);
      return dlq;
    };

    const queues = {} as Record<QueueName, IQueue>;
    const deadLetterQueues = {} as Record<QueueName, IQueue>;
    for (const description of props.queues) {
      const name = pascal(description.name);
      const dlq = deadLetterQueue(`${name}Dlq`, `the ${description.name} queue`);
      queues[description.name] = new Queue(this, `${name}Queue`, {
        visibilityTimeout: Duration.seconds(description.visibilityTimeoutSeconds),
        encryption: QueueEncryption.KMS,
        encryptionMasterKey: storageKey,
        dataKeyReuse: Duration.minutes(5),
        enforceSSL: true,
        deadLetterQueue: { queue: dlq, maxReceiveCount: description.maxReceiveCount },
      });
      deadLetterQueues[description.name] = dlq;
      new CfnOutput(this, `${name}QueueUrl`, { value: queues[description.name].queueUrl, description: description.purpose });
    }

    const outboxDlq = deadLetterQueue('OutboxDlq', 'the outbox stream relay (records it failed to dispatch after retries)');
    // Not a redrive target of another queue, so AwsSolutions-SQS3 cannot see it is a DLQ.
    acknowledge(outboxDlq, {
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself a dead-letter queue: the on-failure destination of the outbox stream event source mapping.',
    });

    // Outbound mail: the verified sender and a configuration set every message goes through
    // (TLS required, bounces and complaints suppressed, reputation tracked).
    const configurationSet = new ConfigurationSet(this, 'MailConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    const identity = new EmailIdentity(this, 'MailFromIdentity', {
      identity: Identity.email(props.mailFrom),
      configurationSet,
    });

    this.resources = {
      table,
      secretsKey,
      storageKey,
      queues,
      deadLetterQueues,
      outboxDlq,
      alerts,
      mail: {
        from: props.mailFrom,
        identity,
        configurationSet,
        configurationSetArn: this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSet.configurationSetName }),
      },
    };

    new CfnOutput(this, 'TableName', { value: table.tableName, description: 'The single table' });
    new CfnOutput(this, 'OutboxDlqUrl', { value: outboxDlq.queueUrl, description: 'Outbox records the relay could not dispatch' });
  }
}
