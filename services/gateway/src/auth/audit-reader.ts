// Who reads the audit trail or an impact view: with an organization, a member of it (its role resolved
// through identity); without one, the caller as such (the audit service lets only platform administrators
// read across organizations). A personal access token needs the audit:read scope either way.
import type { Context } from 'hono';
import { requireActor, rpcActor, type GatewayEnv } from './actor.js';
import { organizationActor } from './organization.js';
import type { GatewayDeps } from '../rpc.js';

export async function auditReader(c: Context<GatewayEnv>, deps: GatewayDeps, organizationId: string | undefined) {
  if (organizationId) return (await organizationActor(c, deps, organizationId, 'audit:read')).rpcActor;
  return rpcActor(requireActor(c, 'audit:read'));
}
