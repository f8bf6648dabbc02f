// The actor as the PAT and organization areas read it: the gateway authenticates
// and passes it; these areas never trust anything else in a request about the caller.
import { unauthenticated } from '@keywarden/errors';

export type Actor = { userId: string; roles: string[]; scopes: string[]; credential: string };

type ActorInput = { userId?: string; roles?: string[]; scopes?: string[]; credential?: string } | null | undefined;

export function requireActor(actor: ActorInput): Actor {
  if (!actor?.userId) throw unauthenticated('the request names no actor', { errorId: 'ID-act1' });
  return { userId: actor.userId, roles: actor.roles ?? [], scopes: actor.scopes ?? [], credential: actor.credential ?? '' };
}

/** The platform role "admin" may act on any user's tokens and any organization. */
export const isPlatformAdmin = (actor: Actor): boolean => actor.roles.includes('admin');
