// STUB — replaced by the authenticator: Bearer access JWT (verified locally
// against the cached JWKS) or PAT (identity RPC, cached briefly), honouring
// revocations learnt over the bus.
import type { BackgroundTask } from '@keywarden/runtime';
import type { MiddlewareHandler } from 'hono';
import type { GatewayDeps } from '../rpc.js';
import type { GatewayEnv } from './actor.js';

export type Authentication = {
  /** Sets `actor` when valid credentials are presented; rejects invalid ones with 401; lets anonymous requests through. */
  middleware: MiddlewareHandler<GatewayEnv>;
  tasks: BackgroundTask[];
};

export function authentication(_deps: GatewayDeps): Authentication {
  return { middleware: async (_c, next) => next(), tasks: [] };
}
