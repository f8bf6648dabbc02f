// The reads app/ makes of gitops-sync's read models (projects, bindings, and the
// oauth_accounts / org_owners it keeps of other contexts), each one query
// however many rows it serves.
import type { Database, DbOrTx } from '@keywarden/db';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { bindings, oauthAccounts, orgOwners, projects } from '../schema.js';
import { accountProvidersFor } from '../domain/project/repository.js';

export type ProjectRow = typeof projects.$inferSelect;
export type BindingRow = typeof bindings.$inferSelect;

export async function projectById(db: DbOrTx, projectId: string): Promise<ProjectRow | undefined> {
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
  return project;
}

export type ProjectFacts = { id: string; organizationId: string; slug: string; environments: string[]; streamVersion: number };

/**
 * The project as its read model has it and the position of its stream's last event, in one statement (one
 * snapshot: a command commits its event and the read model together, so the two agree).
 */
export async function projectFacts(db: DbOrTx, projectId: string): Promise<ProjectFacts | undefined> {
  const [row] = await db.execute<{ id: string; organization_id: string; slug: string; environments: string[]; stream_version: number | null }>(sql`
    select p.id, p.organization_id, p.slug, p.environments,
      (select max(e.stream_version) from events e where e.stream_id = ${`project-${projectId}`}) as stream_version
    from projects p where p.id = ${projectId}`);
  if (!row) return undefined;
  return { id: row.id, organizationId: row.organization_id, slug: row.slug, environments: row.environments, streamVersion: Number(row.stream_version ?? 0) };
}

export async function projectIdBySlug(db: DbOrTx, slug: string): Promise<string | undefined> {
  const [taken] = await db.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug));
  return taken?.id;
}

export async function projectsByIds(db: DbOrTx, ids: readonly string[]): Promise<ProjectRow[]> {
  return ids.length ? db.select().from(projects).where(inArray(projects.id, [...ids])) : [];
}

/** An organization's projects (every project for '') by slug. */
export async function listProjects(db: DbOrTx, organizationId: string): Promise<ProjectRow[]> {
  return db.select().from(projects).where(organizationId ? eq(projects.organizationId, organizationId) : undefined).orderBy(asc(projects.slug));
}

/** Each project's slug, of one project or of all. */
export async function projectSlugs(db: DbOrTx, projectId?: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: projects.id, slug: projects.slug }).from(projects).where(projectId ? eq(projects.id, projectId) : undefined);
  return new Map(rows.map((p) => [p.id, p.slug]));
}

export async function bindingsOfProjects(db: DbOrTx, ids: readonly string[]): Promise<BindingRow[]> {
  return ids.length ? db.select().from(bindings).where(inArray(bindings.projectId, [...ids])) : [];
}

/** The bindings of one project, or every binding. */
export async function bindingsOf(db: DbOrTx, projectId?: string): Promise<BindingRow[]> {
  return projectId ? db.select().from(bindings).where(eq(bindings.projectId, projectId)) : db.select().from(bindings);
}

/** What Flux's answers are compared with: the bindings of these environments. */
export async function bindingsAt(db: DbOrTx, keys: ReadonlyArray<{ projectId: string; environment: string }>): Promise<BindingRow[]> {
  if (keys.length === 0) return [];
  const pairs = sql.join(keys.map((k) => sql`(${k.projectId}::text, ${k.environment}::text)`), sql`, `);
  return db.select().from(bindings).where(sql`(${bindings.projectId}, ${bindings.environment}) in (${pairs})`);
}

/** The token generation oauth-broker last announced for each of these accounts. */
export async function accountGenerations(db: DbOrTx, accountIds: readonly string[]): Promise<Map<string, number>> {
  const rows = accountIds.length ? await db.select().from(oauthAccounts).where(inArray(oauthAccounts.accountId, [...accountIds])) : [];
  return new Map(rows.map((a) => [a.accountId, a.generation]));
}

/**
 * The account each project uses: its organization owner's most recently
 * connected active account for the repository's provider (gitlab → 'gitlab';
 * github → 'github' or 'github_app').
 */
export async function accountsOfProjects(db: DbOrTx, rows: readonly ProjectRow[]): Promise<Map<string, string>> {
  const orgIds = [...new Set(rows.map((p) => p.organizationId))];
  if (orgIds.length === 0) return new Map();
  const owners = await db.select().from(orgOwners).where(inArray(orgOwners.organizationId, orgIds));
  const ownerOf = new Map(owners.map((o) => [o.organizationId, o.ownerUserId]));
  const userIds = [...new Set(owners.map((o) => o.ownerUserId))];
  const accounts = userIds.length
    ? await db.select().from(oauthAccounts).where(and(inArray(oauthAccounts.userId, userIds), eq(oauthAccounts.status, 'active'))).orderBy(desc(oauthAccounts.connectedAt))
    : [];
  const result = new Map<string, string>();
  for (const project of rows) {
    const owner = ownerOf.get(project.organizationId);
    const providers = accountProvidersFor(project.provider);
    const account = accounts.find((a) => a.userId === owner && providers.includes(a.provider));
    if (account) result.set(project.id, account.accountId);
  }
  return result;
}

/** Project environments by the verification of their Git credential. */
export async function verificationCounts(database: Database): Promise<Array<{ verification: string; n: number }>> {
  return database.sql<Array<{ verification: string; n: number }>>`select verification, count(*)::int as n from bindings group by verification`;
}
