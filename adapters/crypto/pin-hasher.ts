import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Memory-hard PIN hashing with scrypt (built into Node, no dependency).
 *
 * Encoding: `scrypt$N$r$p$saltB64$hashB64`, so the cost parameters can be raised later: `verify`
 * reads them from the stored value and `needsRehash` tells when to re-hash after a good PIN.
 *
 * Cost: N=2^15, r=8, p=1 uses 128·N·r = 32 MiB per hash (just above Node's default 32 MiB
 * `maxmem`, hence the explicit limit). Measured on the dev machine (2 vCPU, Node 20, shared with
 * other work): about 135–280 ms per hash, ~200 ms typical. It runs on the libuv thread pool, so it
 * does not block the event loop. A PIN has few digits: the lock after 5 wrong PINs protects the
 * online path; the cost (and keeping hashes away from logs) is what slows an offline attack.
 */
import type { PinHasher } from '../../app/ports';

export type { PinHasher };

export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Upper bounds for parameters read from a stored hash, so a tampered value cannot exhaust memory/CPU. */
const LIMITS = { maxN: 2 ** 20, maxR: 32, maxP: 16, minKey: 16, maxKey: 64, maxMem: 512 * 1024 * 1024 };

/** scrypt needs 128·N·r·p bytes plus a little; twice that is a safe ceiling. */
const maxmemFor = ({ N, r, p }: ScryptParams): number => 2 * 128 * N * r * p;

function derive(pin: string, salt: Buffer, keylen: number, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: maxmemFor(params) };
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

interface Parsed extends ScryptParams {
  readonly salt: Buffer;
  readonly hash: Buffer;
}

const B64_RE = /^[A-Za-z0-9+/]+={0,2}$/;
const INT_RE = /^[1-9]\d{0,9}$/;

function parse(encoded: unknown): Parsed | undefined {
  if (typeof encoded !== 'string') return undefined;
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [, n, r, p, saltB64, hashB64] = parts as [string, string, string, string, string, string];
  if (!INT_RE.test(n) || !INT_RE.test(r) || !INT_RE.test(p) || !B64_RE.test(saltB64) || !B64_RE.test(hashB64)) return undefined;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  // N is a power of two above 1.
  if (params.N < 2 || (params.N & (params.N - 1)) !== 0 || params.N > LIMITS.maxN) return undefined;
  if (params.r > LIMITS.maxR || params.p > LIMITS.maxP || maxmemFor(params) > LIMITS.maxMem) return undefined;
  const salt = Buffer.from(saltB64, 'base64');
  const hash = Buffer.from(hashB64, 'base64');
  if (salt.length < 8 || hash.length < LIMITS.minKey || hash.length > LIMITS.maxKey) return undefined;
  return { ...params, salt, hash };
}

export class ScryptPinHasher implements PinHasher {
  constructor(private readonly params: ScryptParams = DEFAULT_SCRYPT) {}

  async hash(pin: string): Promise<string> {
    if (typeof pin !== 'string' || pin.length === 0) throw new Error('Nothing to hash');
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(pin, salt, KEY_BYTES, this.params);
    const { N, r, p } = this.params;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
  }

  /** True only for the right PIN; false for a wrong PIN and for a malformed or out-of-bounds encoding. */
  async verify(pin: string, encoded: string): Promise<boolean> {
    const parsed = parse(encoded);
    if (!parsed || typeof pin !== 'string') return false;
    let key: Buffer;
    try {
      key = await derive(pin, parsed.salt, parsed.hash.length, parsed);
    } catch {
      return false;
    }
    return timingSafeEqual(key, parsed.hash);
  }

  /**
   * Spends the same time as `verify` and answers false: for an unknown user, so the response
   * time does not tell whether the user exists.
   */
  async verifyNothing(pin: string): Promise<false> {
    await derive(typeof pin === 'string' ? pin : '', randomBytes(SALT_BYTES), KEY_BYTES, this.params);
    return false;
  }

  /** A stored hash made with other parameters than this hasher's: re-hash it after the next good PIN. */
  needsRehash(encoded: string): boolean {
    const parsed = parse(encoded);
    return !parsed || parsed.N !== this.params.N || parsed.r !== this.params.r || parsed.p !== this.params.p || parsed.hash.length !== KEY_BYTES;
  }
}
