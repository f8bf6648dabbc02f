import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isRsaPrivateKey } from '../../../app/provider-apps.js';
import { githubAppJwt } from './github.js';
import { ProviderError } from './types.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const now = new Date('2026-03-01T08:00:00Z');

describe('GitHub App JWT', () => {
  it('signs with an RSA key', () => {
    expect(githubAppJwt('123', rsa, now).split('.')).toHaveLength(3);
  });

  it('turns a key that cannot sign into an invalid_client provider error (no key material in it)', () => {
    const broken = '-----BEGIN PRIVATE KEY-----\nnot-a-key\n-----END PRIVATE KEY-----\n';
    for (const key of [broken, 'plain secret']) {
      let caught: unknown;
      try {
        githubAppJwt('123', key, now);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ProviderError);
      expect(caught).toMatchObject({ errorClass: 'invalid_client', providerCode: 'bad_private_key' });
      expect(String((caught as Error).message)).not.toContain('not-a-key');
    }
  });

  it('accepts only RSA private keys in PEM', () => {
    expect(isRsaPrivateKey(rsa)).toBe(true);
    expect(isRsaPrivateKey(ec)).toBe(false);
    expect(isRsaPrivateKey('-----BEGIN PRIVATE KEY-----\nnot-a-key\n-----END PRIVATE KEY-----\n')).toBe(false);
  });
});
