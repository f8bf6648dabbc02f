// The deployer's own tables besides its read models (app/ports.ts DeployerStore): the queues
// (queues.ts), the webhook counters (rate-limit.ts), the credentials' stored forms, the secrets
// each application's environment used and the rotation windows.
import type { Database } from '@keywarden/db';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { DeployerStore } from '../../../app/ports.js';
import { queueStore } from './queues.js';
import { rateLimitStore } from './rate-limit.js';
import { applications, applicationSecrets, rotationPending, signingSecrets } from '../../../schema.js';

export function deployerStore(database: Database): DeployerStore {
  const { db } = database;
  return {
    ...queueStore(database),
    ...rateLimitStore(database),

    async saveTokenHash(tx, applicationId, tokenHash, tokenPrefix) {
      await tx.update(applications).set({ tokenHash, tokenPrefix }).where(eq(applications.id, applicationId));
    },
    async saveSigningSecret(tx, row) {
      await tx.insert(signingSecrets).values(row).onConflictDoUpdate({ target: signingSecrets.applicationId, set: row });
    },
    async dropSigningSecret(tx, applicationId) {
      await tx.delete(signingSecrets).where(eq(signingSecrets.applicationId, applicationId));
    },
    async signingSecret(applicationId) {
      const [stored] = await db.select().from(signingSecrets).where(eq(signingSecrets.applicationId, applicationId));
      return stored;
    },

    async recordSecretsUsed(applicationId, secretIds, at) {
      await db.transaction(async (tx) => {
        await tx.delete(applicationSecrets).where(eq(applicationSecrets.applicationId, applicationId));
        if (secretIds.length) await tx.insert(applicationSecrets).values(secretIds.map((secretId) => ({ applicationId, secretId, recordedAt: at })));
      });
    },

    // The window's end is kept when one is already open, so a burst of rotations ends in one redeploy. due_at is
    // cut to milliseconds: the flusher matches the row it read (a JS Date) when it removes it.
    async openRotationWindows(tx, secretId, windowMs, traceparent) {
      await tx.execute(sql`
        insert into rotation_pending (application_id, secret_ids, due_at, traceparent)
        select s.application_id, jsonb_build_array(${secretId}::text), date_trunc('milliseconds', now() + make_interval(secs => ${windowMs / 1000})), ${traceparent}
        from application_secrets s join applications a on a.id = s.application_id
        where s.secret_id = ${secretId} and a.auto_deploy
        on conflict (application_id) do update set secret_ids = case
          when rotation_pending.secret_ids ? ${secretId}::text then rotation_pending.secret_ids
          else rotation_pending.secret_ids || excluded.secret_ids end`);
    },
    async dueRotations() {
      return db.select().from(rotationPending).where(lte(rotationPending.dueAt, sql`now()`));
    },
    async closeRotationWindow(window, sameSecrets) {
      await db.delete(rotationPending).where(and(
        eq(rotationPending.applicationId, window.applicationId), eq(rotationPending.dueAt, window.dueAt),
        sameSecrets ? sql`${rotationPending.secretIds} = ${JSON.stringify(window.secretIds)}::jsonb` : undefined,
      ));
    },
  };
}
