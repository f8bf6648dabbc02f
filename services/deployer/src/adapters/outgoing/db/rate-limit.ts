// The webhook's counters, in PostgreSQL so every replica counts the same
// calls: fixed windows (KW_DEPLOYER_WEBHOOK_RATE_WINDOW_MS) aligned on the
// database clock, one upsert per counted call.
//   - webhook_rate: accepted-so-far calls per application (the 429 of rule 7);
//   - webhook_source_rejections: rejected calls per source address, so that a
//     caller without credentials cannot grow the audit log without limit.
import type { Database } from '@keywarden/db';
import { sql, type SQL } from 'drizzle-orm';
import type { DeployerStore, SourceCount } from '../../../app/ports.js';

/** The start of the current window, and the seconds left in it (Retry-After). */
const windowStart = (windowMs: number): SQL => sql`to_timestamp(floor(extract(epoch from now()) * 1000 / ${windowMs}) * ${windowMs} / 1000.0)`;
const retryAfter = (windowMs: number): SQL => sql`greatest(1, ceil(extract(epoch from (window_start + make_interval(secs => ${windowMs / 1000}) - now()))))::int`;

/** Counts this call: within the limit or not, and the seconds until the window ends (Retry-After). */
async function takeWebhookSlot(database: Database, applicationId: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const rows = await database.db.execute(sql`
    insert into webhook_rate (application_id, window_start, count)
    values (${applicationId}, ${windowStart(windowMs)}, 1)
    on conflict (application_id, window_start) do update set count = webhook_rate.count + 1
    returning count, ${retryAfter(windowMs)} as retry_after`);
  const row = (rows as unknown as Array<{ count: number; retry_after: number }>)[0];
  const count = Number(row?.count ?? 0);
  // Old windows are cleared now and then, not on every call.
  if (count === 1 && Math.random() < 0.05) {
    await database.db.execute(sql`delete from webhook_rate where window_start < now() - make_interval(secs => ${(windowMs / 1000) * 10})`);
  }
  return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Number(row?.retry_after ?? 1)) };
}

/** The source's rejections in the current window (a read: accepted calls are not counted). */
async function sourceRejections(database: Database, sourceAddress: string, windowMs: number): Promise<SourceCount> {
  const rows = await database.db.execute(sql`
    select rejected, refused, ${retryAfter(windowMs)} as retry_after from webhook_source_rejections
    where source_address = ${sourceAddress} and window_start = ${windowStart(windowMs)}`);
  return sourceCount(rows);
}

/**
 * Counts one refused call of the source: `rejected` (refused by a rule, audited on its own) or `refused` (turned away
 * because the source is past its limit, audited only once per window). The counts after this call come back, so
 * exactly one caller sees `refused === 1` however many replicas refuse at once.
 */
async function countSourceRejection(database: Database, sourceAddress: string, windowMs: number, kind: 'rejected' | 'refused'): Promise<SourceCount> {
  const [rejected, refused] = kind === 'rejected' ? [1, 0] : [0, 1];
  const rows = await database.db.execute(sql`
    insert into webhook_source_rejections (source_address, window_start, rejected, refused)
    values (${sourceAddress}, ${windowStart(windowMs)}, ${rejected}, ${refused})
    on conflict (source_address, window_start) do update
      set rejected = webhook_source_rejections.rejected + excluded.rejected, refused = webhook_source_rejections.refused + excluded.refused
    returning rejected, refused, ${retryAfter(windowMs)} as retry_after`);
  const count = sourceCount(rows);
  if (count.rejected + count.refused === 1 && Math.random() < 0.05) {
    await database.db.execute(sql`delete from webhook_source_rejections where window_start < now() - make_interval(secs => ${(windowMs / 1000) * 10})`);
  }
  return count;
}

function sourceCount(rows: unknown): SourceCount {
  const row = (rows as Array<{ rejected: number; refused: number; retry_after: number }>)[0];
  return { rejected: Number(row?.rejected ?? 0), refused: Number(row?.refused ?? 0), retryAfterSeconds: Math.max(1, Number(row?.retry_after ?? 1)) };
}

export function rateLimitStore(database: Database): Pick<DeployerStore, 'takeWebhookSlot' | 'sourceRejections' | 'countSourceRejection'> {
  return {
    takeWebhookSlot: (applicationId, limit, windowMs) => takeWebhookSlot(database, applicationId, limit, windowMs),
    sourceRejections: (sourceAddress, windowMs) => sourceRejections(database, sourceAddress, windowMs),
    countSourceRejection: (sourceAddress, windowMs, kind) => countSourceRejection(database, sourceAddress, windowMs, kind),
  };
}
