import { randomBytes } from 'node:crypto';
import { startLocalStack, type LocalStack } from '../../local/runtime';
import { registerSecret } from './secrets';

/** The whole local stack on a free port, sharing the run's moto server under its own table name. */
export async function startTestStack(): Promise<LocalStack> {
  const stack = await startLocalStack({
    port: 0,
    motoEndpoint: process.env.MOTO_ENDPOINT!,
    tableName: `e2e-${randomBytes(4).toString('hex')}`,
    adminApiKey: `admin_${randomBytes(16).toString('hex')}`,
    ipnRetryIntervalMs: 50,
    retryDelaySeconds: 1,
    queueBackoffScale: 0,
    log: (msg, fields) => process.stdout.write(`[local] ${msg} ${fields ? JSON.stringify(fields) : ''}\n`),
  });
  registerSecret(stack.adminApiKey);
  return stack;
}

export class Client {
  constructor(readonly base: string, readonly key?: string) {}
  async req(method: string, path: string, body?: unknown, key = this.key) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    const json = /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
    return { status: res.status, body: json, text, headers: res.headers };
  }
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function formOf(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*id="psp-form"[^>]*>/.exec(html)?.[0] ?? '';
  const action = unescape(/action="([^"]+)"/.exec(form)?.[1] ?? '');
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)]));
  return { action, fields };
}

/** What a guest's browser does on the sandbox: post the signed form, then pay with a card or cancel. */
export async function payOnSandbox(pageHtml: string, choice: { card: string } | 'cancel'): Promise<{ formStatus: number; resultUrl?: string; error?: string }> {
  const { action, fields } = formOf(pageHtml);
  const posted = await fetch(action, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
  if (posted.status !== 303) return { formStatus: posted.status, error: await posted.text() };
  const session = new URL(posted.headers.get('location')!, action).toString();
  const body = choice === 'cancel' ? new URLSearchParams() : new URLSearchParams({ cardNumber: choice.card, expiryMonth: '12', expiryYear: '2030', cvv: '123' });
  const done = await fetch(`${session}/${choice === 'cancel' ? 'cancel' : 'pay'}`, { method: 'POST', body, redirect: 'manual' });
  return { formStatus: 303, ...(done.headers.get('location') ? { resultUrl: new URL(done.headers.get('location')!, session).toString() } : {}) };
}
