import { createCipheriv, createDecipheriv, type KeyObject } from 'node:crypto';
import { CryptoError } from './crypto-error.js';

/*
 * Serialized form of an encrypted value (one ASCII string, safe in text columns and JSON):
 *
 *   kw1.<masterVersion>.<wrappedKey>.<nonce>.<ciphertext>.<tag>
 *
 * - masterVersion: decimal version of the master key that wrapped the data key
 * - wrappedKey:    base64url(dekNonce[12] ‖ AES-256-GCM(master, dek)[32] ‖ dekTag[16])
 * - nonce:         base64url, 12 random bytes for the value
 * - ciphertext:    base64url, AES-256-GCM(dek, plaintext), empty for an empty plaintext
 * - tag:           base64url, 16-byte GCM tag of the value
 *
 * Both GCM operations bind the caller's aad (the record id) as additional data, each with its
 * own domain prefix; the key wrap also binds the master version. The value's additional data
 * does not include the master version, so a re-wrap leaves nonce, ciphertext and tag unchanged.
 */
export type EncryptedValue = `kw1.${string}`;

export const FORMAT_PREFIX = 'kw1';
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;
const WRAPPED_KEY_BYTES = NONCE_BYTES + KEY_BYTES + TAG_BYTES;
const B64URL = /^[A-Za-z0-9_-]*$/;

export interface ParsedValue {
  version: number;
  dekNonce: Buffer;
  wrappedDek: Buffer;
  dekTag: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

export function isEncryptedValue(value: string): value is EncryptedValue {
  try {
    parseValue(value);
    return true;
  } catch {
    return false;
  }
}

export function valueAad(aad: string): Buffer {
  return Buffer.from(`kw1/value\0${aad}`, 'utf8');
}

export function dekAad(version: number, aad: string): Buffer {
  return Buffer.from(`kw1/dek\0${version}\0${aad}`, 'utf8');
}

const malformed = (): CryptoError =>
  new CryptoError('ERR_DECRYPT_FAILED', 'The encrypted value is malformed.', { errorId: 'CRYPTO-m4lf' });

/** Decodes base64url strictly: a non-canonical spelling of the same bytes is tampering too. */
function decodePart(part: string): Buffer {
  if (!B64URL.test(part)) throw malformed();
  const bytes = Buffer.from(part, 'base64url');
  if (bytes.toString('base64url') !== part) throw malformed();
  return bytes;
}

export function parseValue(value: string): ParsedValue {
  if (typeof value !== 'string') throw malformed();
  const parts = value.split('.');
  if (parts.length !== 6 || parts[0] !== FORMAT_PREFIX) throw malformed();
  const [, versionText = '', wrapped = '', nonceText = '', ciphertextText = '', tagText = ''] = parts;
  if (!/^[1-9][0-9]{0,8}$/.test(versionText)) throw malformed();
  const wrappedBytes = decodePart(wrapped);
  const nonce = decodePart(nonceText);
  const ciphertext = decodePart(ciphertextText);
  const tag = decodePart(tagText);
  if (wrappedBytes.length !== WRAPPED_KEY_BYTES || nonce.length !== NONCE_BYTES || tag.length !== TAG_BYTES) {
    throw malformed();
  }
  return {
    version: Number(versionText),
    dekNonce: wrappedBytes.subarray(0, NONCE_BYTES),
    wrappedDek: wrappedBytes.subarray(NONCE_BYTES, NONCE_BYTES + KEY_BYTES),
    dekTag: wrappedBytes.subarray(NONCE_BYTES + KEY_BYTES),
    nonce,
    ciphertext,
    tag,
  };
}

export function formatValue(parsed: ParsedValue): EncryptedValue {
  const wrapped = Buffer.concat([parsed.dekNonce, parsed.wrappedDek, parsed.dekTag]).toString('base64url');
  return `${FORMAT_PREFIX}.${parsed.version}.${wrapped}.${parsed.nonce.toString('base64url')}.${parsed.ciphertext.toString(
    'base64url',
  )}.${parsed.tag.toString('base64url')}`;
}

export interface Sealed {
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

export function seal(key: KeyObject | Buffer, nonce: Buffer, plaintext: Uint8Array, aad: Buffer): Sealed {
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, ciphertext, tag: cipher.getAuthTag() };
}

/** Opens a GCM box; any authentication failure becomes one opaque ERR_DECRYPT_FAILED. */
export function open(key: KeyObject | Buffer, sealed: Sealed, aad: Buffer, what: string): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new CryptoError(
      'ERR_DECRYPT_FAILED',
      `Decryption of the ${what} failed: the value was altered, or it belongs to another record.`,
      { errorId: 'CRYPTO-d3cr' },
    );
  }
}
