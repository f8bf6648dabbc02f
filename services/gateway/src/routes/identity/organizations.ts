// /organizations: create, list, read, members and ownership. Identity decides
// who may do what in an organization (owner, admin, member); the gateway
// checks the credential and its scope (identity:read for reads, identity:write
// for changes).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { requireActor, rpcActor, type GatewayEnv } from '../../auth/actor.js';
import { bearerAuth } from '../../openapi.js';
import { rpcCaller, type GatewayDeps } from '../../rpc.js';
import { idempotencyKeyOf, idempotentHeaders, markReplay, replayable } from '../idempotency.js';
import { Member, Membership, Organization, body, json, problems, toMember, toMembership, toOrganization } from './schemas.js';

const tags = ['organizations'];
const security = bearerAuth;
const OrgId = z.object({ id: z.string().min(1).max(100) });
const OrgMember = z.object({ id: z.string().min(1).max(100), userId: z.string().min(1).max(100) });
const Role = z.enum(['admin', 'member']);

const list = createRoute({
  method: 'get', path: '/organizations', tags, security, summary: 'Your organizations (all of them for an administrator asking with all=true)',
  request: { query: z.object({ all: z.enum(['true', 'false']).optional() }) },
  responses: { 200: json(z.object({ organizations: z.array(Membership) }), 'The organizations with your role'), ...problems },
});
const create = createRoute({
  method: 'post', path: '/organizations', tags, security, summary: 'Create an organization; you become its owner',
  request: { headers: idempotentHeaders, ...body(z.object({ name: z.string().min(1).max(200), slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/) })) },
  responses: { 201: replayable(json(z.object({ organization: Organization }), 'The organization')), ...problems },
});
const get = createRoute({
  method: 'get', path: '/organizations/{id}', tags, security, summary: 'An organization and its members',
  request: { params: OrgId },
  responses: { 200: json(z.object({ organization: Organization, members: z.array(Member) }), 'The organization'), ...problems },
});
const addMember = createRoute({
  method: 'post', path: '/organizations/{id}/members', tags, security, summary: 'Add a user (by id or e-mail) to the organization (owner or admin)',
  request: { params: OrgId, headers: idempotentHeaders, ...body(z.object({ userId: z.string().max(100).optional(), email: z.email().max(320).optional(), role: Role }).refine((v) => Boolean(v.userId) !== Boolean(v.email), { message: 'give userId or email, not both', path: ['userId'] })) },
  responses: { 201: replayable(json(z.object({ member: Member }), 'The member')), ...problems },
});
const changeRole = createRoute({
  method: 'patch', path: '/organizations/{id}/members/{userId}', tags, security, summary: "Change a member's role (owner or admin; only the owner makes admins)",
  request: { params: OrgMember, ...body(z.object({ role: Role })) },
  responses: { 200: json(z.object({ member: Member }), 'The member'), ...problems },
});
const removeMember = createRoute({
  method: 'delete', path: '/organizations/{id}/members/{userId}', tags, security, summary: 'Remove a member (owner or admin; members may remove themselves)',
  request: { params: OrgMember },
  responses: { 204: { description: 'Removed' }, ...problems },
});
const transfer = createRoute({
  method: 'post', path: '/organizations/{id}/transfer', tags, security, summary: 'Make another member the owner (owner only)',
  request: { params: OrgId, ...body(z.object({ newOwnerUserId: z.string().min(1).max(100) })) },
  responses: { 200: json(z.object({ organization: Organization }), 'The organization'), ...problems },
});

export function organizationRoutes(app: OpenAPIHono<GatewayEnv>, deps: GatewayDeps): void {
  const rpc = rpcCaller(deps);

  app.openapi(list, async (c) => {
    const actor = requireActor(c, 'identity:read');
    const r = await rpc('identity.ListOrganizations', { actor: rpcActor(actor), all: c.req.valid('query').all === 'true' });
    return c.json({ organizations: r.organizations.map(toMembership) }, 200);
  });

  app.openapi(create, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const { name, slug } = c.req.valid('json');
    const r = await rpc('identity.CreateOrganization', { actor: rpcActor(actor), name, slug, idempotencyKey: idempotencyKeyOf(c) });
    markReplay(c, r);
    return c.json({ organization: toOrganization(r.organization!) }, 201);
  });

  app.openapi(get, async (c) => {
    const actor = requireActor(c, 'identity:read');
    const r = await rpc('identity.GetOrganization', { actor: rpcActor(actor), organizationId: c.req.valid('param').id });
    return c.json({ organization: toOrganization(r.organization!), members: r.members.map(toMember) }, 200);
  });

  app.openapi(addMember, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const input = c.req.valid('json');
    const r = await rpc('identity.AddMember', {
      actor: rpcActor(actor), organizationId: c.req.valid('param').id, userId: input.userId ?? '', email: input.email ?? '', role: input.role, idempotencyKey: idempotencyKeyOf(c),
    });
    markReplay(c, r);
    return c.json({ member: toMember(r.member!) }, 201);
  });

  app.openapi(changeRole, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const { id, userId } = c.req.valid('param');
    const r = await rpc('identity.ChangeMemberRole', { actor: rpcActor(actor), organizationId: id, userId, role: c.req.valid('json').role });
    return c.json({ member: toMember(r.member!) }, 200);
  });

  app.openapi(removeMember, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const { id, userId } = c.req.valid('param');
    await rpc('identity.RemoveMember', { actor: rpcActor(actor), organizationId: id, userId });
    return c.body(null, 204);
  });

  app.openapi(transfer, async (c) => {
    const actor = requireActor(c, 'identity:write');
    const r = await rpc('identity.TransferOwnership', { actor: rpcActor(actor), organizationId: c.req.valid('param').id, newOwnerUserId: c.req.valid('json').newOwnerUserId });
    return c.json({ organization: toOrganization(r.organization!) }, 200);
  });
}
