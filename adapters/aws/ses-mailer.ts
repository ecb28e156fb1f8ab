import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingEmail } from '../../app/ports';

const b64lines = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}(?=.)/g, '$&\r\n');
/** RFC 2047 encoded-word, so accented subjects and names survive every mail client. */
const encodeHeader = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`);

/** A multipart/alternative MIME message: a text part for every client, an HTML part for most. */
export function buildMime(email: OutgoingEmail & { from: string }, date: Date, boundary: string): string {
  const headers = [
    `From: ${email.from}`,
    `To: ${email.to.join(', ')}`,
    ...(email.replyTo ? [`Reply-To: ${email.replyTo}`] : []),
    `Subject: ${encodeHeader(email.subject)}`,
    ...(email.reference && /^[\w.@#-]{1,200}$/.test(email.reference) ? [`X-Hotel-Payments-Reference: ${email.reference}`] : []),
    `Date: ${date.toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) => [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', b64lines(body)].join('\r\n');
  return [...headers, '', part('text/plain', email.text), part('text/html', email.html), `--${boundary}--`, ''].join('\r\n');
}

export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(email: OutgoingEmail): Promise<void> {
    const boundary = `b_${Math.random().toString(36).slice(2)}_${Date.now().toString(36)}`;
    const raw = buildMime({ ...email, from: this.from }, this.now(), boundary);
    await this.ses.send(new SendEmailCommand({
      FromEmailAddress: this.from,
      Destination: { ToAddresses: [...email.to] },
      Content: { Raw: { Data: Buffer.from(raw, 'utf8') } },
    }));
  }
}
