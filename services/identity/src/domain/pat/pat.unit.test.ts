import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { patDecider, patStatus, PAT_MAX_LIFETIME_MS, type PatCommand, type PatEvent } from './pat.js';

const spec = deciderSpec(patDecider);
const now = new Date('2026-03-01T08:00:00.000Z');
const create = (overrides: Partial<Extract<PatCommand, { type: 'Create' }>> = {}): PatCommand => ({
  type: 'Create', tokenId: 't1', userId: 'u1', name: 'ci', description: 'deploys', scopes: ['secrets:read'], expiresAt: undefined,
  tokenFingerprint: 'fp1', now, ...overrides,
});
const revoke = (reason: 'user' | 'admin' | 'user_disabled' = 'user'): PatCommand => ({ type: 'Revoke', actorUserId: 'u1', reason });
const createdData = { tokenId: 't1', userId: 'u1', name: 'ci', description: 'deploys', scopes: ['secrets:read'], tokenFingerprint: 'fp1' };
const created: PatEvent = { type: 'PersonalAccessTokenCreated', data: createdData };
const revoked: PatEvent = { type: 'PersonalAccessTokenRevoked', data: { tokenId: 't1', userId: 'u1', actorUserId: 'u1', reason: 'user' } };

describe('personal access token decider', () => {
  it('creates a token with its fingerprint and normalised expiry, nothing secret', () => {
    spec.given().when(create({ name: '  ci  ', expiresAt: '2026-04-01T10:00:00+02:00' }))
      .then([{ type: 'PersonalAccessTokenCreated', data: { ...createdData, expiresAt: '2026-04-01T08:00:00.000Z' } }]);
    const { events } = spec.given().when(create()).then([created]);
    expect(events[0]!.data).not.toHaveProperty('expiresAt');
  });

  it('refuses a missing name, no scopes, unknown or repeated scopes', () => {
    spec.given().when(create({ name: ' ' })).thenThrows('ERR_VALIDATION');
    spec.given().when(create({ scopes: [] })).thenThrows('ERR_VALIDATION');
    spec.given().when(create({ scopes: ['secrets:read', 'root'] })).thenThrows('ERR_VALIDATION');
    spec.given().when(create({ scopes: ['secrets:read', 'secrets:read'] })).thenThrows('ERR_VALIDATION');
    spec.given().when(create({ scopes: ['everything'] })).thenThrows(expect.objectContaining({ issues: [{ path: 'scopes[0]', message: 'is not a known scope' }] }));
  });

  it('refuses an expiry in the past, now, beyond a year, or not a time', () => {
    spec.given().when(create({ expiresAt: '2026-03-01T07:59:59.000Z' })).thenThrows('ERR_VALIDATION');
    spec.given().when(create({ expiresAt: now.toISOString() })).thenThrows('ERR_VALIDATION');
    spec.given().when(create({ expiresAt: new Date(now.getTime() + PAT_MAX_LIFETIME_MS + 1).toISOString() })).thenThrows('ERR_VALIDATION');
    spec.given().when(create({ expiresAt: 'tomorrow' })).thenThrows('ERR_VALIDATION');
    const longest = new Date(now.getTime() + PAT_MAX_LIFETIME_MS).toISOString();
    spec.given().when(create({ expiresAt: longest })).thenMatches([{ type: 'PersonalAccessTokenCreated', data: { expiresAt: longest } }]);
  });

  it('refuses to create a token twice', () => {
    spec.given([created]).when(create()).thenThrows('ERR_CONFLICT');
  });

  it('revokes once; a second revocation changes nothing', () => {
    spec.given([created]).when(revoke('admin')).then([
      { type: 'PersonalAccessTokenRevoked', data: { tokenId: 't1', userId: 'u1', actorUserId: 'u1', reason: 'admin' } },
    ]);
    spec.given([created, revoked]).when(revoke()).thenNothing();
    expect(spec.given([created, revoked]).state).toMatchObject({ status: 'revoked', tokenId: 't1' });
  });

  it('lets a token revoke itself, and no other token, not even one already revoked', () => {
    spec.given([created]).when({ type: 'Revoke', actorUserId: 'u1', reason: 'self', byTokenId: 't1' }).then([
      { type: 'PersonalAccessTokenRevoked', data: { tokenId: 't1', userId: 'u1', actorUserId: 'u1', reason: 'self' } },
    ]);
    spec.given([created]).when({ type: 'Revoke', actorUserId: 'u1', reason: 'user', byTokenId: 't2' }).thenThrows('ERR_FORBIDDEN');
    spec.given([created, revoked]).when({ type: 'Revoke', actorUserId: 'u1', reason: 'user', byTokenId: '' }).thenThrows('ERR_FORBIDDEN');
  });

  it('cannot revoke a token that does not exist', () => {
    spec.given().when(revoke()).thenThrows('ERR_NOT_FOUND');
  });

  it('computes the status: revoked wins, then expired at the expiry instant', () => {
    const expiresAt = new Date('2026-03-02T00:00:00.000Z');
    expect(patStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(patStatus({ revokedAt: null, expiresAt }, now)).toBe('active');
    expect(patStatus({ revokedAt: null, expiresAt }, expiresAt)).toBe('expired');
    expect(patStatus({ revokedAt: now, expiresAt }, expiresAt)).toBe('revoked');
  });
});
