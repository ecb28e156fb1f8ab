import { createHash } from 'node:crypto';
import type { PspSecrets } from '../domain/hotel';
import type { Needs } from './deps';
import type { EncryptionContext, HotelRecord } from './ports';

/** Secrets handed out once (API keys, link tokens) are stored only as their SHA-256. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/**
 * What each sealed value is for: part of its KMS encryption context, and what IAM grants a function
 * (functions/catalog.ts `kms`) so a function opens only the kinds of secret it needs.
 */
export const SECRET_PURPOSES = ['psp-secrets', 'payment-link', 'psp-notification', 'card-secret', 'card-cvv', 'card-token', 'webhook-secret', 'idempotent-answer'] as const;
export type SecretPurpose = (typeof SECRET_PURPOSES)[number];

export const pspSecretsContext = (hotelId: string): EncryptionContext => ({ hotelId, purpose: 'psp-secrets' });
export const linkContext = (hotelId: string, paymentRequestId: string): EncryptionContext => ({ hotelId, paymentRequestId, purpose: 'payment-link' });
export const notificationContext = (hotelId: string, notificationId: string): EncryptionContext => ({ hotelId, notificationId, purpose: 'psp-notification' });

/** A webhook endpoint's signing secret opens only as that endpoint's. */
export const webhookSecretContext = (hotelId: string, endpointId: string): EncryptionContext => ({ hotelId, endpointId, purpose: 'webhook-secret' });

/** A card's sealed parts are bound to the card: a ciphertext moved to another card does not open. */
export const cardContext = (hotelId: string, reservationId: string, cardId: string, purpose: Extract<SecretPurpose, `card-${string}`>): EncryptionContext => ({ hotelId, reservationId, cardId, purpose });

/** An answer kept for an Idempotency-Key's replay that holds a secret (a new API key): bound to its owner and key. */
export const answerContext = (owner: string, keyHash: string): EncryptionContext => ({ owner, keyHash, purpose: 'idempotent-answer' });

export async function openPspSecrets(deps: Needs<'sealer'>, rec: HotelRecord): Promise<PspSecrets> {
  return JSON.parse(await deps.sealer.open(rec.sealedSecrets, pspSecretsContext(rec.hotel.hotelId))) as PspSecrets;
}
