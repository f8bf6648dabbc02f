// Who may do what: the gateway authenticates the user and passes the actor;
// the broker checks ownership or the admin role on every call.
import { commonError } from '@keywarden/errors';

/** `credential` and `tokenId` (a PAT's id) scope the actor's idempotency keys. */
export type Actor = { userId: string; roles: string[]; organizationId: string; credential?: string; tokenId?: string };

export function requireActor(actor: { userId?: string; roles?: string[]; organizationId?: string; credential?: string; tokenId?: string } | undefined): Actor {
  if (!actor?.userId) throw commonError('ERR_UNAUTHENTICATED', 'the request names no actor', { errorId: 'OAUTH-5ce3' });
  return { userId: actor.userId, roles: actor.roles ?? [], organizationId: actor.organizationId ?? '', credential: actor.credential ?? '', tokenId: actor.tokenId ?? '' };
}

export const isAdmin = (actor: Actor) => actor.roles.includes('admin');

export function requireAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw commonError('ERR_FORBIDDEN', 'only administrators may do this', { errorId: 'OAUTH-bda2' });
}

/** Owners and admins may see and change an account; others learn nothing about it. */
export function requireOwnerOrAdmin(actor: Actor, ownerId: string): void {
  if (actor.userId !== ownerId && !isAdmin(actor)) throw commonError('ERR_NOT_FOUND', 'no such account', { errorId: 'OAUTH-7853' });
}
