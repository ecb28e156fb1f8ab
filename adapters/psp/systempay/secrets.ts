import type { PspMode, PspSecrets } from '../../../domain/hotel';

/** Systempay's names for a hotel's secrets: a signing key and a REST password per mode. */
export interface SystempaySecrets {
  readonly testKey?: string;
  readonly productionKey?: string;
  readonly testPassword?: string;
  readonly productionPassword?: string;
}

/** The key that signs forms and notifications in `mode`. */
export const keyFor = (secrets: PspSecrets, mode: PspMode): string | undefined => (mode === 'TEST' ? (secrets as SystempaySecrets).testKey : (secrets as SystempaySecrets).productionKey);
