// The read model secrets-vault and the deployer each keep of gitops-sync's projects, in a table `projects` of
// their own database (id, organization_id, slug, environments jsonb, version, deleted, updated_at), fed two ways:
//  - their durable consumer of EVT_GITOPS (onProjectEvent, also what `kw replay` rebuilds it with);
//  - a read-through (readProject): a request naming a project the consumer has not brought yet (its
//    ProjectCreated still on its way) asks gitops-sync (rpc.gitops.LookupProject) and records the answer, so a
//    project created a moment ago is usable at once.
// `version` is the position in the project's stream (project-<id>) the row reflects. An event or an answer not
// newer than the row changes nothing, so whichever of the two arrives first the row only moves forward. A
// deleted project stays as a tombstone (deleted, with its version): an answer read before the deletion and
// recorded after it cannot bring the project back, and a request naming it is refused without asking.
import { callRpc, type BusLogger } from '@keywarden/bus';
import type { RpcMethodName, RpcResponse } from '@keywarden/contracts';
import type { DbOrTx, Tx } from '@keywarden/db';
import { errorLogFields } from '@keywarden/errors';
import type { NatsConnection } from '@nats-io/nats-core';
import { sql } from 'drizzle-orm';

/** What the services need of a project: its organization decides who may act, its environments what exists. */
export type ProjectPlace = { id: string; organizationId: string; slug: string; environments: string[] };
/** gitops-sync's answer: the project as of the event at `streamVersion` in its stream. */
export type ProjectFacts = ProjectPlace & { streamVersion: number };
/** Asks the owner; 'absent': no such project (never created or deleted), 'unavailable': no answer. */
export type ProjectOwner = (projectId: string) => Promise<ProjectFacts | 'absent' | 'unavailable'>;
/** What a request naming a project finds: the project, or why not. */
export type ProjectLookup = ProjectPlace | 'absent' | 'unavailable';

/** The subset of a consumed or recorded event the handler reads. */
type ProjectEvent = { type: string; streamVersion: number; time: string | Date; data: Record<string, unknown> };
type Row = { id: string; organization_id: string; slug: string; environments: string[]; version: number; deleted: boolean };

const str = (event: ProjectEvent, key: string) => String(event.data[key] ?? '');
const json = (environments: readonly string[]) => sql`${JSON.stringify(environments)}::jsonb`;
// drizzle's postgres.js driver sends parameters as given, and postgres.js serializes no Date there.
const timestamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/** ProjectCreated, EnvironmentAdded, EnvironmentRemoved, ProjectDeleted, applied when newer than the row. */
export async function onProjectEvent(tx: Tx, event: ProjectEvent): Promise<void> {
  const projectId = str(event, 'projectId');
  if (!projectId) return;
  const at = new Date(event.time);
  const version = event.streamVersion;
  switch (event.type) {
    case 'ProjectCreated': {
      const environments = (event.data['environments'] as string[] | undefined) ?? [];
      await upsert(tx, { id: projectId, organizationId: str(event, 'organizationId'), slug: str(event, 'slug'), environments, streamVersion: version }, false, at);
      return;
    }
    case 'EnvironmentAdded':
    case 'EnvironmentRemoved': {
      const [project] = await tx.execute<Row>(sql`select * from projects where id = ${projectId} for update`);
      if (!project || project.deleted || project.version >= version) return;
      const environment = str(event, 'environment');
      const others = project.environments.filter((e) => e !== environment);
      const environments = event.type === 'EnvironmentAdded' ? [...others, environment] : others;
      await tx.execute(sql`update projects set environments = ${json(environments)}, version = ${version}, updated_at = ${timestamp(at)} where id = ${projectId}`);
      return;
    }
    case 'ProjectDeleted':
      await upsert(tx, { id: projectId, organizationId: '', slug: str(event, 'slug'), environments: [], streamVersion: version }, true, at);
      return;
    default:
      return;
  }
}

/** Records the owner's answer unless the row already reflects that position of the stream or a later one. */
export async function recordProject(db: DbOrTx, facts: ProjectFacts, at = new Date()): Promise<void> {
  await upsert(db, facts, false, at);
}

/** The project as the read model has it: the project, 'absent' for a tombstone, undefined when never heard of. */
export async function knownProject(db: DbOrTx, projectId: string): Promise<ProjectPlace | 'absent' | undefined> {
  const [row] = await db.execute<Row>(sql`select * from projects where id = ${projectId}`);
  if (!row) return undefined;
  return row.deleted ? 'absent' : { id: row.id, organizationId: row.organization_id, slug: row.slug, environments: row.environments };
}

/**
 * The project a request names: from the read model, else from its owner (recorded before it is used). A
 * tombstone answers 'absent' without asking; a project the owner does not know is not recorded.
 */
export async function readProject(db: DbOrTx, owner: ProjectOwner, projectId: string): Promise<ProjectLookup> {
  if (!projectId) return 'absent';
  const known = await knownProject(db, projectId);
  if (known) return known;
  const answer = await owner(projectId);
  if (typeof answer === 'string') return answer;
  await recordProject(db, answer);
  // Read again: the consumer may have recorded a later event meanwhile (a deletion, say).
  return (await knownProject(db, projectId)) ?? 'absent';
}

/** gitops-sync's LookupProject as a ProjectOwner (the bus lets secrets-vault and the deployer call it). */
export function gitopsProjectOwner(nc: NatsConnection, options: OwnerCallOptions = {}): ProjectOwner {
  return async (projectId) => {
    const reply = await askOwner(nc, 'gitops.LookupProject', { projectId }, { ...options, owner: 'gitops-sync', about: 'a project', id: projectId });
    if (typeof reply === 'string') return reply;
    if (!reply.found) return 'absent';
    return {
      id: reply.projectId ?? projectId, organizationId: reply.organizationId ?? '', slug: reply.slug ?? '', environments: [...(reply.environments ?? [])],
      streamVersion: Number(reply.streamVersion ?? 0),
    };
  };
}

export type OwnerCallOptions = { namespace?: string | undefined; timeoutMs?: number; logger?: BusLogger };

/**
 * Asks the service that owns something this one has not heard of yet (a read-through, service to service). A
 * failed call (no responder, timeout, refusal) is 'unavailable', told once in the log: the caller answers as it
 * would without the read-through, never with an internal error.
 */
export async function askOwner<N extends RpcMethodName>(
  nc: NatsConnection, method: N, request: Parameters<typeof callRpc<N>>[2], options: OwnerCallOptions & { owner: string; about: string; id: string },
): Promise<RpcResponse<N> | 'unavailable'> {
  try {
    return await callRpc(nc, method, request, { namespace: options.namespace, timeoutMs: options.timeoutMs ?? 3_000 });
  } catch (error) {
    options.logger?.warn({ method, id: options.id, error: errorLogFields(error) }, `${options.owner} could not be asked about ${options.about} this service has not heard of yet`);
    return 'unavailable';
  }
}

async function upsert(db: DbOrTx, facts: ProjectFacts, deleted: boolean, at: Date): Promise<void> {
  await db.execute(sql`
    insert into projects (id, organization_id, slug, environments, version, deleted, updated_at)
    values (${facts.id}, ${facts.organizationId}, ${facts.slug}, ${json(facts.environments)}, ${facts.streamVersion}, ${deleted}, ${timestamp(at)})
    on conflict (id) do update set
      organization_id = case when excluded.deleted then projects.organization_id else excluded.organization_id end,
      slug = case when excluded.deleted then projects.slug else excluded.slug end,
      environments = excluded.environments, version = excluded.version, deleted = excluded.deleted, updated_at = excluded.updated_at
    where projects.version < excluded.version`);
}
