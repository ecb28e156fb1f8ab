import { expireLinks } from '../../app/expire-links';
import { wired } from '../shared/wiring/base';
import { scheduledJob } from '../shared/schedule';

const deps = wired({});

export const handler = scheduledJob('link-expiry', (budget) => expireLinks(deps(), budget));
