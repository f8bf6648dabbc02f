// The token cleanup's statements (the TokenCleanupStore port of app/auth/ports.ts): done in the database,
// counted by aggregate queries, never by loading rows.
import type { Tx } from '@keywarden/db';
import type { TokenCleanupStore } from '../../../app/auth/ports.js';
import { iso, pg } from '../../../pg.js';

const LOCK = 'keywarden:identity:token-cleanup';

export const tokenCleanupStore: TokenCleanupStore = {
  async lock(tx: Tx, wait: boolean): Promise<boolean> {
    const sql = pg(tx);
    if (!wait) {
      const [lock] = await sql<Array<{ ok: boolean }>>`select pg_try_advisory_xact_lock(hashtext(${LOCK})) as ok`;
      return lock?.ok ?? false;
    }
    await sql`select pg_advisory_xact_lock(hashtext(${LOCK}))`;
    return true;
  },

  async purgeRefreshTokens(tx: Tx, before: Date): Promise<number> {
    const refresh = await pg(tx)`delete from refresh_tokens
      where expires_at <= ${iso(before)} or (status <> 'active' and coalesce(revoked_at, rotated_at) <= ${iso(before)})`;
    return refresh.count;
  },

  async refreshTokensLeft(tx: Tx, now: Date): Promise<{ remaining: number; valid: number }> {
    const [left] = await pg(tx)<Array<{ n: number; valid: number }>>`
      select count(*)::int as n, (count(*) filter (where status = 'active' and expires_at > ${iso(now)}))::int as valid from refresh_tokens`;
    return { remaining: left?.n ?? 0, valid: left?.valid ?? 0 };
  },

  async housekeeping(tx: Tx, graceBefore: Date, windowsBefore: Date): Promise<void> {
    const sql = pg(tx);
    await sql`update refresh_tokens set successor_ciphertext = null
      where successor_ciphertext is not null and rotated_at <= ${iso(graceBefore)}`;
    await sql`delete from sign_in_rate_limits where window_start <= ${iso(windowsBefore)}`;
  },
};
