// Who may do what: platform admins everything; in an organization, owners
// and admins manage applications and deploy, members read. The organization
// is the one the gateway resolved for the request (actor.organizationId +
// role). A personal access token also needs deploy:read / deploy:write.
import { scopeGranted } from '@keywarden/contracts';
import { forbidden } from '../domain/errors.js';

export type ActorInput = {
  userId?: string | undefined; roles?: string[] | undefined; organizationId?: string | undefined; organizationRole?: string | undefined;
  scopes?: string[] | undefined; credential?: string | undefined;
} | undefined;

export const isPlatformAdmin = (actor: ActorInput) => actor?.roles?.includes('admin') ?? false;

export function requireUser(actor: ActorInput): string {
  if (!actor?.userId) throw forbidden('the request carries no actor');
  return actor.userId;
}

export function authorize(actor: ActorInput, organizationId: string, need: 'read' | 'write'): string {
  const userId = requireUser(actor);
  if (actor?.credential === 'pat' && !scopeGranted(actor.scopes ?? [], need === 'read' ? 'deploy:read' : 'deploy:write')) {
    throw forbidden(`the personal access token lacks the deploy:${need} scope`);
  }
  if (isPlatformAdmin(actor)) return userId;
  const role = actor?.organizationId === organizationId ? actor.organizationRole ?? '' : '';
  const allowed = need === 'read' ? ['owner', 'admin', 'member'] : ['owner', 'admin'];
  if (!allowed.includes(role)) {
    throw forbidden(need === 'read' ? 'only members of the organization may see its applications' : 'only owners and admins of the organization may manage and deploy its applications');
  }
  return userId;
}
