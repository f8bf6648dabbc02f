// Read model of organizations and their members, from the organization streams.
import type { EventData } from '@keywarden/contracts';
import type { Projection } from '@keywarden/event-store';
import { and, eq, sql } from 'drizzle-orm';
import { organizationMembers, organizations } from '../schema/organizations.js';

const member = (organizationId: string, userId: string) =>
  and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId));

export const organizationsProjection: Projection = {
  name: 'organizations',
  handles: ['OrganizationCreated', 'MemberAdded', 'MemberRoleChanged', 'MemberRemoved', 'OwnershipTransferred'],
  async apply(tx, event) {
    const time = event.time;
    switch (event.type) {
      case 'OrganizationCreated': {
        const d = event.data as EventData<'OrganizationCreated'>;
        await tx.insert(organizations).values({ id: d.organizationId, name: d.name, slug: d.slug, ownerUserId: d.ownerUserId, createdAt: time, updatedAt: time });
        await tx.insert(organizationMembers).values({ organizationId: d.organizationId, userId: d.ownerUserId, role: 'owner', addedAt: time });
        return;
      }
      case 'MemberAdded': {
        const d = event.data as EventData<'MemberAdded'>;
        await tx.insert(organizationMembers).values({ organizationId: d.organizationId, userId: d.userId, role: d.role, addedAt: time })
          .onConflictDoUpdate({ target: [organizationMembers.organizationId, organizationMembers.userId], set: { role: d.role } });
        return;
      }
      case 'MemberRoleChanged': {
        const d = event.data as EventData<'MemberRoleChanged'>;
        await tx.update(organizationMembers).set({ role: d.role }).where(member(d.organizationId, d.userId));
        return;
      }
      case 'MemberRemoved': {
        const d = event.data as EventData<'MemberRemoved'>;
        await tx.delete(organizationMembers).where(member(d.organizationId, d.userId));
        return;
      }
      case 'OwnershipTransferred': {
        const d = event.data as EventData<'OwnershipTransferred'>;
        await tx.update(organizations).set({ ownerUserId: d.newOwnerUserId, updatedAt: time }).where(eq(organizations.id, d.organizationId));
        await tx.update(organizationMembers)
          .set({ role: sql`case when ${organizationMembers.userId} = ${d.newOwnerUserId} then 'owner' else 'admin' end` })
          .where(and(eq(organizationMembers.organizationId, d.organizationId), sql`${organizationMembers.userId} in (${d.newOwnerUserId}, ${d.previousOwnerUserId})`));
        return;
      }
    }
  },
  reset: async (tx) => {
    await tx.delete(organizationMembers);
    await tx.delete(organizations);
  },
};
