// Who a request comes from, as the auth middleware established it, and the
// checks route modules make before calling a service on the actor's behalf.
import { scopeGranted, type Scope } from '@keywarden/contracts';
import { forbidden, unauthenticated } from '@keywarden/errors';
import type { HttpEnv } from '@keywarden/http';
import type { Context } from 'hono';

export type Actor = {
  userId: string;
  /** Platform roles, e.g. "admin". */
  roles: string[];
  credential: 'session' | 'pat';
  /** The PAT's scopes; a session's access token holds every scope. */
  scopes: string[];
  /** The session (access JWT `sid`) or the PAT id. */
  sessionId?: string;
  tokenId?: string;
};

/** Hono env of routes behind the auth middleware: `c.get('actor')` is set when credentials were presented and valid. */
export type GatewayEnv = { Variables: HttpEnv['Variables'] & { actor?: Actor } };

/** The authenticated actor holding `scope` (PATs only; sessions hold all), else 401/403 problem. */
export function requireActor(c: Context<GatewayEnv>, scope: Scope): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated('sign in or present a personal access token', { errorId: 'GW-9bf9' });
  if (actor.credential === 'pat' && !scopeGranted(actor.scopes, scope)) {
    throw forbidden(`this personal access token lacks the ${scope} scope`, { errorId: 'GW-be80' });
  }
  return actor;
}

/** The actor as RPC requests carry it (keywarden.common.v1.Actor). */
export function rpcActor(actor: Actor, organization?: { organizationId: string; role: string }) {
  return {
    userId: actor.userId,
    roles: actor.roles,
    credential: actor.credential,
    scopes: actor.credential === 'pat' ? actor.scopes : [],
    organizationId: organization?.organizationId ?? '',
    organizationRole: organization?.role ?? '',
    // A PAT's idempotency keys are its own (the services scope them by it).
    tokenId: actor.credential === 'pat' ? (actor.tokenId ?? '') : '',
  };
}
