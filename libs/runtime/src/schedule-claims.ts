// Scheduled jobs across replicas: every replica's cron fires for the same due
// time, and the one whose insert creates the (name, slot) row runs it. The
// service's migrations create the table:
//   schedule_claims(name text, slot timestamptz, claimed_at timestamptz default now(), primary key (name, slot))
import type { Database } from '@keywarden/db';

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
  const claimed = await database.sql`
    insert into schedule_claims (name, slot) values (${name}, ${slot.toISOString()}::timestamptz) on conflict do nothing returning 1`;
  return claimed.length > 0;
}

/** Deletes claims older than the retention (every name, including jobs since removed); returns how many. */
export async function pruneClaims(database: Database): Promise<number> {
  const gone = await database.sql`delete from schedule_claims where slot < now() - make_interval(days => ${CLAIM_RETENTION_DAYS}::int)`;
  return gone.count;
}
