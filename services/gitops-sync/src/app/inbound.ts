// What a company's service publishes for gitops (ext.<integration>.<organization>.gitops.<Type>, issue #20),
// done exactly as the API would: ProjectCreated is CreateProject, ProjectChanged adds and removes environments
// until the project has the desired set, ProjectDeleted is DeleteProject. The integration acts as an admin of
// the organization the subject names, and of no other (actor `integration:<name>`). Runs in the transaction
// of the message's receipt (event-store receiveInbound); a refusal is answered by ProjectRequestRejected.
import { randomUUID } from 'node:crypto';
import type { InboundMessage } from '@keywarden/contracts';
import type { Database, Tx } from '@keywarden/db';
import { commandHandler, integrationActor, type InboundRefusal, type InboundRejection } from '@keywarden/event-store';
import { isKeywardenError } from '@keywarden/errors';
import type { InboundSpec } from '@keywarden/runtime';
import { invalid, notFound } from '../domain/errors.js';
import { inboundDecider } from '../domain/inbound/inbound.js';
import { validEnvironment, validSlug } from '../domain/project/naming.js';
import { projectById, projectIdBySlug } from '../projections/queries.js';
import type { ActorInput } from './access.js';
import type { ProjectsApp } from './projects.js';

/** The actor claims of an integration: an admin of the subject's organization only. */
export function integrationClaims(integration: string, organizationId: string): ActorInput {
  return { userId: integrationActor(integration), organizationId, organizationRole: 'admin', credential: 'integration' };
}

/** Refusals by error code; an error without one of these (the database, a bug) is retried, then parked. */
const REASONS: Record<string, string> = {
  ERR_VALIDATION: 'invalid_field',
  ERR_NOT_FOUND: 'unknown_project',
  ERR_CONFLICT: 'conflict',
  ERR_FORBIDDEN: 'forbidden',
};

export function inboundProjects(database: Database, projects: ProjectsApp, onQueued: () => void): InboundSpec {
  const reject = commandHandler(database, inboundDecider);
  return {
    apply: (tx, message) => apply(projects, tx, message),
    refusal: (error): InboundRefusal | undefined => {
      if (!isKeywardenError(error)) return undefined;
      const reason = REASONS[error.code];
      if (!reason) return error.status >= 400 && error.status < 500 ? { reason: 'refused', detail: error.message } : undefined;
      return { reason: reason === 'conflict' && /slug .* is taken/.test(error.message) ? 'project_exists' : reason, detail: error.message };
    },
    answer: async (tx, rejection: InboundRejection) => {
      await reject(`inbound-${randomUUID()}`, { type: 'RejectProjectRequest', data: rejection }, { tx, metadata: { actor: rejection.actorUserId || 'gitops-sync' } });
    },
    afterCommit: onQueued,
  };
}

async function apply(projects: ProjectsApp, tx: Tx, message: InboundMessage): Promise<void> {
  const actor = integrationClaims(message.integration, message.organizationId);
  const data = message.data;
  switch (message.type) {
    case 'ProjectCreated':
      await projects.create(actor, {
        organizationId: message.organizationId, name: String(data['name']), slug: validSlug(String(data['slug'])),
        repositoryUrl: String(data['repositoryUrl']), branch: String(data['branch']), environments: data['environments'] as string[],
      }, '', tx);
      return;
    case 'ProjectChanged': {
      const project = await projectOf(tx, message);
      const desired = (data['environments'] as string[]).map(validEnvironment);
      if (desired.length === 0) throw invalid('environments must name at least one environment; publish ProjectDeleted to delete the project', 'GITOPS-in02');
      if (new Set(desired).size !== desired.length) throw invalid('environments must be distinct', 'GITOPS-in03');
      // Added first: a project keeps at least one environment, also when the whole set is replaced.
      for (const environment of desired.filter((e) => !project.environments.includes(e))) await projects.addEnvironment(actor, project.id, environment, '', tx);
      for (const environment of project.environments.filter((e) => !desired.includes(e))) await projects.removeEnvironment(actor, project.id, environment, tx);
      return;
    }
    case 'ProjectDeleted':
      await projects.delete(actor, (await projectOf(tx, message)).id, tx);
      return;
    case 'DeployRequested':
      // The subject's context decides the consumer: a deploy type here is a subject the stream does not route to us.
      throw invalid('DeployRequested is a deploy request, not a project one', 'GITOPS-in04');
  }
}

/** The project of the message's slug in the subject's organization; another organization's is not found. */
async function projectOf(tx: Tx, message: InboundMessage) {
  const id = await projectIdBySlug(tx, validSlug(String(message.data['slug'])));
  const project = id ? await projectById(tx, id) : undefined;
  if (!project || project.organizationId !== message.organizationId) throw notFound(`no project ${String(message.data['slug'])} in this organization`, 'GITOPS-in05');
  return project;
}
