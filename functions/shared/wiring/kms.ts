import type { SecretSealer } from '../../../app/ports';
import { kmsClient } from '../../../adapters/aws/client-kms';
import { KmsSealer } from '../../../adapters/aws/kms-sealer';
import { currentScope, setting, type FunctionScope } from '../settings';

/**
 * What IAM does in AWS (grants per purpose of the encryption context), checked in the code where
 * no IAM stands: locally, a function sealing or opening a kind of secret its catalog entry does not
 * list fails just as KMS would deny it.
 */
function purposeChecked(sealer: SecretSealer, scope: FunctionScope | undefined): SecretSealer {
  if (!scope) return sealer;
  const allowed = (list: readonly string[] | undefined, purpose: string | undefined, action: string) => {
    if (!list?.includes(purpose ?? '')) throw Object.assign(new Error(`${scope.fn} may not ${action} secrets of purpose ${purpose ?? '(none)'}: add it to its kms access in functions/catalog.ts`), { name: 'AccessDeniedException' });
  };
  return {
    seal: async (plaintext, context) => (allowed(scope.kms?.seal, context.purpose, 'seal'), sealer.seal(plaintext, context)),
    open: async (sealed, context) => (allowed(scope.kms?.open, context.purpose, 'open'), sealer.open(sealed, context)),
  };
}

/** KMS envelope encryption with the function's key, limited to the purposes its catalog entry lists. */
export function sealer(): SecretSealer {
  const kmsKeyId = setting('KMS_KEY_ID');
  if (!kmsKeyId) {
    const missing = () => Promise.reject(new Error('KMS_KEY_ID is not set for this function'));
    return { seal: missing, open: missing };
  }
  return purposeChecked(new KmsSealer(kmsClient(), kmsKeyId), currentScope());
}
