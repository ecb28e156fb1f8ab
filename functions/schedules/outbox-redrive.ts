import { redriveOutbox } from '../../app/relay-events';
import { wired } from '../shared/wiring/base';
import { publisher } from '../shared/wiring/sqs';
import { scheduledJob } from '../shared/schedule';

const deps = wired({ publisher });

export const handler = scheduledJob('outbox-redrive', (budget) => redriveOutbox(deps(), budget));
