import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { DomainError, type ErrorKind, InvalidInput, Unauthenticated } from '../../domain/errors';
import { hashSecret } from '../../app/secrets';
import { FUNCTIONS, type HttpAuth, type HttpFunctionName, type HttpTrigger, type HttpTriggerOf } from '../catalog';
import { tableStore } from './wiring/base';
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

/** The parameter names of a path template: '/v1/cards/{cardId}/reveal' → 'cardId'. */
export type PathParams<P extends string> = P extends `${string}{${infer K}}${infer Rest}` ? K | PathParams<Rest> : never;

export interface HttpRequest<B, P extends string = string> {
  readonly event: APIGatewayProxyEvent;
  readonly body: B;
  /** The route's path parameters, by the names in its catalog path. */
  readonly params: Readonly<Partial<Record<P, string>>>;
  readonly query: Record<string, string>;
  /** Set for hotel-authenticated routes. */
  readonly hotelId: string;
  readonly publicBaseUrl: string;
}

export interface RouteOptions<S extends z.ZodType | undefined> {
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
  const hotelId = await tableStore().findHotelIdByApiKeyHash(hashSecret(key));
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

/** The route a handler serves, as the function catalog declares it. */
export interface HttpRoute extends Omit<HttpTrigger, 'kind'> {
  readonly name: HttpFunctionName;
}

/** The catalog's HTTP function of this name; thrown when the module is loaded if there is none. */
export function catalogRoute(name: string): HttpRoute {
  const fn = FUNCTIONS.find((f) => f.name === name);
  if (fn?.trigger.kind !== 'http') throw new Error(`"${name}" is not an HTTP function of functions/catalog.ts`);
  const { method, path, auth } = fn.trigger;
  return { name: name as HttpFunctionName, method, path, auth };
}

type Body<S> = S extends z.ZodType ? z.infer<S> : undefined;
type RouteFn<N extends HttpFunctionName, S> = (req: HttpRequest<Body<S>, PathParams<HttpTriggerOf<N>['path']>>) => Promise<APIGatewayProxyResult>;

/**
 * A route handler, bound by name to its entry in the function catalog, which says who may call it
 * (its auth) and on which path. It authenticates as the entry says, parses and validates, runs one
 * use case and maps the result. middy runs it; the error mapper is the last word, so no stack
 * trace ever leaves. The handler carries its route and body schema, so a test can check each
 * entry's handler serves that entry, and that the API document describes what it parses.
 */
export function route<N extends HttpFunctionName>(name: N, fn: RouteFn<N, undefined>): ReturnType<typeof bind>;
export function route<N extends HttpFunctionName, S extends z.ZodType | undefined = undefined>(name: N, options: RouteOptions<S>, fn: RouteFn<N, S>): ReturnType<typeof bind>;
export function route(name: HttpFunctionName, a: RouteOptions<z.ZodType | undefined> | AnyRouteFn, b?: AnyRouteFn) {
  return typeof a === 'function' ? bind(catalogRoute(name), {}, a) : bind(catalogRoute(name), a, b!);
}

/** Any route's function: the request it is given is typed by its route and body schema. */
type AnyRouteFn = (req: HttpRequest<never, never>) => Promise<APIGatewayProxyResult>;

function bind(entry: HttpRoute, options: RouteOptions<z.ZodType | undefined>, fn: AnyRouteFn) {
  const run = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    const hotelId = await authenticate(entry.auth, event);
    const parsed = options.body ? options.body.parse(parseBody(event, options.bodyFormat ?? 'json')) : undefined;
    const request: HttpRequest<unknown> = {
      event,
      body: parsed,
      params: event.pathParameters ?? {},
      query: (event.queryStringParameters ?? {}) as Record<string, string>,
      hotelId,
      publicBaseUrl: publicBaseUrl(event),
    };
    // The body was parsed by the route's schema, the parameters come from the route's path.
    return fn(request as HttpRequest<never, never>);
  };
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>().handler(run).use({
    onError: async (request) => {
      request.response = errorResponse(request.error);
    },
  });
  // The body schema too: the OpenAPI document's test checks it documents the schema the handler parses with.
  return Object.assign(handler, { route: entry, bodySchema: options.body });
}
