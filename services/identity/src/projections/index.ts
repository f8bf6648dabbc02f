// What the operator tools may rebuild of identity (tools/cli `replay`), exported as
// `@keywarden/identity/projections`: the inline projections, nothing else of the service.
import type { ProjectionCatalog } from '@keywarden/event-store';
import { sql } from 'drizzle-orm';
import { identityProvidersProjection } from './identity-providers.js';
import { instanceSettingsProjection } from './instance-settings.js';
import { organizationsProjection } from './organizations.js';
import { patsProjection } from './pats.js';
import { sessionsProjection } from './sessions.js';
import { tokenCleanupRunsProjection } from './token-cleanup-runs.js';
import { usersProjection } from './users.js';

export const projectionCatalog: ProjectionCatalog = {
  service: 'identity',
  context: 'identity',
  projections: [
    usersProjection, sessionsProjection, organizationsProjection, patsProjection, identityProvidersProjection, instanceSettingsProjection,
    tokenCleanupRunsProjection,
  ],
  hooks: {
    // Resetting personal_access_tokens deletes its hash rows (on delete cascade) and drops
    // last_used_at, which no event carries: both are kept across the rebuild. A token the
    // cleanup purged (no hash row left) is purged again rather than brought back.
    [patsProjection.name]: {
      before: async (tx) => {
        await tx.execute(sql`create temp table kw_rebuild_pats on commit drop as
          select h.token_id, h.token_hash, p.last_used_at from personal_access_token_hashes h join personal_access_tokens p on p.id = h.token_id`);
      },
      after: async (tx) => {
        await tx.execute(sql`delete from personal_access_tokens p where not exists (select 1 from kw_rebuild_pats k where k.token_id = p.id)`);
        await tx.execute(sql`insert into personal_access_token_hashes (token_id, token_hash) select token_id, token_hash from kw_rebuild_pats on conflict do nothing`);
        await tx.execute(sql`update personal_access_tokens p set last_used_at = k.last_used_at from kw_rebuild_pats k where k.token_id = p.id`);
        await tx.execute(sql`drop table kw_rebuild_pats`);
      },
    },
  },
};
