import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CryptoError, Keyring, generateMasterKey, isEncryptedValue } from './index.js';

const k1 = generateMasterKey();
const k2 = generateMasterKey();
const RECORD = 'secret-7f3c';

function expectCryptoError(fn: () => unknown, code: string): CryptoError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CryptoError);
    expect((error as CryptoError).code).toBe(code);
    return error as CryptoError;
  }
  throw new Error(`expected ${code}`);
}

/** Flips one bit of the decoded bytes of part `index` and re-encodes it canonically. */
function tamper(value: string, index: number): string {
  const parts = value.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  if (bytes.length === 0) throw new Error('cannot tamper an empty part');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('Keyring.fromConfig', () => {
  it('parses versions and defaults the active one to the highest', () => {
    const ring = Keyring.fromConfig(` 2:${k2} , 1:${k1} `);
    expect(ring.versions).toEqual([1, 2]);
    expect(ring.activeVersion).toBe(2);
    expect(Keyring.fromConfig(`1:${k1},2:${k2}`, { active: 1 }).activeVersion).toBe(1);
  });

  it.each([
    ['empty', ''],
    ['only commas', ' , '],
    ['no version', k1],
    ['zero version', `0:${k1}`],
    ['short key', `1:${randomBytes(16).toString('base64')}`],
    ['long key', `1:${randomBytes(33).toString('base64')}`],
    ['not base64', `1:${'%'.repeat(44)}`],
    ['duplicate', `1:${k1},1:${k2}`],
  ])('rejects %s with ERR_MASTER_KEY_INVALID', (_label, config) => {
    const error = expectCryptoError(() => Keyring.fromConfig(config), 'ERR_MASTER_KEY_INVALID');
    expect(error.message).not.toContain(k1);
    expect(error.message).not.toContain(k2);
  });

  it('rejects an active version that is not configured', () => {
    expectCryptoError(() => Keyring.fromConfig(`1:${k1}`, { active: 2 }), 'ERR_MASTER_KEY_INVALID');
  });

  it('does not reveal key material when logged or serialized', () => {
    const ring = Keyring.fromConfig(`1:${k1}`);
    expect(inspect(ring)).not.toContain(k1.slice(0, 10));
    expect(JSON.stringify(ring)).toBe('{"versions":[1],"activeVersion":1}');
  });
});

describe('envelope encryption', () => {
  const ring = Keyring.fromConfig(`1:${k1}`);

  it('round-trips strings and bytes', () => {
    const value = ring.encrypt('glpat-abc123', RECORD);
    expect(value.startsWith('kw1.1.')).toBe(true);
    expect(value.split('.')).toHaveLength(6);
    expect(value).not.toContain('glpat');
    expect(isEncryptedValue(value)).toBe(true);
    expect(ring.decryptString(value, RECORD)).toBe('glpat-abc123');
    const bytes = randomBytes(100);
    expect(ring.decrypt(ring.encrypt(bytes, RECORD), RECORD).equals(bytes)).toBe(true);
    expect(ring.decryptString(ring.encrypt('', RECORD), RECORD)).toBe('');
  });

  it('uses a fresh data key and nonce per value', () => {
    const a = ring.encrypt('same', RECORD).split('.');
    const b = ring.encrypt('same', RECORD).split('.');
    expect(a[2]).not.toBe(b[2]);
    expect(a[3]).not.toBe(b[3]);
    expect(a[4]).not.toBe(b[4]);
  });

  it.each([
    ['wrapped data key', 2],
    ['nonce', 3],
    ['ciphertext', 4],
    ['tag', 5],
  ])('detects a tampered %s', (_label, index) => {
    const value = ring.encrypt('payload', RECORD);
    const error = expectCryptoError(() => ring.decrypt(tamper(value, index), RECORD), 'ERR_DECRYPT_FAILED');
    expect(error.message).not.toContain('payload');
  });

  it('detects tampering of the data key nonce and tag inside the wrapped part', () => {
    const value = ring.encrypt('payload', RECORD);
    const parts = value.split('.');
    for (const offset of [0, 11, 12, 43, 44, 59]) {
      const bytes = Buffer.from(parts[2] ?? '', 'base64url');
      bytes[offset] = (bytes[offset] ?? 0) ^ 0x80;
      const altered = [...parts.slice(0, 2), bytes.toString('base64url'), ...parts.slice(3)].join('.');
      expectCryptoError(() => ring.decrypt(altered, RECORD), 'ERR_DECRYPT_FAILED');
    }
  });

  it('rejects malformed values, prefixes and non-canonical encodings', () => {
    const value = ring.encrypt('payload', RECORD);
    const parts = value.split('.');
    expectCryptoError(() => ring.decrypt(`kw2.${parts.slice(1).join('.')}`, RECORD), 'ERR_DECRYPT_FAILED');
    expectCryptoError(() => ring.decrypt(parts.slice(0, 5).join('.'), RECORD), 'ERR_DECRYPT_FAILED');
    expectCryptoError(() => ring.decrypt(`${value}.x`, RECORD), 'ERR_DECRYPT_FAILED');
    expectCryptoError(() => ring.decrypt('not encrypted', RECORD), 'ERR_DECRYPT_FAILED');
    expectCryptoError(() => ring.decrypt(value.replace('kw1.1.', 'kw1.01.'), RECORD), 'ERR_DECRYPT_FAILED');
    // A 16-byte tag is 22 base64url chars; its last char carries 4 spare bits. Changing
    // them decodes to the same bytes, and must still be refused.
    const tag = parts[5] ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(tag.at(-1) ?? 'A');
    const sibling = alphabet[last ^ 0x01] ?? 'A';
    const respelledTag = tag.slice(0, -1) + sibling;
    expect(Buffer.from(respelledTag, 'base64url').equals(Buffer.from(tag, 'base64url'))).toBe(true);
    const spelled = [...parts.slice(0, 5), respelledTag].join('.');
    expectCryptoError(() => ring.decrypt(spelled, RECORD), 'ERR_DECRYPT_FAILED');
    expect(isEncryptedValue('kw1.1.a.b.c.d')).toBe(false);
  });

  it('refuses a value moved to another record', () => {
    const value = ring.encrypt('payload', RECORD);
    expectCryptoError(() => ring.decrypt(value, 'secret-other'), 'ERR_DECRYPT_FAILED');
  });

  it('requires the record id as additional data', () => {
    expectCryptoError(() => ring.encrypt('payload', ''), 'ERR_INVALID_ARGUMENT');
  });

  it('reports an unknown master key version', () => {
    const value = ring.encrypt('payload', RECORD);
    const error = expectCryptoError(() => ring.decrypt(value.replace('kw1.1.', 'kw1.9.'), RECORD), 'ERR_UNKNOWN_KEY_VERSION');
    expect(error.message).toContain('version 9');
    const other = Keyring.fromConfig(`2:${k2}`);
    expectCryptoError(() => other.decrypt(value, RECORD), 'ERR_UNKNOWN_KEY_VERSION');
  });

  it('fails with the right key version but the wrong key', () => {
    const value = ring.encrypt('payload', RECORD);
    expectCryptoError(() => Keyring.fromConfig(`1:${k2}`).decrypt(value, RECORD), 'ERR_DECRYPT_FAILED');
  });
});

describe('rotation', () => {
  it('decrypts old values after a new key becomes active, then re-wraps them', () => {
    const v1 = Keyring.fromConfig(`1:${k1}`);
    const old = v1.encrypt('refresh-token-value', RECORD);

    const v2 = Keyring.fromConfig(`1:${k1},2:${k2}`);
    expect(v2.activeVersion).toBe(2);
    expect(v2.decryptString(old, RECORD)).toBe('refresh-token-value');
    expect(v2.needsRewrap(old)).toBe(true);

    const rewrapped = v2.rewrap(old, RECORD);
    expect(rewrapped.startsWith('kw1.2.')).toBe(true);
    expect(v2.needsRewrap(rewrapped)).toBe(false);
    const [, , oldKey, ...oldRest] = old.split('.');
    const [, , newKey, ...newRest] = rewrapped.split('.');
    expect(newKey).not.toBe(oldKey);
    expect(newRest).toEqual(oldRest);
    expect(v2.decryptString(rewrapped, RECORD)).toBe('refresh-token-value');

    // Once every value is re-wrapped, version 1 can leave the configuration.
    const only2 = Keyring.fromConfig(`2:${k2}`);
    expect(only2.decryptString(rewrapped, RECORD)).toBe('refresh-token-value');
    expectCryptoError(() => only2.decrypt(old, RECORD), 'ERR_UNKNOWN_KEY_VERSION');
    expect(v2.encrypt('new', RECORD).startsWith('kw1.2.')).toBe(true);
  });

  it('leaves a value under the active key unchanged and refuses to re-wrap tampered or moved values', () => {
    const ring = Keyring.fromConfig(`1:${k1},2:${k2}`);
    const current = ring.encrypt('x', RECORD);
    expect(ring.rewrap(current, RECORD)).toBe(current);
    const old = Keyring.fromConfig(`1:${k1}`).encrypt('payload', RECORD);
    expectCryptoError(() => ring.rewrap(tamper(old, 4), RECORD), 'ERR_DECRYPT_FAILED');
    expectCryptoError(() => ring.rewrap(old, 'secret-other'), 'ERR_DECRYPT_FAILED');
  });
});
