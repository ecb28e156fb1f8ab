import { createHash } from 'node:crypto';
import type { PspSecrets } from '../domain/hotel';
import type { Deps } from './deps';
import type { EncryptionContext, HotelRecord } from './ports';

/** Secrets handed out once (API keys, link tokens) are stored only as their SHA-256. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export const pspSecretsContext = (hotelId: string): EncryptionContext => ({ hotelId, purpose: 'psp-secrets' });
export const linkContext = (hotelId: string, paymentRequestId: string): EncryptionContext => ({ hotelId, paymentRequestId, purpose: 'payment-link' });
export const notificationContext = (hotelId: string, notificationId: string): EncryptionContext => ({ hotelId, notificationId, purpose: 'psp-notification' });

/** A card's sealed parts are bound to the card: a ciphertext moved to another card does not open. */
export const cardContext = (hotelId: string, reservationId: string, cardId: string, purpose: 'card-secret' | 'card-cvv' | 'card-token'): EncryptionContext => ({ hotelId, reservationId, cardId, purpose });

export async function openPspSecrets(deps: Pick<Deps, 'sealer'>, rec: HotelRecord): Promise<PspSecrets> {
  return JSON.parse(await deps.sealer.open(rec.sealedSecrets, pspSecretsContext(rec.hotel.hotelId))) as PspSecrets;
}
