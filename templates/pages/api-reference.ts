import { escapeHtml } from '../render';

/**
 * The API reference page (GET /docs), rendered on the server from the OpenAPI document: routes by
 * tag with their parameters, bodies, answers, error codes and keys, then the schemas. One inline
 * stylesheet, no script, no external asset: it reads the same offline, under the API's strict CSP.
 * Every text of the document is escaped; the few Markdown marks it uses (`code`, **bold**,
 * paragraphs) are applied to the escaped text.
 */

type Json = Record<string, unknown>;

const CSS = `
:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;color:#1f2937;background:#fff;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{background:#1e3a5f;color:#fff;padding:20px 24px}
header h1{margin:0;font-size:1.5rem}
header p{margin:4px 0 0;color:#dbe4f0}
header a{color:#fff}
.layout{display:flex;align-items:flex-start}
nav{position:sticky;top:0;flex:0 0 300px;max-height:100vh;overflow:auto;padding:16px 20px;border-right:1px solid #e5e7eb;background:#f9fafb;font-size:.875rem}
nav h2{margin:16px 0 6px;font-size:.8125rem;text-transform:uppercase;letter-spacing:.04em;color:#4b5563}
nav ul{list-style:none;margin:0;padding:0}
nav li{margin:2px 0}
nav a{color:#1f2937;text-decoration:none;overflow-wrap:anywhere}
nav a:hover{text-decoration:underline}
main{flex:1;min-width:0;padding:8px 32px 48px;max-width:1100px}
h2{margin:40px 0 8px;padding-bottom:6px;border-bottom:2px solid #1e3a5f;font-size:1.375rem}
h3{margin:0 0 6px;font-size:1.125rem;overflow-wrap:anywhere}
h4{margin:18px 0 6px;font-size:.9375rem}
article{margin:24px 0;padding:16px 20px;border:1px solid #e5e7eb;border-radius:8px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8125rem}
code{background:#f3f4f6;padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
pre{background:#f3f4f6;padding:12px;border-radius:6px;overflow:auto}
pre code{padding:0;background:none}
table{width:100%;border-collapse:collapse;margin:6px 0;font-size:.875rem}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e5e7eb}
th{background:#f9fafb;font-weight:600}
td table{margin:4px 0 0;font-size:.8125rem}
td:first-child code{white-space:nowrap}
.method{display:inline-block;min-width:58px;padding:2px 6px;border-radius:4px;color:#fff;font-size:.75rem;font-weight:700;text-align:center;vertical-align:middle}
.get{background:#1d4ed8}.post{background:#047857}.put{background:#b45309}.delete{background:#b91c1c}.patch{background:#6d28d9}
.summary{margin:4px 0 8px;font-weight:600}
.auth{color:#4b5563;font-size:.875rem}
.req{color:#b91c1c;font-size:.75rem;font-weight:700}
.muted{color:#6b7280}
.status{font-weight:700}
@media (max-width:800px){.layout{display:block}nav{position:static;max-height:none;border-right:0;border-bottom:1px solid #e5e7eb}main{padding:8px 16px 32px}}
`;

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const REF = '#/components/schemas/';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const anchor = (kind: string, name: string) => `${kind}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The document's Markdown, as little of it as it uses: paragraphs, `code`, **bold**. */
function markdown(source: string): string {
  return source.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p.trim())
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\n/g, '<br>')}</p>`).join('\n');
}

const inline = (source: string): string => markdown(source).replace(/^<p>|<\/p>$/g, '').replace(/<\/p>\n<p>/g, '<br>');

/** A short type label: a link for a named schema, "array of …", "a or b", the enum's values. */
function typeLabel(schema: unknown): string {
  if (!isObject(schema)) return 'any';
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith(REF)) {
    const name = schema.$ref.slice(REF.length);
    return `<a href="#${anchor('schema', name)}">${escapeHtml(name)}</a>`;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) return asArray(schema[key]).map(typeLabel).join(' or ');
  }
  if (Array.isArray(schema.allOf)) return asArray(schema.allOf).map(typeLabel).join(' and ');
  if (Array.isArray(schema.enum)) return `one of ${asArray(schema.enum).map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(', ')}`;
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  const types = Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [];
  return types.map((t) => {
    if (t === 'array') return `array of ${typeLabel(schema.items)}`;
    if (t === 'string' && typeof schema.format === 'string') return `string (${escapeHtml(schema.format)})`;
    return escapeHtml(t);
  }).join(' or ') || 'any';
}

/** Constraints worth reading: bounds, lengths, patterns, defaults. */
function constraints(schema: unknown): string {
  if (!isObject(schema)) return '';
  const out: string[] = [];
  const bound = (key: string, label: string) => {
    const v = schema[key];
    // zod writes the safe-integer range on every integer: not worth saying.
    if (typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER) out.push(`${label} ${v}`);
  };
  bound('minimum', '≥');
  bound('exclusiveMinimum', '>');
  bound('maximum', '≤');
  bound('exclusiveMaximum', '<');
  bound('minLength', 'length ≥');
  bound('maxLength', 'length ≤');
  bound('maxItems', 'items ≤');
  if (typeof schema.pattern === 'string' && schema.pattern.length <= 80) out.push(`pattern <code>${escapeHtml(schema.pattern)}</code>`);
  if ('default' in schema) out.push(`default <code>${escapeHtml(JSON.stringify(schema.default))}</code>`);
  if (schema.additionalProperties === false) out.push('no other fields');
  return out.join('; ');
}

/** The object behind a schema when it is one written in place (not a named schema). */
function inlineObject(schema: unknown): Json | undefined {
  if (!isObject(schema)) return undefined;
  if (isObject(schema.properties)) return schema;
  if (schema.type === 'array' && isObject(schema.items) && isObject(schema.items.properties)) return schema.items;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const objects = asArray(schema[key]).filter((s) => isObject(s) && isObject(s.properties));
    if (objects.length === 1) return objects[0] as Json;
  }
  return undefined;
}

/** An object's fields as a table; objects written in place nest their own table. */
function fields(schema: Json, depth = 0): string {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(asArray(schema.required).map(String));
  const rows = Object.entries(properties).map(([name, field]) => {
    const f = isObject(field) ? field : {};
    const nested = depth < 4 ? inlineObject(f) : undefined;
    const about = [text(f.description) ? inline(text(f.description)) : '', constraints(f)].filter(Boolean).join('<br>');
    return `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ' <span class="req">required</span>' : ''}</td>`
      + `<td>${typeLabel(f)}</td><td>${about}${nested ? fields(nested, depth + 1) : ''}</td></tr>`;
  });
  if (!rows.length) return '';
  return `<table><thead><tr><th>Field</th><th>Type</th><th>About</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * A schema: its type, description and fields. A named schema given as the whole of a body or an
 * answer (`named`: the document's schemas) is opened here, so its fields are read in place.
 */
function schemaBlock(schema: unknown, named: Json = {}): string {
  if (!isObject(schema)) return '';
  const target = typeof schema.$ref === 'string' && schema.$ref.startsWith(REF) ? named[schema.$ref.slice(REF.length)] : undefined;
  const shown = isObject(target) ? target : schema;
  const head = [typeLabel(schema), constraints(shown)].filter(Boolean).join(' — ');
  const description = text(shown.description) ? markdown(text(shown.description)) : '';
  const object = inlineObject(shown);
  return `<p>${head}</p>${description}${object ? fields(object) : ''}`;
}

const example = (value: unknown) => `<pre><code>${escapeHtml(JSON.stringify(value, null, 2))}</code></pre>`;

function parametersBlock(parameters: unknown[]): string {
  if (!parameters.length) return '';
  const rows = parameters.filter(isObject).map((p) => `<tr><td><code>${escapeHtml(text(p.name))}</code>${p.required ? ' <span class="req">required</span>' : ''}</td>`
    + `<td>${escapeHtml(text(p.in))}</td><td>${typeLabel(p.schema)}</td>`
    + `<td>${[text(p.description) ? inline(text(p.description)) : '', constraints(p.schema)].filter(Boolean).join('<br>')}</td></tr>`);
  return `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>About</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function bodyBlock(body: unknown, named: Json): string {
  if (!isObject(body) || !isObject(body.content)) return '';
  return Object.entries(body.content).map(([mediaType, media]) => {
    const m = isObject(media) ? media : {};
    return `<h4>Request body <span class="muted">${escapeHtml(mediaType)}${body.required ? '' : ', optional'}</span></h4>`
      + `${schemaBlock(m.schema, named)}${'example' in m ? `<p class="muted">Example</p>${example(m.example)}` : ''}`;
  }).join('');
}

function responseBlock(status: string, response: unknown, named: Json): string {
  const r = isObject(response) ? response : {};
  const content = isObject(r.content) ? r.content : {};
  const json = isObject(content['application/json']) ? content['application/json'] : undefined;
  // Errors: one row per code, from the examples the document gives for each.
  if (Number(status) >= 400 && json && isObject(json.examples)) {
    const rows = Object.entries(json.examples).map(([code, ex]) =>
      `<tr><td><code>${escapeHtml(code)}</code></td><td>${inline(text(isObject(ex) ? ex.summary : ''))}</td></tr>`);
    return `<tr><td class="status">${escapeHtml(status)}</td><td><table><thead><tr><th>error.code</th><th>Meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      + `<p class="muted">Body: <a href="#${anchor('schema', 'Error')}">Error</a></p></td></tr>`;
  }
  const headers = isObject(r.headers) ? Object.entries(r.headers).map(([name, h]) =>
    `<p class="muted">Header <code>${escapeHtml(name)}</code>: ${inline(text(isObject(h) ? h.description : ''))}</p>`).join('') : '';
  const media = Object.entries(content).map(([mediaType, m]) => `<p class="muted">${escapeHtml(mediaType)}</p>${schemaBlock(isObject(m) ? m.schema : undefined, named)}`).join('');
  return `<tr><td class="status">${escapeHtml(status)}</td><td>${inline(text(r.description))}${media}${headers}</td></tr>`;
}

function securityLabel(security: unknown, schemes: Json): string {
  const required = asArray(security).filter(isObject).flatMap((req) => Object.entries(req));
  if (!required.length) return 'No key';
  return required.map(([n, roles]) => {
    const scheme = isObject(schemes[n]) ? schemes[n] : {};
    // A key's scopes, as OpenAPI 3.1 lets a non-OAuth requirement name roles.
    const scopes = asArray(roles).map((r) => `<code>${escapeHtml(text(r))}</code>`).join(', ');
    return `<a href="#${anchor('security', n)}">${escapeHtml(n)}</a> (${escapeHtml(text(scheme.scheme) || text(scheme.type))})${scopes ? ` with scope ${scopes}` : ''}`;
  }).join(' or ');
}

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly op: Json;
}

function operationBlock({ method, path, op }: Operation, defaultSecurity: unknown, schemes: Json, named: Json): string {
  const id = anchor('op', text(op.operationId) || `${method}-${path}`);
  const responses = isObject(op.responses) ? Object.entries(op.responses) : [];
  return `<article id="${escapeHtml(id)}">`
    + `<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>`
    + `<p class="summary">${inline(text(op.summary))}</p>`
    + `${text(op.description) ? markdown(text(op.description)) : ''}`
    + `<p class="auth">Key: ${securityLabel(op.security ?? defaultSecurity, schemes)} · operationId <code>${escapeHtml(text(op.operationId))}</code></p>`
    + parametersBlock(asArray(op.parameters))
    + bodyBlock(op.requestBody, named)
    + `<h4>Responses</h4><table><thead><tr><th>Status</th><th>Answer</th></tr></thead><tbody>${responses.map(([s, r]) => responseBlock(s, r, named)).join('')}</tbody></table>`
    + '</article>';
}

/** The reference page of an OpenAPI 3.1 document, as one HTML string. */
export function renderApiReference(document: Json, links: { readonly documentUrl: string }): string {
  const info = isObject(document.info) ? document.info : {};
  const components = isObject(document.components) ? document.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const paths = isObject(document.paths) ? document.paths : {};
  const operations: Operation[] = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (isObject(item) && isObject(item[method]) ? [{ method, path, op: item[method] as Json }] : [])));
  const tags = [
    ...asArray(document.tags).filter(isObject).map((t) => ({ name: text(t.name), description: text(t.description) })),
    ...(operations.some((o) => !asArray(o.op.tags).length) ? [{ name: 'Other', description: '' }] : []),
  ];
  const tagOf = (o: Operation) => text(asArray(o.op.tags)[0]) || 'Other';
  const title = `${text(info.title)} ${text(info.version)}`;

  const nav = `<nav aria-label="Contents"><h2>Introduction</h2><ul><li><a href="#introduction">Conventions and errors</a></li><li><a href="#keys">Keys</a></li></ul>`
    + tags.map((t) => {
      const ops = operations.filter((o) => tagOf(o) === t.name);
      if (!ops.length) return '';
      return `<h2>${escapeHtml(t.name)}</h2><ul>${ops.map((o) => `<li><a href="#${escapeHtml(anchor('op', text(o.op.operationId)))}"><span class="muted">${o.method.toUpperCase()}</span> ${escapeHtml(o.path)}</a></li>`).join('')}</ul>`;
    }).join('')
    + `<h2>Schemas</h2><ul>${Object.keys(schemas).map((n) => `<li><a href="#${escapeHtml(anchor('schema', n))}">${escapeHtml(n)}</a></li>`).join('')}</ul></nav>`;

  const servers = asArray(document.servers).filter(isObject).map((s) => `<code>${escapeHtml(text(s.url))}</code>`).join(', ');
  const intro = `<section id="introduction"><h2>Introduction</h2>${text(info.summary) ? `<p class="summary">${inline(text(info.summary))}</p>` : ''}`
    + `${markdown(text(info.description))}${servers ? `<p>Server: ${servers}</p>` : ''}</section>`;
  const keys = `<section id="keys"><h2>Keys</h2><table><thead><tr><th>Name</th><th>How</th><th>About</th></tr></thead><tbody>${
    Object.entries(schemes).map(([name, s]) => {
      const scheme = isObject(s) ? s : {};
      const how = scheme.type === 'http' ? `<code>Authorization: ${escapeHtml(text(scheme.scheme).replace(/^bearer$/i, 'Bearer'))} &lt;key&gt;</code>` : escapeHtml(text(scheme.type));
      return `<tr id="${escapeHtml(anchor('security', name))}"><td><code>${escapeHtml(name)}</code></td><td>${how}</td><td>${inline(text(scheme.description))}</td></tr>`;
    }).join('')}</tbody></table></section>`;
  const body = tags.map((t) => {
    const ops = operations.filter((o) => tagOf(o) === t.name);
    if (!ops.length) return '';
    return `<section id="${escapeHtml(anchor('tag', t.name))}"><h2>${escapeHtml(t.name)}</h2>${t.description ? markdown(t.description) : ''}`
      + `${ops.map((o) => operationBlock(o, document.security, schemes, schemas)).join('\n')}</section>`;
  }).join('\n');
  const schemaSection = `<section id="schemas"><h2>Schemas</h2>${Object.entries(schemas).map(([name, schema]) =>
    `<article id="${escapeHtml(anchor('schema', name))}"><h3>${escapeHtml(name)}</h3>${schemaBlock(schema)}</article>`).join('\n')}</section>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — API reference</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(text(info.title))}</h1><p>Version ${escapeHtml(text(info.version))} · OpenAPI ${escapeHtml(text(document.openapi))} · <a href="${escapeHtml(links.documentUrl)}">openapi.json</a></p></header>
<div class="layout">
${nav}
<main>
${intro}
${keys}
${body}
${schemaSection}
</main>
</div>
</body>
</html>
`;
}
