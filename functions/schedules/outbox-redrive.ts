import { redriveOutbox } from '../../app/relay-events';
import { wired } from '../shared/wiring/base';
import { publisher } from '../shared/wiring/sqs';
import { scheduledJob } from '../shared/schedule';
import { outbox, scheduling } from '../shared/wiring/store';

const deps = wired({ publisher }, outbox, scheduling);

export const handler = scheduledJob('outbox-redrive', (budget) => redriveOutbox(deps(), budget));
