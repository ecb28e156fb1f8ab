import { expireLinks } from '../../app/expire-links';
import { container } from '../shared/container';
import { scheduledJob } from '../shared/schedule';

export const handler = scheduledJob('link-expiry', (budget) => expireLinks(container(), budget));
