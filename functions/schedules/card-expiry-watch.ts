import { watchCardExpiry } from '../../app/card-expiry';
import { requireSetting } from '../shared/settings';
import { wired } from '../shared/wiring/base';
import { sealer } from '../shared/wiring/kms';
import { scheduledJob } from '../shared/schedule';
import { commit, hotels, reservations, scheduling } from '../shared/wiring/store';

const deps = wired({ sealer }, commit, hotels, reservations, scheduling);

export const handler = scheduledJob('card-expiry-watch', (budget) => watchCardExpiry(deps(), budget, requireSetting('PUBLIC_BASE_URL')));
