import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

/** A function as the alarms see it: its construct id and its own log group (infra/lambda-function.ts). */
export interface LoggingFunction {
  readonly node: { readonly id: string };
  readonly logGroup: ILogGroup;
}

/** Something a function only says in its logs that needs a person: counted by a metric filter, alarmed on. */
export interface LogAlarm {
  readonly id: string;
  /** The structured log line's `message`. */
  readonly message: string;
  /** The functions that write it. */
  readonly functions: readonly string[];
  readonly metricName: string;
  readonly description: string;
}

export const METRIC_NAMESPACE = 'HotelPayments';

export const LOG_ALARMS: readonly LogAlarm[] = [
  {
    id: 'NotificationRejected',
    // Written by functions/http/receive-psp-notification.ts (and by processing, for older notifications).
    message: 'notification_rejected',
    functions: ['receive-psp-notification', 'process-psp-notification'],
    metricName: 'PspNotificationsRejected',
    description: 'A correctly signed PSP notification was not well-formed and was recorded as rejected, not applied: '
      + 'find its notification_rejected log line (hotelId, notificationId, reason) and check the payment at the PSP.',
  },
];

/** One metric filter per function's log group into one metric, and one alarm on it to the operators' topic. */
export function alarmOnLogLines(scope: Construct, alarm: LogAlarm, functions: ReadonlyMap<string, LoggingFunction>, topic: ITopic): Alarm {
  for (const name of alarm.functions) {
    const fn = functions.get(name);
    if (!fn) throw new Error(`Log alarm ${alarm.id} names ${name}, which the catalog does not describe`);
    new MetricFilter(scope, `${alarm.id}Filter${fn.node.id}`, {
      logGroup: fn.logGroup,
      filterPattern: FilterPattern.stringValue('$.message', '=', alarm.message),
      metricNamespace: METRIC_NAMESPACE,
      metricName: alarm.metricName,
      metricValue: '1',
    });
  }
  return alarmOperators(scope, `${alarm.id}Alarm`, alarm.description,
    new Metric({ namespace: METRIC_NAMESPACE, metricName: alarm.metricName, statistic: 'Sum', period: Duration.minutes(5) }), topic);
}

/** An alarm that tells the operators' topic as soon as a metric reaches 1 in a 5-minute period. */
export function alarmOperators(scope: Construct, id: string, description: string, metric: IMetric, topic: ITopic): Alarm {
  const alarm = new Alarm(scope, id, {
    alarmDescription: description,
    metric,
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alarm.addAlarmAction(new SnsAction(topic));
  return alarm;
}
