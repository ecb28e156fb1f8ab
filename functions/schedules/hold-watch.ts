import { watchHolds } from '../../app/watch-holds';
import { wired } from '../shared/wiring/base';
import { scheduledJob } from '../shared/schedule';

const deps = wired({});

export const handler = scheduledJob('hold-watch', (budget) => watchHolds(deps(), budget));
