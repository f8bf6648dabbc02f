// The per-application webhook counter, in PostgreSQL so every replica counts
// the same calls: a fixed window (KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS) aligned
// on the database clock, one upsert per call.
import type { Database } from '@keywarden/db';
import { sql } from 'drizzle-orm';

/** Counts this call: within the limit or not, and the seconds until the window ends (Retry-After). */
export async function takeWebhookSlot(database: Database, applicationId: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const rows = await database.db.execute(sql`
    insert into webhook_rate (application_id, window_start, count)
    values (${applicationId}, to_timestamp(floor(extract(epoch from now()) * 1000 / ${windowMs}) * ${windowMs} / 1000.0), 1)
    on conflict (application_id, window_start) do update set count = webhook_rate.count + 1
    returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${windowMs / 1000}) - now())))::int as retry_after`);
  const row = (rows as unknown as Array<{ count: number; retry_after: number }>)[0];
  const count = Number(row?.count ?? 0);
  // Old windows are cleared now and then, not on every call.
  if (count === 1 && Math.random() < 0.05) {
    await database.db.execute(sql`delete from webhook_rate where window_start < now() - make_interval(secs => ${(windowMs / 1000) * 10})`);
  }
  return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Number(row?.retry_after ?? 1)) };
}
