import { sendReminders } from '../../app/send-reminders';
import { wired } from '../shared/wiring/base';
import { scheduledJob } from '../shared/schedule';

const deps = wired({});

export const handler = scheduledJob('payment-reminders', (budget) => sendReminders(deps(), budget));
