import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { ErrorKind } from '../../domain/errors';
import { setting } from './settings';

/**
 * The answers every handler builds and what it reads of a request, without the store, the keys or
 * the body parsing of `route` (./http.ts): a public route without the table needs these alone.
 */

export const STATUS: Record<ErrorKind, number> = {
  invalid_input: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, gone: 410, rule_violated: 422, locked: 423,
};

/** On every answer. */
export const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};

export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode, headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...headers }, body: JSON.stringify(body),
});

/** An answer with nothing to say (204). */
export const noContent = (): APIGatewayProxyResult => ({ statusCode: 204, headers: { ...SECURITY_HEADERS }, body: '' });

/** Guest pages: no framing, no referrer (the URL carries the link token), forms only to us and the PSP. */
export const html = (statusCode: number, body: string, formAction?: string): APIGatewayProxyResult => ({
  statusCode,
  headers: {
    'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS,
    'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'${formAction ? ` ${new URL(formAction).origin}` : ''}; frame-ancestors 'none'; base-uri 'none'`,
  },
  body,
});

export const errorBody = (code: string, message: string, details?: unknown) => ({ error: { code, message, ...(details !== undefined ? { details } : {}) } });

export const header = (event: APIGatewayProxyEvent, name: string): string | undefined =>
  Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1] ?? undefined;

/** Where links and notification URLs point: the configured base, else the API's own address. */
export function publicBaseUrl(event: APIGatewayProxyEvent): string {
  const configured = setting('PUBLIC_BASE_URL');
  if (configured) return configured.replace(/\/$/, '');
  const host = event.requestContext?.domainName ?? header(event, 'host') ?? 'localhost';
  const stage = event.requestContext?.stage;
  // The default execute-api host carries the stage in the path; a custom domain does not.
  return host.includes('.execute-api.') && stage ? `https://${host}/${stage}` : `https://${host}`;
}

