// Who may do what: platform admins everything; in an organization, owners
// and admins change projects, members read them. The organization is the one
// the gateway resolved for the request (actor.organizationId + role); a PAT
// also needs gitops:read / gitops:write (contracts organizationAccess).
import { isPlatformAdmin, organizationAccess, type ActorClaims } from '@keywarden/contracts';
import { forbidden } from '../domain/errors.js';

export type ActorInput = ActorClaims;
export { isPlatformAdmin };

export function requireUser(actor: ActorInput): string {
  if (!actor?.userId) throw forbidden('the request carries no actor', 'GITOPS-54af');
  return actor.userId;
}

export function authorize(actor: ActorInput, organizationId: string, need: 'read' | 'write'): string {
  const userId = requireUser(actor);
  switch (organizationAccess(actor, organizationId, need, { read: 'gitops:read', write: 'gitops:write' })) {
    case undefined:
      return userId;
    case 'scope':
      throw forbidden(`the personal access token lacks the gitops:${need} scope`, 'GITOPS-e867');
    case 'no_actor':
    case 'role':
      throw forbidden(need === 'read' ? 'only members of the organization may see its projects' : 'only owners and admins of the organization may change its projects', 'GITOPS-c7c3');
  }
}
