import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { queueUrlVariable, settingsOf, type FunctionDescription, type QueueDescription } from '../functions/catalog';
import { LambdaFunction } from './lambda-function';
import { alarmOnLogLines, LOG_ALARMS } from './log-alarms';
import { acknowledge } from './nag';
import { PaymentsApi } from './payments-api';
import type { StatefulResources } from './stateful-stack';

/** Deployment settings that are not AWS resources (from CDK context, see build-app.ts). */
export interface DeploymentSettings {
  readonly adminApiKeyHash: string;
  readonly mailFrom: string;
  readonly pspFormUrl: string;
  /** The PSP's REST API V4 base (refunds). */
  readonly pspRestUrl: string;
  readonly publicBaseUrl?: string;
}

export interface StatelessStackProps extends StackProps {
  readonly resources: StatefulResources;
  readonly settings: DeploymentSettings;
  readonly functions: readonly FunctionDescription[];
  readonly queues: readonly QueueDescription[];
}

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * The value of one setting a function asks for (names from `settingsOf`). `undefined` means
 * "not configured, leave it out"; a name this stack does not know fails the synth, so the
 * catalog and the deployment cannot drift apart silently.
 */
function settingValue(name: string, resources: StatefulResources, settings: DeploymentSettings, queues: readonly QueueDescription[]): string | undefined {
  switch (name) {
    case 'TABLE_NAME':
      return resources.table.tableName;
    case 'KMS_KEY_ID':
      return resources.secretsKey.keyArn;
    case 'MAIL_FROM':
      return settings.mailFrom;
    case 'PSP_FORM_URL':
      return settings.pspFormUrl;
    case 'PSP_REST_URL':
      return settings.pspRestUrl;
    case 'QUEUE_BACKOFF_SCALE':
      return '1'; // full delays in AWS; the local runtime shortens them
    case 'ADMIN_API_KEY_HASH':
      return settings.adminApiKeyHash;
    case 'PUBLIC_BASE_URL':
      return settings.publicBaseUrl;
    case 'WEBHOOK_TARGETS':
      return 'public'; // https to public addresses only; the local runtime also allows this machine
    default: {
      const queue = queues.find((q) => queueUrlVariable(q.name) === name);
      if (queue) return resources.queues[queue.name].queueUrl;
      throw new Error(`No deployed value for setting ${name} (local-only or unknown): add it to infra/stateless-stack.ts`);
    }
  }
}

export function environmentOf(fn: FunctionDescription, resources: StatefulResources, settings: DeploymentSettings, queues: readonly QueueDescription[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of settingsOf(fn)) {
    const value = settingValue(name, resources, settings, queues);
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** Code and its wiring: functions, the API, triggers. Safe to replace on every deploy. */
export class StatelessStack extends Stack {
  readonly functions: ReadonlyMap<string, LambdaFunction>;
  readonly api?: PaymentsApi;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { resources, settings } = props;

    const scheduled = props.functions.filter((fn) => fn.trigger.kind === 'schedule');
    // Failed scheduled runs (EventBridge delivery or the function itself). Lives here, next to the
    // rules, because its queue policy names them; it holds job names only, no business data.
    const scheduleDlq = scheduled.length
      ? new Queue(this, 'ScheduleDlq', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true })
      : undefined;
    if (scheduleDlq) {
      acknowledge(scheduleDlq, {
        id: 'Serverless-SQSRedrivePolicy',
        reason: 'Dead-letter queue of the scheduled jobs: the end of the line, kept 14 days for an operator; a DLQ of a DLQ would catch nothing.',
      });
    }

    const functions = new Map<string, LambdaFunction>();
    for (const fn of props.functions) {
      if (functions.has(fn.name)) throw new Error(`Function ${fn.name} is described twice`);
      functions.set(
        fn.name,
        new LambdaFunction(this, pascal(fn.name), {
          description: fn,
          environment: environmentOf(fn, resources, settings, props.queues),
          resources,
          queues: props.queues,
          asyncDlq: scheduleDlq,
        }),
      );
    }
    this.functions = functions;
    for (const alarm of LOG_ALARMS) alarmOnLogLines(this, alarm, functions, resources.alerts);

    const http = [...functions.values()].filter((f) => f.description.trigger.kind === 'http');
    if (http.length) {
      const api = new PaymentsApi(this, 'PaymentsApi', { logKey: resources.storageKey });
      for (const f of http) {
        const trigger = f.description.trigger;
        if (trigger.kind !== 'http') continue;
        api.addRoute({ method: trigger.method, path: trigger.path, auth: trigger.auth, handler: f.function, name: f.description.name });
      }
      this.api = api;
      // A job that mints links takes the API's own address when no public base URL is configured.
      if (!settings.publicBaseUrl) {
        for (const f of functions.values()) if (f.description.access.mintsLinks) f.function.addEnvironment('PUBLIC_BASE_URL', api.api.url);
      }
      new CfnOutput(this, 'ApiUrl', { value: api.api.url, description: 'Base URL of the API (stage included)' });
    }

    for (const f of functions.values()) {
      const trigger = f.description.trigger;
      if (trigger.kind !== 'schedule' || !scheduleDlq) continue;
      new Rule(this, `${pascal(f.description.name)}Schedule`, {
        description: `${trigger.job} every ${trigger.everyMinutes} min`,
        schedule: Schedule.rate(Duration.minutes(trigger.everyMinutes)),
        targets: [
          new LambdaTarget(f.function, {
            event: RuleTargetInput.fromObject({ job: trigger.job }),
            deadLetterQueue: scheduleDlq,
            retryAttempts: 2,
            // A run older than its period is superseded by the next one.
            maxEventAge: Duration.minutes(Math.max(1, trigger.everyMinutes)),
          }),
        ],
      });
    }
  }
}
