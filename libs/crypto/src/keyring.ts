import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { CryptoError } from './crypto-error.js';
import {
  KEY_BYTES,
  NONCE_BYTES,
  dekAad,
  formatValue,
  open,
  parseValue,
  seal,
  valueAad,
  type EncryptedValue,
  type ParsedValue,
} from './envelope.js';

export interface KeyringOptions {
  /** Version used for new values and re-wraps; defaults to the highest configured version. */
  active?: number;
}

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const invalidConfig = (detail: string): CryptoError =>
  new CryptoError('ERR_MASTER_KEY_INVALID', detail, { errorId: 'CRYPTO-k3yc' });

/** A fresh random master key, base64, for docs and tools; services never call this at boot. */
export function generateMasterKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/**
 * Versioned master keys from configuration and the envelope encryption built on them.
 * Each value gets its own random data key, wrapped by the active master key; rotating means
 * adding a version, making it active and re-wrapping old values (ciphertext untouched).
 */
export class Keyring {
  readonly #keys: ReadonlyMap<number, KeyObject>;
  readonly activeVersion: number;

  private constructor(keys: ReadonlyMap<number, KeyObject>, activeVersion: number) {
    this.#keys = keys;
    this.activeVersion = activeVersion;
  }

  /**
   * Parses `'1:<base64 32 bytes>,2:<base64 32 bytes>'`. Errors name the entry's position or
   * version, never its key material.
   */
  static fromConfig(config: string, options: KeyringOptions = {}): Keyring {
    const entries = (typeof config === 'string' ? config : '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    if (entries.length === 0) throw invalidConfig('No master key is configured.');
    const keys = new Map<number, KeyObject>();
    entries.forEach((entry, index) => {
      const separator = entry.indexOf(':');
      const versionText = separator > 0 ? entry.slice(0, separator).trim() : '';
      const keyText = entry.slice(separator + 1).trim();
      if (!/^[1-9][0-9]{0,8}$/.test(versionText)) {
        throw invalidConfig(`Master key entry ${index + 1} must look like '<version>:<base64 key>' with a positive version.`);
      }
      const version = Number(versionText);
      if (keys.has(version)) throw invalidConfig(`Master key version ${version} is configured twice.`);
      const bytes = STRICT_BASE64.test(keyText) ? Buffer.from(keyText, 'base64') : undefined;
      if (bytes?.length !== KEY_BYTES) {
        throw invalidConfig(`Master key version ${version} must be ${KEY_BYTES} bytes encoded as base64.`);
      }
      keys.set(version, createSecretKey(bytes));
      bytes.fill(0);
    });
    const active = options.active ?? Math.max(...keys.keys());
    if (!keys.has(active)) throw invalidConfig(`The active master key version ${active} is not configured.`);
    return new Keyring(keys, active);
  }

  get versions(): number[] {
    return [...this.#keys.keys()].sort((a, b) => a - b);
  }

  /** Encrypts under a fresh data key; `aad` is the id of the record the value belongs to. */
  encrypt(plaintext: string | Uint8Array, aad: string): EncryptedValue {
    requireAad(aad);
    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const dek = randomBytes(KEY_BYTES);
    try {
      const value = seal(dek, randomBytes(NONCE_BYTES), data, valueAad(aad));
      const wrapped = this.#wrap(dek, this.activeVersion, aad);
      return formatValue({
        version: this.activeVersion,
        dekNonce: wrapped.nonce,
        wrappedDek: wrapped.ciphertext,
        dekTag: wrapped.tag,
        ...value,
      });
    } finally {
      dek.fill(0);
    }
  }

  decrypt(value: string, aad: string): Buffer {
    requireAad(aad);
    const parsed = parseValue(value);
    const dek = this.#unwrap(parsed, aad);
    try {
      return open(dek, parsed, valueAad(aad), 'value');
    } finally {
      dek.fill(0);
    }
  }

  decryptString(value: string, aad: string): string {
    return this.decrypt(value, aad).toString('utf8');
  }

  /** True when the value's data key is wrapped by a master key other than the active one. */
  needsRewrap(value: string): boolean {
    return parseValue(value).version !== this.activeVersion;
  }

  /**
   * Re-wraps the data key under the active master key; nonce, ciphertext and tag stay as
   * they are. The whole value is authenticated first, so a rotation never launders a
   * tampered value. A value already under the active key is returned unchanged.
   */
  rewrap(value: string, aad: string): EncryptedValue {
    requireAad(aad);
    const parsed = parseValue(value);
    const dek = this.#unwrap(parsed, aad);
    try {
      open(dek, parsed, valueAad(aad), 'value').fill(0);
      if (parsed.version === this.activeVersion) return formatValue(parsed);
      const wrapped = this.#wrap(dek, this.activeVersion, aad);
      return formatValue({
        ...parsed,
        version: this.activeVersion,
        dekNonce: wrapped.nonce,
        wrappedDek: wrapped.ciphertext,
        dekTag: wrapped.tag,
      });
    } finally {
      dek.fill(0);
    }
  }

  #wrap(dek: Buffer, version: number, aad: string): ReturnType<typeof seal> {
    return seal(this.#key(version), randomBytes(NONCE_BYTES), dek, dekAad(version, aad));
  }

  #unwrap(parsed: ParsedValue, aad: string): Buffer {
    const sealed = { nonce: parsed.dekNonce, ciphertext: parsed.wrappedDek, tag: parsed.dekTag };
    return open(this.#key(parsed.version), sealed, dekAad(parsed.version, aad), 'data key');
  }

  #key(version: number): KeyObject {
    const key = this.#keys.get(version);
    if (!key) {
      throw new CryptoError(
        'ERR_UNKNOWN_KEY_VERSION',
        `The value was encrypted under master key version ${version}, which is not configured.`,
        { errorId: 'CRYPTO-v3rs' },
      );
    }
    return key;
  }

  /** Keeps key material out of logs and error reports that serialize or inspect the keyring. */
  toJSON(): { versions: number[]; activeVersion: number } {
    return { versions: this.versions, activeVersion: this.activeVersion };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Keyring { versions: [${this.versions.join(', ')}], activeVersion: ${this.activeVersion} }`;
  }
}

function requireAad(aad: string): void {
  if (typeof aad !== 'string' || aad.length === 0) {
    throw new CryptoError('ERR_INVALID_ARGUMENT', 'Encryption needs the record id as additional data.', {
      errorId: 'CRYPTO-a4d0',
    });
  }
}
