import { z } from 'zod';

/** The notifier's own variables (the shared ones are read by @keywarden/runtime). */
export const notifierConfig = {
  // Base URL of the web console: reconnect and settings links in messages point there.
  KW_NOTIFIER_PUBLIC_URL: z.url().default('http://localhost:8080'),
  KW_NOTIFIER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  // First retry delay; doubles per attempt (30 s, 1 min, 2 min, ...).
  KW_NOTIFIER_BACKOFF_MS: z.coerce.number().int().min(1).default(30_000),
  KW_NOTIFIER_POLL_MS: z.coerce.number().int().min(5).default(500),
  KW_NOTIFIER_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  // Deliveries claimed and sent concurrently per worker pass.
  KW_NOTIFIER_WORKER_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
  // Let webhook/Feishu/Slack channels reach loopback, private and link-local addresses over
  // plain http: only for the local platform and tests, whose simulators listen on 127.0.0.1.
  KW_NOTIFIER_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).default('false'),
};

export type NotifierSettings = {
  publicUrl: string;
  maxAttempts: number;
  backoffMs: number;
  pollMs: number;
  sendTimeoutMs: number;
  workerBatch: number;
  allowPrivateTargets: boolean;
};

export function notifierSettings(extra: { [K in keyof typeof notifierConfig]: z.infer<(typeof notifierConfig)[K]> }): NotifierSettings {
  return {
    publicUrl: extra.KW_NOTIFIER_PUBLIC_URL.replace(/\/+$/, ''),
    maxAttempts: extra.KW_NOTIFIER_MAX_ATTEMPTS,
    backoffMs: extra.KW_NOTIFIER_BACKOFF_MS,
    pollMs: extra.KW_NOTIFIER_POLL_MS,
    sendTimeoutMs: extra.KW_NOTIFIER_SEND_TIMEOUT_MS,
    workerBatch: extra.KW_NOTIFIER_WORKER_BATCH,
    allowPrivateTargets: extra.KW_NOTIFIER_ALLOW_PRIVATE_TARGETS === 'true',
  };
}
