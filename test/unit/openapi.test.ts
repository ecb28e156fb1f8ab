/**
 * The OpenAPI document is generated, never edited: docs/openapi.json is what the code generates,
 * every route of the catalog under /v1 is in it, it holds together as OpenAPI 3.1 (every $ref
 * resolves, every path parameter is declared), it documents the body each handler parses, its
 * examples are valid, and the error codes it lists are those the code throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { FUNCTIONS, type HttpTrigger } from '../../functions/catalog';
import { ERROR_CODES, NOT_DOCUMENTED, OPERATIONS, errorCodesOf, openApiDocument, openApiJson, pathParametersOf, type DocumentedRoute, type ErrorCode } from '../../functions/openapi';
import { renderApiReference } from '../../templates/pages/api-reference';

const ROOT = path.resolve(__dirname, '../..');
type Json = Record<string, any>;

const doc = openApiDocument() as Json;
const http = FUNCTIONS.flatMap((fn) => (fn.trigger.kind === 'http' ? [{ name: fn.name, entry: fn.entry, trigger: fn.trigger as HttpTrigger }] : []));
const documented = http.filter((fn) => !(fn.name in NOT_DOCUMENTED));
const operationsOf = (d: Json) => Object.entries(d.paths as Json).flatMap(([p, item]) => Object.entries(item as Json).map(([method, op]) => ({ path: p, method, op: op as Json })));

describe('docs/openapi.json', () => {
  it('is what the code generates (npm run openapi writes it)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'docs/openapi.json'), 'utf8');
    // One failure that says what to do, not a 10,000-line diff.
    expect(committed === openApiJson() ? 'up to date' : 'differs from the code: run npm run openapi').toBe('up to date');
  });

  it('documents every route of the catalog under /v1, and says why each route left out is left out', () => {
    const inDocument = operationsOf(doc).map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
    expect(inDocument).toEqual(documented.map((fn) => `${fn.trigger.method} ${fn.trigger.path}`).sort());
    expect(http.filter((fn) => fn.trigger.path.startsWith('/v1/')).every((fn) => !(fn.name in NOT_DOCUMENTED))).toBe(true);
    const left = http.filter((fn) => fn.name in NOT_DOCUMENTED).map((fn) => `${fn.trigger.auth} ${fn.name}`);
    expect(left.sort()).toEqual(['psp receive-psp-notification', 'public payment-page', 'public payment-result']);
    // The document says so too.
    expect(doc.info.description).toContain('Not in this document');
  });

  it('describes each route as the catalog does: operationId, summary, keys', () => {
    for (const { path: p, method, op } of operationsOf(doc)) {
      const fn = documented.find((f) => f.trigger.path === p && f.trigger.method.toLowerCase() === method)!;
      expect(op.operationId).toBe(fn.name.replace(/-([a-z0-9])/g, (_: string, c: string) => c.toUpperCase()));
      expect(FUNCTIONS.find((f) => f.name === fn.name)!.description.toLowerCase()).toContain(op.summary.toLowerCase());
      const keys = { admin: [{ adminKey: [] }], hotel: [{ hotelKey: fn.trigger.auth === 'hotel' ? [fn.trigger.scope] : [] }], public: [], psp: [] }[fn.trigger.auth];
      expect({ route: fn.name, security: op.security }).toEqual({ route: fn.name, security: keys });
    }
  });
});

describe('the document is well-formed OpenAPI 3.1', () => {
  it('says its version, title and servers, and declares its keys as the handlers read them', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(doc.servers).toEqual([{ url: 'http://127.0.0.1:3000', description: expect.any(String) }]);
    expect((openApiDocument({ serverUrl: 'https://pay.hotel.example' }) as Json).servers).toEqual([{ url: 'https://pay.hotel.example' }]);
    // Both keys are Bearer tokens in the Authorization header (functions/shared/http.ts).
    expect(doc.components.securitySchemes).toEqual({
      hotelKey: { type: 'http', scheme: 'bearer', description: expect.any(String) },
      adminKey: { type: 'http', scheme: 'bearer', description: expect.any(String) },
    });
    expect(doc.security).toEqual([{ hotelKey: [] }]);
  });

  it('resolves every $ref inside the document', () => {
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref') refs.push(String(x));
          else walk(x);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(50);
    const resolve = (ref: string) => ref.slice(2).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, token) => (at && typeof at === 'object' ? (at as Json)[token] : undefined), doc);
    expect([...new Set(refs)].filter((r) => !r.startsWith('#/') || resolve(r) === undefined)).toEqual([]);
  });

  it('declares every path parameter, and only those, once each; unique operationIds; known tags and keys; a success answer each', () => {
    const ids = new Set<string>();
    const tags = new Set((doc.tags as Json[]).map((t) => t.name));
    for (const { path: p, method, op } of operationsOf(doc)) {
      expect(['get', 'put', 'post', 'delete', 'patch']).toContain(method);
      const params = (op.parameters ?? []) as Json[];
      const inPath = params.filter((x) => x.in === 'path');
      expect({ op: op.operationId, path: inPath.map((x) => x.name) }).toEqual({ op: op.operationId, path: pathParametersOf(p) });
      expect(inPath.every((x) => x.required === true)).toBe(true);
      expect(new Set(params.map((x) => `${x.in} ${x.name}`)).size).toBe(params.length);
      expect(params.every((x) => ['path', 'query', 'header'].includes(x.in) && x.schema && typeof x.schema === 'object')).toBe(true);
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      expect(op.tags.every((t: string) => tags.has(t))).toBe(true);
      for (const requirement of op.security as Json[]) for (const name of Object.keys(requirement)) expect(doc.components.securitySchemes[name]).toBeDefined();
      expect(Object.keys(op.responses).some((s) => /^2\d\d$/.test(s))).toBe(true);
      for (const [status, response] of Object.entries(op.responses as Json)) {
        expect(status).toMatch(/^[1-5]\d\d$/);
        expect(typeof response.description).toBe('string');
      }
    }
  });

  it('writes its schemas in JSON Schema 2020-12 without the keys OpenAPI 3.0 or draft 4 would use', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/"nullable":|"\$schema":|"definitions":|"exclusiveMinimum":true|"exclusiveMaximum":true/);
    for (const [name, schema] of Object.entries(doc.components.schemas as Json)) {
      expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(schema.type ?? schema.anyOf ?? schema.$ref).toBeDefined();
    }
  });
});

describe('what each route takes and answers', () => {
  const handlerOf = async (entry: string) => ((await import(path.join(ROOT, entry))) as { handler: { bodySchema?: $ZodType } }).handler;
  const unwrap = (schema: $ZodType | undefined) => {
    if (!schema) return { schema: undefined, required: false };
    const def = schema._zod.def as { type: string; innerType?: $ZodType };
    const optional = def.type === 'optional';
    return { schema: optional ? def.innerType : schema, required: !optional };
  };


  it('documents the body schema each handler parses, required or not as the handler takes it', async () => {
    for (const fn of documented) {
      const parsed = unwrap((await handlerOf(fn.entry)).bodySchema);
      const doc = unwrap(OPERATIONS[fn.name as DocumentedRoute].body);
      expect({ route: fn.name, same: parsed.schema === doc.schema, required: parsed.required }).toEqual({ route: fn.name, same: true, required: doc.required });
    }
  });

  it('gives examples the schemas accept', () => {
    for (const [name, op] of Object.entries(OPERATIONS)) {
      if (op.bodyExample === undefined) continue;
      const result = z.safeParse(op.body!, op.bodyExample);
      expect({ route: name, issues: result.success ? [] : result.error.issues }).toEqual({ route: name, issues: [] });
    }
  });
});

describe('error codes', () => {
  const STATUS_OF_CLASS: Record<string, number> = {
    InvalidInput: 400, Unauthenticated: 401, Forbidden: 403, NotFound: 404, Conflict: 409, Gone: 410, RuleViolated: 422, Locked: 423,
  };
  /**
   * Codes the code throws that no documented route answers, and why. A new code must be added to
   * a route's `errors` (functions/openapi.ts) or here.
   */
  const NOT_ANSWERED: Record<string, string> = {
    invalid_policy: 'the body schema already refuses what validatePolicy refuses',
    invalid_user_id: 'the body schema already refuses what validateUserId refuses',
    invalid_amount: 'the body schemas already refuse non-integer or non-positive amounts',
    unsupported_currency: 'the body schemas only take supported currencies',
    invalid_date: 'purge dates come from stored, already valid dates',
    invalid_timezone: 'purge dates come from the stored, already valid time zone',
    invalid_purge_days: 'purge days come from the policy, already bounded',
    cvv_already_revealed: 'a reveal marks the CVV shown only after it took the CVV, which only one reveal can',
    invalid_scopes: 'the body schema already refuses an empty or missing list of scopes',
    unknown_scope: 'the body schema only takes known scopes',
    email_being_sent: 'e-mail sending, on a queue',
    trans_id_contention: 'the hosted payment page (not documented)',
    psp_key_missing: 'the hosted payment page (not documented)',
    link_used: 'the hosted payment page (not documented)',
    link_cancelled: 'the hosted payment page (not documented)',
    link_expired: 'the hosted payment page (not documented)',
    malformed_form: 'the PSP notification (not documented)',
  };

  /** Every `new <DomainError>('code'` in the code, with the status its class maps to. */
  function thrownCodes(): Map<string, Set<number>> {
    const found = new Map<string, Set<number>>();
    const add = (code: string, status: number) => found.set(code, (found.get(code) ?? new Set()).add(status));
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    for (const file of ['domain', 'app', 'adapters', 'functions'].flatMap((d) => walk(path.join(ROOT, d)))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/new (InvalidInput|Unauthenticated|Forbidden|NotFound|Conflict|Gone|RuleViolated|Locked)\(\s*'([a-z_]+)'/g)) add(m[2]!, STATUS_OF_CLASS[m[1]!]!);
      // The edge's own answers: a body that fails its schema, and anything unexpected.
      for (const m of source.matchAll(/json\((\d{3}), errorBody\('([a-z_]+)'/g)) add(m[2]!, Number(m[1]));
    }
    return found;
  }

  it('lists each code with the status the code answers it with, and only codes the code throws', () => {
    const thrown = thrownCodes();
    for (const [code, [status]] of Object.entries(ERROR_CODES)) {
      expect({ code, statuses: [...(thrown.get(code) ?? [])] }).toEqual({ code, statuses: [status] });
    }
  });

  it('documents every code the code throws on some route, or says why no route answers it', () => {
    const answered = new Set(documented.flatMap((fn) => errorCodesOf(fn.name as DocumentedRoute)));
    const unexplained = [...thrownCodes().keys()].filter((code) => !answered.has(code as ErrorCode) && !(code in NOT_ANSWERED));
    expect(unexplained).toEqual([]);
    expect(Object.keys(NOT_ANSWERED).filter((code) => answered.has(code as ErrorCode))).toEqual([]);
    // Every code of the table is answered somewhere.
    expect(Object.keys(ERROR_CODES).filter((code) => !answered.has(code as ErrorCode))).toEqual([]);
  });

  it('answers each route\'s codes under their status, with an example each', () => {
    for (const { op } of operationsOf(doc)) {
      const name = documented.find((fn) => fn.name.replace(/-([a-z0-9])/g, (_: string, c: string) => c.toUpperCase()) === op.operationId)!.name as DocumentedRoute;
      const listed = Object.entries(op.responses as Json).filter(([s]) => Number(s) >= 400)
        .flatMap(([status, r]) => Object.keys(r.content['application/json'].examples).map((code) => `${status} ${code}`));
      expect(listed.sort()).toEqual(errorCodesOf(name).map((c) => `${ERROR_CODES[c][0]} ${c}`).sort());
    }
    expect(errorCodesOf('get-reservation')).toEqual(['invalid_input', 'invalid_api_key', 'missing_api_key', 'missing_scope', 'reservation_not_found', 'internal_error']);
    expect(errorCodesOf('openapi-document')).toEqual(['internal_error']);
  });
});

describe('the reference page (GET /docs)', () => {
  const page = renderApiReference(doc, { documentUrl: 'https://api.example.com/v1/openapi.json' });

  it('shows every operation, its parameters, error codes and schemas, with no script and no external asset', () => {
    for (const { path: p, method, op } of operationsOf(doc)) {
      expect(page).toContain(`<span class="method ${method}">${method.toUpperCase()}</span> <code>${p}</code>`);
      expect(page).toContain(`id="op-${op.operationId}"`);
    }
    for (const code of Object.keys(ERROR_CODES)) expect(page).toContain(`<code>${code}</code>`);
    for (const name of Object.keys(doc.components.schemas)) expect(page).toContain(`id="schema-${name}"`);
    expect(page).toContain('<code>Idempotency-Key</code>');
    expect(page).toContain('<code>Authorization: Bearer &lt;key&gt;</code>');
    expect(page).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect([...page.matchAll(/(?:href|src)="(https?:[^"]*)"/g)].map((m) => m[1])).toEqual(['https://api.example.com/v1/openapi.json']);
    // Every internal link points at something on the page.
    const ids = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect([...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('escapes everything the document says', () => {
    const hostile = { ...doc, info: { ...doc.info, title: '<script>alert(1)</script>', description: 'a `<b>` and **<i>**' } };
    const html = renderApiReference(hostile, { documentUrl: '"><script>' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a <code>&lt;b&gt;</code> and <strong>&lt;i&gt;</strong>');
  });
});
