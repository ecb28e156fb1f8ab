import { purgeCards } from '../../app/purge-cards';
import { wired } from '../shared/wiring/base';
import { scheduledJob } from '../shared/schedule';
import { commit, reservations, scheduling } from '../shared/wiring/store';

const deps = wired({}, commit, reservations, scheduling);

export const handler = scheduledJob('card-purge', (budget) => purgeCards(deps(), budget));
