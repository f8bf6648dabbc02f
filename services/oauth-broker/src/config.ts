// The broker's own settings (KW_OAUTH_*), on top of the shared ones.
import { envInt as int } from '@keywarden/runtime';
import { z } from 'zod';

export const oauthBrokerConfig = {
  /** Refresh this long before an access token ends... */
  KW_OAUTH_REFRESH_MARGIN_MINUTES: int(10),
  /** ...minus up to this much, at random, so grants issued together do not refresh together. */
  KW_OAUTH_REFRESH_JITTER_MINUTES: int(5),
  /** Every grant is refreshed at least this often, even an idle one. */
  KW_OAUTH_IDLE_REFRESH_HOURS: int(24, 1),
  /** A grant whose refreshes keep failing (transiently) this long is marked expired. */
  KW_OAUTH_EXPIRE_AFTER_FAILING_DAYS: int(3, 1),
  /** Backoff between scheduled retries: base doubling per attempt, with jitter, capped. */
  KW_OAUTH_RETRY_BASE_SECONDS: int(30, 1),
  KW_OAUTH_RETRY_CAP_MINUTES: int(60, 1),
  /** Retries inside one refresh (a caller is waiting), base delay in ms. */
  KW_OAUTH_INLINE_RETRIES: int(2),
  KW_OAUTH_INLINE_RETRY_BASE_MS: int(200),
  KW_OAUTH_SCHEDULER_INTERVAL_MS: int(5000, 10),
  KW_OAUTH_SCHEDULER_BATCH: int(100, 1),
  /** Batches a replica's scheduler works on at once: the next is claimed while the last one's provider calls run. */
  KW_OAUTH_SCHEDULER_BATCHES: int(2, 1),
  /** Provider calls at once per provider, per replica (a refresh a caller waits for holds its slot throughout). */
  KW_OAUTH_PROVIDER_CONCURRENCY: int(8, 1),
  /** Provider calls started per second per provider, per replica (0 = no limit). */
  KW_OAUTH_PROVIDER_RATE_PER_SECOND: int(20),
  /** Expiry monitor schedule (croner, 5 or 6 fields) and its time zone. */
  KW_OAUTH_EXPIRY_CRON: z.string().min(1).default('0 9,21 * * *'),
  KW_OAUTH_EXPIRY_TIMEZONE: z.string().min(1).default('UTC'),
  KW_OAUTH_CONNECT_STATE_MINUTES: int(10, 1),
};

export type OAuthBrokerExtra = z.infer<z.ZodObject<typeof oauthBrokerConfig>>;

/** The settings as the app layer uses them (milliseconds). */
export type BrokerSettings = {
  marginMs: number;
  jitterMs: number;
  idleMaxMs: number;
  expireAfterDays: number;
  retryBaseMs: number;
  retryCapMs: number;
  inlineRetries: number;
  inlineRetryBaseMs: number;
  schedulerIntervalMs: number;
  schedulerBatch: number;
  schedulerBatches: number;
  providerConcurrency: number;
  providerRatePerSecond: number;
  expiryCron: string;
  expiryTimezone: string;
  connectStateMs: number;
};

export function brokerSettings(extra: Partial<OAuthBrokerExtra>): BrokerSettings {
  const e = z.object(oauthBrokerConfig).parse(extra);
  return {
    marginMs: e.KW_OAUTH_REFRESH_MARGIN_MINUTES * 60_000,
    jitterMs: e.KW_OAUTH_REFRESH_JITTER_MINUTES * 60_000,
    idleMaxMs: e.KW_OAUTH_IDLE_REFRESH_HOURS * 3_600_000,
    expireAfterDays: e.KW_OAUTH_EXPIRE_AFTER_FAILING_DAYS,
    retryBaseMs: e.KW_OAUTH_RETRY_BASE_SECONDS * 1000,
    retryCapMs: e.KW_OAUTH_RETRY_CAP_MINUTES * 60_000,
    inlineRetries: e.KW_OAUTH_INLINE_RETRIES,
    inlineRetryBaseMs: e.KW_OAUTH_INLINE_RETRY_BASE_MS,
    schedulerIntervalMs: e.KW_OAUTH_SCHEDULER_INTERVAL_MS,
    schedulerBatch: e.KW_OAUTH_SCHEDULER_BATCH,
    schedulerBatches: e.KW_OAUTH_SCHEDULER_BATCHES,
    providerConcurrency: e.KW_OAUTH_PROVIDER_CONCURRENCY,
    providerRatePerSecond: e.KW_OAUTH_PROVIDER_RATE_PER_SECOND,
    expiryCron: e.KW_OAUTH_EXPIRY_CRON,
    expiryTimezone: e.KW_OAUTH_EXPIRY_TIMEZONE,
    connectStateMs: e.KW_OAUTH_CONNECT_STATE_MINUTES * 60_000,
  };
}
