// Who may do what: platform admins everything; in an organization, owners
// and admins manage applications and deploy, members read. The organization
// is the one the gateway resolved for the request (actor.organizationId +
// role). A personal access token also needs deploy:read / deploy:write.
import { isPlatformAdmin, organizationAccess, type ActorClaims } from '@keywarden/contracts';
import { forbidden } from '../domain/errors.js';

export type ActorInput = ActorClaims;
export { isPlatformAdmin };

export function requireUser(actor: ActorInput): string {
  if (!actor?.userId) throw forbidden('the request carries no actor', 'DEPLOY-eaac');
  return actor.userId;
}

export function authorize(actor: ActorInput, organizationId: string, need: 'read' | 'write'): string {
  const userId = requireUser(actor);
  switch (organizationAccess(actor, organizationId, need, { read: 'deploy:read', write: 'deploy:write' })) {
    case undefined:
      return userId;
    case 'scope':
      throw forbidden(`the personal access token lacks the deploy:${need} scope`, 'DEPLOY-e90d');
    case 'no_actor':
    case 'role':
      throw forbidden(need === 'read' ? 'only members of the organization may see its applications' : 'only owners and admins of the organization may manage and deploy its applications', 'DEPLOY-ff37');
  }
}
