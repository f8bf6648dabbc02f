// Who may configure providers: an actor with the admin role, as the gateway passes it.
import { forbidden, unauthenticated } from '@keywarden/errors';

export type ActorInput = { userId?: string; roles?: string[] } | null | undefined;

export const isAdmin = (actor: ActorInput) => Boolean(actor?.userId) && (actor?.roles ?? []).includes('admin');

export function requireAdmin(actor: ActorInput): string {
  if (!actor?.userId) throw unauthenticated('the request names no actor', { errorId: 'SSO-acc1' });
  if (!isAdmin(actor)) throw forbidden('only administrators may configure identity providers', { errorId: 'SSO-acc2' });
  return actor.userId;
}
