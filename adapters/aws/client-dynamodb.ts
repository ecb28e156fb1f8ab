import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { counted } from './clients';

/**
 * The DynamoDB document client, created once per container when the module is loaded (Lambda's
 * init phase, not the first request). Marked pure so that a bundle which imports this module
 * without ever calling `dynamoClient()` drops the client and the SDK with it.
 */
const dynamo = /* @__PURE__ */ counted(
  /* @__PURE__ */ DynamoDBDocumentClient.from(/* @__PURE__ */ new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
  'DynamoDB',
);

export const dynamoClient = (): DynamoDBDocumentClient => dynamo;
