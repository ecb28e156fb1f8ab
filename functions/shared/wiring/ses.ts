import type { Mailer } from '../../../app/ports';
import { sesClient } from '../../../adapters/aws/client-ses';
import { SesMailer } from '../../../adapters/aws/ses-mailer';
import { setting } from '../settings';

/** E-mail through SES from the function's sender (MAIL_FROM). */
export function mailer(): Mailer {
  const from = setting('MAIL_FROM');
  return from ? new SesMailer(sesClient(), from) : { send: () => Promise.reject(new Error('MAIL_FROM is not set for this function')) };
}
