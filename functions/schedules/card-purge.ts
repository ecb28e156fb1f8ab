import { purgeCards } from '../../app/purge-cards';
import { wired } from '../shared/wiring/base';
import { scheduledJob } from '../shared/schedule';

const deps = wired({});

export const handler = scheduledJob('card-purge', (budget) => purgeCards(deps(), budget));
