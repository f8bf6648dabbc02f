// Claims of scheduled times: every replica's cron fires for the same time, the first to insert
// its (name, slot) row runs it. The slot is the due time at the schedule's precision, so replicas
// whose crons fire a little apart (or one that fires after another's sync already finished) agree.
import type { Database } from '@keywarden/db';
import { lt, sql } from 'drizzle-orm';
import { scheduleClaims } from '../adapters/db/schema.js';

/** Claims are kept this long (a record of which times ran); only seconds of it are needed to dedupe. */
export const CLAIM_RETENTION_DAYS = 3;

/**
 * The slot a cron run belongs to: croner never fires before the due time, so the fire time cut down
 * to the schedule's precision (the second for a six-field pattern with seconds, else the minute) is
 * the due time for any replica that fires less than one precision late.
 */
export function slotOf(schedule: string, firedAt: Date): Date {
  const precision = hasSeconds(schedule) ? 1_000 : 60_000;
  return new Date(Math.floor(firedAt.getTime() / precision) * precision);
}

function hasSeconds(schedule: string): boolean {
  const fields = schedule.trim().split(/\s+/);
  return !fields[0]?.startsWith('@') && fields.length >= 6;
}

/** True for the one caller whose insert created the row. */
export async function claimSlot(database: Database, name: string, slot: Date): Promise<boolean> {
  const claimed = await database.db.insert(scheduleClaims).values({ name, slot }).onConflictDoNothing().returning({ slot: scheduleClaims.slot });
  return claimed.length > 0;
}

/** Deletes claims older than the retention (every name, including providers since deleted). */
export async function pruneClaims(database: Database): Promise<number> {
  const gone = await database.db.delete(scheduleClaims)
    .where(lt(scheduleClaims.slot, sql`now() - make_interval(days => ${CLAIM_RETENTION_DAYS}::int)`))
    .returning({ name: scheduleClaims.name });
  return gone.length;
}
