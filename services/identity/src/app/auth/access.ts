// Who may do what: the gateway authenticates and passes the actor; auth checks
// the admin role or ownership on every call that needs one.
import { commonError } from '@keywarden/errors';

export type Actor = { userId: string; roles: string[] };

export function requireActor(actor: { userId?: string; roles?: string[] } | undefined | null): Actor {
  if (!actor?.userId) throw commonError('ERR_UNAUTHENTICATED', 'the request names no actor', { errorId: 'IDENT-act1' });
  return { userId: actor.userId, roles: actor.roles ?? [] };
}

export const isAdmin = (actor: Actor): boolean => actor.roles.includes('admin');

export function requireAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw commonError('ERR_FORBIDDEN', 'only administrators may do this', { errorId: 'IDENT-act2' });
}
