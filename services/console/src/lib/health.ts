// Credential health as the overview shows it: each connected account in one
// state, with the time left where it matters. Pure (time comes in), so the
// rules are tested on their own (health.unit.test.ts).
import type { Schemas } from '../api/client';

export type Account = Schemas['AccountStatus'];
export type AccountHealth = 'active' | 'expiring7' | 'expiring3' | 'expired' | 'reauth' | 'failing';

export const HEALTH_ORDER: readonly AccountHealth[] = ['reauth', 'expired', 'failing', 'expiring3', 'expiring7', 'active'];

const DAY = 86_400_000;

/** When the grant stops being renewable without the user: the refresh token's end. */
export function grantEnd(account: Account): number | undefined {
  // App and tenant tokens renew themselves (ARCHITECTURE flow 3): only a refresh token's end is a deadline.
  return account.refreshExpiresAt ? Date.parse(account.refreshExpiresAt) : undefined;
}

export function accountHealth(account: Account, now: number): AccountHealth {
  if (account.status === 'reauthorization_required') return 'reauth';
  if (account.status === 'expired') return 'expired';
  if (account.status === 'credential_invalid' || account.lastErrorClass) return 'failing';
  const end = grantEnd(account);
  if (end !== undefined) {
    if (end <= now) return 'expired';
    if (end - now <= 3 * DAY) return 'expiring3';
    if (end - now <= 7 * DAY) return 'expiring7';
  }
  return 'active';
}

/** Accounts by state, in the order the overview lists them (worst first); disconnected ones are gone. */
export function groupByHealth(accounts: readonly Account[], now: number): Record<AccountHealth, Account[]> {
  const groups = Object.fromEntries(HEALTH_ORDER.map((h) => [h, [] as Account[]])) as Record<AccountHealth, Account[]>;
  for (const account of accounts) {
    if (account.status === 'disconnected') continue;
    groups[accountHealth(account, now)].push(account);
  }
  for (const list of Object.values(groups)) list.sort((a, b) => (grantEnd(a) ?? Infinity) - (grantEnd(b) ?? Infinity));
  return groups;
}

export type ProjectEnvironment = Schemas['ProjectEnvironment'];

/** Git credentials per environment: synced, failing (with a reason), or not yet written (pending). */
export function environmentHealth(env: ProjectEnvironment): 'synced' | 'failing' | 'pending' {
  if (env.status === 'failed') return 'failing';
  if (env.status === 'synced') return 'synced';
  return 'pending';
}

export type Verification = 'verified' | 'failing' | 'pending' | 'unverified' | 'unknown';

/** Flux's word on the written credential; anything unexpected counts as not known yet. */
export function verificationOf(env: ProjectEnvironment): Verification {
  const v = env.verification;
  return v === 'verified' || v === 'failing' || v === 'pending' || v === 'unverified' ? v : 'unknown';
}

/** An environment the overview lists: not written, or written but refused by Flux. */
export function needsAttention(env: ProjectEnvironment): boolean {
  return environmentHealth(env) !== 'synced' || verificationOf(env) === 'failing';
}
