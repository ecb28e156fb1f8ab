import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { WebhookRequest, WebhookSender } from '../../app/ports';
import { blockedAddress, blockedHost, DELIVERY_TIMEOUT_MS, type DeliveryAttempt, RESPONSE_KEPT_BYTES, type TargetPolicy, truncateUtf8 } from '../../domain/webhook';
import { signedHeaders } from './signature';

class BlockedTarget extends Error {
  readonly code = 'EBLOCKED';
}

/**
 * The socket's own name resolution, refusing any address that is not public: the address checked
 * is the address connected to, so a name that changes its answer between a check and the
 * connection (DNS rebinding) cannot reach the inside.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return (callback as (e: Error) => void)(err);
    if (!addresses.length || addresses.some((a) => blockedAddress(a.address))) return (callback as (e: Error) => void)(new BlockedTarget(`${hostname} resolves to an address webhooks never call`));
    if ((options as { all?: boolean }).all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/**
 * Posts one signed webhook (Standard Webhooks headers) and says what came of it: the status, the
 * time it took and the first KB of the answer; or, without an answer, why. Redirects are not
 * followed (a 3xx is an answer like any other, and a failure). Never throws for the receiver's sake.
 */
export class HttpWebhookSender implements WebhookSender {
  constructor(
    private readonly policy: TargetPolicy,
    private readonly timeoutMs = DELIVERY_TIMEOUT_MS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(request: WebhookRequest): Promise<DeliveryAttempt> {
    const started = this.now();
    const at = started.toISOString();
    const elapsed = () => Math.max(0, this.now().getTime() - started.getTime());
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return { at, latencyMs: 0, error: 'invalid_url' };
    }
    const local = this.policy === 'local';
    if (!local && (url.protocol !== 'https:' || blockedHost(url.hostname))) return { at, latencyMs: 0, error: 'blocked_target' };
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { at, latencyMs: 0, error: 'invalid_url' };

    const body = Buffer.from(request.body, 'utf8');
    const headers = {
      'content-type': 'application/json',
      'content-length': String(body.length),
      'user-agent': 'hotel-payments-webhooks/1',
      ...signedHeaders(request.secrets, request.messageId, request.timestamp, request.body),
    };
    return new Promise<DeliveryAttempt>((resolve) => {
      let settled = false;
      const finish = (a: Omit<DeliveryAttempt, 'at' | 'latencyMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ at, latencyMs: elapsed(), ...a });
      };
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(url, { method: 'POST', headers, agent: false, ...(local ? {} : { lookup: publicOnlyLookup }) }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => finish({ statusCode: res.statusCode ?? 0, response: truncateUtf8(Buffer.concat(chunks).toString('utf8'), RESPONSE_KEPT_BYTES) });
        res.on('data', (chunk: Buffer) => {
          if (size < RESPONSE_KEPT_BYTES) chunks.push(chunk.subarray(0, RESPONSE_KEPT_BYTES - size));
          size += chunk.length;
          if (size >= RESPONSE_KEPT_BYTES) {
            done();
            res.destroy(); // the rest of the answer is not kept: no need to read it
          }
        });
        res.on('end', done);
        res.on('error', done);
      });
      const timer = setTimeout(() => {
        finish({ error: 'timeout' });
        req.destroy();
      }, this.timeoutMs);
      req.on('error', (e: Error & { code?: string }) => finish({ error: e instanceof BlockedTarget || e.code === 'EBLOCKED' ? 'blocked_target' : e.code === 'ENOTFOUND' ? 'dns_failed' : 'connection_failed' }));
      req.end(body);
    });
  }
}
