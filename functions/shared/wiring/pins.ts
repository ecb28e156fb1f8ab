import type { PinHasher } from '../../../app/ports';
import { ScryptPinHasher } from '../../../adapters/crypto/pin-hasher';

/** PIN hashing for vault users (scrypt, in the function). */
export const pins = (): PinHasher => new ScryptPinHasher();
