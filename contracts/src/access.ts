// What the common Actor (keywarden.common.v1.Actor) allows in an organization,
// decided the same way by every service that serves organization-scoped RPCs:
// platform admins everything; owners and admins write; members read; a
// personal access token also needs the area's scope. The gateway checks the
// same before it calls, and services check again (the gateway is not the only
// possible caller on the bus).
import { scopeGranted, type Scope } from './scopes.js';

/** The Actor as services receive it (decoded RPC JSON: every field optional). */
export type ActorClaims = {
  userId?: string | undefined; roles?: string[] | undefined; organizationId?: string | undefined; organizationRole?: string | undefined;
  scopes?: string[] | undefined; credential?: string | undefined; tokenId?: string | undefined;
} | undefined;

export type OrganizationNeed = 'read' | 'write';
/** Why access was refused: no actor at all, a PAT without the scope, or no fitting role in the organization. */
export type AccessRefusal = 'no_actor' | 'scope' | 'role';

export const isPlatformAdmin = (actor: ActorClaims): boolean => actor?.roles?.includes('admin') ?? false;

/** Undefined when the actor may `need` in `organizationId`, else why not. */
export function organizationAccess(actor: ActorClaims, organizationId: string, need: OrganizationNeed, scopes: Record<OrganizationNeed, Scope>): AccessRefusal | undefined {
  if (!actor?.userId) return 'no_actor';
  if (actor.credential === 'pat' && !scopeGranted(actor.scopes ?? [], scopes[need])) return 'scope';
  if (isPlatformAdmin(actor)) return undefined;
  const role = actor.organizationId === organizationId ? actor.organizationRole ?? '' : '';
  const allowed = need === 'read' ? ['owner', 'admin', 'member'] : ['owner', 'admin'];
  return allowed.includes(role) ? undefined : 'role';
}
