// Who may do what: platform admins everything; in an organization, owners
// and admins change projects, members read them. The organization is the one
// the gateway resolved for the request (actor.organizationId + role).
import { forbidden } from '../domain/errors.js';

export type ActorInput = {
  userId?: string | undefined; roles?: string[] | undefined; organizationId?: string | undefined; organizationRole?: string | undefined;
} | undefined;

export const isPlatformAdmin = (actor: ActorInput) => actor?.roles?.includes('admin') ?? false;

export function requireUser(actor: ActorInput): string {
  if (!actor?.userId) throw forbidden('the request carries no actor');
  return actor.userId;
}

export function authorize(actor: ActorInput, organizationId: string, need: 'read' | 'write'): string {
  const userId = requireUser(actor);
  if (isPlatformAdmin(actor)) return userId;
  const role = actor?.organizationId === organizationId ? actor.organizationRole ?? '' : '';
  const allowed = need === 'read' ? ['owner', 'admin', 'member'] : ['owner', 'admin'];
  if (!allowed.includes(role)) {
    throw forbidden(need === 'read' ? 'only members of the organization may see its projects' : 'only owners and admins of the organization may change its projects');
  }
  return userId;
}
