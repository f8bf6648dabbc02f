// Resolving an environment: BuildEnvironment (the deployer applies exactly this) and the
// resolved view of an application (where each value comes from, never a secret's value). Loads
// in batches, whatever the number of variables and secrets: the variables of every scope that
// applies, the referenced secrets and the groups' secrets, which of those groups exist, and the
// encrypted values (plain variables' and secrets' together): four queries, three for the view,
// which decrypts no secret.
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { envVars, secretGroups, secrets } from '../adapters/db/schema.js';
import type { Scope, Target } from '../domain/env-var/env-var.js';
import { resolveEnvironment, type EnvEntry, type LoadedSecret, type Missing, type Resolved } from '../domain/env-var/resolve.js';
import { invalid } from '../domain/errors.js';
import { envAad, secretAad, type MaterialStore } from './material.js';

export type View = { variables: Resolved[]; missing: Missing[] };

export class ResolutionApp {
  constructor(
    private readonly database: Database,
    private readonly store: MaterialStore,
    private readonly logger?: Logger,
  ) {}

  /**
   * The environment with every value, for the deployer. Without an environment only global and
   * project variables apply (as before scopes existed); an application's own variables apply
   * when it is named, on top of its environment's.
   */
  async build(target: Target): Promise<Resolved[]> {
    if (!target.projectId) throw invalid('BuildEnvironment needs a project id');
    if (target.applicationId && !target.environment) throw invalid("BuildEnvironment needs the application's environment with the application");
    const { entries, rows } = await this.variables(target);
    const loaded = await this.loadSecrets(entries);
    const values = await this.store.getMany(this.database.db, [
      ...rows.filter((r) => r.kind === 'plain').map((r) => envAad(r.id)),
      ...[...loaded.byId.values()].map((s) => secretAad(s.secretId, s.version)),
    ]);
    const withPlain = entries.map((e, i) => (e.kind === 'plain' ? { ...e, plain: values.get(envAad(rows[i]!.id)) ?? '' } : e));
    const decrypted = withValues(loaded, values);
    const skipped: string[] = [];
    const resolved = resolveEnvironment(withPlain, decrypted.byId, decrypted.byGroup, { onSkipped: (s) => skipped.push(`${s.group}/${s.name}`) });
    // Names only (never values): whoever wonders why a group's secret is missing finds it here.
    if (skipped.length) this.logger?.warn({ ...target, skipped }, 'group secrets whose names are not valid variable names were left out');
    return resolved;
  }

  /** What build gives, without secret values (plain values only), and the references a build would fail on. */
  async view(target: Target): Promise<View> {
    const { entries, rows } = await this.variables(target);
    const loaded = await this.loadSecrets(entries);
    const plain = await this.store.getMany(this.database.db, rows.filter((r) => r.kind === 'plain').map((r) => envAad(r.id)));
    const withPlain = entries.map((e, i) => (e.kind === 'plain' ? { ...e, plain: plain.get(envAad(rows[i]!.id)) ?? '' } : e));
    const missing: Missing[] = [];
    const variables = resolveEnvironment(withPlain, loaded.byId, loaded.byGroup, { onMissing: (m) => missing.push(m) });
    return { variables, missing };
  }

  /** Every variable of the scopes that apply to the target, in one query. */
  private async variables(target: Target) {
    const applies: SQL[] = [eq(envVars.scope, 'global'), and(eq(envVars.scope, 'project'), eq(envVars.projectId, target.projectId))!];
    if (target.environment) applies.push(and(eq(envVars.scope, 'environment'), eq(envVars.projectId, target.projectId), eq(envVars.environment, target.environment))!);
    if (target.applicationId) applies.push(and(eq(envVars.scope, 'application'), eq(envVars.applicationId, target.applicationId))!);
    const rows = await this.database.db.select().from(envVars).where(or(...applies));
    const entries: EnvEntry[] = rows.map((r) => ({ scope: r.scope as Scope, key: r.key, kind: r.kind as EnvEntry['kind'], reference: r.reference }));
    return { entries, rows };
  }

  /** The referenced secrets and every secret of the referenced groups (one query), and which of those groups exist (one more). */
  private async loadSecrets(entries: EnvEntry[]) {
    const secretIds = [...new Set(entries.filter((e) => e.kind === 'secret_ref').map((e) => e.reference))];
    const groupNames = [...new Set(entries.filter((e) => e.kind === 'group_ref').map((e) => e.reference))];
    const byId = new Map<string, LoadedSecret>();
    const byGroup = new Map<string, LoadedSecret[]>();
    if (secretIds.length === 0 && groupNames.length === 0) return { byId, byGroup };
    const db = this.database.db;
    const conditions = [...(secretIds.length ? [inArray(secrets.id, secretIds)] : []), ...(groupNames.length ? [inArray(secretGroups.name, groupNames)] : [])];
    const rows = await db.select({ id: secrets.id, name: secrets.name, version: secrets.version, fingerprint: secrets.fingerprint, groupName: secretGroups.name })
      .from(secrets).innerJoin(secretGroups, eq(secretGroups.id, secrets.groupId)).where(or(...conditions));
    // A group that exists but has no secrets expands to nothing; a group that does not exist is missing.
    if (groupNames.length) {
      const existing = await db.select({ name: secretGroups.name }).from(secretGroups).where(inArray(secretGroups.name, groupNames));
      for (const g of existing) byGroup.set(g.name, []);
    }
    for (const row of rows) {
      const secret: LoadedSecret = { secretId: row.id, groupName: row.groupName, name: row.name, version: row.version, fingerprint: row.fingerprint, value: '' };
      byId.set(row.id, secret);
      byGroup.get(row.groupName)?.push(secret);
    }
    for (const list of byGroup.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return { byId, byGroup };
  }
}

/** The loaded secrets with their decrypted values; one whose value is not stored is left out (a missing reference). */
function withValues(loaded: { byId: Map<string, LoadedSecret>; byGroup: Map<string, LoadedSecret[]> }, values: Map<string, string>) {
  const value = (s: LoadedSecret) => values.get(secretAad(s.secretId, s.version));
  const byId = new Map<string, LoadedSecret>();
  for (const [id, s] of loaded.byId) if (value(s) !== undefined) byId.set(id, { ...s, value: value(s)! });
  const byGroup = new Map<string, LoadedSecret[]>();
  for (const [name, list] of loaded.byGroup) byGroup.set(name, list.filter((s) => byId.has(s.secretId)).map((s) => byId.get(s.secretId)!));
  return { byId, byGroup };
}
