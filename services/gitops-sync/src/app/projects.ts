// Project commands and queries. Each command appends its event and, in the
// same transaction, queues the cluster work it implies: the work survives a
// crash exactly as long as the event does. The workers are woken after the
// commit.
import { randomUUID } from 'node:crypto';
import type { Database, DbOrTx, Tx } from '@keywarden/db';
import { callerScope, idempotency, runIdempotent, type RecordedEvent, type RunOptions } from '@keywarden/event-store';
import { conflict, invalid, notFound } from '../domain/errors.js';
import { environmentsOrDefault, namespaceOf, slugFromName, validEnvironment, validSlug } from '../domain/project/naming.js';
import { type ProjectCommand, type ProjectCreatedData } from '../domain/project/project.js';
import { parseRepository } from '../domain/project/repository.js';
import { bindingsOfProjects, listProjects, projectById, projectFacts, projectIdBySlug, type ProjectFacts, type ProjectRow } from '../projections/queries.js';
import { authorize, isPlatformAdmin, requireUser, type ActorInput } from './access.js';
import type { SyncRequests } from './ports.js';
import { commands } from './commands.js';

export type CreateProjectInput = { organizationId: string; name: string; slug: string; repositoryUrl: string; branch: string; environments: string[] };
export type ProjectView = Awaited<ReturnType<ProjectsApp['view']>>;

const BRANCH = /^(?!\/|.*\/\/|.*\.\.|.*\/$)[\w./-]{1,200}$/;

export class ProjectsApp {
  private readonly handle;
  constructor(
    private readonly database: Database, private readonly requests: SyncRequests, private readonly gitlabHosts: readonly string[],
    private readonly onQueued: () => void = () => undefined,
  ) {
    this.handle = commands(database).project;
  }

  /**
   * With an Idempotency-Key, a retry answers the project its first request created (its id comes from the key).
   * `tx`: the caller's transaction (an inbound message's, with its receipt); the workers are woken after its commit, by the caller.
   */
  async create(actor: ActorInput, input: CreateProjectInput, idempotencyKey = '', tx?: Tx): Promise<{ project: ProjectView; replayed: boolean }> {
    const db: DbOrTx = tx ?? this.database.db;
    if (!input.organizationId) throw invalid('organizationId is required', 'GITOPS-6542');
    const userId = authorize(actor, input.organizationId, 'write');
    const name = input.name.trim();
    if (!name || name.length > 100) throw invalid('name must be 1-100 characters', 'GITOPS-1474');
    const slug = validSlug(input.slug || slugFromName(name));
    const repository = parseRepository(input.repositoryUrl, this.gitlabHosts);
    const branch = input.branch || 'main';
    if (!BRANCH.test(branch)) throw invalid('branch is not a valid Git branch name', 'GITOPS-61d7');
    const environments = environmentsOrDefault(input.environments);
    const idem = idempotency({
      operation: 'gitops.CreateProject', scope: callerScope({ ...actor, userId }), key: idempotencyKey,
      request: { organizationId: input.organizationId, name, slug, repositoryUrl: repository.url, branch, environments },
    });
    const data: ProjectCreatedData = {
      projectId: idem?.id ?? randomUUID(), organizationId: input.organizationId, name, slug, repositoryUrl: repository.url, provider: repository.provider,
      branch, environments, actorUserId: userId,
    };
    const { result, replayed } = await runIdempotent(db, idem, `project-${data.projectId}`, async (options) => {
      if (await projectIdBySlug(db, slug)) throw conflict(`slug ${slug} is taken`, 'GITOPS-8bf3');
      try {
        await this.run(data.projectId, { type: 'CreateProject', data }, userId, [], options, tx);
      } catch (error) {
        // Two creations racing for one slug: the projection's unique index decides.
        if ((error as { code?: string }).code === '23505') throw conflict(`slug ${slug} is taken`, 'GITOPS-3c57');
        throw error;
      }
      return this.view(data.projectId, db);
    }, () => this.view(data.projectId, db));
    return { project: result, replayed };
  }

  /** With an Idempotency-Key, a retry answers the project instead of "the environment exists". */
  async addEnvironment(actor: ActorInput, projectId: string, environment: string, idempotencyKey = '', tx?: Tx): Promise<{ project: ProjectView; replayed: boolean }> {
    const db: DbOrTx = tx ?? this.database.db;
    const project = await this.authorized(actor, projectId, 'write', tx);
    const userId = requireUser(actor);
    const idem = idempotency({ operation: 'gitops.AddEnvironment', scope: callerScope({ ...actor, userId }), key: idempotencyKey, request: { projectId, environment } });
    const { replayed } = await runIdempotent(db, idem, `project-${project.id}`, async (options) => {
      await this.run(project.id, { type: 'AddEnvironment', environment: validEnvironment(environment), actorUserId: userId }, userId, [], options, tx);
    }, async () => {});
    return { project: await this.view(project.id, db), replayed };
  }

  async removeEnvironment(actor: ActorInput, projectId: string, environment: string, tx?: Tx) {
    const project = await this.authorized(actor, projectId, 'write', tx);
    await this.run(project.id, { type: 'RemoveEnvironment', environment, actorUserId: requireUser(actor) }, requireUser(actor), [], undefined, tx);
    return this.view(project.id, tx);
  }

  async delete(actor: ActorInput, projectId: string, tx?: Tx): Promise<void> {
    const project = await this.authorized(actor, projectId, 'write', tx);
    await this.run(project.id, { type: 'DeleteProject', actorUserId: requireUser(actor) }, requireUser(actor), project.environments, undefined, tx);
  }

  async get(actor: ActorInput, projectId: string): Promise<ProjectView> {
    const project = await this.authorized(actor, projectId, 'read');
    return this.view(project.id);
  }

  async list(actor: ActorInput, organizationId: string): Promise<ProjectView[]> {
    if (!organizationId && !isPlatformAdmin(actor)) throw invalid('organizationId is required', 'GITOPS-4d3b');
    if (organizationId) authorize(actor, organizationId, 'read');
    return this.views(await listProjects(this.database.db, organizationId));
  }

  /**
   * What secrets-vault and the deployer keep of a project, for them alone (no actor: the bus lets only them
   * call LookupProject, and they authorize their own request from it); undefined when there is no such project.
   */
  async lookup(projectId: string): Promise<ProjectFacts | undefined> {
    return projectId ? projectFacts(this.database.db, projectId) : undefined;
  }

  /** The project for an actor allowed to read or change it. */
  async authorized(actor: ActorInput, projectId: string, need: 'read' | 'write', tx?: Tx) {
    requireUser(actor);
    const project = await projectById(tx ?? this.database.db, projectId);
    if (!project) throw notFound('no such project', 'GITOPS-28c1');
    authorize(actor, project.organizationId, need);
    return project;
  }

  private async run(
    projectId: string, command: ProjectCommand, actorUserId: string, environments: readonly string[] = [], options: RunOptions = { metadata: {} }, outer?: Tx,
  ) {
    await this.handle(`project-${projectId}`, command, {
      metadata: { actor: actorUserId, ...options.metadata },
      retries: options.retries,
      within: (tx, events) => queueWork(tx, this.requests, events, environments),
      ...(outer ? { tx: outer } : {}),
    });
    // In a caller's transaction the work is not committed yet: the caller wakes the workers after its commit.
    if (!outer) this.onQueued();
  }

  async view(projectId: string, db: DbOrTx = this.database.db) {
    const project = await projectById(db, projectId);
    if (!project) throw notFound('no such project', 'GITOPS-6c63');
    return (await this.views([project], db))[0]!;
  }

  private async views(rows: ProjectRow[], db: DbOrTx = this.database.db) {
    const envs = await bindingsOfProjects(db, rows.map((p) => p.id));
    return rows.map((p) => ({
      projectId: p.id, organizationId: p.organizationId, name: p.name, slug: p.slug, repositoryUrl: p.repositoryUrl, provider: p.provider,
      branch: p.branch, createdBy: p.createdBy, createdAt: p.createdAt.toISOString(),
      environments: p.environments.map((environment) => {
        const b = envs.find((e) => e.projectId === p.id && e.environment === environment);
        return {
          environment, namespace: b?.namespace ?? namespaceOf(p.slug, environment), secretName: b?.secretName ?? `${p.slug}-git-auth`,
          status: b?.status ?? 'pending', accountId: b?.accountId ?? '', tokenGeneration: b?.tokenGeneration ?? 0,
          lastSyncedAt: b?.lastSyncedAt?.toISOString(), reason: b?.reason ?? '', detail: b?.detail ?? '',
          verification: b?.verification ?? 'unknown', verifiedAt: b?.verifiedAt?.toISOString(),
          verificationReason: b?.verificationReason ?? '', verificationMessage: b?.verificationMessage ?? '',
          verificationFailedAt: b?.verificationFailedAt?.toISOString(),
        };
      }),
    }));
  }
}

/** The cluster work each project event implies, queued in the event's transaction. */
async function queueWork(tx: Tx, requests: SyncRequests, events: readonly RecordedEvent[], environmentsBefore: readonly string[]) {
  for (const event of events) {
    const d = event.data as Record<string, unknown>;
    const projectId = String(d['projectId']);
    if (event.type === 'ProjectCreated') {
      const slug = String(d['slug']);
      await requests.enqueue((d['environments'] as string[]).map((environment) => ({
        projectId, environment, action: 'apply' as const, trigger: 'project_created' as const, namespace: namespaceOf(slug, environment), slug,
      })), { tx });
    } else if (event.type === 'EnvironmentAdded' || event.type === 'EnvironmentRemoved') {
      const project = await projectById(tx, projectId);
      const environment = String(d['environment']);
      const slug = project?.slug ?? '';
      await requests.enqueue([{
        projectId, environment, action: event.type === 'EnvironmentAdded' ? 'apply' : 'delete', trigger: 'project_created',
        namespace: namespaceOf(slug, environment), slug,
      }], { tx });
    } else if (event.type === 'ProjectDeleted') {
      const slug = String(d['slug']);
      await requests.enqueue(environmentsBefore.map((environment) => ({
        projectId, environment, action: 'delete' as const, trigger: 'project_created' as const, namespace: namespaceOf(slug, environment), slug,
      })), { tx });
    }
  }
}
