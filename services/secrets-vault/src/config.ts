import { z } from 'zod';

/** secrets-vault's own variables (KW_MASTER_KEYS, shared, is required too). */
export const extraConfig = {
  // Re-wrap values under an older master key version in the background at start (online rotation).
  KW_SECRETS_REWRAP_ON_START: z.enum(['true', 'false']).default('true'),
  KW_SECRETS_REWRAP_BATCH: z.coerce.number().int().min(1).max(5000).default(200),
  // How often every replica re-reads the provider schedules, so a change served by another replica reaches it.
  KW_SECRETS_SCHEDULE_RELOAD_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
};
export type ExtraConfig = { KW_SECRETS_REWRAP_ON_START: 'true' | 'false'; KW_SECRETS_REWRAP_BATCH: number; KW_SECRETS_SCHEDULE_RELOAD_MS: number };
