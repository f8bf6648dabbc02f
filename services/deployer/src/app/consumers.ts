// What the deployer follows of other contexts, each a durable consumer whose
// effects commit with its inbox row:
//  - deployer--projects (EVT_GITOPS): project id → organization, slug and
//    environments, which registration checks and namespaces come from;
//  - deployer--secret-rotations (EVT_SECRETS): SecretValueChanged and
//    SecretRolledBack open (or join) a batching window per application whose
//    last environment used that secret and which deploys automatically.
import type { ConsumedEvent } from '@keywarden/bus';
import type { Tx } from '@keywarden/db';
import type { ConsumerSpec } from '@keywarden/runtime';
import { injectTraceContext } from '@keywarden/telemetry';
import { eq, sql } from 'drizzle-orm';
import { projects } from '../adapters/db/schema.js';

export const PROJECTS_CONSUMER = 'projects';
export const ROTATIONS_CONSUMER = 'secret-rotations';

const str = (event: ConsumedEvent, key: string) => String(event.data[key] ?? '');

export function consumers(options: { rotationWindowMs: number }): ConsumerSpec[] {
  return [
    {
      context: 'gitops', purpose: PROJECTS_CONSUMER,
      types: ['ProjectCreated', 'EnvironmentAdded', 'EnvironmentRemoved', 'ProjectDeleted'],
      handle: (tx, event) => onProjectEvent(tx, event),
    },
    {
      context: 'secrets', purpose: ROTATIONS_CONSUMER,
      types: ['SecretValueChanged', 'SecretRolledBack'],
      handle: (tx, event) => onSecretChanged(tx, event, options.rotationWindowMs),
    },
  ];
}

export async function onProjectEvent(tx: Tx, event: ConsumedEvent): Promise<void> {
  const projectId = str(event, 'projectId');
  if (!projectId) return;
  const at = new Date(event.time);
  switch (event.type) {
    case 'ProjectCreated': {
      const row = { id: projectId, organizationId: str(event, 'organizationId'), slug: str(event, 'slug'), environments: (event.data['environments'] as string[] | undefined) ?? [], updatedAt: at };
      await tx.insert(projects).values(row).onConflictDoNothing();
      return;
    }
    case 'EnvironmentAdded':
    case 'EnvironmentRemoved': {
      const environment = str(event, 'environment');
      const [project] = await tx.select().from(projects).where(eq(projects.id, projectId));
      if (!project) return;
      const others = project.environments.filter((e) => e !== environment);
      await tx.update(projects).set({ environments: event.type === 'EnvironmentAdded' ? [...others, environment] : others, updatedAt: at }).where(eq(projects.id, projectId));
      return;
    }
    case 'ProjectDeleted':
      await tx.delete(projects).where(eq(projects.id, projectId));
      return;
    default:
      return;
  }
}

/**
 * Opens a window for each auto-deploying application that used the secret (the
 * window's end is kept when one is already open, so a burst of rotations ends
 * in one redeploy), adding the secret id to those it lists.
 */
// due_at is cut to milliseconds: the flusher matches the row it read (a JS Date) when it removes it.
export async function onSecretChanged(tx: Tx, event: ConsumedEvent, windowMs: number): Promise<void> {
  const secretId = str(event, 'secretId');
  if (!secretId) return;
  const carrier = injectTraceContext<Record<string, string>>({});
  await tx.execute(sql`
    insert into rotation_pending (application_id, secret_ids, due_at, traceparent)
    select s.application_id, jsonb_build_array(${secretId}::text), date_trunc('milliseconds', now() + make_interval(secs => ${windowMs / 1000})), ${carrier['traceparent'] ?? ''}
    from application_secrets s join applications a on a.id = s.application_id
    where s.secret_id = ${secretId} and a.auto_deploy
    on conflict (application_id) do update set secret_ids = case
      when rotation_pending.secret_ids ? ${secretId}::text then rotation_pending.secret_ids
      else rotation_pending.secret_ids || excluded.secret_ids end`);
}
