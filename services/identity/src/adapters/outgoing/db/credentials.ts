// Password hashes, the first-user bootstrap and the sign-in counters (the Credentials and SignInCounters ports of
// app/auth/ports.ts), on the postgres.js client under drizzle (prepared statements).
import type { Database, Tx } from '@keywarden/db';
import type { Credentials, SignInCounters } from '../../../app/auth/ports.js';
import { iso, pg } from '../../../pg.js';

const BOOTSTRAP_LOCK = 'keywarden:identity:first-user';

export class DbCredentials implements Credentials {
  constructor(private readonly database: Database) {}

  async byEmail(emailNormalized: string) {
    const [user] = await pg(this.database.db)<Array<{ id: string; status: string; password_hash: string | null }>>`
      select u.id, u.status, c.password_hash from users u left join user_credentials c on c.user_id = u.id where u.email_normalized = ${emailNormalized}`;
    return user && { id: user.id, status: user.status, passwordHash: user.password_hash };
  }

  async ofUser(userId: string) {
    const [credential] = await pg(this.database.db)<Array<{ password_hash: string; email_normalized: string }>>`
      select c.password_hash, u.email_normalized from user_credentials c join users u on u.id = c.user_id where c.user_id = ${userId}`;
    return credential && { passwordHash: credential.password_hash, emailNormalized: credential.email_normalized };
  }

  async add(tx: Tx, userId: string, passwordHash: string, now: Date): Promise<void> {
    await pg(tx)`insert into user_credentials (user_id, password_hash, updated_at) values (${userId}, ${passwordHash}, ${iso(now)})`;
  }

  async replace(tx: Tx, userId: string, passwordHash: string, previous: string, now: Date): Promise<boolean> {
    const updated = await pg(tx)`update user_credentials set password_hash = ${passwordHash}, updated_at = ${iso(now)}
      where user_id = ${userId} and password_hash = ${previous} returning user_id`;
    return updated.length > 0;
  }

  async firstUser(tx: Tx): Promise<boolean> {
    const sql = pg(tx);
    if ((await sql`select 1 from users limit 1`).length > 0) return false;
    await sql`select pg_advisory_xact_lock(hashtext(${BOOTSTRAP_LOCK}))`;
    return (await sql`select 1 from users limit 1`).length === 0;
  }
}

export class DbSignInCounters implements SignInCounters {
  constructor(private readonly database: Database) {}

  async count(keys: readonly string[], windowStart: Date) {
    return await pg(this.database.db)<Array<{ key: string; count: number }>>`
      insert into sign_in_rate_limits (key, window_start, count)
      select k, ${windowStart.toISOString()}::timestamptz, 1 from unnest(${keys as string[]}::text[]) as k
      on conflict (key) do update set
        count = case when sign_in_rate_limits.window_start = excluded.window_start then sign_in_rate_limits.count + 1 else 1 end,
        window_start = excluded.window_start
      returning key, count`;
  }
}
