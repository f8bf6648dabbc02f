import { describe, expect, it } from 'vitest';
import { patDecider, patStatus, PAT_MAX_LIFETIME_MS, type PatCommand, type PatState } from './pat.js';

const now = new Date('2026-03-01T08:00:00.000Z');
const create = (overrides: Partial<Extract<PatCommand, { type: 'Create' }>> = {}): PatCommand => ({
  type: 'Create', tokenId: 't1', userId: 'u1', name: 'ci', description: 'deploys', scopes: ['secrets:read'], expiresAt: undefined,
  tokenFingerprint: 'fp1', now, ...overrides,
});
const revoke = (reason: 'user' | 'admin' | 'user_disabled' = 'user'): PatCommand => ({ type: 'Revoke', actorUserId: 'u1', reason });

function given(...commands: PatCommand[]): PatState {
  return commands.reduce((state, command) => patDecider.decide(command, state).reduce(patDecider.evolve, state), patDecider.initialState());
}
const rejects = (command: PatCommand, state: PatState, code: string) =>
  expect(() => patDecider.decide(command, state)).toThrowError(expect.objectContaining({ code }));

describe('personal access token decider', () => {
  it('creates a token with its fingerprint and normalised expiry, nothing secret', () => {
    const events = patDecider.decide(create({ name: '  ci  ', expiresAt: '2026-04-01T10:00:00+02:00' }), given());
    expect(events).toEqual([{
      type: 'PersonalAccessTokenCreated',
      data: { tokenId: 't1', userId: 'u1', name: 'ci', description: 'deploys', scopes: ['secrets:read'], expiresAt: '2026-04-01T08:00:00.000Z', tokenFingerprint: 'fp1' },
    }]);
    expect(patDecider.decide(create(), given())[0]!.data).not.toHaveProperty('expiresAt');
  });

  it('refuses a missing name, no scopes, unknown or repeated scopes', () => {
    rejects(create({ name: ' ' }), given(), 'ERR_VALIDATION');
    rejects(create({ scopes: [] }), given(), 'ERR_VALIDATION');
    rejects(create({ scopes: ['secrets:read', 'root'] }), given(), 'ERR_VALIDATION');
    rejects(create({ scopes: ['secrets:read', 'secrets:read'] }), given(), 'ERR_VALIDATION');
    expect(() => patDecider.decide(create({ scopes: ['everything'] }), given()))
      .toThrowError(expect.objectContaining({ issues: [{ path: 'scopes[0]', message: 'is not a known scope' }] }));
  });

  it('refuses an expiry in the past, now, beyond a year, or not a time', () => {
    rejects(create({ expiresAt: '2026-03-01T07:59:59.000Z' }), given(), 'ERR_VALIDATION');
    rejects(create({ expiresAt: now.toISOString() }), given(), 'ERR_VALIDATION');
    rejects(create({ expiresAt: new Date(now.getTime() + PAT_MAX_LIFETIME_MS + 1).toISOString() }), given(), 'ERR_VALIDATION');
    rejects(create({ expiresAt: 'tomorrow' }), given(), 'ERR_VALIDATION');
    expect(patDecider.decide(create({ expiresAt: new Date(now.getTime() + PAT_MAX_LIFETIME_MS).toISOString() }), given())).toHaveLength(1);
  });

  it('refuses to create a token twice', () => {
    rejects(create(), given(create()), 'ERR_CONFLICT');
  });

  it('revokes once; a second revocation changes nothing', () => {
    expect(patDecider.decide(revoke('admin'), given(create()))).toEqual([
      { type: 'PersonalAccessTokenRevoked', data: { tokenId: 't1', userId: 'u1', actorUserId: 'u1', reason: 'admin' } },
    ]);
    expect(patDecider.decide(revoke(), given(create(), revoke()))).toEqual([]);
    expect(given(create(), revoke())).toMatchObject({ status: 'revoked', tokenId: 't1' });
  });

  it('cannot revoke a token that does not exist', () => {
    rejects(revoke(), given(), 'ERR_NOT_FOUND');
  });

  it('computes the status: revoked wins, then expired at the expiry instant', () => {
    const expiresAt = new Date('2026-03-02T00:00:00.000Z');
    expect(patStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(patStatus({ revokedAt: null, expiresAt }, now)).toBe('active');
    expect(patStatus({ revokedAt: null, expiresAt }, expiresAt)).toBe('expired');
    expect(patStatus({ revokedAt: now, expiresAt }, expiresAt)).toBe('revoked');
  });
});
