import { KMSClient } from '@aws-sdk/client-kms';
import { counted } from './clients';

/** The KMS client, created once per container at init (see client-dynamodb.ts). */
const kms = /* @__PURE__ */ counted(/* @__PURE__ */ new KMSClient({}), 'KMS');

export const kmsClient = (): KMSClient => kms;
