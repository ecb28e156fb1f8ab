import { sweepOptions } from '../../app/lapse-options';
import { container } from '../shared/container';
import { scheduledJob } from '../shared/schedule';

export const handler = scheduledJob('option-sweep', (budget) => sweepOptions(container(), budget));
