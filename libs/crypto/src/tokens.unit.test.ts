import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CryptoError, constantTimeEqual, fingerprint, generateToken, sha256Hex } from './index.js';

describe('generateToken', () => {
  it('prefixes base64url from 32 random bytes by default', () => {
    const token = generateToken('kwp_');
    expect(token).toMatch(/^kwp_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), 'base64url')).toHaveLength(32);
    expect(generateToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('enforces at least 192 bits', () => {
    expect(Buffer.from(generateToken('whk_', 24).slice(4), 'base64url')).toHaveLength(24);
    expect(() => generateToken('whk_', 23)).toThrow(CryptoError);
    expect(() => generateToken('whk_', 16)).toThrow(/at least 24/);
    expect(() => generateToken('whk_', 24.5)).toThrow(CryptoError);
  });

  it('does not repeat and spreads its bits', () => {
    const tokens = Array.from({ length: 2000 }, () => generateToken('', 32));
    expect(new Set(tokens).size).toBe(tokens.length);
    // Over 2000 x 256 bits, each bit position is set about half the time.
    const ones = new Array<number>(256).fill(0);
    for (const token of tokens) {
      const bytes = Buffer.from(token, 'base64url');
      for (let bit = 0; bit < 256; bit++) if (((bytes[bit >> 3] ?? 0) >> (bit & 7)) & 1) ones[bit] = (ones[bit] ?? 0) + 1;
    }
    for (const count of ones) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });
});

describe('hashing and comparison', () => {
  it('hashes with SHA-256 as hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(Buffer.from('abc'))).toBe(sha256Hex('abc'));
  });

  it('compares strings of any length', () => {
    expect(constantTimeEqual('whk_abc', 'whk_abc')).toBe(true);
    expect(constantTimeEqual('whk_abc', 'whk_abd')).toBe(false);
    expect(constantTimeEqual('whk_abc', 'whk_abc_longer')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
    expect(constantTimeEqual('', 'x')).toBe(false);
    expect(constantTimeEqual(Buffer.from('x'), 'x')).toBe(true);
  });

  it('fingerprints with domain separation, short and stable', () => {
    const fp = fingerprint('glpat-abc123');
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('glpat-abc123')).toBe(fp);
    expect(fingerprint('glpat-abc124')).not.toBe(fp);
    // Not a plain SHA-256 prefix, so it cannot be matched against other hashes of the token.
    expect(createHash('sha256').update('glpat-abc123').digest('hex').startsWith(fp)).toBe(false);
  });
});
