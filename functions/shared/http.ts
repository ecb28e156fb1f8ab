import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { DomainError, type ErrorKind, InvalidInput, Unauthenticated } from '../../domain/errors';
import { hashSecret } from '../../app/secrets';
import type { HttpAuth } from '../catalog';
import { container } from './container';
import { log } from './logger';
import { setting } from './settings';

export const STATUS: Record<ErrorKind, number> = {
  invalid_input: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, gone: 410, rule_violated: 422, locked: 423,
};

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};

export const json = (statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode, headers: { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, ...headers }, body: JSON.stringify(body),
});

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

export interface HttpRequest<B> {
  readonly event: APIGatewayProxyEvent;
  readonly body: B;
  readonly params: Record<string, string>;
  readonly query: Record<string, string>;
  /** Set for hotel-authenticated routes. */
  readonly hotelId: string;
  readonly publicBaseUrl: string;
}

export interface RouteOptions<S extends z.ZodType | undefined> {
  readonly auth: HttpAuth;
  readonly body?: S;
  /** How the body is encoded: JSON for the API, form-encoded for PSP notifications. */
  readonly bodyFormat?: 'json' | 'form';
}

function rawBody(event: APIGatewayProxyEvent): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

function parseBody(event: APIGatewayProxyEvent, format: 'json' | 'form'): unknown {
  const text = rawBody(event);
  if (format === 'form') {
    const form = new URLSearchParams(text);
    const names = [...form.keys()];
    // Which of two values was meant (and signed) is anyone's guess: the PSP never repeats a field.
    if (new Set(names).size !== names.length) throw new InvalidInput('malformed_form', 'A field appears more than once in the form');
    return Object.fromEntries(form);
  }
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidInput('malformed_json', 'The body is not valid JSON');
  }
}

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

function bearer(event: APIGatewayProxyEvent): string {
  const value = header(event, 'authorization');
  const m = value?.match(/^Bearer\s+(\S+)$/i);
  if (!m?.[1]) throw new Unauthenticated('missing_api_key', 'Send your API key as "Authorization: Bearer <key>"');
  return m[1];
}

async function authenticate(auth: HttpAuth, event: APIGatewayProxyEvent): Promise<string> {
  if (auth === 'public' || auth === 'psp') return '';
  const key = bearer(event);
  if (auth === 'admin') {
    const expected = Buffer.from(setting('ADMIN_API_KEY_HASH') ?? '', 'hex');
    const given = Buffer.from(hashSecret(key), 'hex');
    if (expected.length !== 32 || !timingSafeEqual(expected, given)) throw new Unauthenticated('invalid_api_key', 'This key is not the admin key');
    return '';
  }
  const hotelId = await container().store.findHotelIdByApiKeyHash(hashSecret(key));
  if (!hotelId) throw new Unauthenticated('invalid_api_key', 'Unknown API key');
  return hotelId;
}

/** Maps any failure to the contract's error shape: 4xx with a code for the caller's mistakes, a bare 500 otherwise. */
export function errorResponse(e: unknown): APIGatewayProxyResult {
  if (e instanceof DomainError) return json(STATUS[e.kind], errorBody(e.code, e.message, e.details));
  if (e instanceof z.ZodError) {
    return json(400, errorBody('invalid_input', 'The request is invalid', e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))));
  }
  log.error('unhandled error', { error: e });
  return json(500, errorBody('internal_error', 'Something went wrong on our side; nothing was changed. Please retry.'));
}

/**
 * A route handler: authenticate, parse and validate, run one use case, map the result.
 * middy runs it; the error mapper is the last word, so no stack trace ever leaves.
 */
export function route<S extends z.ZodType | undefined>(
  options: RouteOptions<S>,
  fn: (req: HttpRequest<S extends z.ZodType ? z.infer<S> : undefined>) => Promise<APIGatewayProxyResult>,
) {
  const run = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    const hotelId = await authenticate(options.auth, event);
    const parsed = options.body ? options.body.parse(parseBody(event, options.bodyFormat ?? 'json')) : undefined;
    return fn({
      event,
      body: parsed as S extends z.ZodType ? z.infer<S> : undefined,
      params: (event.pathParameters ?? {}) as Record<string, string>,
      query: (event.queryStringParameters ?? {}) as Record<string, string>,
      hotelId,
      publicBaseUrl: publicBaseUrl(event),
    });
  };
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult>().handler(run).use({
    onError: async (request) => {
      request.response = errorResponse(request.error);
    },
  });
}
