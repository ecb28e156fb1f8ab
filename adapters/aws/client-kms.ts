import { KMSClient } from '@aws-sdk/client-kms';
import { counted } from './clients';

let kms: KMSClient | undefined;

/** The KMS client, created once per container. */
export const kmsClient = (): KMSClient => (kms ??= counted(new KMSClient({}), 'KMS'));
