// Organizations: create, read, members and ownership. Permissions are decided
// by the organization decider; the app resolves users through auth's UsersPort
// and checks visibility first, so strangers cannot probe users through an
// organization they cannot see.
import { randomUUID } from 'node:crypto';
import type { Database } from '@keywarden/db';
import { conflict, forbidden, notFound, validationError } from '@keywarden/errors';
import { callerScope, idempotency, runIdempotent } from '@keywarden/event-store';
import { organizationStream, type OrganizationActor } from '../../domain/organization/organization.js';
import { isAdmin, type Actor } from '../actor.js';
import type { UsersPort, UserView } from '../ports.js';
import type { Commands } from '../commands.js';
import type { OrganizationRow, OrganizationStore } from '../../projections/organization-queries.js';

export type OrganizationDeps = { database: Database; commands: Pick<Commands, 'organization'>; store: OrganizationStore; users: UsersPort };

export const organizationView = (row: OrganizationRow) => ({
  organizationId: row.id, name: row.name, slug: row.slug, ownerUserId: row.ownerUserId, createdAt: row.createdAt.toISOString(),
});
export const memberView = (userId: string, role: string, user: UserView | undefined) => ({
  userId, email: user?.email ?? '', displayName: user?.displayName ?? '', role,
});
export const userView = (user: UserView) => ({
  userId: user.userId, email: user.email, displayName: user.displayName, roles: user.roles, status: user.status, createdAt: user.createdAt.toISOString(),
});

const decisionActor = (actor: Actor): OrganizationActor => ({ userId: actor.userId, platformAdmin: isAdmin(actor) });
const hidden = () => notFound('no such organization', { errorId: 'ID-org9' });

/** A unique violation from the projection (the slug index), however drizzle wraps it. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return true;
  }
  return false;
}

export async function createOrganization(deps: OrganizationDeps, actor: Actor, input: { name: string; slug: string }, idempotencyKey = '') {
  const slug = input.slug.trim();
  const idem = idempotency({ operation: 'identity.CreateOrganization', scope: callerScope(actor), key: idempotencyKey, request: { name: input.name, slug } });
  const organizationId = idem?.id ?? randomUUID();
  return runIdempotent(deps.database.db, idem, organizationStream(organizationId), async (options) => {
    if (await deps.store.slugTaken(slug)) throw conflict('the slug is taken', { errorId: 'ID-org10' });
    try {
      await deps.commands.organization(organizationStream(organizationId), {
        type: 'Create', organizationId, name: input.name, slug, actor: decisionActor(actor),
      }, { metadata: { actor: actor.userId, ...options.metadata }, retries: options.retries });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('the slug is taken', { errorId: 'ID-org14' });
      throw error;
    }
    return organizationView((await deps.store.get(organizationId))!);
  }, async () => organizationView((await deps.store.get(organizationId))!));
}

export async function listOrganizations(deps: OrganizationDeps, actor: Actor, all: boolean) {
  if (all && isAdmin(actor)) return deps.store.all(actor.userId);
  return deps.store.membershipsOf(actor.userId);
}

async function visibleOrganization(deps: OrganizationDeps, actor: Actor, organizationId: string) {
  const row = organizationId ? await deps.store.get(organizationId) : undefined;
  if (!row) throw hidden();
  const role = await deps.store.role(organizationId, actor.userId);
  if (!role && !isAdmin(actor)) throw hidden();
  return { row, role };
}

export async function getOrganization(deps: OrganizationDeps, actor: Actor, organizationId: string) {
  const { row } = await visibleOrganization(deps, actor, organizationId);
  const members = await deps.store.members(organizationId);
  const users = await deps.users.getMany(members.map((m) => m.userId));
  return { organization: organizationView(row), members: members.map((m) => memberView(m.userId, m.role, users.get(m.userId))) };
}

async function resolveUser(users: UsersPort, input: { userId: string; email: string }): Promise<UserView> {
  if (!input.userId && !input.email.trim()) {
    throw validationError('name the user to add', { errorId: 'ID-e74c', issues: [{ path: 'userId', message: 'give a user id or an e-mail address' }] });
  }
  const user = input.userId ? await users.get(input.userId) : await users.findByEmail(input.email.trim());
  if (!user) throw notFound('no such user', { errorId: 'ID-org11' });
  return user;
}

export async function addMember(deps: OrganizationDeps, actor: Actor, input: { organizationId: string; userId: string; email: string; role: string }, idempotencyKey = '') {
  const { role } = await visibleOrganization(deps, actor, input.organizationId);
  // Before any user look-up, so plain members cannot probe which e-mail addresses exist.
  if (role !== 'owner' && role !== 'admin' && !isAdmin(actor)) throw forbidden('only the owner and admins add members', { errorId: 'ID-org13' });
  const idem = idempotency({
    operation: 'identity.AddMember', scope: callerScope(actor), key: idempotencyKey,
    request: { organizationId: input.organizationId, userId: input.userId, email: input.email.trim().toLowerCase(), role: input.role },
  });
  // The organization's own stream: a retry finds the MemberAdded its first request appended there.
  return runIdempotent(deps.database.db, idem, organizationStream(input.organizationId), async (options) => {
    const user = await resolveUser(deps.users, input);
    await deps.commands.organization(organizationStream(input.organizationId), {
      type: 'AddMember', userId: user.userId, role: input.role, actor: decisionActor(actor),
    }, { metadata: { actor: actor.userId, ...options.metadata }, retries: options.retries });
    return memberView(user.userId, input.role, user);
  }, async (prior) => {
    const userId = String(prior.data['userId']);
    return memberView(userId, String(prior.data['role']), await deps.users.get(userId));
  });
}

export async function changeMemberRole(deps: OrganizationDeps, actor: Actor, input: { organizationId: string; userId: string; role: string }) {
  await visibleOrganization(deps, actor, input.organizationId);
  await deps.commands.organization(organizationStream(input.organizationId), {
    type: 'ChangeMemberRole', userId: input.userId, role: input.role, actor: decisionActor(actor),
  }, { metadata: { actor: actor.userId } });
  return memberView(input.userId, await deps.store.role(input.organizationId, input.userId), await deps.users.get(input.userId));
}

export async function removeMember(deps: OrganizationDeps, actor: Actor, input: { organizationId: string; userId: string }) {
  await visibleOrganization(deps, actor, input.organizationId);
  await deps.commands.organization(organizationStream(input.organizationId), {
    type: 'RemoveMember', userId: input.userId, actor: decisionActor(actor),
  }, { metadata: { actor: actor.userId } });
}

export async function transferOwnership(deps: OrganizationDeps, actor: Actor, input: { organizationId: string; newOwnerUserId: string }) {
  await visibleOrganization(deps, actor, input.organizationId);
  await deps.commands.organization(organizationStream(input.organizationId), {
    type: 'TransferOwnership', newOwnerUserId: input.newOwnerUserId, actor: decisionActor(actor),
  }, { metadata: { actor: actor.userId } });
  return organizationView((await deps.store.get(input.organizationId))!);
}

export async function getMe(deps: OrganizationDeps, actor: Actor) {
  const [user, memberships] = await Promise.all([deps.users.get(actor.userId), deps.store.membershipsOf(actor.userId)]);
  if (!user) throw notFound('no such user', { errorId: 'ID-org12' });
  return { user: userView(user), memberships };
}
