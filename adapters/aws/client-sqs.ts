import { SQSClient } from '@aws-sdk/client-sqs';
import { counted } from './clients';

/** The SQS client, created once per container at init (see client-dynamodb.ts). */
const sqs = /* @__PURE__ */ counted(/* @__PURE__ */ new SQSClient({}), 'SQS');

export const sqsClient = (): SQSClient => sqs;
