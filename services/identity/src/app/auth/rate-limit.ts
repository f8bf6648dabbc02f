// Sign-in rate limits per account (normalized e-mail) and per client IP:
// fixed-window counters in PostgreSQL, so every replica sees the same counts;
// both keys are counted in one upsert.
import { sha256Hex } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import { rateLimited } from '@keywarden/errors';
import { pg } from '../../adapters/outgoing/db/pg.js';

export type SignInLimits = { perAccount: number; perIp: number; windowMs: number };

export const signInLimits = (s: { signInLimitPerAccount: number; signInLimitPerIp: number; signInWindowMs: number }): SignInLimits =>
  ({ perAccount: s.signInLimitPerAccount, perIp: s.signInLimitPerIp, windowMs: s.signInWindowMs });

export async function checkSignInLimits(database: Database, limits: SignInLimits, emailNormalized: string, ip: string, now: Date): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / limits.windowMs) * limits.windowMs);
  const account = `account:${sha256Hex(emailNormalized)}`;
  const keys = ip ? [account, `ip:${ip}`] : [account];
  const rows = await pg(database.db)<Array<{ key: string; count: number }>>`
    insert into sign_in_rate_limits (key, window_start, count)
    select k, ${windowStart.toISOString()}::timestamptz, 1 from unnest(${keys}::text[]) as k
    on conflict (key) do update set
      count = case when sign_in_rate_limits.window_start = excluded.window_start then sign_in_rate_limits.count + 1 else 1 end,
      window_start = excluded.window_start
    returning key, count`;
  const over = rows.some((r) => r.count > (r.key === account ? limits.perAccount : limits.perIp));
  if (over) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + limits.windowMs - now.getTime()) / 1000));
    throw rateLimited(`too many sign-in attempts; retry after ${retryAfter} seconds`, { errorId: 'IDENT-rl01' });
  }
}
