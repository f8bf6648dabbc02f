// Sign-in rate limits per account (normalized e-mail) and per client IP:
// fixed-window counters in PostgreSQL, so every replica sees the same counts;
// both keys are counted in one upsert.
import { sha256Hex } from '@keywarden/crypto';
import { rateLimited } from '@keywarden/errors';
import type { SignInCounters } from './ports.js';

export type SignInLimits = { perAccount: number; perIp: number; windowMs: number };

export const signInLimits = (s: { signInLimitPerAccount: number; signInLimitPerIp: number; signInWindowMs: number }): SignInLimits =>
  ({ perAccount: s.signInLimitPerAccount, perIp: s.signInLimitPerIp, windowMs: s.signInWindowMs });

export async function checkSignInLimits(counters: SignInCounters, limits: SignInLimits, emailNormalized: string, ip: string, now: Date): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / limits.windowMs) * limits.windowMs);
  const account = `account:${sha256Hex(emailNormalized)}`;
  const keys = ip ? [account, `ip:${ip}`] : [account];
  const rows = await counters.count(keys, windowStart);
  const over = rows.some((r) => r.count > (r.key === account ? limits.perAccount : limits.perIp));
  if (over) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + limits.windowMs - now.getTime()) / 1000));
    throw rateLimited(`too many sign-in attempts; retry after ${retryAfter} seconds`, { errorId: 'IDENT-rl01' });
  }
}
