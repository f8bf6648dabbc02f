// The impact projection's writes that a batch makes in one statement each: a run of consecutive events of one
// kind (a consumer's batch of GitCredentialsSynced, a replay's thousands of SecretCreated) becomes one multi-row
// upsert instead of a statement per event. Each event of these kinds replaces its row whole, so within a run
// only the last event per key counts (a multi-row upsert may not touch one row twice); runs are applied in
// stream order with the other events between them, so the result is the one-by-one result.
import type { Tx } from '@keywarden/db';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuditSourceEvent } from '../domain/entry.js';
import { impactApplications, impactDeployments, impactEnvVars, impactGitBindings, impactProjects, impactSecrets, impactSecretVersions } from '../schema.js';

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
export const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : 0;
  return Number.isFinite(n) ? n : 0;
};
const timeOf = (event: AuditSourceEvent) => new Date(event.time);
const REFERENCE_KINDS: Record<string, string> = { secret_ref: 'secret', group_ref: 'group' };

/** The last row per key, in first-seen order. */
function lastPerKey<T>(rows: T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(key(row), row);
  return [...byKey.values()];
}

/** `set` of an upsert: every column but the key from the proposed row. */
const excluded = (columns: Record<string, PgColumn>): Record<string, SQL> =>
  Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, sql.raw(`excluded."${column.name}"`)]));

async function upsert(tx: Tx, table: PgTable, target: PgColumn | PgColumn[], rows: Record<string, unknown>[], columns: Record<string, PgColumn>) {
  if (rows.length === 0) return;
  await tx.insert(table).values(rows as never).onConflictDoUpdate({ target, set: excluded(columns) });
}

type Batch = (tx: Tx, events: readonly AuditSourceEvent[]) => Promise<void>;

const secretVersionRow = (d: Record<string, unknown>, event: AuditSourceEvent) =>
  ({ secretId: str(d['secretId']), version: num(d['version']), valueFingerprint: str(d['valueFingerprint']), time: timeOf(event) });

const newVersions: Batch = async (tx, events) => {
  const versions = events.map((e) => secretVersionRow(e.data, e));
  await tx.insert(impactSecretVersions).values(versions).onConflictDoNothing();
  // The secret's current version: the run's last per secret, in one statement.
  const current = lastPerKey(versions, (v) => v.secretId).map(({ secretId, version, valueFingerprint }) => ({ secretId, version, valueFingerprint }));
  await tx.execute(sql`update ${impactSecrets} s set version = v.version, value_fingerprint = v."valueFingerprint"
    from jsonb_to_recordset(${JSON.stringify(current)}::jsonb) as v("secretId" text, version int, "valueFingerprint" text)
    where s.secret_id = v."secretId"`);
};

/** The kinds written per run, by event type (SecretValueChanged and SecretRolledBack are one kind: a new version). */
export const BATCHES: Record<string, { kind: string; apply: Batch }> = {
  ProjectCreated: {
    kind: 'project',
    apply: (tx, events) => {
      const p = impactProjects;
      const rows = lastPerKey(events.map(({ data: d }) => ({ projectId: str(d['projectId']), organizationId: str(d['organizationId']), name: str(d['name']), slug: str(d['slug']), repositoryUrl: str(d['repositoryUrl']) })), (r) => r.projectId);
      return upsert(tx, p, p.projectId, rows, { organizationId: p.organizationId, name: p.name, slug: p.slug, repositoryUrl: p.repositoryUrl });
    },
  },
  GitCredentialsSynced: {
    kind: 'binding',
    apply: (tx, events) => {
      const b = impactGitBindings;
      const rows = lastPerKey(events.map(({ data: d }) => ({
        projectId: str(d['projectId']), environment: str(d['environment']), organizationId: str(d['organizationId']), namespace: str(d['namespace']),
        secretName: str(d['secretName']), accountId: str(d['accountId']), tokenGeneration: num(d['tokenGeneration']), tokenFingerprint: str(d['tokenFingerprint']),
      })), (r) => `${r.projectId}\u0000${r.environment}`);
      return upsert(tx, b, [b.projectId, b.environment], rows, {
        organizationId: b.organizationId, namespace: b.namespace, secretName: b.secretName, accountId: b.accountId, tokenGeneration: b.tokenGeneration, tokenFingerprint: b.tokenFingerprint,
      });
    },
  },
  EnvVarSet: {
    kind: 'envVar',
    apply: async (tx, events) => {
      const v = impactEnvVars;
      const last = lastPerKey(events.map(({ data: d }) => ({
        envVarId: str(d['envVarId']), scope: str(d['scope']), projectId: str(d['projectId']), environment: str(d['environment']), applicationId: str(d['applicationId']),
        key: str(d['key']), referenceKind: REFERENCE_KINDS[str(d['kind'])] ?? '', reference: str(d['reference']),
      })), (r) => r.envVarId);
      // A variable set to a plain value no longer references anything.
      const plain = last.filter((r) => r.referenceKind === '').map((r) => r.envVarId);
      if (plain.length > 0) await tx.delete(v).where(inArray(v.envVarId, plain));
      await upsert(tx, v, v.envVarId, last.filter((r) => r.referenceKind !== ''), {
        scope: v.scope, projectId: v.projectId, environment: v.environment, applicationId: v.applicationId, key: v.key, referenceKind: v.referenceKind, reference: v.reference,
      });
    },
  },
  SecretCreated: {
    kind: 'secret',
    apply: async (tx, events) => {
      const s = impactSecrets;
      const rows = lastPerKey(events.map(({ data: d }) => ({
        secretId: str(d['secretId']), groupId: str(d['groupId']), name: str(d['name']), providerId: str(d['providerId']), version: num(d['version']), valueFingerprint: str(d['valueFingerprint']),
      })), (r) => r.secretId);
      await upsert(tx, s, s.secretId, rows, { groupId: s.groupId, name: s.name, providerId: s.providerId, version: s.version, valueFingerprint: s.valueFingerprint });
      await tx.insert(impactSecretVersions).values(events.map((e) => secretVersionRow(e.data, e))).onConflictDoNothing();
    },
  },
  SecretValueChanged: { kind: 'version', apply: newVersions },
  SecretRolledBack: { kind: 'version', apply: newVersions },
  ApplicationRegistered: {
    kind: 'application',
    apply: async (tx, events) => {
      const a = impactApplications;
      const rows = lastPerKey(events.map(({ data: d }) => ({
        applicationId: str(d['applicationId']), organizationId: str(d['organizationId']), projectId: str(d['projectId']), environment: str(d['environment']),
        name: str(d['name']), namespace: str(d['namespace']), status: 'new', liveDeploymentId: '', liveVersion: '',
      })), (r) => r.applicationId);
      // A registration again (a replay over kept rows) keeps what the application's later events made of the row.
      await upsert(tx, a, a.applicationId, rows, { organizationId: a.organizationId, projectId: a.projectId, environment: a.environment, name: a.name, namespace: a.namespace });
    },
  },
  DeploymentRequested: {
    kind: 'deploymentRequested',
    apply: async (tx, events) => {
      const rows = events.map((e) => ({ deploymentId: str(e.data['deploymentId']), applicationId: str(e.data['applicationId']), requestedAt: timeOf(e) }));
      await tx.insert(impactDeployments).values(rows).onConflictDoNothing();
    },
  },
};
