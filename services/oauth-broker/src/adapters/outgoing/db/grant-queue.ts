// The scheduler's queue: libs/runtime's work queue on `account_grants` (lease in `claimed_until`,
// fence `claim_fence`, due at `next_refresh_at`).
import type { Database } from '@keywarden/db';
import { WorkQueue, type Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { DueGrant } from '../../../app/ports.js';

/** Grants due by their schedule whose account and provider app are usable. */
export function grantQueue(database: Database, leaseMs: number, clock: Clock, logger: Logger): WorkQueue<DueGrant> {
  return new WorkQueue<DueGrant>({
    database, leaseMs, clock, logger,
    table: {
      table: 'account_grants', key: { account_id: 'text' },
      columns: { leaseUntil: 'claimed_until', fence: 'claim_fence', attempts: null, dueAt: 'next_refresh_at' },
      // Checked per due grant (`offset 0` keeps PostgreSQL from turning the exists into a join): as a join,
      // statistics that lag a bulk of new accounts made the planner start from every usable account and
      // look each one's grant up (40-70 ms per claim at 5,000 accounts, growing with them), where the due
      // index finds the few due grants in well under a millisecond.
      ready: `exists (select 1 from accounts a join provider_apps p on p.id = a.provider_app_id
                      where a.id = q.account_id and a.status in ('active', 'refreshing') and p.status = 'active' offset 0)`,
      data: [],
    },
    map: (row) => ({ accountId: String(row['account_id']) }),
  });
}
