// Queries of the organization area's read models (organizations, organization_members).
import type { Database } from '@keywarden/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { organizationMembers, organizations } from '../schema/organizations.js';

export type OrganizationRow = typeof organizations.$inferSelect;
export type MembershipRow = { organizationId: string; organizationName: string; organizationSlug: string; role: string };

const membershipColumns = { organizationId: organizations.id, organizationName: organizations.name, organizationSlug: organizations.slug };
// Owner first, then admins, then members; each by when they joined.
const roleRank = sql`case ${organizationMembers.role} when 'owner' then 0 when 'admin' then 1 else 2 end`;

export class OrganizationStore {
  constructor(private readonly database: Database) {}

  async get(organizationId: string): Promise<OrganizationRow | undefined> {
    const [row] = await this.database.db.select().from(organizations).where(eq(organizations.id, organizationId));
    return row;
  }

  async slugTaken(slug: string): Promise<boolean> {
    const [row] = await this.database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug));
    return row !== undefined;
  }

  /** The user's role in the organization, or '' when not a member (or no such organization). */
  async role(organizationId: string, userId: string): Promise<string> {
    const [row] = await this.database.db.select({ role: organizationMembers.role }).from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)));
    return row?.role ?? '';
  }

  members(organizationId: string): Promise<Array<{ userId: string; role: string }>> {
    return this.database.db.select({ userId: organizationMembers.userId, role: organizationMembers.role }).from(organizationMembers)
      .where(eq(organizationMembers.organizationId, organizationId))
      .orderBy(roleRank, asc(organizationMembers.addedAt), asc(organizationMembers.userId));
  }

  membershipsOf(userId: string): Promise<MembershipRow[]> {
    return this.database.db.select({ ...membershipColumns, role: organizationMembers.role }).from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(eq(organizationMembers.userId, userId))
      .orderBy(asc(organizations.name), asc(organizations.id));
  }

  /** Every organization, with the user's role in it ('' where not a member): for platform admins. */
  async all(userId: string): Promise<MembershipRow[]> {
    const rows = await this.database.db.select({ ...membershipColumns, role: organizationMembers.role }).from(organizations)
      .leftJoin(organizationMembers, and(eq(organizationMembers.organizationId, organizations.id), eq(organizationMembers.userId, userId)))
      .orderBy(asc(organizations.name), asc(organizations.id));
    return rows.map((r) => ({ ...r, role: r.role ?? '' }));
  }
}
