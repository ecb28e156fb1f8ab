import { SQSClient } from '@aws-sdk/client-sqs';
import { counted } from './clients';

let sqs: SQSClient | undefined;

/** The SQS client, created once per container. */
export const sqsClient = (): SQSClient => (sqs ??= counted(new SQSClient({}), 'SQS'));
