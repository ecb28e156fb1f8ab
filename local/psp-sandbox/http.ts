import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Forms here are a few kilobytes; a cap keeps a stray upload from filling memory. */
const MAX_BODY_BYTES = 64 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Keep draining past the cap so the socket stays usable for the 413 answer.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
  return Buffer.concat(chunks).toString('utf8');
}

/** URLSearchParams keeps empty values, which matter: they are part of the signed string. */
export async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type && type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'expected application/x-www-form-urlencoded');
  return Object.fromEntries(new URLSearchParams(await readBody(req)));
}

const BASE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'";

export function sendHtml(res: ServerResponse, status: number, html: string, scriptHash?: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': scriptHash ? `${BASE_CSP}; script-src '${scriptHash}'` : BASE_CSP,
  });
  res.end(html);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

export function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.writeHead(405, { allow, 'content-type': 'text/plain; charset=utf-8' });
  res.end('Method Not Allowed');
}
