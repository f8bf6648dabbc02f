// Refreshes grants before they expire. Each tick claims a batch of due grants
// with FOR UPDATE SKIP LOCKED and stamps a short lease on them, so replicas
// share the work and never take the same grant; the refresh itself then runs
// under the per-account lock (Refresher). Time comes from the service clock.
import type { BackgroundTask } from '@keywarden/runtime';
import type { Database } from '@keywarden/db';
import { extractTraceContext, getTracer, withSpan, type Logger } from '@keywarden/telemetry';
import { sql } from 'drizzle-orm';
import type { BrokerSettings } from '../config.js';
import type { Refresher } from './refresher.js';

const tracer = getTracer('@keywarden/oauth-broker');

export type TickResult = { claimed: number; refreshed: number; failed: number; fresh: number };

export class RefreshScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  // stop() may land while a tick is in flight; the tick must then not arm another timer.
  private stopped = false;

  constructor(
    private readonly database: Database,
    private readonly refresher: Refresher,
    private readonly clock: { now: () => Date },
    private readonly settings: BrokerSettings,
    private readonly logger: Logger,
  ) {}

  /** Claims up to one batch of due grants and refreshes them (per-provider limits apply inside). */
  async tick(): Promise<TickResult> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.settings.leaseMs);
    const claimed = await this.database.db.execute<{ account_id: string }>(sql`
      with due as (
        select g.account_id
        from account_grants g
        join accounts a on a.id = g.account_id
        join provider_apps p on p.id = a.provider_app_id
        where g.next_refresh_at <= ${now.toISOString()}::timestamptz
          and (g.claimed_until is null or g.claimed_until < ${now.toISOString()}::timestamptz)
          and a.status in ('active', 'refreshing')
          and p.status = 'active'
        order by g.next_refresh_at
        limit ${this.settings.schedulerBatch}
        for update of g skip locked
      )
      update account_grants g set claimed_until = ${leaseUntil.toISOString()}::timestamptz
      from due where g.account_id = due.account_id
      returning g.account_id`);
    const result: TickResult = { claimed: claimed.length, refreshed: 0, failed: 0, fresh: 0 };
    // A claimed grant is due by its schedule (margin before expiry, or the idle rule): refresh it.
    const outcomes = await Promise.allSettled(
      // Each refresh is the root of its own trace (an empty carrier gives the root context, whatever is active):
      // TokenRefreshed and the Secrets it rewrites continue it.
      claimed.map((row) =>
        withSpan(tracer, 'oauth.scheduled-refresh', { parent: extractTraceContext({}), attributes: { 'keywarden.account_id': row.account_id } }, async (span) => {
          const outcome = await this.refresher.refresh(row.account_id, 'scheduler', this.settings.marginMs + this.settings.jitterMs, { due: true });
          span.setAttribute('keywarden.refresh.outcome', outcome);
          return outcome;
        }),
      ),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        result.failed += 1;
        this.logger.warn({ err: { type: (outcome.reason as Error)?.name, code: (outcome.reason as { code?: string })?.code } }, 'scheduled refresh failed');
      } else if (outcome.value === 'refreshed') result.refreshed += 1;
      else if (outcome.value === 'failed') result.failed += 1;
      else result.fresh += 1;
    }
    return result;
  }

  task(): BackgroundTask {
    return {
      name: 'refresh-scheduler',
      start: () => {
        this.stopped = false;
        const loop = async () => {
          if (this.stopped) return;
          try {
            this.running = this.tick();
            const result = (await this.running) as TickResult;
            // A full batch means more is due: go again at once.
            const delay = result.claimed >= this.settings.schedulerBatch ? 0 : this.settings.schedulerIntervalMs;
            if (this.stopped) return;
            this.timer = setTimeout(() => void loop(), delay);
          } catch (error) {
            this.logger.error({ err: { type: (error as Error).name } }, 'refresh scheduler tick failed');
            if (this.stopped) return;
            this.timer = setTimeout(() => void loop(), this.settings.schedulerIntervalMs);
          }
        };
        this.timer = setTimeout(() => void loop(), this.settings.schedulerIntervalMs);
      },
      stop: async () => {
        this.stopped = true;
        clearTimeout(this.timer);
        this.timer = undefined;
        await this.running?.catch(() => undefined);
      },
    };
  }
}
