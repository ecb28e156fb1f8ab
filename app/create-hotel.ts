import type { ApiKey } from '../domain/api-key';
import type { Hotel, PspSecrets } from '../domain/hotel';
import { newKeySecret } from './api-keys';
import type { Language } from '../domain/language';
import { DEFAULT_POLICY, type HotelPolicy, validatePolicy } from '../domain/policy';
import type { Deps, Needs } from './deps';
import { hashSecret, pspSecretsContext } from './secrets';

export interface CreateHotelInput {
  readonly name: string;
  readonly email: string;
  readonly defaultLanguage: Language;
  readonly currency: string;
  readonly timezone: string;
  readonly policy?: HotelPolicy;
  readonly psp: { readonly provider: 'systempay'; readonly siteId: string; readonly mode: 'TEST' | 'PRODUCTION' } & PspSecrets;
}

/**
 * 1. Provision the PSP shop (the local sandbox registers it; the real PSP needs nothing).
 * 2. Seal the PSP keys and passwords with KMS, bound to the hotel.
 * 3. Store the hotel and a full-scope API key (its hash, its ref, the audit) together; show the key once.
 */
export async function createHotel(deps: Needs<'clock' | 'ids' | 'sealer' | 'store:commit'> & Pick<Deps, 'provisioner'>, input: CreateHotelInput): Promise<{ hotelId: string; apiKey: string; keyId: string }> {
  const hotelId = deps.ids.newId();
  const { provider, siteId, mode, ...given } = input.psp;
  const provisioned = deps.provisioner ? await deps.provisioner.provisionShop({ siteId, ...given }) : {};
  const secrets: PspSecrets = { ...given, ...Object.fromEntries(Object.entries(provisioned).filter(([, v]) => v)) } as PspSecrets;
  const hotel: Hotel = {
    hotelId,
    name: input.name,
    email: input.email,
    defaultLanguage: input.defaultLanguage,
    currency: input.currency,
    timezone: input.timezone,
    psp: { provider, siteId, mode },
    policy: validatePolicy(input.policy ?? DEFAULT_POLICY),
    createdAt: deps.clock.now().toISOString(),
    version: 1,
  };
  const sealedSecrets = await deps.sealer.seal(JSON.stringify(secrets), pspSecretsContext(hotelId));
  // The hotel's first key has every scope, as keys made before scopes: it is how the hotel starts.
  const apiKey = newKeySecret(deps, hotelId);
  const key: ApiKey = { hotelId, keyId: deps.ids.newId(), name: 'Created with the hotel', scopes: 'all', createdAt: hotel.createdAt };
  await deps.store.commit({
    hotel: { record: { hotel, sealedSecrets } },
    apiKeys: [{ kind: 'create', key, keyHash: hashSecret(apiKey) }],
    keyAudit: [{ hotelId, entryId: deps.ids.newId(), keyId: key.keyId, action: 'created', byKeyId: 'admin', at: hotel.createdAt }],
  });
  return { hotelId, apiKey, keyId: key.keyId };
}
