import { expireLinks } from '../../app/expire-links';
import { wired } from '../shared/wiring/base';
import { scheduledJob } from '../shared/schedule';
import { commit, hotels, reservations, scheduling } from '../shared/wiring/store';

const deps = wired({}, commit, hotels, reservations, scheduling);

export const handler = scheduledJob('link-expiry', (budget) => expireLinks(deps(), budget));
