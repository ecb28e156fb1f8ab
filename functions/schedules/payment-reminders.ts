import { sendReminders } from '../../app/send-reminders';
import { container } from '../shared/container';
import { scheduledJob } from '../shared/schedule';

export const handler = scheduledJob('payment-reminders', (budget) => sendReminders(container(), budget));
