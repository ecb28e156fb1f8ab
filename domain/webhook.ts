import { InvalidInput } from './errors';

/**
 * Outbound webhooks (docs/webhooks.md): which events a PMS may subscribe to, what an endpoint and
 * a delivery are, the retry schedule, when an endpoint is given up on, and which targets may be
 * called. Pure: no I/O, no clock, no network (the resolver lives in the sender adapter).
 */

/** The hotel's events a PMS may subscribe to, in the order the documentation lists them. */
export const WEBHOOK_EVENT_TYPES = [
  'payment-request.created',
  'payment-request.expired',
  'payment.succeeded',
  'payment.failed',
  'payment.received-after-close',
  'payment.received-twice',
  'reservation.confirmed',
  'reservation.expired',
  'reservation.option-overdue',
  'reservation.cancelled',
  'refund.succeeded',
  'refund.failed',
  'capture.succeeded',
  'capture.failed',
  'release.succeeded',
  'release.failed',
  'hold.lapse-warning',
  'charge.succeeded',
  'charge.failed',
  'charge.action-required',
  'card.expiring',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only to one endpoint, by its test route. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const isWebhookEventType = (type: string): type is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);

/** Endpoints a hotel may have: every event is fanned out to each, in one worker run. */
export const MAX_ENDPOINTS = 20;

export interface WebhookSecret {
  /** When it was made (the newest is the current one). */
  readonly createdAt: string;
  /** Set on the secret a rotation replaced: deliveries stop signing with it at this instant. */
  readonly retiresAt?: string;
}

export interface WebhookEndpoint {
  readonly hotelId: string;
  readonly endpointId: string;
  readonly url: string;
  /** Event types, or `["*"]` for every type. */
  readonly events: readonly string[];
  readonly description?: string;
  readonly enabled: boolean;
  /** Why it is off: turned off by the hotel, or failing for the whole retry window. */
  readonly disabledReason?: 'by_hotel' | 'failing';
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  /** The first failed attempt since the last success (kept by the delivery worker). */
  readonly failingSince?: string;
}

export const subscribes = (endpoint: Pick<WebhookEndpoint, 'events' | 'enabled'>, type: string): boolean =>
  endpoint.enabled && (endpoint.events.includes('*') || endpoint.events.includes(type));

/** The subscription as given: `["*"]`, or known types, each once. Refused whole, with every unknown type named. */
export function checkEventTypes(events: readonly string[]): string[] {
  if (events.length === 0) throw new InvalidInput('invalid_events', 'events lists at least one event type, or "*" for all');
  if (events.includes('*')) {
    if (events.length > 1) throw new InvalidInput('invalid_events', '"*" subscribes to every event: give it alone');
    return ['*'];
  }
  const unknown = events.filter((e) => !isWebhookEventType(e));
  if (unknown.length) {
    throw new InvalidInput('unknown_event_type', `Unknown event type${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`, { unknown, known: [...WEBHOOK_EVENT_TYPES] });
  }
  return [...new Set(events)];
}

// ---------------------------------------------------------------------------------------------
// Deliveries and their retries.

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface DeliveryAttempt {
  readonly at: string;
  /** The receiver's HTTP status; absent when there was no answer (timeout, refused, blocked target). */
  readonly statusCode?: number;
  readonly latencyMs: number;
  /** What went wrong without an answer: `timeout`, `connection_failed`, `blocked_target`, … */
  readonly error?: string;
  /** The start of the receiver's answer, at most RESPONSE_KEPT_BYTES. */
  readonly response?: string;
}

export const RESPONSE_KEPT_BYTES = 1024;
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Deliveries (and their attempts) are kept this long after their last attempt. */
export const DELIVERY_LOG_DAYS = 30;
/** The feed keeps a hotel's events this long after they occurred. */
export const FEED_DAYS = 30;

/** Retries run this long after the first attempt; an endpoint failing this long is disabled. */
export const RETRY_WINDOW_SECONDS = 3 * 86_400;

/** Seconds between attempt n and n+1 (n from 1): seconds at first, then every 12 hours. */
const DELAYS = [5, 30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600] as const;
const LAST_DELAY = 12 * 3600;

export const retryDelaySeconds = (attemptsMade: number): number => DELAYS[attemptsMade - 1] ?? LAST_DELAY;

/** A 2xx; anything else (3xx: redirects are not followed) is a failure. */
export const isSuccess = (statusCode: number | undefined): boolean => statusCode !== undefined && statusCode >= 200 && statusCode < 300;

/**
 * When to try again after a failed attempt, or undefined when the retry window is over. The last
 * attempt lands on the window's end. `scale` shortens every delay and the window alike (locally).
 */
export function nextAttemptAt(firstAttemptAt: Date, now: Date, attemptsMade: number, scale = 1): Date | undefined {
  const end = firstAttemptAt.getTime() + RETRY_WINDOW_SECONDS * 1000 * scale;
  if (now.getTime() >= end) return undefined;
  return new Date(Math.min(end, now.getTime() + retryDelaySeconds(attemptsMade) * 1000 * scale));
}

/** An endpoint failing since `failingSince` is given up on at a failed attempt this late. */
export const failingTooLong = (failingSince: string | undefined, now: Date, scale = 1): boolean =>
  failingSince !== undefined && now.getTime() - Date.parse(failingSince) >= RETRY_WINDOW_SECONDS * 1000 * scale;

/** SQS holds a message back 15 minutes at most: a longer wait is made of several hops. */
export const MAX_QUEUE_DELAY_SECONDS = 900;
export const hopSeconds = (until: Date, now: Date): number =>
  Math.max(0, Math.min(MAX_QUEUE_DELAY_SECONDS, Math.ceil((until.getTime() - now.getTime()) / 1000)));

/** The start of an answer, cut to at most `max` bytes of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, max = RESPONSE_KEPT_BYTES): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= max) return text;
  let end = max;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1; // not inside a multi-byte character
  return bytes.subarray(0, end).toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// Targets (SSRF).

/** `public`: https to public addresses only (AWS); `local`: also plain http to this machine (npm start). */
export type TargetPolicy = 'public' | 'local';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The URL an endpoint may be registered with, normalised; 400 `invalid_url` or `blocked_url` otherwise. */
export function checkEndpointUrl(raw: string, policy: TargetPolicy): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidInput('invalid_url', 'url is not an absolute URL');
  }
  if (url.username || url.password) throw new InvalidInput('invalid_url', 'url must not carry a user name or password');
  if (url.hash) throw new InvalidInput('invalid_url', 'url must not have a fragment');
  const host = url.hostname.toLowerCase();
  if (policy === 'local' && url.protocol === 'http:' && LOOPBACK_NAMES.has(host)) return url.toString();
  if (url.protocol !== 'https:') throw new InvalidInput('invalid_url', policy === 'local' ? 'url is https, or http on 127.0.0.1 or localhost in the local stack' : 'url must be https');
  if (policy === 'public' && blockedHost(host)) {
    throw new InvalidInput('blocked_url', 'url points to a private, loopback, link-local or reserved address, which webhooks never call');
  }
  return url.toString();
}

/** A host name (or literal address, IPv6 in brackets) no delivery may reach in production. */
export function blockedHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const literal = h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
  if (isIPv4(literal) || literal.includes(':')) return blockedAddress(literal);
  return false;
}

const isIPv4 = (s: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) && s.split('.').every((o) => Number(o) <= 255);

const ipv4ToInt = (s: string): number => s.split('.').reduce((n, o) => n * 256 + Number(o), 0);

/** [network, prefix length] of every IPv4 range that is not the public internet. */
const BLOCKED_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
];

function blockedV4(s: string): boolean {
  const ip = ipv4ToInt(s);
  return BLOCKED_V4.some(([net, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return ((ip & mask) >>> 0) === ((ipv4ToInt(net) & mask) >>> 0);
  });
}

/** The 8 groups of an IPv6 address (embedded IPv4 expanded), or undefined if it is not one. */
function ipv6Groups(s: string): number[] | undefined {
  let text = s.split('%')[0]!; // zone index
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)?.[1];
  if (v4) {
    if (!isIPv4(v4)) return undefined;
    const n = ipv4ToInt(v4);
    text = `${text.slice(0, -v4.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const part = (p: string) => (p === '' ? [] : p.split(':'));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return groups.map((g) => parseInt(g, 16));
}

/** A literal address (IPv4 or IPv6) that is not on the public internet; unparseable counts as blocked. */
export function blockedAddress(address: string): boolean {
  if (isIPv4(address)) return blockedV4(address);
  const g = ipv6Groups(address);
  if (!g) return true;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  if (g.slice(0, 7).every((x) => x === 0)) return true; // :: and ::1
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return blockedV4(v4(g[6]!, g[7]!)); // ::ffff:a.b.c.d
  if (g.slice(0, 6).every((x) => x === 0)) return true; // deprecated IPv4-compatible
  if (g[0] === 0x64 && g[1] === 0xff9b) return blockedV4(v4(g[6]!, g[7]!)); // NAT64
  if ((g[0]! & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g[0]! & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0]! & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((g[0]! & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  if (g[0] === 0x2002) return blockedV4(v4(g[1]!, g[2]!)); // 6to4 of a private IPv4
  return false;
}
