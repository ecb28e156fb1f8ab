import { Webhook } from 'standardwebhooks';

/**
 * The `webhook-signature` header: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per secret,
 * space-separated (the specification's way to carry an old and a new secret's during a rotation).
 */
export const signatureHeader = (secrets: readonly string[], messageId: string, timestamp: Date, body: string): string =>
  secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ');

/** The headers of one signed delivery. */
export function signedHeaders(secrets: readonly string[], messageId: string, timestamp: Date, body: string): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatureHeader(secrets, messageId, timestamp, body),
  };
}
