import { SESv2Client } from '@aws-sdk/client-sesv2';
import { counted } from './clients';

let ses: SESv2Client | undefined;

/** The SES v2 client, created once per container. */
export const sesClient = (): SESv2Client => (ses ??= counted(new SESv2Client({}), 'SES'));
