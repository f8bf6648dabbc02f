// rpc.identity.* endpoints of organizations and GetMe. GetMembership is for the
// gateway only (it fills Actor.organizationRole): no actor, just the answer.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import {
  addMember, changeMemberRole, createOrganization, getMe, getOrganization, listOrganizations, removeMember, transferOwnership,
  type OrganizationDeps,
} from '../../../app/organizations/organizations.js';
import { requireActor } from '../../../app/actor.js';

export function organizationEndpoints(deps: OrganizationDeps): AnyRpcEndpoint[] {
  return [
    endpoint('identity.CreateOrganization', async (req) => {
      const { result, replayed } = await createOrganization(deps, requireActor(req.actor), { name: req.name, slug: req.slug }, req.idempotencyKey);
      return { organization: result, replayed };
    }),
    endpoint('identity.ListOrganizations', async (req) => ({ organizations: await listOrganizations(deps, requireActor(req.actor), req.all) })),
    endpoint('identity.GetOrganization', async (req) => getOrganization(deps, requireActor(req.actor), req.organizationId)),
    endpoint('identity.AddMember', async (req) => {
      const input = { organizationId: req.organizationId, userId: req.userId, email: req.email, role: req.role };
      const { result, replayed } = await addMember(deps, requireActor(req.actor), input, req.idempotencyKey);
      return { member: result, replayed };
    }),
    endpoint('identity.ChangeMemberRole', async (req) => ({
      member: await changeMemberRole(deps, requireActor(req.actor), { organizationId: req.organizationId, userId: req.userId, role: req.role }),
    })),
    endpoint('identity.RemoveMember', async (req) => {
      await removeMember(deps, requireActor(req.actor), { organizationId: req.organizationId, userId: req.userId });
      return {};
    }),
    endpoint('identity.TransferOwnership', async (req) => ({
      organization: await transferOwnership(deps, requireActor(req.actor), { organizationId: req.organizationId, newOwnerUserId: req.newOwnerUserId }),
    })),
    endpoint('identity.GetMembership', async (req) => ({
      role: req.organizationId && req.userId ? await deps.store.role(req.organizationId, req.userId) : '',
    })),
    endpoint('identity.GetMe', async (req) => getMe(deps, requireActor(req.actor))),
  ];
}
