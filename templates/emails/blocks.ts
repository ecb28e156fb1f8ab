import type { Language } from '../../domain/language';
import { type MessageKey, message, messageHtml, messageText } from '../messages';
import { TemplateError, escapeHtml, type TemplateVars } from '../render';
import { openTag } from './layout';

/**
 * An e-mail is described once, as a list of blocks that say which messages to show and when; one
 * renderer turns it into both the HTML and the text part, so the two always say the same thing.
 */

/** A condition: the name of a value, met when the value is set (non-empty, true, non-zero); `!name` when it is not. */
export type Flag = string;

/** What a block or a table cell says. */
export type Text =
  /** A message of the catalog. */
  | MessageKey
  /** Values with language-neutral punctuation only, e.g. `{{arrival}} → {{departure}} ({{nights}})`. */
  | `{{${string}`
  /** A date and time at the hotel, as a table shows it (`value.time`: "… Uhr" in German). */
  | { readonly time: string }
  /** `then` when the condition is met, else `else` (or nothing). */
  | { readonly when: Flag; readonly then: Text; readonly else?: Text }
  /** Sentences of one paragraph, in order. */
  | readonly Text[];

export interface Row {
  readonly label: Text;
  /** One value, or a list (one per line in HTML, a bulleted line each in text). */
  readonly value: Text | { readonly list: readonly Text[] };
  readonly when?: Flag;
  /** The text part shows the value without its label (the value says what it is). */
  readonly bare?: boolean;
}

export type Block =
  /** A paragraph, left out when it says nothing. */
  | { readonly p: Text; readonly when?: Flag }
  /** The table of details: a label and a value per row. */
  | { readonly details: readonly Row[] }
  /** The table of details with one group of rows per item (the digest: one per option), each under a heading. */
  | { readonly groups: { readonly heading: Text; readonly rows: readonly Row[] } }
  /**
   * The call to action, when there is a `url`: a button, and under it `fallback` with the link
   * written out. The text part has `textIntro` (else the button's words as a label) and the link.
   */
  | { readonly button: Text; readonly fallback?: MessageKey; readonly textIntro?: Text }
  /** A sentence followed by the link (`url`), when there is one. */
  | { readonly link: MessageKey }
  /** The sign-off, then the hotel's name. */
  | { readonly closing: MessageKey };

export interface EmailStructure {
  /** A guest is greeted by name and reads the guest footer (against phishing); the hotel reads its own. */
  readonly to: 'guest' | 'hotel';
  readonly subject: Text;
  readonly body: readonly Block[];
}

/** The values of one e-mail: `html` and `text` differ only in `emailLink` (a link, or the bare address). */
export interface EmailValues {
  readonly html: TemplateVars;
  readonly text: TemplateVars;
  /** The items of a `groups` block, each with its own values. */
  readonly items?: readonly TemplateVars[];
}

function isSet(vars: TemplateVars, flag: Flag): boolean {
  const negated = flag.startsWith('!');
  const name = negated ? flag.slice(1) : flag;
  if (!Object.hasOwn(vars, name)) throw new TemplateError(`E-mail value "${name}" is not defined`);
  const v = vars[name];
  return (v !== null && v !== undefined && v !== false && v !== '' && v !== 0) !== negated;
}

const isList = (t: Text): t is readonly Text[] => Array.isArray(t);

/** The messages `text` stands for with these values (none when a condition leaves it empty). */
function resolve(language: Language, t: Text, vars: TemplateVars): string[] {
  if (typeof t === 'string') return [t.startsWith('{{') ? t : message(language, t as MessageKey)];
  if (isList(t)) return t.flatMap((x) => resolve(language, x, vars));
  if ('time' in t) return [message(language, 'value.time').replaceAll('{{time}}', `{{${t.time}}}`)];
  if (isSet(vars, t.when)) return resolve(language, t.then, vars);
  return t.else === undefined ? [] : resolve(language, t.else, vars);
}

interface Part {
  readonly html: string;
  readonly text: string;
}

class Renderer {
  constructor(
    private readonly language: Language,
    private readonly values: EmailValues,
  ) {}

  private both(t: Text, html: TemplateVars, text: TemplateVars): Part | undefined {
    const messages = resolve(this.language, t, text);
    return messages.length === 0 ? undefined : { html: messageHtml(messages, html), text: messageText(messages, text) };
  }

  /** "Label:" in the text part, as the language writes it. */
  private label(text: string): string {
    return messageText(message(this.language, 'format.label'), { label: text });
  }

  private rows(rows: readonly Row[], html: TemplateVars, text: TemplateVars): Part {
    const out: Part[] = [];
    for (const row of rows) {
      if (row.when !== undefined && !isSet(text, row.when)) continue;
      const label = this.both(row.label, html, text) ?? { html: '', text: '' };
      const th = `${openTag('th', undefined, { scope: 'row' })}${label.html}</th>`;
      if (typeof row.value === 'object' && 'list' in row.value) {
        const items = row.value.list.map((t) => this.both(t, html, text)).filter((p): p is Part => p !== undefined);
        out.push({
          html: `<tr>${th}${openTag('td')}${items.map((p) => p.html).join('<br>')}</td></tr>`,
          text: [this.label(label.text), ...items.map((p) => `- ${p.text}`)].join('\n'),
        });
      } else {
        const value = this.both(row.value, html, text) ?? { html: '', text: '' };
        out.push({
          html: `<tr>${th}${openTag('td')}${value.html}</td></tr>`,
          text: row.bare ? value.text : `${this.label(label.text)} ${value.text}`,
        });
      }
    }
    return { html: out.map((p) => p.html).join('\n'), text: out.map((p) => p.text).join('\n') };
  }

  private url(): string | undefined {
    return isSet(this.values.text, 'url') ? String(this.values.text.url) : undefined;
  }

  /** A sentence, then the link written out. */
  private withLink(key: MessageKey, url: string, cls?: string): Part {
    const { html, text } = this.values;
    const m = message(this.language, key);
    return {
      html: `${openTag('p', cls)}${messageHtml(m, html)} ${openTag('a', undefined, { href: url })}${escapeHtml(url)}</a></p>`,
      text: `${messageText(m, text)}\n${url}`,
    };
  }

  block(block: Block): Part | undefined {
    const { html, text } = this.values;
    if ('p' in block) {
      if (block.when !== undefined && !isSet(text, block.when)) return undefined;
      const p = this.both(block.p, html, text);
      return p && { html: `${openTag('p')}${p.html}</p>`, text: p.text };
    }
    if ('details' in block) {
      const rows = this.rows(block.details, html, text);
      return { html: `${openTag('table', 'details')}\n${rows.html}\n</table>`, text: rows.text };
    }
    if ('groups' in block) {
      const groups = (this.values.items ?? []).map((item) => {
        const h = { ...html, ...item };
        const t = { ...text, ...item };
        const heading = this.both(block.groups.heading, h, t) ?? { html: '', text: '' };
        const rows = this.rows(block.groups.rows, h, t);
        return {
          html: `<tbody>\n<tr>${openTag('th', 'group', { colspan: '2', scope: 'rowgroup' })}${heading.html}</th></tr>\n${rows.html}\n</tbody>`,
          text: `${heading.text}\n${rows.text}`,
        };
      });
      return {
        html: `${openTag('table', 'details')}\n${groups.map((g) => g.html).join('\n')}\n</table>`,
        text: groups.map((g) => g.text).join('\n\n'),
      };
    }
    if ('button' in block) {
      const url = this.url();
      const label = this.both(block.button, html, text);
      if (url === undefined || label === undefined) return undefined;
      const button = `${openTag('p', 'cta')}${openTag('a', 'button', { href: url })}${label.html}</a></p>`;
      const fallback = block.fallback && this.withLink(block.fallback, url, 'muted');
      const intro = block.textIntro === undefined ? this.label(label.text) : messageText(resolve(this.language, block.textIntro, text), text);
      return { html: fallback ? `${button}\n${fallback.html}` : button, text: `${intro}\n${url}` };
    }
    if ('link' in block) {
      const url = this.url();
      return url === undefined ? undefined : this.withLink(block.link, url);
    }
    const closing = `${message(this.language, block.closing)}\n{{hotelName}}`;
    return { html: `${openTag('p')}${messageHtml(closing, html)}</p>`, text: messageText(closing, text) };
  }
}

/** Subject (one line), HTML body and text body of one e-mail in one language. */
export function renderStructure(email: EmailStructure, language: Language, values: EmailValues): { subject: string; html: string; text: string } {
  const renderer = new Renderer(language, values);
  const parts = email.body.map((b) => renderer.block(b)).filter((p): p is Part => p !== undefined);
  // A header value: one line, whatever the data holds. No-break spaces (in amounts: "123,45 €")
  // cannot break a line and are kept, so the amount is not split in the inbox list.
  const subject = messageText(resolve(language, email.subject, values.text), values.text).replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
  return { subject, html: parts.map((p) => p.html).join('\n'), text: parts.map((p) => p.text).join('\n\n') };
}
