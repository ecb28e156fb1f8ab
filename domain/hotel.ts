import type { Language } from './language';
import type { HotelPolicy } from './policy';

export type PspMode = 'TEST' | 'PRODUCTION';

/** The payment service providers a hotel can take payments with (one adapter each, adapters/psp/). */
export const PSP_PROVIDERS = ['systempay'] as const;
export type PspProvider = (typeof PSP_PROVIDERS)[number];

/**
 * A hotel's PSP account, a union by provider: what identifies the hotel's shop and which of its
 * modes (test or production) new payments use.
 */
export type PspSettings = SystempaySettings;

export interface SystempaySettings {
  readonly provider: 'systempay';
  /** The shop id (`vads_site_id`). */
  readonly siteId: string;
  readonly mode: PspMode;
}

/**
 * The secrets of a hotel's PSP account (signing keys, API passwords): their names belong to the
 * provider's adapter. Only ever held in memory, stored sealed with KMS.
 */
export type PspSecrets = Readonly<Record<string, string | undefined>>;

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
