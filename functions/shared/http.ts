import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { createHash, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
// The core's error and schema types straight from zod/v4/core: `z.core` would bring the whole core (and its locales).
import { $ZodError, type $ZodType } from 'zod/v4/core';
import { hotelNamedBy, lastUseDue, LAST_USED_EVERY_MS, requireScope, type Caller, type Scope } from '../../domain/api-key';
import { Conflict, DomainError, InvalidInput, RuleViolated, Unauthenticated } from '../../domain/errors';
import type { HotelRecord, SecretSealer, StoredAnswer } from '../../app/ports';
import { answerContext, hashSecret } from '../../app/secrets';
import { timeoutSecondsOf, type FunctionDescription, type HttpAuth, type HttpEntry, type HttpFunctionName, type HttpTrigger } from '../catalog';
import { currentClock, tableStore } from './wiring/base';
import { hotels, requests } from './wiring/store';
import { log } from './logger';
import { errorBody, header, html, json, noContent, publicBaseUrl, SECURITY_HEADERS, STATUS } from './http-basics';
import { setting } from './settings';

// The answers every handler builds, and what a route reads of its request, live in ./http-basics.ts
// (a public route without the table uses them alone: functions/shared/public-route.ts).
export { errorBody, header, html, json, noContent, publicBaseUrl, STATUS };

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
  /** The hotel key that called (its id for audits, its scopes); undefined on admin and public routes. */
  readonly caller?: Caller;
  /** Who called, for audits: the hotel key's id, or `admin`. */
  readonly actorKeyId: string;
  /** The caller's hotel, when its key names it: read with the key, so a use case that needs it reads it no more. */
  readonly hotel?: HotelRecord;
  /** 403 missing_scope unless the key also has `scope`: for what only some requests of a route do (a cancellation that refunds). */
  requireScope(scope: Scope, what: string): void;
  readonly publicBaseUrl: string;
}

export interface RouteOptions<S extends $ZodType | undefined> {
  readonly body?: S;
  /** How the body is encoded: JSON for the API, form-encoded for PSP notifications. */
  readonly bodyFormat?: 'json' | 'form';
  /**
   * The answer holds a secret (a new API key): an Idempotency-Key's record keeps it sealed with
   * this sealer, never in clear. Only such routes need KMS for it.
   */
  readonly answerSealer?: () => SecretSealer;
  /** The use case reads the caller's hotel: read it with the key when the key names it (`HttpRequest.hotel`). */
  readonly withHotel?: boolean;
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

function bearer(event: APIGatewayProxyEvent): string {
  const value = header(event, 'authorization');
  const m = value?.match(/^Bearer\s+(\S+)$/i);
  if (!m?.[1]) throw new Unauthenticated('missing_api_key', 'Send your API key as "Authorization: Bearer <key>"');
  return m[1];
}

interface Authenticated {
  readonly hotelId: string;
  readonly caller?: Caller;
  readonly hotel?: HotelRecord;
  readonly admin?: true;
  /** The use of the key being recorded (at most once a minute), alongside the request. */
  readonly touching?: Promise<void>;
}

/**
 * The caller as the route's auth says. A hotel key is one consistent read of its item, which
 * carries its scopes, and, for a route whose use case needs it, of the hotel its secret names, in
 * the same request; its last use is written only when the item says it is a minute old, and
 * alongside the request (awaited before answering, never failing it).
 */
async function authenticate(auth: HttpAuth, event: APIGatewayProxyEvent, withHotel = false): Promise<Authenticated> {
  if (auth === 'public' || auth === 'psp') return { hotelId: '' };
  const key = bearer(event);
  if (auth === 'admin') {
    const expected = Buffer.from(setting('ADMIN_API_KEY_HASH') ?? '', 'hex');
    const given = Buffer.from(hashSecret(key), 'hex');
    if (expected.length !== 32 || !timingSafeEqual(expected, given)) throw new Unauthenticated('invalid_api_key', 'This key is not the admin key');
    return { hotelId: '', admin: true };
  }
  const keyHash = hashSecret(key);
  const store = tableStore(hotels);
  const found = await store.findApiKey(keyHash, withHotel ? hotelNamedBy(key) : undefined);
  if (!found) throw new Unauthenticated('invalid_api_key', 'Unknown API key');
  const now = currentClock().now();
  const touching = lastUseDue(found.lastUsedAt, now)
    ? store.touchApiKey(keyHash, now.toISOString(), new Date(now.getTime() - LAST_USED_EVERY_MS).toISOString())
      .catch((error: unknown) => log.warn('the last use of a key was not recorded', { error, keyId: found.caller.keyId }))
    : undefined;
  return { hotelId: found.caller.hotelId, caller: found.caller, ...(found.hotel ? { hotel: found.hotel } : {}), ...(touching ? { touching } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Idempotency-Key (docs/api-keys.md).

/** JSON with object keys sorted: two bodies that differ only in key order are one request. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** What makes two requests the same: method, concrete path and canonical body. */
export const requestHashOf = (method: string, path: string, body: unknown): string =>
  createHash('sha256').update(`${method}\n${path}\n${canonicalJson(body ?? null)}`).digest('hex');

/**
 * Whether an answer is the request's final one, kept and replayed: not our failure (5xx), not a
 * conflict with a state that may change (409) nor a throttle (429). Those let the key go, so a
 * retry runs again.
 */
export const isFinalAnswer = (status: number): boolean => status < 500 && status !== 409 && status !== 429;

/** The seconds a claim holds a key: the function's timeout and a margin, so it is only taken over once its Lambda has stopped. */
const LEASE_MARGIN_S = 5;

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

async function idempotently(
  entry: HttpRoute, leaseMs: number, event: APIGatewayProxyEvent, owner: string, body: unknown, sealer: (() => SecretSealer) | undefined, run: () => Promise<APIGatewayProxyResult>,
): Promise<APIGatewayProxyResult> {
  const given = header(event, 'idempotency-key');
  if (given === undefined) {
    if (entry.idempotent === 'required') throw new InvalidInput('idempotency_key_required', 'This route needs an Idempotency-Key header (1–255 printable ASCII characters)');
    return run();
  }
  if (!IDEMPOTENCY_KEY.test(given)) throw new InvalidInput('invalid_input', 'The request is invalid', [{ path: 'Idempotency-Key', message: 'Idempotency-Key is 1–255 printable ASCII characters' }]);
  const store = tableStore(requests);
  const now = currentClock().now();
  const keyHash = hashSecret(given);
  const requestHash = requestHashOf(event.httpMethod, event.path, body);
  const claim = await store.claimRequest({
    owner, keyHash, requestHash, state: 'in_progress', leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), createdAt: now.toISOString(),
  });
  if (!claim.claimed) {
    const held = claim.existing;
    if (held.requestHash !== requestHash) throw new RuleViolated('idempotency_key_reused', 'This Idempotency-Key was used with another request; use a new key for a new request');
    // Still running (or its Lambda stopped: the claim is free again when its lease runs out).
    if (held.state !== 'done' || !held.answer) return json(409, errorBody('idempotency_key_in_progress', 'A request with this Idempotency-Key is still running; retry in a second'), { 'retry-after': '1' });
    const a = held.answer;
    const text = a.sealedBody ? await sealer!().open(a.sealedBody, answerContext(owner, keyHash)) : a.body ?? '';
    return { statusCode: a.status, headers: { ...(a.contentType ? { 'content-type': a.contentType } : {}), ...SECURITY_HEADERS, 'idempotent-replayed': 'true' }, body: text };
  }
  let res: APIGatewayProxyResult;
  try {
    res = await run();
  } catch (e) {
    res = errorResponse(e);
  }
  try {
    if (isFinalAnswer(res.statusCode)) {
      const contentType = String(res.headers?.['content-type'] ?? '');
      const kept: StoredAnswer = sealer && res.statusCode < 300
        ? { status: res.statusCode, contentType, sealedBody: await sealer().seal(res.body, answerContext(owner, keyHash)) }
        : { status: res.statusCode, contentType, body: res.body };
      await store.answerRequest(owner, keyHash, requestHash, kept);
    } else {
      await store.releaseRequest(owner, keyHash, requestHash);
    }
  } catch (error) {
    // The request is done: it is answered. Its key stays claimed until the lease runs out.
    log.warn('an Idempotency-Key was not settled', { error, route: entry.name });
  }
  return res;
}

/** Maps any failure to the contract's error shape: 4xx with a code for the caller's mistakes, a bare 500 otherwise. */
export function errorResponse(e: unknown): APIGatewayProxyResult {
  if (e instanceof DomainError) return json(STATUS[e.kind], errorBody(e.code, e.message, e.details));
  if (e instanceof $ZodError) {
    return json(400, errorBody('invalid_input', 'The request is invalid', e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))));
  }
  log.error('unhandled error', { error: e });
  return json(500, errorBody('internal_error', 'Something went wrong on our side; nothing was changed. Please retry.'));
}

/** The route a handler serves, as the function catalog declares it. */
export type HttpRoute = DistributiveOmit<HttpTrigger, 'kind'> & { readonly name: HttpFunctionName };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The route of a catalog entry; thrown when the module is loaded if the entry is not an HTTP function. */
export function catalogRoute(fn: FunctionDescription): HttpRoute {
  if (fn?.trigger.kind !== 'http') throw new Error(`"${fn?.name}" is not an HTTP function of functions/catalog.ts`);
  const { kind: _kind, ...trigger } = fn.trigger;
  return { name: fn.name as HttpFunctionName, ...trigger };
}

type Body<S> = S extends $ZodType ? z.infer<S> : undefined;
type RouteFn<E extends HttpEntry, S> = (req: HttpRequest<Body<S>, PathParams<E['trigger']['path']>>) => Promise<APIGatewayProxyResult>;

/**
 * A route handler, bound to its entry in the function catalog (`route(LIST_CARDS, …)`), which says who may call it
 * (its auth and, for a hotel route, the scope a key needs), on which path, and whether it honours
 * an Idempotency-Key. It authenticates as the entry says, checks the scope (403 missing_scope),
 * parses and validates, claims the Idempotency-Key if the entry says so (replaying a kept answer),
 * runs one use case and maps the result. middy runs it; the error mapper is the last word, so no stack
 * trace ever leaves. The handler carries its route and body schema, so a test can check each
 * entry's handler serves that entry, and that the API document describes what it parses.
 */
export function route<E extends HttpEntry>(entry: E, fn: RouteFn<E, undefined>): ReturnType<typeof bind>;
export function route<E extends HttpEntry, S extends $ZodType | undefined = undefined>(entry: E, options: RouteOptions<S>, fn: RouteFn<E, S>): ReturnType<typeof bind>;
export function route(entry: HttpEntry, a: RouteOptions<$ZodType | undefined> | AnyRouteFn, b?: AnyRouteFn) {
  return typeof a === 'function' ? bind(entry, {}, a) : bind(entry, a, b!);
}

/** Any route's function: the request it is given is typed by its route and body schema. */
type AnyRouteFn = (req: HttpRequest<never, never>) => Promise<APIGatewayProxyResult>;

function bind(description: FunctionDescription, options: RouteOptions<$ZodType | undefined>, fn: AnyRouteFn) {
  const entry = catalogRoute(description);
  const leaseMs = (timeoutSecondsOf(description) + LEASE_MARGIN_S) * 1000;
  const what = `${entry.method} ${entry.path}`;
  const run = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    const who = await authenticate(entry.auth, event, options.withHotel);
    try {
      if (entry.auth === 'hotel') requireScope(who.caller!.scopes, entry.scope, what);
      const raw = options.body ? parseBody(event, options.bodyFormat ?? 'json') : undefined;
      const parsed = options.body ? z.parse(options.body, raw) : undefined;
      const request: HttpRequest<unknown> = {
        event,
        body: parsed,
        params: event.pathParameters ?? {},
        query: (event.queryStringParameters ?? {}) as Record<string, string>,
        hotelId: who.hotelId,
        ...(who.caller ? { caller: who.caller } : {}),
        actorKeyId: who.caller?.keyId ?? (who.admin ? 'admin' : ''),
        ...(who.hotel ? { hotel: who.hotel } : {}),
        requireScope: (scope, action) => {
          if (who.caller) requireScope(who.caller.scopes, scope, action);
        },
        publicBaseUrl: publicBaseUrl(event),
      };
      // The body was parsed by the route's schema, the parameters come from the route's path.
      const answer = () => fn(request as HttpRequest<never, never>);
      if (!entry.idempotent) return await answer();
      return await idempotently(entry, leaseMs, event, who.admin ? 'admin' : who.hotelId, raw, options.answerSealer, answer);
    } finally {
      await who.touching;
    }
  };
  const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>().handler(run).use({
    onError: async (request) => {
      request.response = errorResponse(request.error);
    },
  });
  // The body schema too: the OpenAPI document's test checks it documents the schema the handler parses with.
  return Object.assign(handler, { route: entry, bodySchema: options.body });
}
