import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_MAPPING } from '../../domain/idp/config.js';
import { mapClaims } from './link.js';

const provider = { id: 'p1', claimMapping: { ...DEFAULT_CLAIM_MAPPING }, identifierFilter: '' };

describe('mapping ID token and userinfo claims', () => {
  it('takes e-mail and display name through the mapping', () => {
    expect(mapClaims(provider, { sub: 's1', email: ' Ann@X.test ', email_verified: true, name: 'Ann' })).toEqual({ subject: 's1', email: 'Ann@X.test', displayName: 'Ann' });
    const upn = { ...provider, claimMapping: { email: 'upn', display_name: 'preferred_username', email_verified: 'email_verified' } };
    expect(mapClaims(upn, { sub: 's1', upn: 'a@x.test', email_verified: 'true', preferred_username: 'ann' })).toMatchObject({ email: 'a@x.test', displayName: 'ann' });
    expect(mapClaims(provider, { sub: 's1', email: 'bo@x.test', email_verified: true })).toMatchObject({ displayName: 'bo' });
  });

  it('makes a display name that sign-up accepts out of a long or odd one', () => {
    const long = mapClaims(provider, { sub: 's1', email: 'a@x.test', email_verified: true, name: `Ann\u0007 ${'x'.repeat(150)}` }).displayName;
    expect(long).toBe(`Ann  ${'x'.repeat(95)}`);
    expect(mapClaims(provider, { sub: 's1', email: 'a@x.test', email_verified: true, name: '\u0000\n' }).displayName).toBe('a');
    expect(mapClaims(provider, { sub: 's1', email: 'a@x.test', email_verified: true, name: '😀'.repeat(80) }).displayName).toBe('😀'.repeat(50));
  });

  it('requires a usable, verified e-mail that passes the filter', () => {
    expect(() => mapClaims(provider, { sub: 's1', email_verified: true })).toThrowError(expect.objectContaining({ code: 'ERR_UNAUTHENTICATED' }));
    expect(() => mapClaims(provider, { sub: 's1', email: 'no-at-sign', email_verified: true })).toThrowError(expect.objectContaining({ code: 'ERR_UNAUTHENTICATED' }));
    expect(() => mapClaims(provider, { sub: 's1', email: 'a@x.test' })).toThrowError(expect.objectContaining({ code: 'ERR_FORBIDDEN' }));
    expect(() => mapClaims(provider, { sub: 's1', email: 'a@x.test', email_verified: false })).toThrowError(expect.objectContaining({ code: 'ERR_FORBIDDEN' }));
    const filtered = { ...provider, identifierFilter: '.*@corp\\.test' };
    expect(() => mapClaims(filtered, { sub: 's1', email: 'a@x.test', email_verified: true })).toThrowError(expect.objectContaining({ code: 'ERR_FORBIDDEN' }));
    expect(mapClaims(filtered, { sub: 's1', email: 'a@CORP.test', email_verified: true })).toMatchObject({ email: 'a@CORP.test' });
  });
});
