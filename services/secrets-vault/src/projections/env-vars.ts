// Queries of the environment variables read model (read-models.ts keeps it) and of what variables
// reference, for the use cases in app/. Each takes the database or the caller's transaction.
import type { DbOrTx, Tx } from '@keywarden/db';
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { envVars, secretGroups, secrets } from '../schema.js';
import type { Scope, Target } from '../domain/env-var/env-var.js';
import type { GroupUser } from '../domain/group/group.js';

export type EnvVarRecord = typeof envVars.$inferSelect;

/** The variables of one scope and target, by key. */
export async function variablesAt(db: DbOrTx, scope: Scope, target: Target): Promise<EnvVarRecord[]> {
  return db.select().from(envVars)
    .where(and(eq(envVars.scope, scope), eq(envVars.projectId, target.projectId), eq(envVars.environment, target.environment), eq(envVars.applicationId, target.applicationId)))
    .orderBy(asc(envVars.key));
}

/** Every variable of the scopes that apply to the target, in one query. */
export async function variablesApplying(db: DbOrTx, target: Target): Promise<EnvVarRecord[]> {
  const applies: SQL[] = [eq(envVars.scope, 'global'), and(eq(envVars.scope, 'project'), eq(envVars.projectId, target.projectId))!];
  if (target.environment) applies.push(and(eq(envVars.scope, 'environment'), eq(envVars.projectId, target.projectId), eq(envVars.environment, target.environment))!);
  if (target.applicationId) applies.push(and(eq(envVars.scope, 'application'), eq(envVars.applicationId, target.applicationId))!);
  return db.select().from(envVars).where(or(...applies));
}

/** The secrets with these ids and every secret of the groups with these names, with their group's name, in one query. */
export async function referencedSecrets(db: DbOrTx, secretIds: string[], groupNames: string[]) {
  const conditions = [...(secretIds.length ? [inArray(secrets.id, secretIds)] : []), ...(groupNames.length ? [inArray(secretGroups.name, groupNames)] : [])];
  return db.select({ id: secrets.id, name: secrets.name, version: secrets.version, fingerprint: secrets.fingerprint, groupName: secretGroups.name })
    .from(secrets).innerJoin(secretGroups, eq(secretGroups.id, secrets.groupId)).where(or(...conditions));
}

/** Which of these group names exist. */
export async function existingGroupNames(db: DbOrTx, groupNames: string[]): Promise<string[]> {
  return (await db.select({ name: secretGroups.name }).from(secretGroups).where(inArray(secretGroups.name, groupNames))).map((g) => g.name);
}

/**
 * Whether the secret exists, its row and its group's held with a share lock by the caller's
 * transaction (a group being deleted holds its row for update: one of the two waits for the other).
 */
export async function secretExistsLocked(tx: Tx, secretId: string): Promise<boolean> {
  const found = await tx.execute(sql`select s.id from secrets s join secret_groups g on g.id = s.group_id where s.id = ${secretId} for share`);
  return found.length > 0;
}

/** Whether the group named `name` exists, its row held with a share lock by the caller's transaction. */
export async function groupExistsLocked(tx: Tx, name: string): Promise<boolean> {
  const found = await tx.execute(sql`select id from secret_groups where name = ${name} for share`);
  return found.length > 0;
}

/** Variables naming the group (`@group:<name>`), and with `bySecret` those referencing one of its secrets, in one query. */
export async function variableUsers(tx: Tx, name: string, groupId: string, bySecret: boolean): Promise<GroupUser[]> {
  const rows = await tx.execute<{ scope: Scope; project_id: string; environment: string; application_id: string; key: string; kind: string; reference: string }>(sql`
    select scope, project_id, environment, application_id, key, kind, reference from env_vars
    where (kind = 'group_ref' and reference = ${name})
       or (${bySecret} and kind = 'secret_ref' and reference in (select id::text from secrets where group_id = ${groupId}))
    order by scope, project_id, environment, application_id, key`);
  return [...rows].map((r) => ({
    kind: 'variable', scope: r.scope, projectId: r.project_id, environment: r.environment, applicationId: r.application_id, key: r.key,
    via: r.kind === 'group_ref' ? { group: r.reference } : { secret: r.reference },
  }));
}
