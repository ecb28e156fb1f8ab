import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { counted } from './clients';

let dynamo: DynamoDBDocumentClient | undefined;

/** The DynamoDB document client, created once per container. */
export const dynamoClient = (): DynamoDBDocumentClient =>
  (dynamo ??= counted(DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }), 'DynamoDB'));
