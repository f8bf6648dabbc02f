// Who may do what in the vault. Groups, secrets and providers are platform-wide: permissions
// come from the actor's platform role and PAT scopes (permissionsOf). Variables of a project,
// a project environment or an application belong to that project's organization: the actor
// needs a role there (owners and admins change them, members read them; platform
// administrators everything), decided as every organization-scoped service decides
// (contracts' organizationAccess) from the vault's read models of projects and applications. A project
// the read model has not heard of yet (created a moment ago) is asked of gitops-sync and recorded
// (@keywarden/runtime readProject), so a variable can be set in it at once.
// Global variables reach every application of every organization: only administrators change them.
import { organizationAccess, type ActorClaims } from '@keywarden/contracts';
import type { Database } from '@keywarden/db';
import { readProject, type ProjectOwner, type ProjectPlace } from '@keywarden/runtime';
import type { Scope, Target } from '../domain/env-var/env-var.js';
import { notFound, VaultError } from '../domain/errors.js';
import { findApplication, recordApplication, type ApplicationRow } from '../projections/places.js';
import type { ApplicationOwner } from './ports.js';

export type Permission = 'secrets:read' | 'secrets:write' | 'secrets:reveal' | 'secrets:admin';
export type Need = 'read' | 'write';

const EVERYONE: readonly Permission[] = ['secrets:read', 'secrets:write'];
const ADMIN: readonly Permission[] = ['secrets:read', 'secrets:write', 'secrets:reveal', 'secrets:admin'];

/**
 * What an actor may do with groups, secrets and providers: platform administrators everything,
 * every other signed-in user read and write (plaintext leaves only through reveal/export,
 * which need an administrator). A personal access token narrows that to its scopes.
 */
export function permissionsOf(actor: ActorClaims): Permission[] {
  const byRole = actor?.roles?.includes('admin') ? ADMIN : EVERYONE;
  if (actor?.credential !== 'pat') return [...byRole];
  const scopes = actor.scopes ?? [];
  return byRole.filter((p) => scopes.includes(p));
}

/** The actor's user id, once it holds the permission (secrets:admin holds them all). */
export function authorize(actor: ActorClaims, permission: Permission): string {
  if (!actor?.userId) throw new VaultError('ERR_FORBIDDEN', 'the request carries no actor', { errorId: 'VAULT-63f0' });
  const held = permissionsOf(actor);
  if (!held.includes(permission) && !held.includes('secrets:admin')) {
    throw new VaultError('ERR_FORBIDDEN', `this needs the ${permission} permission`, { errorId: 'VAULT-fbeb' });
  }
  return actor.userId;
}

/** Where a variable lives and whose it is, once the actor may `need` there. */
export type Placed = { target: Target; organizationId: string; actor: string };

export class AccessApp {
  /** `projects`, `applications`: gitops-sync and the deployer, asked about one the read models have not heard of yet. */
  constructor(private readonly database: Database, private readonly projects: ProjectOwner, private readonly applications: ApplicationOwner) {}

  /**
   * Checks that the request's target exists (a project the vault heard of from gitops-sync, one
   * of its environments, an application it heard of from the deployer) and that the actor may
   * `need` there; returns the target with the application's project and environment filled in.
   */
  async place(actor: ActorClaims, scope: Scope, request: Partial<Target>, need: Need): Promise<Placed> {
    switch (scope) {
      case 'global': {
        // Global variables reach every organization's applications: changed by platform administrators only.
        const userId = authorize(actor, need === 'write' ? 'secrets:admin' : 'secrets:read');
        return { target: { projectId: '', environment: '', applicationId: '' }, organizationId: '', actor: userId };
      }
      case 'project':
      case 'environment': {
        const project = await this.project(request.projectId ?? '');
        const userId = allow(actor, project.organizationId, need, `project ${project.id}`);
        const environment = scope === 'environment' ? request.environment ?? '' : '';
        if (scope === 'environment' && !project.environments.includes(environment)) {
          throw notFound(`project ${project.id} has no environment ${environment}`, 'VAULT-6363');
        }
        return { target: { projectId: project.id, environment, applicationId: '' }, organizationId: project.organizationId, actor: userId };
      }
      case 'application': {
        const application = await this.application(request.applicationId ?? '');
        const userId = allow(actor, application.organizationId, need, `application ${application.name}`);
        return {
          target: { projectId: application.projectId, environment: application.environment, applicationId: application.id },
          organizationId: application.organizationId, actor: userId,
        };
      }
    }
  }

  async project(projectId: string): Promise<ProjectPlace> {
    const project = await readProject(this.database.db, this.projects, projectId);
    if (project === 'absent') throw notFound(`there is no project ${projectId}`, 'VAULT-1ea1');
    // gitops-sync did not answer: the project may be new, its event on the way; the caller can try again.
    if (project === 'unavailable') {
      throw notFound(`project ${projectId} is not known to secrets-vault and gitops-sync could not be asked (a new project takes a moment to arrive)`, 'VAULT-3998');
    }
    return project;
  }

  async application(applicationId: string): Promise<ApplicationRow> {
    const known = applicationId ? await findApplication(this.database.db, applicationId) : undefined;
    if (known) return known;
    const answer = applicationId ? await this.applications(applicationId) : 'absent';
    if (answer === 'absent') throw notFound(`there is no application ${applicationId}`, 'VAULT-4980');
    // The deployer did not answer: the application may be new, its event on the way; the caller can try again.
    if (answer === 'unavailable') {
      throw notFound(`application ${applicationId} is not known to secrets-vault and the deployer could not be asked (a new application takes a moment to arrive)`, 'VAULT-9436');
    }
    await recordApplication(this.database.db, answer);
    // Recorded now or by the event meanwhile: the same place either way (fixed at registration).
    return (await findApplication(this.database.db, applicationId))!;
  }
}

/** The actor's user id when they may `need` in the organization, else ERR_FORBIDDEN saying why. */
function allow(actor: ActorClaims, organizationId: string, need: Need, what: string): string {
  const refusal = organizationAccess(actor, organizationId, need, { read: 'secrets:read', write: 'secrets:write' });
  switch (refusal) {
    case undefined:
      return actor!.userId!;
    case 'no_actor':
      throw new VaultError('ERR_FORBIDDEN', 'the request carries no actor', { errorId: 'VAULT-8442' });
    case 'scope':
      throw new VaultError('ERR_FORBIDDEN', `this personal access token lacks the secrets:${need} scope`, { errorId: 'VAULT-54c2' });
    case 'role':
      throw new VaultError('ERR_FORBIDDEN', need === 'read'
        ? `the variables of ${what} are visible to members of its organization`
        : `the variables of ${what} are changed by owners and admins of its organization`, { errorId: 'VAULT-d3b0' });
  }
}
