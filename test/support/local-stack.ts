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
  async req(method: string, path: string, body?: unknown, key = this.key, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    const json = /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
    return { status: res.status, body: json, text, headers: res.headers };
  }
}

export { formOf, payOnSandbox } from '../../local/psp-sandbox/guest';
