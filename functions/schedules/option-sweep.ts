import { sweepOptions } from '../../app/lapse-options';
import { wired } from '../shared/wiring/base';
import { scheduledJob } from '../shared/schedule';

const deps = wired({});

export const handler = scheduledJob('option-sweep', (budget) => sweepOptions(deps(), budget));
