// Organization-scoped routes: the actor's role in the organization the path
// names, from rpc.identity.GetMembership, cached briefly and dropped when a
// membership event (MemberAdded, MemberRoleChanged, MemberRemoved,
// OwnershipTransferred) arrives. Route modules call organizationActor(c, deps, id).
import type { Scope } from '@keywarden/contracts';
import { forbidden } from '@keywarden/errors';
import type { Context } from 'hono';
import { rpcCaller, type GatewayDeps, type Rpc } from '../rpc.js';
import { requireActor, rpcActor, type Actor, type GatewayEnv } from './actor.js';

export class MembershipCache {
  private readonly entries = new Map<string, { role: string; until: number }>();

  constructor(
    private readonly rpc: Rpc,
    private readonly now: () => number,
    private readonly ttlMs = 30_000,
    private readonly max = 10_000,
  ) {}

  async role(organizationId: string, userId: string): Promise<string> {
    const key = `${organizationId} ${userId}`;
    const cached = this.entries.get(key);
    if (cached && cached.until > this.now()) return cached.role;
    const asked = this.now();
    const { role } = await this.rpc('identity.GetMembership', { organizationId, userId });
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    // An eviction that raced this call wins, also within the same millisecond: the answer may predate it.
    if ((this.evictedAt.get(key) ?? -1) < asked) this.entries.set(key, { role, until: this.now() + this.ttlMs });
    return role;
  }

  private readonly evictedAt = new Map<string, number>();

  evict(organizationId: string, userId: string): void {
    const key = `${organizationId} ${userId}`;
    this.entries.delete(key);
    this.evictedAt.set(key, this.now());
    if (this.evictedAt.size > this.max) this.evictedAt.delete(this.evictedAt.keys().next().value as string);
  }
}

/** The membership cache of each gateway app, by the deps its routes were built with. */
const caches = new WeakMap<GatewayDeps, MembershipCache>();

export function registerMembershipCache(deps: GatewayDeps, cache: MembershipCache): void {
  caches.set(deps, cache);
}

export type OrganizationActor = {
  actor: Actor;
  organization: { organizationId: string; role: string };
  /** The actor as RPC requests carry it, organization filled in. */
  rpcActor: ReturnType<typeof rpcActor>;
};

/**
 * The signed-in actor holding `scope` (PATs) with their role in `organizationId`.
 * Non-members get 403, except platform administrators, who pass with an empty
 * role: the owning service decides what an administrator may do there.
 */
export async function organizationActor(c: Context<GatewayEnv>, deps: GatewayDeps, organizationId: string, scope: Scope): Promise<OrganizationActor> {
  // The scope is required: a route that forgot it would let any PAT act with the owner's role.
  const actor = requireActor(c, scope);
  let cache = caches.get(deps);
  if (!cache) {
    cache = new MembershipCache(rpcCaller(deps), () => deps.clock.now().getTime(), 0);
    caches.set(deps, cache);
  }
  const role = await cache.role(organizationId, actor.userId);
  if (!role && !actor.roles.includes('admin')) throw forbidden('you are not a member of this organization', { errorId: 'GW-c0be' });
  const organization = { organizationId, role };
  return { actor, organization, rpcActor: rpcActor(actor, organization) };
}
