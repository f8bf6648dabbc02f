// Environment variables and BuildEnvironment. Resolution loads in batches: one query for the
// variables, one for referenced secrets and groups, one for the encrypted values (no N+1).
import { createHash } from 'node:crypto';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { envVars, secretGroups, secrets } from '../adapters/db/schema.js';
import { checkScope, ENV_KEY_PATTERN, parseEnvValue, type Scope } from '../domain/env-var/env-var.js';
import { resolveEnvironment, type EnvEntry, type LoadedSecret, type Resolved } from '../domain/env-var/resolve.js';
import { invalid, notFound } from '../domain/errors.js';
import { withinTransaction } from '@keywarden/db';
import { handlers, type Handlers } from './handlers.js';
import { envAad, secretAad, type MaterialStore } from './material.js';

/** One stream per (scope, project, key): setting the same key twice updates it, never duplicates it. */
export function envVarId(scope: Scope, projectId: string, key: string): string {
  const h = createHash('sha256').update(`${scope}\0${projectId}\0${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class EnvironmentApp {
  constructor(
    private readonly database: Database,
    private readonly handle: Handlers,
    private readonly store: MaterialStore,
    private readonly logger?: Logger,
  ) {}

  async set(input: { actor: string; scope: string; projectId: string; key: string; value: string; description?: string }) {
    const scope = checkScope(input.scope, input.projectId);
    const parsed = parseEnvValue(input.value);
    if (parsed.kind === 'secret_ref') {
      const [found] = await this.database.db.select({ id: secrets.id }).from(secrets).where(eq(secrets.id, parsed.reference));
      if (!found) throw notFound(`variable ${input.key} references @secret:${parsed.reference}, which does not exist`);
    } else if (parsed.kind === 'group_ref') {
      const [found] = await this.database.db.select({ id: secretGroups.id }).from(secretGroups).where(eq(secretGroups.name, parsed.reference));
      if (!found) throw notFound(`variable ${input.key} references @group:${parsed.reference}, which does not exist`);
    }
    const id = envVarId(scope, input.projectId, input.key);
    const fingerprint = parsed.kind === 'plain' ? this.store.fingerprint(input.value) : '';
    await this.handle.envVar(`env_var-${id}`, {
      type: 'SetEnvVar', envVarId: id, scope, projectId: input.projectId, key: input.key, parsed, fingerprint, description: input.description ?? '', actor: input.actor,
    }, {
      metadata: { actor: input.actor },
      within: async (tx) => {
        if (parsed.kind === 'plain') await this.store.put(tx, envAad(id), input.value);
        else await this.store.remove(tx, [envAad(id)]);
      },
    });
    return (await this.list(scope, input.projectId)).find((v) => v.id === id)!;
  }

  async delete(actor: string, scope: string, projectId: string, key: string) {
    const checked = checkScope(scope, projectId);
    const id = envVarId(checked, projectId, key);
    await this.handle.envVar(`env_var-${id}`, { type: 'DeleteEnvVar', actor }, { metadata: { actor }, within: (tx) => this.store.remove(tx, [envAad(id)]) });
  }

  async list(scope: string, projectId: string) {
    const checked = checkScope(scope, projectId);
    const rows = await this.database.db.select().from(envVars)
      .where(and(eq(envVars.scope, checked), eq(envVars.projectId, projectId))).orderBy(asc(envVars.key));
    const previews = await this.store.previews(this.database.db, rows.filter((r) => r.kind === 'plain').map((r) => envAad(r.id)));
    return rows.map((r) => ({ ...r, preview: previews.get(envAad(r.id)) ?? '' }));
  }

  /**
   * Adds `@secret:<id>` for every secret of the group whose name is not yet a key of the project,
   * all in one transaction. Names are checked before anything is written: a secret name that is
   * not a valid variable name (`db.password`, `api-key`) is skipped, never half-imported.
   */
  async importGroup(actor: string, groupId: string, projectId: string) {
    if (!projectId) throw invalid('importing a group needs the project id');
    const [group] = await this.database.db.select().from(secretGroups).where(eq(secretGroups.id, groupId));
    if (!group) throw notFound(`group ${groupId} not found`);
    const groupSecrets = await this.database.db.select().from(secrets).where(eq(secrets.groupId, groupId)).orderBy(asc(secrets.name));
    const existing = new Set((await this.list('project', projectId)).map((v) => v.key));
    const toImport: typeof groupSecrets = [];
    const skipped: string[] = [];
    const invalidNames: string[] = [];
    for (const secret of groupSecrets) {
      if (!ENV_KEY_PATTERN.test(secret.name)) invalidNames.push(secret.name);
      else if (existing.has(secret.name)) skipped.push(secret.name);
      else toImport.push(secret);
    }
    if (invalidNames.length) this.logger?.info({ groupId, projectId, notVariableNames: invalidNames }, 'group secrets whose names are not valid variable names were not imported');
    await this.database.db.transaction(async (tx) => {
      const handle = handlers(withinTransaction(this.database, tx));
      for (const secret of toImport) {
        const id = envVarId('project', projectId, secret.name);
        await handle.envVar(`env_var-${id}`, {
          type: 'SetEnvVar', envVarId: id, scope: 'project', projectId, key: secret.name, parsed: { kind: 'secret_ref', reference: secret.id },
          fingerprint: '', description: `From group: ${group.name}`, actor,
        }, { metadata: { actor }, within: (t) => this.store.remove(t, [envAad(id)]) });
      }
    });
    return { imported: toImport.map((s) => s.name), skipped: [...skipped, ...invalidNames].sort(), skippedInvalid: invalidNames };
  }

  async build(projectId: string): Promise<Resolved[]> {
    if (!projectId) throw invalid('BuildEnvironment needs a project id');
    const db = this.database.db;
    const rows = await db.select().from(envVars)
      .where(or(eq(envVars.scope, 'global'), and(eq(envVars.scope, 'project'), eq(envVars.projectId, projectId))));
    const secretIds = rows.filter((r) => r.kind === 'secret_ref').map((r) => r.reference);
    const groupNames = rows.filter((r) => r.kind === 'group_ref').map((r) => r.reference);
    const loaded = await this.loadSecrets(secretIds, groupNames);
    const plain = await this.store.getMany(db, rows.filter((r) => r.kind === 'plain').map((r) => envAad(r.id)));
    const entries: EnvEntry[] = rows.map((r) => ({ scope: r.scope as Scope, key: r.key, kind: r.kind as EnvEntry['kind'], reference: r.reference,
      ...(r.kind === 'plain' ? { plain: plain.get(envAad(r.id)) ?? '' } : {}) }));
    const skipped: string[] = [];
    const resolved = resolveEnvironment(entries, loaded.byId, loaded.byGroup, (s) => skipped.push(`${s.group}/${s.name}`));
    // Names only (never values): whoever wonders why a group's secret is missing finds it here.
    if (skipped.length) this.logger?.warn({ projectId, skipped }, 'group secrets whose names are not valid variable names were left out');
    return resolved;
  }

  private async loadSecrets(secretIds: string[], groupNames: string[]) {
    const byId = new Map<string, LoadedSecret>();
    const byGroup = new Map<string, LoadedSecret[]>();
    if (secretIds.length === 0 && groupNames.length === 0) return { byId, byGroup };
    const db = this.database.db;
    const conditions = [
      ...(secretIds.length ? [inArray(secrets.id, [...new Set(secretIds)])] : []),
      ...(groupNames.length ? [inArray(secretGroups.name, [...new Set(groupNames)])] : []),
    ];
    const rows = await db.select({ id: secrets.id, name: secrets.name, version: secrets.version, groupName: secretGroups.name })
      .from(secrets).innerJoin(secretGroups, eq(secretGroups.id, secrets.groupId)).where(or(...conditions));
    const values = await this.store.getMany(db, rows.map((r) => secretAad(r.id, r.version)));
    for (const name of groupNames) byGroup.set(name, []);
    // A group that exists but has no secrets expands to nothing; a group that does not exist is an error.
    const existingGroups = groupNames.length
      ? new Set((await db.select({ name: secretGroups.name }).from(secretGroups).where(inArray(secretGroups.name, [...new Set(groupNames)]))).map((g) => g.name))
      : new Set<string>();
    for (const name of [...byGroup.keys()]) if (!existingGroups.has(name)) byGroup.delete(name);
    for (const row of rows) {
      const value = values.get(secretAad(row.id, row.version));
      if (value === undefined) continue;
      const secret: LoadedSecret = { secretId: row.id, groupName: row.groupName, name: row.name, version: row.version, value };
      byId.set(row.id, secret);
      byGroup.get(row.groupName)?.push(secret);
    }
    for (const list of byGroup.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return { byId, byGroup };
  }
}
