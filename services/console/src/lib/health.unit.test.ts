import { describe, expect, it } from 'vitest';
import { accountHealth, environmentHealth, groupByHealth, needsAttention, verificationOf, type Account } from './health';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 86_400_000;
const account = (over: Partial<Account>): Account => ({
  accountId: over.accountId ?? 'a', providerAppId: 'p', provider: 'gitlab', userId: 'u', username: 'dev', grantKind: 'user', status: 'active',
  generation: 1, lastErrorClass: '', lastProviderCode: '', scopes: [], ...over,
});
const inDays = (days: number) => new Date(NOW + days * DAY).toISOString();

describe('account health', () => {
  it('puts each account in one state, the worst first', () => {
    expect(accountHealth(account({ status: 'reauthorization_required', refreshExpiresAt: inDays(30) }), NOW)).toBe('reauth');
    expect(accountHealth(account({ status: 'expired' }), NOW)).toBe('expired');
    expect(accountHealth(account({ refreshExpiresAt: inDays(-1) }), NOW)).toBe('expired');
    expect(accountHealth(account({ lastErrorClass: 'transient', refreshExpiresAt: inDays(2) }), NOW)).toBe('failing');
    expect(accountHealth(account({ status: 'credential_invalid' }), NOW)).toBe('failing');
    expect(accountHealth(account({ refreshExpiresAt: inDays(2.5) }), NOW)).toBe('expiring3');
    expect(accountHealth(account({ refreshExpiresAt: inDays(3) }), NOW)).toBe('expiring3');
    expect(accountHealth(account({ refreshExpiresAt: inDays(6) }), NOW)).toBe('expiring7');
    expect(accountHealth(account({ refreshExpiresAt: inDays(8) }), NOW)).toBe('active');
    // An app or tenant token renews itself: its short access-token life is no deadline.
    expect(accountHealth(account({ grantKind: 'tenant', expiresAt: inDays(0.05) }), NOW)).toBe('active');
  });

  it('groups accounts by state, soonest deadline first, leaving disconnected ones out', () => {
    const groups = groupByHealth([
      account({ accountId: 'late', refreshExpiresAt: inDays(6) }),
      account({ accountId: 'soon', refreshExpiresAt: inDays(4) }),
      account({ accountId: 'gone', status: 'disconnected' }),
      account({ accountId: 'ok' }),
    ], NOW);
    expect(groups.expiring7.map((a) => a.accountId)).toEqual(['soon', 'late']);
    expect(groups.active.map((a) => a.accountId)).toEqual(['ok']);
    expect(Object.values(groups).flat().map((a) => a.accountId)).not.toContain('gone');
  });

  it('reads an environment as synced, failing or pending', () => {
    const env = {
      environment: 'dev', namespace: 'n', secretName: 's', accountId: 'a', tokenGeneration: 1, reason: '', detail: '',
      verification: 'unknown', verificationReason: '', verificationMessage: '',
    };
    expect(environmentHealth({ ...env, status: 'synced' })).toBe('synced');
    expect(environmentHealth({ ...env, status: 'failed', reason: 'no_account' })).toBe('failing');
    expect(environmentHealth({ ...env, status: 'pending' })).toBe('pending');
  });
});

describe('Flux verification', () => {
  const env = (status: string, verification: string) => ({ status, verification }) as Parameters<typeof needsAttention>[0];
  it('lists environments not written or refused by Flux, not those Flux confirmed or cannot ask', () => {
    expect(needsAttention(env('synced', 'verified'))).toBe(false);
    expect(needsAttention(env('synced', 'unverified'))).toBe(false);
    expect(needsAttention(env('synced', 'failing'))).toBe(true);
    expect(needsAttention(env('failed', 'unknown'))).toBe(true);
    expect(needsAttention(env('pending', 'unknown'))).toBe(true);
  });
  it('reads an unexpected verification as unknown', () => {
    expect(verificationOf(env('synced', 'weird'))).toBe('unknown');
    expect(verificationOf(env('synced', 'pending'))).toBe('pending');
  });
});
