import type { IncomingMessage, ServerResponse } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { readBody } from './gateway';

/** One webhook as the receiver got it. */
interface Received {
  readonly receivedAt: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** The status it answered (204, or the one asked for by `?fail=`). */
  readonly answered: number;
}

const MAX_KEPT = 200;

/**
 * A webhook receiver on the local stack, to watch deliveries: `POST /local/webhooks/{name}` records
 * the request and answers 204, or `?fail=<status>` (e.g. 500) to make the delivery fail and be
 * retried. `GET /local/webhooks/{name}` lists what it received, newest last; with
 * `?secret=whsec_…` each says whether its signature verifies with that secret (the
 * `standardwebhooks` package's `Webhook.verify`), else `verified: null`. The receiver never learns a
 * secret otherwise: whoever registered the endpoint holds it and may ask. `DELETE` forgets.
 */
export function createWebhookReceiver() {
  const inboxes = new Map<string, Received[]>();
  const write = (res: ServerResponse, status: number, body?: unknown) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
  };

  const parsed = (body: string): unknown => {
    try {
      return JSON.parse(body) as unknown;
    } catch {
      return null;
    }
  };

  function verified(r: Received, secret: string | null): boolean | null {
    if (!secret) return null;
    try {
      new Webhook(secret).verify(r.body, r.headers);
      return true;
    } catch {
      return false;
    }
  }

  return {
    /** True when the request was the receiver's. */
    async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
      const url = new URL(req.url ?? '/', 'http://x');
      const name = /^\/local\/webhooks\/([\w.-]{1,64})$/.exec(url.pathname)?.[1];
      if (!name) {
        if (url.pathname === '/local/webhooks') {
          write(res, 200, { receivers: [...inboxes.entries()].map(([n, list]) => ({ name: n, received: list.length })) });
          return true;
        }
        return false;
      }
      const method = req.method ?? 'GET';
      if (method === 'POST') {
        const body = (await readBody(req, 1024 * 1024)).toString('utf8');
        const fail = Number(url.searchParams.get('fail'));
        const answered = Number.isInteger(fail) && fail >= 300 && fail <= 599 ? fail : 204;
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith('webhook-') || k === 'content-type').map(([k, v]) => [k, String(v)]));
        const list = inboxes.get(name) ?? [];
        list.push({ receivedAt: new Date().toISOString(), headers, body, answered });
        inboxes.set(name, list.slice(-MAX_KEPT));
        write(res, answered, answered === 204 ? undefined : { error: `failing on purpose (${answered})` });
        return true;
      }
      if (method === 'GET') {
        const secret = url.searchParams.get('secret');
        write(res, 200, {
          name,
          received: (inboxes.get(name) ?? []).map((r) => ({
            // The body as it came (what a signature covers), and parsed.
            receivedAt: r.receivedAt, answered: r.answered, headers: r.headers, body: r.body, event: parsed(r.body), verified: verified(r, secret),
          })),
        });
        return true;
      }
      if (method === 'DELETE') {
        inboxes.delete(name);
        write(res, 204);
        return true;
      }
      write(res, 405, { error: { code: 'method_not_allowed', message: `${method} is not allowed here` } });
      return true;
    },
  };
}
