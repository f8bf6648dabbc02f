// The actor every area acts for: the gateway authenticates the caller and passes
// it in the request; identity never trusts anything else in a request about who calls.
import { forbidden, unauthenticated } from '@keywarden/errors';

/** `tokenId`: the personal access token's id when `credential` is "pat" (idempotency keys are scoped to it). */
export type Actor = { userId: string; roles: string[]; scopes: string[]; credential: string; tokenId?: string };
export type ActorInput = { userId?: string; roles?: string[]; scopes?: string[]; credential?: string; tokenId?: string } | null | undefined;

/** The actor of a call that needs one; ERR_UNAUTHENTICATED without. */
export function requireActor(actor: ActorInput): Actor {
  const found = optionalActor(actor);
  if (!found) throw unauthenticated('the request names no actor', { errorId: 'IDENT-act1' });
  return found;
}

/** The actor of a call that anonymous callers may make too (the sign-in page). */
export function optionalActor(actor: ActorInput): Actor | undefined {
  if (!actor?.userId) return undefined;
  return { userId: actor.userId, roles: actor.roles ?? [], scopes: actor.scopes ?? [], credential: actor.credential ?? '', tokenId: actor.tokenId ?? '' };
}

/** The platform role "admin": users, signing keys, identity providers, and any user's tokens and organizations. */
export const isAdmin = (actor: Pick<Actor, 'roles'> | undefined): boolean => actor?.roles.includes('admin') ?? false;

export function requireAdmin(actor: Pick<Actor, 'roles'>): void {
  if (!isAdmin(actor)) throw forbidden('only administrators may do this', { errorId: 'IDENT-act2' });
}
