import { z } from 'zod';

/** The audit service's own variables (the shared ones are read by @keywarden/runtime). */
export const auditConfig = {
  // Entries older than this many days are deleted (and the deletion recorded as AuditEntriesPurged).
  KW_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
  // How often the retention task looks for entries past retention.
  KW_AUDIT_RETENTION_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  // How long an impact question about a secret, group or provider not in the read models waits for its event
  // (created a moment ago, its event on the way) before answering 404.
  KW_AUDIT_IMPACT_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(2_000),
};

export type AuditSettings = { retentionDays: number; retentionIntervalMs: number; impactWaitMs: number };

export function auditSettings(extra: { [K in keyof typeof auditConfig]: z.infer<(typeof auditConfig)[K]> }): AuditSettings {
  return { retentionDays: extra.KW_AUDIT_RETENTION_DAYS, retentionIntervalMs: extra.KW_AUDIT_RETENTION_INTERVAL_MS, impactWaitMs: extra.KW_AUDIT_IMPACT_WAIT_MS };
}
