import { SESv2Client } from '@aws-sdk/client-sesv2';
import { counted } from './clients';

/** The SES v2 client, created once per container at init (see client-dynamodb.ts). */
const ses = /* @__PURE__ */ counted(/* @__PURE__ */ new SESv2Client({}), 'SES');

export const sesClient = (): SESv2Client => ses;
