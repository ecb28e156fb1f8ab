import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { HttpWebhookSender } from '../../adapters/webhooks/http-sender';
import { signatureHeader, signedHeaders } from '../../adapters/webhooks/signature';
import {
  blockedAddress, blockedHost, checkEndpointUrl, checkEventTypes, failingTooLong, hopSeconds, isSuccess, nextAttemptAt, retryDelaySeconds, subscribes,
  truncateUtf8, WEBHOOK_EVENT_TYPES,
} from '../../domain/webhook';
import { QUEUES, queuesForEvent } from '../../functions/catalog';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const OTHER = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const at = (iso: string) => new Date(iso);

describe('webhook retry schedule', () => {
  it('waits seconds at first, then hours, every 12 hours at most', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map(retryDelaySeconds)).toEqual([5, 30, 120, 600, 1800, 3600, 10800, 21600, 43200, 43200]);
  });

  it('tries for 3 days after the first attempt, the last attempt landing on the window end, then gives up', () => {
    const first = at('2026-12-01T00:00:00Z');
    let now = first;
    const attempts = [first];
    for (let n = 1; ; n++) {
      const next = nextAttemptAt(first, now, n);
      if (!next) break;
      attempts.push(next);
      now = next;
    }
    expect(attempts.at(-1)!.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    expect(attempts[1]!.getTime() - first.getTime()).toBe(5000);
    // 9 attempts in the first 11 hours, then every 12 hours, the last one at 72 h.
    expect(attempts).toHaveLength(15);
    expect(nextAttemptAt(first, at('2026-12-04T00:00:00Z'), 13)).toBeUndefined();
  });

  it('shortens every delay and the window alike when scaled (the local stack)', () => {
    const first = at('2026-12-01T00:00:00Z');
    expect(nextAttemptAt(first, first, 1, 0.1)!.getTime() - first.getTime()).toBe(500);
    expect(nextAttemptAt(first, new Date(first.getTime() + 7.2 * 3_600_000), 10, 0.1)).toBeUndefined();
  });

  it('hops at most 15 minutes on the queue, never negative', () => {
    const now = at('2026-12-01T00:00:00Z');
    expect(hopSeconds(new Date(now.getTime() + 12 * 3_600_000), now)).toBe(900);
    expect(hopSeconds(new Date(now.getTime() + 4_200), now)).toBe(5);
    expect(hopSeconds(new Date(now.getTime() - 1000), now)).toBe(0);
  });

  it('gives up on an endpoint failing for 3 days, not before', () => {
    const now = at('2026-12-04T00:00:00Z');
    expect(failingTooLong('2026-12-01T00:00:00.000Z', now)).toBe(true);
    expect(failingTooLong('2026-12-01T00:00:01.000Z', now)).toBe(false);
    expect(failingTooLong(undefined, now)).toBe(false);
  });

  it('counts only a 2xx as delivered: a redirect is a failure', () => {
    expect([200, 204, 299].every(isSuccess)).toBe(true);
    expect([undefined, 301, 302, 400, 500].some(isSuccess)).toBe(false);
  });
});

describe('webhook signatures (Standard Webhooks)', () => {
  const body = JSON.stringify({ id: '01JDX0M6Q4G5W3C3V9Z8K7Y6XB', type: 'payment.succeeded', occurredAt: '2026-12-01T22:40:00.000Z', hotelId: 'h', data: {} });
  const ts = new Date();

  it('is v1, base64 HMAC-SHA256 of id.timestamp.body with the secret after whsec_', () => {
    const seconds = Math.floor(ts.getTime() / 1000);
    const expected = createHmac('sha256', Buffer.alloc(32, 7)).update(`01JDX0M6Q4G5W3C3V9Z8K7Y6XB.${seconds}.${body}`).digest('base64');
    expect(signatureHeader([SECRET], '01JDX0M6Q4G5W3C3V9Z8K7Y6XB', ts, body)).toBe(`v1,${expected}`);
  });

  it('verifies with the standardwebhooks package, and fails with another secret or a changed body', () => {
    const headers = signedHeaders([SECRET], '01JDX0M6Q4G5W3C3V9Z8K7Y6XB', ts, body);
    expect(new Webhook(SECRET).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(OTHER).verify(body, headers)).toThrow();
    expect(() => new Webhook(SECRET).verify(body.replace('h', 'x'), headers)).toThrow();
  });

  it('carries one signature per secret during a rotation: either secret verifies', () => {
    const headers = signedHeaders([OTHER, SECRET], 'msg_1', ts, body);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(SECRET).verify(body, headers)).toBeDefined();
    expect(new Webhook(OTHER).verify(body, headers)).toBeDefined();
  });
});

describe('webhook targets (SSRF)', () => {
  it('takes public https URLs, normalised', () => {
    expect(checkEndpointUrl('https://PMS.example.com/hooks?x=1', 'public')).toBe('https://pms.example.com/hooks?x=1');
    expect(checkEndpointUrl('https://93.184.216.34:8443/h', 'public')).toBe('https://93.184.216.34:8443/h');
  });

  it.each([
    ['http://pms.example.com/h', 'invalid_url'],
    ['ftp://pms.example.com/h', 'invalid_url'],
    ['not a url', 'invalid_url'],
    ['https://user:pw@pms.example.com/', 'invalid_url'],
    ['https://localhost/h', 'blocked_url'],
    ['https://api.localhost/h', 'blocked_url'],
    ['https://127.0.0.1/h', 'blocked_url'],
    ['https://10.1.2.3/h', 'blocked_url'],
    ['https://172.20.0.1/h', 'blocked_url'],
    ['https://192.168.1.10/h', 'blocked_url'],
    ['https://169.254.169.254/latest/meta-data', 'blocked_url'],
    ['https://100.64.0.1/', 'blocked_url'],
    ['https://0.0.0.0/', 'blocked_url'],
    ['https://[::1]/', 'blocked_url'],
    ['https://[fe80::1]/', 'blocked_url'],
    ['https://[fd00::1]/', 'blocked_url'],
    ['https://[::ffff:127.0.0.1]/', 'blocked_url'],
    ['https://[::ffff:a9fe:a9fe]/', 'blocked_url'],
  ])('refuses %s in production (%s)', (url, code) => {
    expect(() => checkEndpointUrl(url, 'public')).toThrow(expect.objectContaining({ code }));
  });

  it('takes http on this machine only in the local stack', () => {
    expect(checkEndpointUrl('http://127.0.0.1:3000/local/webhooks/pms', 'local')).toBe('http://127.0.0.1:3000/local/webhooks/pms');
    expect(checkEndpointUrl('http://localhost:3000/x', 'local')).toBe('http://localhost:3000/x');
    expect(() => checkEndpointUrl('http://pms.example.com/h', 'local')).toThrow(expect.objectContaining({ code: 'invalid_url' }));
    expect(() => checkEndpointUrl('http://127.0.0.1:3000/x', 'public')).toThrow(expect.objectContaining({ code: 'invalid_url' }));
  });

  it('knows which resolved addresses are not public', () => {
    for (const a of ['127.0.0.53', '10.0.0.1', '172.31.255.255', '192.168.0.1', '169.254.170.2', '224.0.0.1', '255.255.255.255', '::', '::1', 'fc00::', 'fe80::abcd', 'ff02::1', '64:ff9b::a00:1', '2002:c0a8:101::1', 'garbage']) {
      expect({ a, blocked: blockedAddress(a) }).toEqual({ a, blocked: true });
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect({ a, blocked: blockedAddress(a) }).toEqual({ a, blocked: false });
    }
    expect(blockedHost('pms.example.com')).toBe(false);
    expect(blockedHost('LOCALHOST.')).toBe(true);
  });

  it('never calls a blocked target, and never follows a redirect (a 3xx is a failure)', async () => {
    const sender = new HttpWebhookSender('public');
    const blocked = await sender.send({ url: 'https://169.254.169.254/', messageId: 'm', timestamp: new Date(), body: '{}', secrets: [SECRET] });
    expect(blocked).toMatchObject({ error: 'blocked_target', latencyMs: 0 });
    expect(blocked.statusCode).toBeUndefined();
    // A name resolving to loopback is refused at connection time.
    const resolved = await sender.send({ url: 'https://localhost.example.invalid.localtest.me/', messageId: 'm', timestamp: new Date(), body: '{}', secrets: [SECRET] });
    expect(['blocked_target', 'dns_failed']).toContain(resolved.error);

    let hits = 0;
    const server: Server = createServer((req, res) => {
      hits += 1;
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end('x'.repeat(5000));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as { port: number }).port;
      const out = await new HttpWebhookSender('local').send({ url: `http://127.0.0.1:${port}/h`, messageId: 'm', timestamp: new Date(), body: '{}', secrets: [SECRET] });
      expect(out.statusCode).toBe(302);
      expect(isSuccess(out.statusCode)).toBe(false);
      expect(Buffer.byteLength(out.response ?? '')).toBeLessThanOrEqual(1024);
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  });

  it('gives up after its timeout', async () => {
    const server: Server = createServer(() => undefined); // never answers
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as { port: number }).port;
      const out = await new HttpWebhookSender('local', 200).send({ url: `http://127.0.0.1:${port}/h`, messageId: 'm', timestamp: new Date(), body: '{}', secrets: [SECRET] });
      expect(out.error).toBe('timeout');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('webhook subscriptions', () => {
  it('takes known types or "*" alone, and names every unknown type', () => {
    expect(checkEventTypes(['payment.succeeded', 'payment.succeeded', 'refund.failed'])).toEqual(['payment.succeeded', 'refund.failed']);
    expect(checkEventTypes(['*'])).toEqual(['*']);
    expect(() => checkEventTypes(['*', 'payment.succeeded'])).toThrow(expect.objectContaining({ code: 'invalid_events' }));
    expect(() => checkEventTypes([])).toThrow(expect.objectContaining({ code: 'invalid_events' }));
    expect(() => checkEventTypes(['payment.succeeded', 'psp-notification.received', 'nope'])).toThrow(expect.objectContaining({ code: 'unknown_event_type', details: expect.objectContaining({ unknown: ['psp-notification.received', 'nope'] }) }));
  });

  it('matches enabled endpoints only', () => {
    expect(subscribes({ events: ['*'], enabled: true }, 'refund.failed')).toBe(true);
    expect(subscribes({ events: ['refund.failed'], enabled: false }, 'refund.failed')).toBe(false);
    expect(subscribes({ events: ['payment.failed'], enabled: true }, 'refund.failed')).toBe(false);
  });

  it('routes every subscribable event to the webhooks queue', () => {
    for (const type of WEBHOOK_EVENT_TYPES) expect({ type, queues: queuesForEvent(type) }).toEqual({ type, queues: expect.arrayContaining(['webhooks']) });
    expect(queuesForEvent('webhook.delivery-due')).toEqual(['webhooks']);
    // And nothing else: the catalog's list is the subscribable types, written out there.
    expect(QUEUES.find((q) => q.name === 'webhooks')!.events).toEqual([...WEBHOOK_EVENT_TYPES, 'webhook.delivery-due']);
    expect(queuesForEvent('psp-notification.received')).not.toContain('webhooks');
  });

  it('keeps at most 1 KB of an answer without cutting a character', () => {
    expect(truncateUtf8('é'.repeat(600))).toBe('é'.repeat(512));
    expect(Buffer.byteLength(truncateUtf8(`a${'é'.repeat(600)}`))).toBe(1023);
    expect(truncateUtf8('short')).toBe('short');
  });
});
