import type { EventPublisher } from '../../../app/ports';
import { sqsClient } from '../../../adapters/aws/client-sqs';
import { SqsPublisher } from '../../../adapters/aws/sqs-publisher';
import { queuesForEvent, queueUrlVariable } from '../../catalog';
import { requireSetting } from '../settings';

/** Events to their queues; queue URLs are read when an event is sent (a function declares the queues it sends to). */
export function publisher(): EventPublisher {
  return new SqsPublisher(sqsClient(), (type) => queuesForEvent(type).map((q) => requireSetting(queueUrlVariable(q))));
}
