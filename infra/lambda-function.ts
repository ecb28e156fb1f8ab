import * as path from 'node:path';
import { Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import {
  ManagedPolicy,
  PolicyStatement,
  Role,
  ServicePrincipal,
  type AddToPrincipalPolicyResult,
  type RoleProps,
} from 'aws-cdk-lib/aws-iam';
import { Architecture, EventSourceMapping, FilterCriteria, FilterRule, Runtime, StartingPosition, Tracing } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE } from '../adapters/dynamo/schema';
import { OUTBOX_RECORDS, timeoutSecondsOf, type FunctionDescription, type QueueDescription } from '../functions/catalog';
import { BUNDLE_ALIASES } from './bundle-aliases';
import { acknowledge, acknowledgeAll } from './nag';
import { SECRETS_ACCESS_TAG, type StatefulResources } from './stateful-stack';

const REPO_ROOT = path.join(__dirname, '..');

/** Runtime and bundle target move together: bump both when the team moves to a newer Node.js. */
export const RUNTIME = Runtime.NODEJS_22_X;
const BUNDLE_TARGET = 'node22';

/**
 * Where synth/deploy leaves each function's source map (relative to the repository, git-ignored):
 * `npm run stack -- <function>` reads it to resolve a production stack trace.
 */
export const SOURCE_MAPS_DIR = '.build/source-maps';

export const DEFAULT_MEMORY_MB = 512;
export const FUNCTION_LOG_RETENTION = RetentionDays.THREE_MONTHS;

/** Records the outbox relay is invoked for: inserted outbox items, nothing else. */
export const OUTBOX_STREAM_FILTER = {
  eventName: FilterRule.isEqual(OUTBOX_RECORDS.eventName),
  dynamodb: { NewImage: { [OUTBOX_RECORDS.entityAttribute]: { S: FilterRule.isEqual(OUTBOX_RECORDS.entity) } } },
};

/** Seconds a function may run: its description, else 10 s behind HTTP, 30 s behind queues, streams and schedules. */
export function timeoutOf(fn: FunctionDescription): number {
  return timeoutSecondsOf(fn);
}

/** Lambda's own retry of a failed stream batch before it goes to the outbox DLQ. */
const OUTBOX_RETRY_ATTEMPTS = 10;

/**
 * An execution role whose permissions live in one customer-managed policy rather than the
 * inline DefaultPolicy CDK would create (PCI DSS IAMNoInlinePolicy). Every grant made to the
 * role, by us or by CDK (event sources, tracing, destinations), lands in that policy.
 */
class FunctionRole extends Role {
  readonly policy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: RoleProps) {
    super(scope, id, props);
    this.policy = new ManagedPolicy(this, 'Policy', { roles: [this], description: props.description });
  }

  override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}

const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const TABLE_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
// What DynamoDB needs from the caller on a table encrypted with a customer-managed key (as CDK's grantRead/WriteData).
const STORAGE_KEY_READ = ['kms:Decrypt', 'kms:DescribeKey'];
const STORAGE_KEY_WRITE = [...STORAGE_KEY_READ, 'kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

export interface LambdaFunctionProps {
  readonly description: FunctionDescription;
  /** Values for the names `settingsOf(description)` returns, already resolved by the stack. */
  readonly environment: Readonly<Record<string, string>>;
  readonly resources: StatefulResources;
  readonly queues: readonly QueueDescription[];
  /** Where a scheduled function's failed asynchronous invocations go (schedule triggers only). */
  readonly asyncDlq?: IQueue;
}

/**
 * One Lambda from its description: bundling, runtime, logs, tracing, the grants its `access`
 * asks for and nothing more, and its non-HTTP trigger (HTTP routes are wired by the API).
 */
export class LambdaFunction extends Construct {
  readonly description: FunctionDescription;
  readonly function: NodejsFunction;
  readonly role: FunctionRole;
  /** Its own log group, where log-based alarms (infra/log-alarms.ts) look. */
  readonly logGroup: ILogGroup;

  constructor(scope: Construct, id: string, props: LambdaFunctionProps) {
    super(scope, id);
    const fn = props.description;
    const { resources } = props;
    this.description = fn;

    const logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${Stack.of(this).stackName}/${fn.name}`,
      retention: FUNCTION_LOG_RETENTION,
      encryptionKey: resources.storageKey,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.logGroup = logGroup;

    this.role = new FunctionRole(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${fn.name}: ${fn.description}`.slice(0, 1000),
    });
    // Instead of AWSLambdaBasicExecutionRole (logs:* on every log group): this function's group only.
    this.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }),
    );

    this.function = new NodejsFunction(this, 'Function', {
      entry: path.join(REPO_ROOT, fn.entry),
      handler: 'handler',
      description: fn.description.slice(0, 256),
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: fn.memoryMb ?? DEFAULT_MEMORY_MB,
      timeout: Duration.seconds(timeoutOf(fn)),
      role: this.role,
      logGroup,
      tracing: Tracing.ACTIVE,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: fn.name,
        // No --enable-source-maps: parsing a ~1 MB map on every cold start cost 14–22 ms. Stack
        // traces stay minified in the logs; `npm run stack` resolves them (see SOURCE_MAPS_DIR).
      },
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLE_TARGET,
        minify: true,
        // The map is written beside the bundle without a sourceMappingURL comment, then moved out of
        // the asset before it is zipped: it is kept on the machine that deployed, never shipped.
        sourceMap: true,
        sourceMapMode: SourceMapMode.EXTERNAL,
        sourcesContent: false,
        // The AWS SDK v3 is bundled (pinned in package.json), not taken from the runtime.
        externalModules: [],
        mainFields: ['module', 'main'],
        esbuildArgs: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([from, to]) => [`--alias:${from}`, path.join(REPO_ROOT, to)])),
        // No createRequire banner: nothing bundled calls require() (bench/bundles.ts checks it).
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            `mkdir -p "${inputDir}/${SOURCE_MAPS_DIR}/${fn.name}"`,
            `mv "${outputDir}/index.mjs.map" "${inputDir}/${SOURCE_MAPS_DIR}/${fn.name}/index.mjs.map"`,
          ],
        },
      },
      ...(fn.trigger.kind === 'schedule' && props.asyncDlq ? { deadLetterQueue: props.asyncDlq } : {}),
    });

    this.grantAccess(props);
    this.bindTrigger(props);
    this.acknowledgeFindings();
  }

  private grantAccess({ description: fn, resources }: LambdaFunctionProps): void {
    const { table, storageKey, secretsKey } = resources;
    const write = fn.access.table === 'write';

    // Items and the GSIs by name: no Scan (queries, not scans, on every path), no index/* wildcard.
    if (fn.access.table !== 'none') {
      const indexArns = TABLE.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`);
      this.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: write ? [...TABLE_READ, ...TABLE_WRITE] : TABLE_READ, resources: [table.tableArn, ...indexArns] }),
      );
      storageKey.grant(this.role, ...(write ? STORAGE_KEY_WRITE : STORAGE_KEY_READ));
    }

    // Envelope encryption of secrets: an encryption context is mandatory, and each action is granted
    // for the purposes the description lists only (a page that opens payment links cannot open cards).
    const grants = [['kms:GenerateDataKey', fn.access.kms?.seal ?? []], ['kms:Decrypt', fn.access.kms?.open ?? []]] as const;
    for (const [action, purposes] of grants) {
      if (!purposes.length) continue;
      this.role.addToPrincipalPolicy(new PolicyStatement({
        actions: [action],
        resources: [secretsKey.keyArn],
        conditions: { Null: { 'kms:EncryptionContextKeys': 'false' }, StringEquals: { 'kms:EncryptionContext:purpose': [...purposes] } },
      }));
    }
    // The secrets key's policy denies Decrypt to every principal without this tag.
    if (fn.access.kms?.open?.length) Tags.of(this.role).add(SECRETS_ACCESS_TAG, 'decrypt');

    if (fn.access.sendEmail) {
      resources.mail.identity.grantSendEmail(this.role);
      this.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [resources.mail.configurationSetArn] }),
      );
    }

    for (const queue of fn.access.sendTo ?? []) resources.queues[queue].grantSendMessages(this.role);
  }

  private bindTrigger({ description: fn, resources, queues }: LambdaFunctionProps): void {
    const { trigger } = fn;
    switch (trigger.kind) {
      case 'http':
        return; // routes are added by the API construct
      case 'queue': {
        const queue = queues.find((q) => q.name === trigger.queue);
        if (!queue) throw new Error(`${fn.name}: unknown queue ${trigger.queue}`);
        // A message must stay invisible for at least one whole invocation, or it is processed twice in parallel.
        if (queue.visibilityTimeoutSeconds < timeoutOf(fn)) {
          throw new Error(`${fn.name}: queue ${queue.name} visibility timeout (${queue.visibilityTimeoutSeconds}s) is shorter than the function timeout (${timeoutOf(fn)}s)`);
        }
        this.function.addEventSource(
          new SqsEventSource(resources.queues[trigger.queue], { batchSize: trigger.batchSize, reportBatchItemFailures: true }),
        );
        const mapping = this.function.node.children.find((child) => child instanceof EventSourceMapping);
        if (!mapping) throw new Error(`${fn.name}: SqsEventSource created no mapping`);
        acknowledge(mapping, {
          id: 'Serverless-LambdaEventSourceMappingDestination',
          reason: `SQS event source mappings have no on-failure destination; a message that keeps failing moves to the ${queue.name} dead-letter queue after ${queue.maxReceiveCount} receives (queue redrive policy).`,
        });
        return;
      }
      case 'outbox-stream':
        this.function.addEventSource(
          new DynamoEventSource(resources.table, {
            // From the oldest record still in the stream: an outbox event committed before the mapping
            // existed (first deploy, mapping replaced) is still dispatched. Consumers dedupe by event id.
            startingPosition: StartingPosition.TRIM_HORIZON,
            filters: [FilterCriteria.filter(OUTBOX_STREAM_FILTER)],
            bisectBatchOnError: true,
            retryAttempts: OUTBOX_RETRY_ATTEMPTS,
            reportBatchItemFailures: true,
            onFailure: new SqsDlq(resources.outboxDlq),
          }),
        );
        return;
      case 'schedule':
        return; // the rule is created by the stack, which owns the schedule DLQ
      default: {
        const unknown: never = trigger;
        throw new Error(`${fn.name}: unsupported trigger ${JSON.stringify(unknown)}`);
      }
    }
  }

  /** Called last: by then every statement (ours and CDK's event-source grants) is in the policy. */
  private acknowledgeFindings(): void {
    const fn = this.description;
    const policy = this.role.policy;
    const statements = (policy.document.toJSON() as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement;
    const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
    const actions = new Set(statements.flatMap((s) => list(s.Action)));
    const starResource = statements.some((s) => list(s.Resource).includes('*'));

    if (starResource) {
      acknowledge(policy, {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Only actions without resource-level permissions use Resource "*": X-Ray PutTraceSegments/PutTelemetryRecords (active tracing) and, for the stream relay, dynamodb:ListStreams.',
      });
    }
    for (const wildcard of ['kms:ReEncrypt*', 'kms:GenerateDataKey*'].filter((a) => actions.has(a))) {
      acknowledge(policy, {
        id: `AwsSolutions-IAM5[Action::${wildcard}]`,
        reason:
          'Granted on the storage key only (table and queue encryption at rest), as CDK grants it for DynamoDB and SQS, which pick the data-key operation they need; the secrets key is granted exact actions (GenerateDataKey, Decrypt) with a mandatory encryption context.',
      });
    }

    const cfnFunction = this.function.node.defaultChild as Construct;
    const api = fn.trigger.kind === 'http';
    const scheduled = fn.trigger.kind === 'schedule';
    if (!scheduled) {
      acknowledge(cfnFunction, {
        id: 'Serverless-LambdaDLQ',
        reason: api
          ? 'Invoked synchronously by API Gateway only: the caller gets the error, there is no asynchronous event to keep.'
          : 'Invoked by an event source mapping only (synchronous invocations): failed messages go to the queue redrive DLQ, failed stream records to the outbox DLQ (on-failure destination).',
      });
    }
    acknowledgeAll(
      cfnFunction,
      ['AwsSolutions-L1', 'Serverless-LambdaLatestVersion'],
      'Node.js 22 is a supported LTS runtime and is pinned deliberately together with the esbuild target (RUNTIME / BUNDLE_TARGET in infra/lambda-function.ts) so the bundle matches the runtime; it moves to the next LTS as one tested change.',
    );
    acknowledge(cfnFunction, {
      id: 'PCI.DSS.321-LambdaInsideVPC',
      reason:
        'The function reaches only AWS APIs (DynamoDB, SQS, KMS, SES) over IAM-signed TLS and the PSP over HTTPS; there is no private network resource to protect, and card data never reaches it (the PSP hosts the payment form). A VPC would add NAT/endpoints without reducing exposure.',
    });
  }
}
