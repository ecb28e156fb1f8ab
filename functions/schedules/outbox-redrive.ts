import { redriveOutbox } from '../../app/relay-events';
import { container } from '../shared/container';
import { scheduledJob } from '../shared/schedule';

export const handler = scheduledJob('outbox-redrive', (budget) => redriveOutbox(container(), budget));
