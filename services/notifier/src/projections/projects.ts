// Read models of gitops' facts: which organization a project belongs to (deployment events
// name only the project), and the failure episodes of Git credential bindings (dedupe).
import { insertRows, type Tx } from '@keywarden/db';
import { sql } from 'drizzle-orm';
import { projects } from '../schema.js';
import type { FactEvent } from './membership.js';

export const projectEventTypes = ['ProjectCreated'] as const;
/** GitCredentialsSynced ends a binding's failure episode; it notifies nobody. */
export const bindingEventTypes = ['GitCredentialsSynced'] as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Applies ProjectCreated (before the batch's notifications are routed, so a failure in the same batch finds it). */
export async function applyProjects(tx: Tx, events: readonly FactEvent[]): Promise<void> {
  for (const { type, data } of events) {
    if (type !== 'ProjectCreated' || !str(data['projectId']) || !str(data['organizationId'])) continue;
    const row = { organizationId: str(data['organizationId']), name: str(data['name']) || str(data['slug']), slug: str(data['slug']) };
    await tx.insert(projects).values({ projectId: str(data['projectId']), ...row }).onConflictDoUpdate({ target: projects.projectId, set: row });
  }
}

type Binding = { episode: number; failing: boolean; changed: boolean };

const writeBindings = insertRows<{ project_id: string; environment: string; episode: number; failing: boolean }>(
  'notify_git_bindings',
  { project_id: 'text', environment: 'text', episode: 'int', failing: 'boolean' },
  { conflict: '(project_id, environment) do update set episode = excluded.episode, failing = excluded.failing' },
);

/**
 * Walks the batch's binding events in order and returns, per GitCredentialsSyncFailed event id,
 * the failure episode it belongs to: the same until a GitCredentialsSynced of that binding
 * follows a failure. One read and one write per batch, and none for a batch of syncs of
 * bindings that never failed (the common case: every token refresh syncs).
 */
export async function applyGitBindings(tx: Tx, events: readonly FactEvent[]): Promise<Map<string, number>> {
  const episodes = new Map<string, number>();
  const relevant = events.filter((e) => (e.type === 'GitCredentialsSynced' || e.type === 'GitCredentialsSyncFailed') && str(e.data['projectId']));
  if (relevant.length === 0) return episodes;
  const keyOf = (e: FactEvent) => JSON.stringify([str(e.data['projectId']), str(e.data['environment'])]);
  const keys = [...new Set(relevant.map(keyOf))].map((k) => JSON.parse(k) as [string, string]);
  // Locked: replicas sharing the consumer must not both start an episode for one binding.
  const rows = await tx.execute<{ project_id: string; environment: string; episode: number; failing: boolean }>(sql`
    select b.project_id, b.environment, b.episode, b.failing
    from notify_git_bindings b
    join jsonb_to_recordset(${JSON.stringify(keys.map(([p, e]) => ({ p, e })))}::jsonb) as k(p text, e text) on b.project_id = k.p and b.environment = k.e
    for update of b`);
  const state = new Map<string, Binding>(rows.map((r) => [JSON.stringify([r.project_id, r.environment]), { episode: r.episode, failing: r.failing, changed: false }]));
  for (const event of relevant) {
    const key = keyOf(event);
    const binding = state.get(key);
    if (event.type === 'GitCredentialsSynced') {
      if (binding?.failing) state.set(key, { episode: binding.episode + 1, failing: false, changed: true });
      continue;
    }
    const current = binding ?? { episode: 0, failing: false, changed: false };
    state.set(key, { episode: current.episode, failing: true, changed: current.changed || !current.failing });
    episodes.set(event.eventId, current.episode);
  }
  const changed = [...state].filter(([, b]) => b.changed).map(([key, b]) => {
    const [project_id, environment] = JSON.parse(key) as [string, string];
    return { project_id, environment, episode: b.episode, failing: b.failing };
  });
  await writeBindings(tx, changed);
  return episodes;
}
