/**
 * Everything the guest and the hotel read, one catalog per language, each sentence once: e-mails
 * are built from these sentences by one structure per kind (../emails/kinds.ts), guest pages by
 * ../pages. A message is a whole sentence (or a few), never a fragment to assemble: where a detail
 * changes the sentence (a deposit of part or all of the stay, a status), the catalog has one whole
 * sentence per case and the structure picks one.
 *
 * Markup in a message:
 *   {{name}}           a value, HTML-escaped in HTML (see ../render.ts)
 *   {{{emailLink}}}    the hotel's address: a mailto link in HTML, the address in text
 *   **…**              strong in HTML, plain in text
 *   a line break       a <br> in HTML
 *   \u00a0             a no-break space: &nbsp; in HTML, a space in the text part
 * No sections ({{#…}}): choices are made by the structures, between whole messages.
 * The guest pages (`page`) are plain text with {{values}}: the page escapes them whole.
 */
import type { Language } from '../../domain/language';
import { escapeHtml, renderHtml, renderText, type TemplateVars } from '../render';
import { de } from './de';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';

export type { Messages } from './en';

export const MESSAGES: Readonly<Record<Language, Messages>> = { fr, en, de, es, it };

/** The dotted path of every message, e.g. `email.signOff`. */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
export type MessageKey = Paths<Messages>;

/** The message at `key` in `language`. */
export function message(language: Language, key: MessageKey): string {
  let node: unknown = MESSAGES[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new RangeError(`No message ${key}`);
  return node;
}

const asHtml = new Map<string, string>();
/** A message (or a language-neutral template of values) as an HTML template for ../render.ts. */
function htmlTemplate(m: string): string {
  let t = asHtml.get(m);
  if (t === undefined) {
    // Our own text is escaped like any value (quotes need not be: never inside an attribute).
    t = m
      .replace(/[&<>]/g, (c) => escapeHtml(c))
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\n/g, '<br>')
      .replace(/\u00a0/g, '&nbsp;');
    asHtml.set(m, t);
  }
  return t;
}

const textTemplate = (m: string): string => m.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\u00a0/g, ' ');

/** Renders messages for HTML: values escaped, markup as tags. Several messages are joined by a space. */
export function messageHtml(messages: string | readonly string[], vars: TemplateVars): string {
  const list = typeof messages === 'string' ? [messages] : messages;
  return renderHtml(list.map(htmlTemplate).join(' '), vars);
}

/** Renders messages for plain text (the text part, subjects). */
export function messageText(messages: string | readonly string[], vars: TemplateVars): string {
  const list = typeof messages === 'string' ? [messages] : messages;
  return renderText(list.map(textTemplate).join(' '), vars);
}
