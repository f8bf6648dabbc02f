// What operators watch on the broker's GET /metrics: refresh results and
// durations per provider, and how many user grants are close to the end of
// their refresh token (one aggregate query, at most once per
// KW_METRICS_MAX_AGE_MS). Labels are bounded: provider, result, error class,
// threshold; never an account, a user or a token.
import type { Database } from '@keywarden/db';
import { getMeter, observeGauge, type Counter, type Histogram } from '@keywarden/telemetry';
import { DAY_MS, type ErrorClass } from '../domain/types.js';
import { nearExpiryCounts } from '../projections/queries.js';

type BrokerMetrics = { refreshes: Counter; refreshSeconds: Histogram };

// Made on first use, not at import: the metrics API hands out no-op meters until
// the runtime has registered the process's MeterProvider.
let made: BrokerMetrics | undefined;

function brokerMetrics(): BrokerMetrics {
  if (!made) {
    const meter = getMeter('@keywarden/oauth-broker');
    made = {
      refreshes: meter.createCounter('keywarden_token_refresh', { description: 'Token refreshes at the provider, by provider and result (error_class on failures)' }),
      refreshSeconds: meter.createHistogram('keywarden_token_refresh_duration_seconds', {
        description: 'How long a refresh took, provider retries inside it included, by provider and result',
        unit: 's',
        advice: { explicitBucketBoundaries: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] },
      }),
    };
  }
  return made;
}

/** One refresh that reached the provider; `startedAt` from performance.now(). `errorClass`: 'internal' when it failed on our side. */
export function recordRefresh(provider: string, startedAt: number, outcome: { ok: true } | { ok: false; errorClass: ErrorClass | 'internal' }): void {
  const result = outcome.ok ? 'success' : 'failure';
  const m = brokerMetrics();
  m.refreshes.add(1, outcome.ok ? { provider, result } : { provider, result, error_class: outcome.errorClass });
  m.refreshSeconds.record((performance.now() - startedAt) / 1000, { provider, result });
}

/**
 * keywarden_accounts_near_expiry{provider,threshold}: user grants whose refresh token ends within 7
 * days, within 3 days (a subset of the 7), or has ended (expired accounts not connected again
 * included). Every known provider is reported, 0 when it has none.
 */
export function watchNearExpiry(database: Database, clock: { now: () => Date }, providers: readonly string[], maxAgeMs: number): () => void {
  return observeGauge('keywarden_accounts_near_expiry', async () => {
    const rows = await nearExpiryCounts(database, clock.now(), DAY_MS);
    const counts = new Map(providers.map((p) => [p, { d7: 0, d3: 0, expired: 0 }]));
    for (const row of rows) counts.set(row.provider, { d7: Number(row.d7), d3: Number(row.d3), expired: Number(row.expired) });
    return [...counts].flatMap(([provider, c]) => [
      { value: c.d7, attributes: { provider, threshold: '7d' } },
      { value: c.d3, attributes: { provider, threshold: '3d' } },
      { value: c.expired, attributes: { provider, threshold: 'expired' } },
    ]);
  }, { description: 'User grants whose refresh token ends within 7 days, within 3 days, or has ended, by provider', maxAgeMs });
}
