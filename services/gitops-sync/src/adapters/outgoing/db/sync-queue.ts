// The sync queue: one row per project environment that needs work (apply,
// delete, or a stale mark). Rows are written inside the transaction that
// asks for them (the command's, or the consumer's with its inbox row); whoever
// queued them wakes the workers after the commit (onQueued), and the worker
// polls for the rest. Each row keeps the traceparent of the span that asked
// (the newest traced one, when requests coalesce), so the worker continues
// that trace. A request for an environment already queued rewrites its row
// (version + 1): a worker finishing the older version frees the row instead of
// deleting it, and the newer request runs next.
import type { Database, Tx } from '@keywarden/db';
import { WorkQueue } from '@keywarden/runtime';
import { currentTraceparent, type Logger } from '@keywarden/telemetry';
import { sql } from 'drizzle-orm';
import type { SyncTrigger } from '../../../domain/binding/binding.js';
import type { QueueAction, QueueRow, SyncRequests, WorkItem } from '../../../app/ports.js';

/** LISTEN/NOTIFY channel through which replicas wake each other's sync workers. */
export const QUEUE_CHANNEL = 'gitops_sync_queue';

export function syncQueue(database: Database, leaseMs: number, logger: Logger): WorkQueue<WorkItem> {
  return new WorkQueue<WorkItem>({
    database, leaseMs, logger,
    table: {
      table: 'sync_queue', key: { project_id: 'text', environment: 'text' }, columns: { version: 'version', traceparent: 'traceparent' },
      data: ['action', 'trigger', 'namespace', 'slug', 'account_id', 'force'],
    },
    map: (r) => ({
      projectId: String(r['project_id']), environment: String(r['environment']), action: r['action'] as WorkItem['action'],
      trigger: r['trigger'] as WorkItem['trigger'], namespace: String(r['namespace']), slug: String(r['slug']), accountId: String(r['account_id']),
      force: Boolean(r['force']), traceparent: String(r['traceparent'] ?? ''),
    }),
  });
}

// A request made outside any span (the Flux status watch) has no traceparent: coalescing it into a pending row
// keeps that row's trace instead of erasing it, so the traced request's work is still exported under it.
const KEEP_TRACE = sql`coalesce(nullif(excluded.traceparent, ''), sync_queue.traceparent)`;

/** The queue rows app/ asks for (its SyncRequests port), in the caller's transaction or one of their own. */
export function syncRequests(database: Database): SyncRequests {
  return {
    enqueue: (rows, options = {}) => (options.tx ? enqueue(options.tx, rows, options) : database.db.transaction((tx) => enqueue(tx, rows, options))),
    forAccount: enqueueForAccount,
    forOrganization: enqueueForOrganization,
    forOwner: enqueueForOwner,
  };
}

/**
 * Adds or replaces requests: the newest action wins, force is kept once asked for.
 * `onlyBound` (requests from outside the project's own commands: Flux status, reconcile retries) keeps only
 * environments that still exist, so such a request never replaces the pending `delete` of a removed one.
 */
async function enqueue(tx: Tx, rows: readonly QueueRow[], options: { onlyBound?: boolean } = {}): Promise<void> {
  if (rows.length === 0) return;
  const traceparent = currentTraceparent() ?? '';
  const values = rows.map((r) => sql`(${r.projectId}::text, ${r.environment}::text, ${r.action}::text, ${r.trigger}::text, ${r.namespace}::text, ${r.slug}::text, ${r.accountId ?? ''}::text, ${r.force ?? false}::boolean, ${traceparent}::text)`);
  const bound = options.onlyBound
    ? sql`where exists (select 1 from bindings b where b.project_id = v.project_id and b.environment = v.environment)`
    : sql``;
  await tx.execute(sql`
    insert into sync_queue (project_id, environment, action, trigger, namespace, slug, account_id, force, traceparent, enqueued_at)
    select v.*, now() from (values ${sql.join(values, sql`, `)}) as v(project_id, environment, action, trigger, namespace, slug, account_id, force, traceparent)
    ${bound}
    on conflict (project_id, environment) do update set
      action = excluded.action, trigger = excluded.trigger, namespace = excluded.namespace, slug = excluded.slug,
      account_id = excluded.account_id, force = sync_queue.force or excluded.force, attempts = 0,
      version = sync_queue.version + 1, next_attempt_at = now(), enqueued_at = excluded.enqueued_at, traceparent = ${KEEP_TRACE}`);
}

/** Every binding that holds (or last tried) this account's token. The bindings_account index makes this one lookup. */
export async function enqueueForAccount(tx: Tx, accountId: string, action: 'apply' | 'stale', trigger: SyncTrigger): Promise<void> {
  await enqueueSelected(tx, action, trigger, accountId, sql`b.account_id = ${accountId}`);
}

/** Bindings of an organization's projects; `onlyUnsynced` skips those already holding a token. */
async function enqueueForOrganization(tx: Tx, organizationId: string, trigger: SyncTrigger, onlyUnsynced: boolean): Promise<void> {
  await enqueueSelected(tx, 'apply', trigger, '', onlyUnsynced ? sql`b.organization_id = ${organizationId} and b.status <> 'synced'` : sql`b.organization_id = ${organizationId}`);
}

/** Unsynced bindings of the organizations a user owns (the user just connected an account they may use). */
async function enqueueForOwner(tx: Tx, userId: string, trigger: SyncTrigger): Promise<void> {
  await enqueueSelected(tx, 'apply', trigger, '', sql`b.status <> 'synced' and b.organization_id in (select organization_id from org_owners where owner_user_id = ${userId})`);
}

async function enqueueSelected(tx: Tx, action: QueueAction, trigger: SyncTrigger, accountId: string, where: ReturnType<typeof sql>) {
  await tx.execute(sql`
    insert into sync_queue (project_id, environment, action, trigger, namespace, slug, account_id, force, traceparent, enqueued_at)
    select b.project_id, b.environment, ${action}, ${trigger}, b.namespace, p.slug, ${accountId}, false, ${currentTraceparent() ?? ''}, now()
    from bindings b join projects p on p.id = b.project_id where ${where}
    on conflict (project_id, environment) do update set
      action = excluded.action, trigger = excluded.trigger, account_id = excluded.account_id, attempts = 0,
      version = sync_queue.version + 1, next_attempt_at = now(), enqueued_at = excluded.enqueued_at, traceparent = ${KEEP_TRACE}`);
}
