import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { DomainError } from '../../domain/errors';
import type { HttpEntry } from '../catalog';
import { errorBody, json, publicBaseUrl, STATUS } from './http-basics';
import { log } from './logger';

/**
 * A public route of a function without the table (the API document and its reference page): no
 * key to check, no body to parse. Unlike `route` (./http.ts) it never reaches the API-key lookup,
 * so its bundle carries neither the store nor the DynamoDB client, which its IAM role does not
 * grant either. Same answers on failure: a bare 500, never a stack trace.
 */
export function publicRoute(found: HttpEntry, fn: (req: { readonly event: APIGatewayProxyEvent; readonly publicBaseUrl: string }) => Promise<APIGatewayProxyResult>) {
  const { name } = found;
  if (found.trigger.kind !== 'http' || found.trigger.auth !== 'public' || found.access.table !== 'none') {
    throw new Error(`${name}: publicRoute serves public routes of functions without the table only`);
  }
  const { method, path, auth } = found.trigger;
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>()
    .handler(async (event) => fn({ event, publicBaseUrl: publicBaseUrl(event) }))
    .use({
      onError: async (request) => {
        const e = request.error;
        if (e instanceof DomainError) {
          request.response = json(STATUS[e.kind], errorBody(e.code, e.message, e.details));
          return;
        }
        log.error('unhandled error', { error: e });
        request.response = json(500, errorBody('internal_error', 'Something went wrong on our side; nothing was changed. Please retry.'));
      },
    });
  return Object.assign(handler, { route: { name, method, path, auth }, bodySchema: undefined });
}
