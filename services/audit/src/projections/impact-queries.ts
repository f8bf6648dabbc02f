// The impact queries: each a handful of indexed lookups over the impact read models, joined here
// (never at projection time). `organizationId` narrows every list to one organization's objects;
// undefined answers everything (platform administrators; the use case checks who asks).
import type { Database } from '@keywarden/db';
import { and, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  impactApplications, impactEnvVars, impactGitBindings, impactGroups, impactProjects, impactProviders, impactSecrets, impactSecretVersions,
} from '../schema.js';

export type GitBindingImpact = {
  projectId: string; projectName: string; organizationId: string; environment: string; namespace: string; secretName: string;
  tokenGeneration: number; tokenFingerprint: string; gitRepository: { name: string; namespace: string; url: string };
};
export type EnvVarImpact = {
  envVarId: string; scope: string; projectId: string; environment: string; applicationId: string; key: string;
  /** "secret" (@secret:<id>) or "group" (@group:<name>). */
  referenceKind: string; reference: string; organizationId: string;
};
const FILTER_IN_SQL_UP_TO = 8;
type CarriedVersionRow = { secretId: string; version: number; valueFingerprint: string };
export type CarriedVersion = { secretId: string; version: number; valueFingerprint: string; current: boolean };
export type ApplicationImpact = {
  applicationId: string; name: string; organizationId: string; projectId: string; environment: string; namespace: string; status: string;
  /** Empty when it has never been deployed. */
  liveDeploymentId: string; liveVersion: string; liveSucceededAt: Date | null;
  /** What the live deployment carries of each secret concerned: as it recorded (exact), else the version current when it was requested. */
  secretVersions: CarriedVersion[];
  liveEnvFingerprint: string; versionsExact: boolean;
  /** The deployer's drift check found the live environment checksum differing from the one last applied. */
  drift: boolean; driftLiveEnvFingerprint: string; driftDetectedAt: Date | null;
};
export type SecretRef = { secretId: string; name: string; groupId: string; providerId: string; version: number; valueFingerprint: string };
export type GroupRef = { groupId: string; name: string; providerId: string };
export type ProviderRef = { providerId: string; name: string; providerType: string; groupId: string; lastSyncId: string; lastSyncOutcome: string; lastSyncAt: Date | null };

export async function accountImpact(database: Database, accountId: string, organizationId: string | undefined): Promise<GitBindingImpact[]> {
  const b = impactGitBindings;
  const p = impactProjects;
  const where = [eq(b.accountId, accountId), ...(organizationId ? [eq(b.organizationId, organizationId)] : [])];
  const rows = await database.db.select({ b, p }).from(b).leftJoin(p, eq(p.projectId, b.projectId)).where(and(...where)).orderBy(b.projectId, b.environment);
  return rows.map(({ b: r, p: project }) => ({
    projectId: r.projectId, projectName: project?.name ?? '', organizationId: r.organizationId, environment: r.environment, namespace: r.namespace,
    secretName: r.secretName, tokenGeneration: r.tokenGeneration, tokenFingerprint: r.tokenFingerprint,
    gitRepository: { name: project?.slug ?? '', namespace: r.namespace, url: project?.repositoryUrl ?? '' },
  }));
}

export async function findSecret(database: Database, secretId: string): Promise<SecretRef | undefined> {
  const [row] = await database.db.select().from(impactSecrets).where(eq(impactSecrets.secretId, secretId));
  return row;
}

export async function findGroup(database: Database, groupId: string): Promise<GroupRef | undefined> {
  const [row] = await database.db.select().from(impactGroups).where(eq(impactGroups.groupId, groupId));
  return row;
}

export async function findProvider(database: Database, providerId: string): Promise<ProviderRef | undefined> {
  const [row] = await database.db.select().from(impactProviders).where(eq(impactProviders.providerId, providerId));
  return row;
}

export async function secretsOfGroup(database: Database, groupId: string): Promise<SecretRef[]> {
  return await database.db.select().from(impactSecrets).where(eq(impactSecrets.groupId, groupId)).orderBy(impactSecrets.name);
}

/** The groups a provider syncs into: the one it is configured with and any linked to it. */
export async function groupsOfProvider(database: Database, provider: ProviderRef): Promise<GroupRef[]> {
  const g = impactGroups;
  return await database.db.select().from(g).where(or(eq(g.providerId, provider.providerId), eq(g.groupId, provider.groupId))).orderBy(g.name);
}

/** The secrets a provider synced (their source names it): a group's secrets made by hand are not the provider's. */
export async function secretsOfProvider(database: Database, providerId: string): Promise<SecretRef[]> {
  return await database.db.select().from(impactSecrets).where(eq(impactSecrets.providerId, providerId)).orderBy(impactSecrets.name);
}

/**
 * The variables referencing any of these secrets (by id) or groups (by name), or the group `groupId` or one of its
 * secrets (looked up in the same query, so a group's impact need not wait for its secrets first), with their
 * project's organization.
 */
export async function referencingVariables(
  database: Database, refs: { secretIds?: string[]; groupNames?: string[]; groupId?: string }, organizationId: string | undefined,
): Promise<EnvVarImpact[]> {
  const v = impactEnvVars;
  const p = impactProjects;
  const matches: SQL[] = [];
  const { secretIds = [], groupNames = [], groupId } = refs;
  if (secretIds.length > 0) matches.push(and(eq(v.referenceKind, 'secret'), inArray(v.reference, secretIds))!);
  if (groupNames.length > 0) matches.push(and(eq(v.referenceKind, 'group'), inArray(v.reference, groupNames))!);
  if (groupId) {
    const s = impactSecrets;
    const g = impactGroups;
    matches.push(and(eq(v.referenceKind, 'secret'), inArray(v.reference, database.db.select({ id: s.secretId }).from(s).where(eq(s.groupId, groupId))))!);
    matches.push(and(eq(v.referenceKind, 'group'), inArray(v.reference, database.db.select({ name: g.name }).from(g).where(eq(g.groupId, groupId))))!);
  }
  if (matches.length === 0) return [];
  const rows = await database.db.select({ v, organizationId: p.organizationId }).from(v).leftJoin(p, eq(p.projectId, v.projectId))
    .where(and(or(...matches), ...(organizationId ? [eq(p.organizationId, organizationId)] : []))).orderBy(v.scope, v.projectId, v.key);
  return rows.map(({ v: row, organizationId: org }) => ({ ...row, organizationId: org ?? '' }));
}

/**
 * The applications that resolve these variables (a global one: every application; a project one: the project's; an
 * environment one: the project environment's; an application one: that application), not deleted, with what their live
 * deployment carries of each secret it resolves. A more specific variable of the same key overriding a reference is not subtracted:
 * an impact view errs towards listing too much.
 */
export async function resolvingApplications(
  database: Database, variables: EnvVarImpact[], secrets: ReadonlyArray<Pick<SecretRef, 'secretId' | 'version'>>, organizationId: string | undefined,
): Promise<ApplicationImpact[]> {
  const secretIds = secrets.map((x) => x.secretId);
  if (variables.length === 0) return [];
  const a = impactApplications;
  const global = variables.some((v) => v.scope === 'global');
  const projects = [...new Set(variables.filter((v) => v.scope === 'project').map((v) => v.projectId))];
  const environments = variables.filter((v) => v.scope === 'environment').map((v) => sql`(${v.projectId}, ${v.environment})`);
  const applications = [...new Set(variables.filter((v) => v.scope === 'application').map((v) => v.applicationId))];
  const reach: SQL[] = [];
  if (projects.length > 0) reach.push(inArray(a.projectId, projects));
  if (environments.length > 0) reach.push(sql`(${a.projectId}, ${a.environment}) in (${sql.join(environments, sql`, `)})`);
  if (applications.length > 0) reach.push(inArray(a.applicationId, applications));
  const where = [sql`${a.status} <> 'deleted'`, ...(global ? [] : [or(...reach)!]), ...(organizationId ? [eq(a.organizationId, organizationId)] : [])];
  // Of what each live deployment recorded, a secret's impact wants one entry (an application built with a group of a
  // hundred secrets carries a hundred): for a few secrets only theirs leave the database; for a group's many, the
  // whole list (filtering a hundred entries against a hundred ids costs the database more than the transfer).
  const { liveVersionsUsed: all, ...columns } = getTableColumns(a);
  const liveVersionsUsed = secretIds.length > FILTER_IN_SQL_UP_TO ? all : secretIds.length === 0 ? sql<CarriedVersionRow[]>`'[]'::jsonb` : sql<CarriedVersionRow[]>`coalesce((select jsonb_agg(u) from jsonb_array_elements(${a.liveVersionsUsed}) u
    where u->>'secretId' in (${sql.join(secretIds.map((id) => sql`${id}`), sql`, `)})), '[]'::jsonb)`;
  const rows = await database.db.select({ ...columns, liveVersionsUsed }).from(a).where(and(...where)).orderBy(a.projectId, a.environment, a.name);
  // Which of the secrets each application resolves: a secret reference its secret, a group reference every one asked about.
  const reaches = (v: EnvVarImpact, r: (typeof rows)[number]) =>
    v.scope === 'global' || (v.scope === 'project' && v.projectId === r.projectId) || (v.scope === 'environment' && v.projectId === r.projectId && v.environment === r.environment)
    || (v.scope === 'application' && v.applicationId === r.applicationId);
  const resolved = new Map<string, string[]>();
  const asked = new Set(secretIds);
  for (const r of rows) {
    const ids = new Set<string>();
    for (const v of variables) {
      if (!reaches(v, r)) continue;
      if (v.referenceKind === 'secret') ids.add(v.reference);
      else for (const id of secretIds) ids.add(id);
    }
    resolved.set(r.applicationId, [...ids].filter((id) => asked.has(id)).sort());
  }
  const deployed = rows.filter((r) => r.liveDeploymentId !== '');
  // The caller read the secrets asked about with their current versions: no second read of them.
  const current = new Map(secrets.map((x) => [x.secretId, x.version]));
  const inferred = await carriedVersions(database, deployed.filter((r) => r.liveEnvFingerprint === ''), resolved);
  return rows.map((r) => ({
    applicationId: r.applicationId, name: r.name, organizationId: r.organizationId, projectId: r.projectId, environment: r.environment,
    namespace: r.namespace, status: r.status, liveDeploymentId: r.liveDeploymentId, liveVersion: r.liveVersion, liveSucceededAt: r.liveSucceededAt,
    secretVersions: r.liveEnvFingerprint !== '' ? recorded(r.liveVersionsUsed, resolved.get(r.applicationId) ?? [], current) : inferred.get(r.applicationId) ?? [],
    liveEnvFingerprint: r.liveEnvFingerprint, versionsExact: r.liveEnvFingerprint !== '',
    drift: r.drift, driftLiveEnvFingerprint: r.driftLiveFingerprint, driftDetectedAt: r.driftDetectedAt,
  }));
}

/**
 * What a live deployment recorded it was built with, of the secrets asked about it resolves (exact: no time is
 * compared). Already in secret id order: the deployment's decider records them sorted.
 */
function recorded(used: ReadonlyArray<{ secretId: string; version: number; valueFingerprint: string }>, resolves: readonly string[], current: ReadonlyMap<string, number>): CarriedVersion[] {
  const wanted = new Set(resolves);
  const out: CarriedVersion[] = [];
  for (const u of used) {
    if (wanted.has(u.secretId)) out.push({ secretId: u.secretId, version: u.version, valueFingerprint: u.valueFingerprint, current: u.version === current.get(u.secretId) });
  }
  return out;
}

/**
 * Deployments recorded before they named their versions: per application, each secret's version current when its
 * live deployment was requested. One query reads the
 * secrets' versions; the pairing is done here (applications x secrets lateral
 * look-ups cost far more than the few versions a secret has).
 */
async function carriedVersions(
  database: Database, applications: ReadonlyArray<{ applicationId: string; liveRequestedAt: Date | null }>, resolved: ReadonlyMap<string, string[]>,
): Promise<Map<string, CarriedVersion[]>> {
  const out = new Map<string, CarriedVersion[]>();
  const deployed = applications.filter((a): a is { applicationId: string; liveRequestedAt: Date } => a.liveRequestedAt !== null);
  const secretIds = [...new Set(deployed.flatMap((a) => resolved.get(a.applicationId) ?? []))];
  if (deployed.length === 0 || secretIds.length === 0) return out;
  // Every version of these secrets (a handful each): the last one is the current one, so no second read.
  const v = impactSecretVersions;
  const rows = await database.db.select().from(v).where(inArray(v.secretId, secretIds)).orderBy(v.secretId, v.time, v.version);
  const current = new Map<string, number>();
  for (const row of rows) current.set(row.secretId, Math.max(row.version, current.get(row.secretId) ?? 0));
  const bySecret = new Map<string, typeof rows>();
  for (const row of rows) {
    const versions = bySecret.get(row.secretId);
    if (versions) versions.push(row);
    else bySecret.set(row.secretId, [row]);
  }
  for (const app of deployed) {
    const at = app.liveRequestedAt.getTime();
    const list: CarriedVersion[] = [];
    for (const secretId of resolved.get(app.applicationId) ?? []) {
      const versions = bySecret.get(secretId) ?? [];
      // The last version made at or before the request (versions ascend in time).
      let lo = 0;
      let hi = versions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (versions[mid]!.time.getTime() <= at) lo = mid + 1;
        else hi = mid;
      }
      const carried = versions[lo - 1];
      if (carried) list.push({ secretId, version: carried.version, valueFingerprint: carried.valueFingerprint, current: carried.version === current.get(secretId) });
    }
    if (list.length > 0) out.set(app.applicationId, list);
  }
  return out;
}
