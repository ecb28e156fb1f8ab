/**
 * A tiny, logic-less template engine for our own message templates.
 *
 *   {{name}}            the value, HTML-escaped in HTML mode (as is in text mode)
 *   {{{name}}}          the value as is: only for fragments we built and escaped ourselves
 *   {{#flag}}…{{/flag}} the block when `flag` is truthy (non-empty string, true, non-zero)
 *   {{^flag}}…{{/flag}} the block when `flag` is falsy
 *
 * No loops, no lookups into objects, no I/O: lists are built in code and passed as fragments.
 * A name missing from the variables is a bug in a template, so it throws rather than printing
 * nothing (values that are present but `undefined` or `null` print as empty).
 */

export type TemplateValue = string | number | boolean | null | undefined;
export type TemplateVars = Readonly<Record<string, TemplateValue>>;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'var'; readonly name: string; readonly raw: boolean }
  | { readonly kind: 'section'; readonly name: string; readonly inverted: boolean; readonly children: readonly Node[] };

const TAG = /\{\{\{\s*([A-Za-z_]\w*)\s*\}\}\}|\{\{\s*([#^/]?)\s*([A-Za-z_]\w*)\s*\}\}/g;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values (we never write unquoted ones). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function parse(template: string): readonly Node[] {
  const root: Node[] = [];
  const stack: { name: string; inverted: boolean; children: Node[] }[] = [];
  const current = (): Node[] => stack[stack.length - 1]?.children ?? root;
  let last = 0;
  for (const m of template.matchAll(TAG)) {
    const index = m.index;
    if (index > last) current().push({ kind: 'text', text: template.slice(last, index) });
    last = index + m[0].length;
    const [, rawName, sigil, name] = m;
    if (rawName) {
      current().push({ kind: 'var', name: rawName, raw: true });
    } else if (sigil === '#' || sigil === '^') {
      stack.push({ name: name!, inverted: sigil === '^', children: [] });
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open || open.name !== name) {
        throw new TemplateError(`Unexpected {{/${name}}}${open ? ` (open section: ${open.name})` : ''}`);
      }
      current().push({ kind: 'section', name: open.name, inverted: open.inverted, children: open.children });
    } else {
      current().push({ kind: 'var', name: name!, raw: false });
    }
  }
  if (stack.length > 0) throw new TemplateError(`Unclosed section {{#${stack[stack.length - 1]!.name}}}`);
  if (last < template.length) root.push({ kind: 'text', text: template.slice(last) });
  return root;
}

const parsed = new Map<string, readonly Node[]>();
function compiled(template: string): readonly Node[] {
  let nodes = parsed.get(template);
  if (!nodes) {
    nodes = parse(template);
    parsed.set(template, nodes);
  }
  return nodes;
}

function lookup(vars: TemplateVars, name: string): TemplateValue {
  if (!Object.hasOwn(vars, name)) throw new TemplateError(`Template variable "${name}" is not defined`);
  return vars[name];
}

const truthy = (v: TemplateValue): boolean => v !== null && v !== undefined && v !== false && v !== '' && v !== 0;

function run(nodes: readonly Node[], vars: TemplateVars, escape: boolean): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.text;
        break;
      case 'var': {
        const value = lookup(vars, node.name);
        const s = value === null || value === undefined ? '' : String(value);
        out += escape && !node.raw ? escapeHtml(s) : s;
        break;
      }
      case 'section':
        if (truthy(lookup(vars, node.name)) !== node.inverted) out += run(node.children, vars, escape);
        break;
    }
  }
  return out;
}

/** Renders for HTML: `{{name}}` is escaped, `{{{name}}}` is inserted as is. */
export function renderHtml(template: string, vars: TemplateVars): string {
  return run(compiled(template), vars, true);
}

/** Renders for plain text (e-mail text part, subjects): nothing is escaped. */
export function renderText(template: string, vars: TemplateVars): string {
  return run(compiled(template), vars, false);
}

/** Throws a TemplateError when the template is malformed (unbalanced sections). */
export function checkTemplate(template: string): void {
  compiled(template);
}
