import { describe, expect, it } from 'vitest';
import { PatCache } from './pat-cache.js';
import { RevocationState } from './revocations.js';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

describe('RevocationState', () => {
  const setup = () => {
    let now = T0;
    const state = new RevocationState(() => now, 15 * 60_000);
    const changes: string[] = [];
    state.onChange((c) => changes.push(`${c.kind}:${c.id}${c.organizationId ? `@${c.organizationId}` : ''}`));
    return { state, changes, advance: (ms: number) => (now += ms) };
  };

  it('remembers revoked sessions for the access-token window, then forgets them', () => {
    const { state, advance } = setup();
    state.apply({ type: 'SessionRevoked', time: at(0), data: { sessionId: 's1', userId: 'u1' } });
    expect(state.sessionRevoked('s1')).toBe(true);
    expect(state.sessionRevoked('s2')).toBe(false);
    advance(15 * 60_000 + 1);
    state.prune();
    expect(state.sessionRevoked('s1')).toBe(false);
  });

  it('refuses what a user held before UserDisabled, and before PasswordChanged.revokedBefore', () => {
    const { state, changes } = setup();
    state.apply({ type: 'UserDisabled', time: at(5_000), data: { userId: 'u1' } });
    expect(state.userRevokedSince('u1', T0 + 4_000)).toBe(true);
    expect(state.userRevokedSince('u1', T0 + 6_000)).toBe(false);
    expect(state.userRevokedSince('u2', T0)).toBe(false);
    state.apply({ type: 'PasswordChanged', time: at(20_000), data: { userId: 'u2', revokedBefore: at(10_000) } });
    expect(state.userRevokedSince('u2', T0 + 9_000)).toBe(true);
    expect(state.userRevokedSince('u2', T0 + 11_000)).toBe(false);
    expect(changes).toEqual(['user:u1', 'user:u2']);
  });

  it('keeps the latest not-before when events arrive out of order', () => {
    const { state } = setup();
    state.apply({ type: 'UserDisabled', time: at(9_000), data: { userId: 'u1' } });
    state.apply({ type: 'PasswordChanged', time: at(10_000), data: { userId: 'u1', revokedBefore: at(3_000) } });
    expect(state.userRevokedSince('u1', T0 + 8_000)).toBe(true);
  });

  it('refuses a PAT this replica revoked itself at once, for the window, announcing it (the cache drops its answer)', () => {
    const { state, changes, advance } = setup();
    state.revokePat('p7');
    expect(state.patRevoked('p7')).toBe(true);
    expect(state.patRevoked('p8')).toBe(false);
    expect(changes).toEqual(['pat:p7']);
    advance(15 * 60_000 + 1);
    state.prune();
    expect(state.patRevoked('p7')).toBe(false);
  });

  it('tracks revoked PATs and announces key rotations and membership changes', () => {
    const { state, changes } = setup();
    state.apply({ type: 'PersonalAccessTokenRevoked', time: at(0), data: { tokenId: 'p1', userId: 'u1' } });
    state.apply({ type: 'SigningKeyRotated', time: at(0), data: { keyId: 'k2' } });
    state.apply({ type: 'MemberRoleChanged', time: at(0), data: { organizationId: 'o1', userId: 'u3', role: 'admin' } });
    state.apply({ type: 'OwnershipTransferred', time: at(0), data: { organizationId: 'o1', previousOwnerUserId: 'u1', newOwnerUserId: 'u3' } });
    state.apply({ type: 'UserRegistered', time: at(0), data: { userId: 'u9' } });
    expect(state.patRevoked('p1')).toBe(true);
    expect(changes).toEqual(['pat:p1', 'signing-key:k2', 'membership:u3@o1', 'membership:u1@o1', 'membership:u3@o1']);
  });
});

describe('PatCache', () => {
  const valid = (tokenId: string, userId: string, expiresAtMs?: number) => ({ valid: true as const, tokenId, userId, roles: [], scopes: [], expiresAtMs });

  it('keeps positive answers for the TTL, negative ones shorter, never past the token expiry', () => {
    const cache = new PatCache(30_000, 5_000);
    cache.set('a', valid('p1', 'u1'), T0, T0);
    cache.set('b', { valid: false }, T0, T0);
    cache.set('c', valid('p3', 'u1', T0 + 1_000), T0, T0);
    expect(cache.get('a', T0 + 29_000)).toBeDefined();
    expect(cache.get('b', T0 + 4_000)).toBeDefined();
    expect(cache.get('b', T0 + 6_000)).toBeUndefined();
    expect(cache.get('c', T0 + 1_000)).toBeUndefined();
    expect(cache.get('a', T0 + 30_000)).toBeUndefined();
  });

  it('evicts by token or user and stays bounded', () => {
    const cache = new PatCache(30_000, 5_000, 3);
    cache.set('a', valid('p1', 'u1'), T0, T0);
    cache.set('b', valid('p2', 'u2'), T0, T0);
    cache.set('c', valid('p3', 'u2'), T0, T0);
    cache.evict((a) => a.userId === 'u2');
    expect(cache.size).toBe(1);
    for (const key of ['d', 'e', 'f']) cache.set(key, valid(key, 'u9'), T0, T0);
    expect(cache.size).toBe(3);
    expect(cache.get('a', T0)).toBeUndefined();
  });
});
