import { purgeCards } from '../../app/purge-cards';
import { container } from '../shared/container';
import { scheduledJob } from '../shared/schedule';

export const handler = scheduledJob('card-purge', (budget) => purgeCards(container(), budget));
