import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CryptoError } from './crypto-error.js';

/** 192 bits: the floor for opaque tokens (ARCHITECTURE §6). */
export const MIN_TOKEN_BYTES = 24;
const FINGERPRINT_DOMAIN = 'keywarden/fingerprint/v1\0';

/**
 * An opaque token `${prefix}${base64url(bytes random bytes)}` from the CSPRNG, e.g.
 * `generateToken('kwp_')`. Store only `sha256Hex(token)`; show the token once.
 */
export function generateToken(prefix = '', bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < MIN_TOKEN_BYTES) {
    throw new CryptoError('ERR_INVALID_ARGUMENT', `A token needs at least ${MIN_TOKEN_BYTES} random bytes (192 bits).`, {
      errorId: 'CRYPTO-t0k3',
    });
  }
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

export function sha256Hex(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Compares two secrets in time independent of where they differ and of their lengths:
 * both sides are hashed to 32 bytes first, then compared with timingSafeEqual.
 */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/**
 * A short, non-reversible id of a high-entropy secret (token, key, secret value) for events
 * and logs: the first 16 hex chars of SHA-256 over a domain-separated input. Not for
 * passwords or other guessable values, which a fingerprint would let an attacker test offline.
 */
export function fingerprint(value: string | Uint8Array): string {
  return createHash('sha256').update(FINGERPRINT_DOMAIN).update(value).digest('hex').slice(0, 16);
}
