import type { Language } from './language';
import type { HotelPolicy } from './policy';

export type PspMode = 'TEST' | 'PRODUCTION';

/** The PSP secrets of a hotel; only ever held in memory, stored sealed with KMS. */
export interface PspSecrets {
  readonly testKey: string;
  readonly productionKey?: string;
  readonly testPassword?: string;
  readonly productionPassword?: string;
}

export interface PspSettings {
  readonly provider: 'systempay';
  readonly siteId: string;
  readonly mode: PspMode;
}

export interface Hotel {
  readonly hotelId: string;
  readonly name: string;
  readonly email: string;
  readonly defaultLanguage: Language;
  readonly currency: string;
  readonly timezone: string;
  readonly psp: PspSettings;
  readonly policy: HotelPolicy;
  readonly createdAt: string;
  readonly version: number;
}

/** The key that signs forms and verifies notifications for a given context mode. */
export function signingKey(secrets: PspSecrets, mode: PspMode): string | undefined {
  return mode === 'TEST' ? secrets.testKey : secrets.productionKey;
}
