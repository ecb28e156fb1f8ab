import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EncryptionContext, Sealed, SecretSealer } from '../../app/ports';

/** AAD binds the ciphertext to its context locally too, so a sealed value moved to another entity fails to open. */
const aad = (context: EncryptionContext) => Buffer.from(JSON.stringify(Object.entries(context).sort(([a], [b]) => a.localeCompare(b))));

/**
 * Card data keys are never kept: every reveal asks KMS (and leaves its trail in CloudTrail). Nor
 * are a notification's (it holds a card token and is opened once, when processed).
 */
const cacheable = (context: EncryptionContext): boolean => {
  const purpose = String(context.purpose ?? '');
  return !purpose.startsWith('card-') && purpose !== 'psp-notification';
};

/**
 * KMS envelope encryption: a fresh AES-256 data key per secret from GenerateDataKey with an
 * encryption context, AES-256-GCM locally. Opened data keys are cached briefly so a hot path
 * (the PSP notification endpoint) does not call KMS on every request; card and notification keys
 * are not cached.
 */
export class KmsSealer implements SecretSealer {
  private readonly cache = new Map<string, { key: Buffer; until: number }>();

  constructor(
    private readonly kms: KMSClient,
    private readonly keyId: string,
    private readonly cacheMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async seal(plaintext: string, context: EncryptionContext): Promise<Sealed> {
    const out = await this.kms.send(new GenerateDataKeyCommand({ KeyId: this.keyId, KeySpec: 'AES_256', EncryptionContext: { ...context } }));
    if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS returned no data key');
    const key = Buffer.from(out.Plaintext);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(context));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    key.fill(0);
    return { v: 1, key: Buffer.from(out.CiphertextBlob).toString('base64'), iv: iv.toString('base64'), data: data.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  }

  async open(sealed: Sealed, context: EncryptionContext): Promise<string> {
    const cacheKey = `${sealed.key}|${aad(context).toString('base64')}`;
    const hit = cacheable(context) ? this.cache.get(cacheKey) : undefined;
    let key: Buffer;
    if (hit && hit.until > this.now()) {
      key = hit.key;
    } else {
      const out = await this.kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(sealed.key, 'base64'), EncryptionContext: { ...context }, KeyId: this.keyId }));
      if (!out.Plaintext) throw new Error('KMS returned no plaintext');
      key = Buffer.from(out.Plaintext);
      if (cacheable(context)) {
        if (this.cache.size > 500) this.cache.clear();
        this.cache.set(cacheKey, { key, until: this.now() + this.cacheMs });
      }
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64')).setAAD(aad(context));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
    } finally {
      if (!cacheable(context)) key.fill(0);
    }
  }
}
