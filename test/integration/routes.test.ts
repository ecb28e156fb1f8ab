/**
 * Each HTTP route's auth is declared once, in the function catalog, and its handler names its
 * entry: every HTTP entry's handler serves that entry, every handler file is an entry, a handler
 * naming anything else fails when its module loads, and each route treats a caller without the
 * right key as its entry's auth says, through the event API Gateway sends.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CREATE_REFUND, FUNCTIONS, SEND_EMAILS, type HttpTrigger } from '../../functions/catalog';
import { setContainer } from '../../functions/shared/container';
import { catalogRoute, json, route, type HttpRoute } from '../../functions/shared/http';
import { createApiKey } from '../../app/api-keys';
import { createHotel } from '../../app/create-hotel';
import type { Wired } from '../../app/deps';
import { apiEvent, call } from '../support/api';
import { freshDeps } from '../support/aws';
import { registerSecret } from '../support/secrets';

const ROOT = path.resolve(__dirname, '../..');
const ADMIN = 'admin-key-for-route-tests-0123456789';
const HOTEL_KEY = 'hk_not_a_key_of_any_hotel_aaaaaaaaaaaaaaaaaaaaaaaa';

const httpFunctions = FUNCTIONS.flatMap((fn) => (fn.trigger.kind === 'http' ? [{ name: fn.name, entry: fn.entry, trigger: fn.trigger as HttpTrigger }] : []));

type RouteHandler = ((...args: never[]) => unknown) & { route?: HttpRoute };
const handlerOf = async (entry: string): Promise<RouteHandler> => ((await import(path.join(ROOT, entry))) as { handler: RouteHandler }).handler;

/** The event API Gateway sends for this route, each path parameter set to `value`. */
function eventFor({ method, path: template }: HttpTrigger, key: string | undefined, value = 'UNKNOWN-1') {
  const params = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, value]));
  const resolved = template.replace(/\{\w+\}/g, value);
  return apiEvent(method, resolved, { resource: template, params, ...(key ? { key } : {}) });
}

let deps: Wired;

beforeAll(async () => {
  const ctx = await freshDeps();
  deps = ctx.deps;
  Object.assign(process.env, {
    ADMIN_API_KEY_HASH: createHash('sha256').update(ADMIN).digest('hex'),
    PSP_FORM_URL: 'https://psp.example.com/vads-payment/', PUBLIC_BASE_URL: 'https://api.example.com',
  });
  setContainer(ctx.deps);
  registerSecret(ADMIN, HOTEL_KEY);
});
afterAll(() => setContainer(undefined));

describe('HTTP routes and the function catalog', () => {
  it('binds the handler of each HTTP entry to that entry: its name, method, path and auth', async () => {
    const bound: Record<string, unknown> = {};
    const declared: Record<string, unknown> = {};
    for (const { name, entry, trigger } of httpFunctions) {
      bound[name] = (await handlerOf(entry)).route;
      const { kind: _kind, ...route } = trigger;
      declared[name] = { name, ...route };
    }
    expect(bound).toEqual(declared);
  });

  it('has an HTTP entry for every handler file', () => {
    const files = fs.readdirSync(path.join(ROOT, 'functions/http')).filter((f) => f.endsWith('.ts') && !['schemas.ts', 'answer-schemas.ts'].includes(f)).map((f) => `functions/http/${f}`);
    expect(files.sort()).toEqual(httpFunctions.map((fn) => fn.entry).sort());
  });

  it('refuses, when the module loads, a handler bound to a catalog entry that is not an HTTP function', () => {
    const answer = async () => json(200, {});
    // A queue consumer has a catalog entry, but no route (a name that is no entry at all does not compile).
    expect(() => route(SEND_EMAILS as never, answer)).toThrow('"send-emails" is not an HTTP function of functions/catalog.ts');
    expect(catalogRoute(CREATE_REFUND)).toEqual({ name: 'create-refund', method: 'POST', path: '/v1/transactions/{transactionId}/refunds', auth: 'hotel', scope: 'refunds:write', idempotent: true });
  });

  it('keeps the catalog, loaded by every HTTP function, free of anything but plain data and types', () => {
    const source = fs.readFileSync(path.join(ROOT, 'functions/catalog.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s.*$/gm)].map(([line]) => line);
    expect(imports.filter((line) => !/^import type\s/.test(line))).toEqual([]);
  });

  it('opens no route beyond these to callers without a hotel key', () => {
    const notHotel = httpFunctions.filter((fn) => fn.trigger.auth !== 'hotel').map((fn) => `${fn.trigger.auth} ${fn.name}`);
    expect(notHotel.sort()).toEqual(['admin create-hotel', 'admin create-hotel-api-key', 'psp receive-psp-notification', 'public api-reference', 'public openapi-document', 'public payment-page', 'public payment-result']);
  });

  it('asks for the admin key, a hotel key or none, as each entry says', async () => {
    const answers: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    const errorOf = async (handler: RouteHandler, trigger: HttpTrigger, key?: string) => {
      const res = await call(handler as never, eventFor(trigger, key));
      return { status: res.status, error: res.body?.error };
    };
    const missing = { status: 401, error: { code: 'missing_api_key', message: 'Send your API key as "Authorization: Bearer <key>"' } };
    for (const { name, entry, trigger } of httpFunctions) {
      const handler = await handlerOf(entry);
      if (trigger.auth === 'admin') {
        answers[name] = [await errorOf(handler, trigger), await errorOf(handler, trigger, HOTEL_KEY)];
        expected[name] = [missing, { status: 401, error: { code: 'invalid_api_key', message: 'This key is not the admin key' } }];
      } else if (trigger.auth === 'hotel') {
        answers[name] = [await errorOf(handler, trigger), await errorOf(handler, trigger, HOTEL_KEY), await errorOf(handler, trigger, ADMIN)];
        const unknown = { status: 401, error: { code: 'invalid_api_key', message: 'Unknown API key' } };
        expected[name] = [missing, unknown, unknown];
      } else {
        // Guest pages and PSP notifications carry their own proof (link token, signature), the API reference is public: no API key.
        const { status, error } = await errorOf(handler, trigger);
        answers[name] = status === 401 && ['missing_api_key', 'invalid_api_key'].includes((error as { code?: string } | undefined)?.code ?? '') ? 'asks for an API key' : 'asks for no API key';
        expected[name] = 'asks for no API key';
      }
    }
    expect(answers).toEqual(expected);
  });

  it('refuses every hotel route to a key without the scope its entry names, before anything else', async () => {
    const hotel = await createHotel(deps, {
      name: 'Hôtel Portes', email: 'desk@portes.example', defaultLanguage: 'fr', currency: 'EUR', timezone: 'Europe/Paris',
      psp: { provider: 'systempay', siteId: '55554444', mode: 'TEST', testKey: 'RoutesScopeKey123' },
    });
    registerSecret(hotel.apiKey, 'RoutesScopeKey123');
    // Two keys of one scope each: every hotel route is called with the one lacking its scope.
    const reader = await createApiKey(deps, hotel.hotelId, { name: 'Reader', scopes: ['read'] }, 'admin');
    const hooks = await createApiKey(deps, hotel.hotelId, { name: 'Webhooks', scopes: ['webhooks:manage'] }, 'admin');
    registerSecret(reader.apiKey, hooks.apiKey);
    const answers: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const { name, entry, trigger } of httpFunctions) {
      if (trigger.auth !== 'hotel') continue;
      const key = trigger.scope === 'read' ? hooks : reader;
      const res = await call((await handlerOf(entry)) as never, eventFor(trigger, key.apiKey));
      answers[name] = { status: res.status, error: res.body?.error };
      expected[name] = { status: 403, error: { code: 'missing_scope', message: `${trigger.method} ${trigger.path} needs scope ${trigger.scope}`, details: { scope: trigger.scope } } };
    }
    expect(answers).toEqual(expected);
  });
});
