import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context, SQSEvent } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { lambdaContext } from '../../local/gateway';

/** The event API Gateway's proxy integration sends, for invoking a handler directly. */
export function apiEvent(method: string, path: string, opts: { body?: unknown; form?: Record<string, string>; key?: string; params?: Record<string, string>; resource?: string; headers?: Record<string, string> } = {}): APIGatewayProxyEvent {
  const headers: Record<string, string> = { host: 'api.example.com', ...opts.headers };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body: string | null = null;
  if (opts.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(opts.form).toString();
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  return {
    resource: opts.resource ?? path, path, httpMethod: method, headers, multiValueHeaders: {}, queryStringParameters: null,
    multiValueQueryStringParameters: null, pathParameters: opts.params ?? null, stageVariables: null, body, isBase64Encoded: false,
    requestContext: { stage: 'test', domainName: 'api.example.com', requestId: randomUUID() } as APIGatewayProxyEvent['requestContext'],
  };
}

type Handler<E, R> = (event: E, context: Context, cb: () => void) => Promise<R> | void;

export async function call(handler: Handler<APIGatewayProxyEvent, APIGatewayProxyResult>, event: APIGatewayProxyEvent) {
  const res = (await handler(event, lambdaContext('test'), () => undefined)) as APIGatewayProxyResult;
  const isJson = /json/.test(String(res.headers?.['content-type'] ?? ''));
  return { status: res.statusCode, body: isJson ? JSON.parse(res.body) : res.body, headers: res.headers ?? {} };
}

export function sqsBatch(bodies: unknown[]): SQSEvent {
  return {
    Records: bodies.map((b, i) => ({
      messageId: `m${i}`, receiptHandle: `r${i}`, body: typeof b === 'string' ? b : JSON.stringify(b), attributes: { ApproximateReceiveCount: '1' } as never,
      messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:eu-west-3:000000000000:q', awsRegion: 'eu-west-3',
    })),
  };
}
