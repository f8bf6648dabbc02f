import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidVersion } from '../domain/application/rules.js';
import { idempotentDeploymentId, signatureHeader, uuidV5, verifySignature } from './signature.js';

const SECRET = 'whsec_test-secret';
const BODY = Buffer.from('{"applicationName":"web","version":"v1.2.3"}');
const NOW = Date.parse('2026-03-01T08:00:00Z');
const T = NOW / 1000;

describe('webhook signature', () => {
  it('is HMAC-SHA256 of "<t>.<body>" with the signing secret, in hex', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY.toString()}`).digest('hex');
    expect(signatureHeader(SECRET, T, BODY)).toBe(`t=${T},v1=${expected}`);
  });

  it('matches the README\'s worked example', () => {
    const body = '{"applicationName":"web-shop","version":"1.4.2"}';
    expect(signatureHeader('whsec_9tQe3Jq0b5W2x7KpV1mZs8YcR4nL6aHd0fGuE2iTo5k', 1767225600, body))
      .toBe('t=1767225600,v1=528b85727e2a647d3bd63f59e12a4ffbb0ccf01732acac4d376dfe344892f72a');
  });

  it('accepts a fresh, matching signature, also next to other v1 entries', () => {
    expect(verifySignature(signatureHeader(SECRET, T, BODY), SECRET, BODY, NOW)).toEqual({ ok: true });
    const rolled = `t=${T},v1=${'0'.repeat(64)},v1=${signatureHeader(SECRET, T, BODY).split('v1=')[1]}`;
    expect(verifySignature(rolled, SECRET, BODY, NOW)).toEqual({ ok: true });
  });

  it('refuses missing, malformed, stale (either way) and mismatched signatures', () => {
    expect(verifySignature('', SECRET, BODY, NOW)).toEqual({ ok: false, why: 'missing' });
    expect(verifySignature('v1=abc', SECRET, BODY, NOW)).toEqual({ ok: false, why: 'malformed' });
    expect(verifySignature(`t=${T}`, SECRET, BODY, NOW)).toEqual({ ok: false, why: 'malformed' });
    expect(verifySignature(signatureHeader(SECRET, T - 301, BODY), SECRET, BODY, NOW)).toEqual({ ok: false, why: 'stale' });
    expect(verifySignature(signatureHeader(SECRET, T + 301, BODY), SECRET, BODY, NOW)).toEqual({ ok: false, why: 'stale' });
    expect(verifySignature(signatureHeader(SECRET, T - 300, BODY), SECRET, BODY, NOW)).toEqual({ ok: true });
    expect(verifySignature(signatureHeader('whsec_other', T, BODY), SECRET, BODY, NOW)).toEqual({ ok: false, why: 'mismatch' });
    expect(verifySignature(signatureHeader(SECRET, T, BODY), SECRET, Buffer.from('{}'), NOW)).toEqual({ ok: false, why: 'mismatch' });
  });
});

describe('idempotency', () => {
  it('derives RFC 4122 version 5 UUIDs: stable per (application, key), different otherwise', () => {
    // The RFC's DNS namespace example value, as computed by any UUID library.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(idempotentDeploymentId('a1', 'k')).toBe(idempotentDeploymentId('a1', 'k'));
    expect(idempotentDeploymentId('a1', 'k')).not.toBe(idempotentDeploymentId('a2', 'k'));
    expect(idempotentDeploymentId('a1', 'k')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('versions', () => {
  it('are OCI tags', () => {
    for (const ok of ['v1.2.3', '1.0.0-rc.1', 'latest', '_x', 'a'.repeat(128), 'sha-0a1b2c']) expect(isValidVersion(ok)).toBe(true);
    for (const bad of ['', '-v1', '.v1', 'v1/2', 'v 1', 'a'.repeat(129), 'v1:2', 'ü']) expect(isValidVersion(bad)).toBe(false);
  });
});
