// Environment variables: set, delete, list and import a group, at their four scopes. The caller
// has placed the variable (access.ts: the target exists and the actor may change it there).
// Resolution (BuildEnvironment and the resolved view) is in resolution.ts.
import { createHash } from 'node:crypto';
import type { Database, Tx } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { ENV_KEY_PATTERN, parseEnvValue, type ParsedEnvValue, type Scope, type Target } from '../domain/env-var/env-var.js';
import { invalid, notFound } from '../domain/errors.js';
import { groupExistsLocked, secretExistsLocked, variablesAt, type EnvVarRecord } from '../projections/env-vars.js';
import { groupById, secretsOfGroup } from '../projections/secrets.js';
import { envAad } from './aad.js';
import { commands, type Commands } from './commands.js';
import type { Material, TransactionScope } from './ports.js';

/**
 * One stream per (scope, target, key): setting the same key twice updates it, never duplicates
 * it. Global and project ids keep the form they had before the other scopes existed.
 */
export function envVarId(scope: Scope, target: Target, key: string): string {
  const where = { global: target.projectId, project: target.projectId, environment: `${target.projectId}\0${target.environment}`, application: target.applicationId }[scope];
  const h = createHash('sha256').update(`${scope}\0${where}\0${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export type EnvVarRow = EnvVarRecord & { preview: string };

export class EnvironmentApp {
  constructor(
    private readonly database: Database,
    private readonly handle: Commands,
    private readonly store: Material,
    private readonly scope: TransactionScope,
    private readonly logger?: Logger,
  ) {}

  async set(input: { actor: string; scope: Scope; target: Target; key: string; value: string; description?: string }): Promise<EnvVarRow> {
    const parsed = parseEnvValue(input.value);
    const id = envVarId(input.scope, input.target, input.key);
    const fingerprint = parsed.kind === 'plain' ? this.store.fingerprint(input.value) : '';
    await this.handle.envVar(`env_var-${id}`, {
      type: 'SetEnvVar', envVarId: id, scope: input.scope, target: input.target, key: input.key, parsed, fingerprint, description: input.description ?? '', actor: input.actor,
    }, {
      metadata: { actor: input.actor },
      within: async (tx) => {
        await referenceExists(tx, input.key, parsed);
        if (parsed.kind === 'plain') await this.store.put(tx, envAad(id), input.value);
        else await this.store.remove(tx, [envAad(id)]);
      },
    });
    return (await this.list(input.scope, input.target)).find((v) => v.id === id)!;
  }

  async delete(actor: string, scope: Scope, target: Target, key: string): Promise<void> {
    const id = envVarId(scope, target, key);
    await this.handle.envVar(`env_var-${id}`, { type: 'DeleteEnvVar', actor }, { metadata: { actor }, within: (tx) => this.store.remove(tx, [envAad(id)]) });
  }

  async list(scope: Scope, target: Target): Promise<EnvVarRow[]> {
    const rows = await variablesAt(this.database.db, scope, target);
    const previews = await this.store.previews(this.database.db, rows.filter((r) => r.kind === 'plain').map((r) => envAad(r.id)));
    return rows.map((r) => ({ ...r, preview: previews.get(envAad(r.id)) ?? '' }));
  }

  /**
   * Adds `@secret:<id>` for every secret of the group whose name is not yet a key of the project,
   * all in one transaction. Names are checked before anything is written: a secret name that is
   * not a valid variable name (`db.password`, `api-key`) is skipped, never half-imported.
   */
  async importGroup(actor: string, groupId: string, projectId: string) {
    if (!projectId) throw invalid('importing a group needs the project id', 'VAULT-dbd9');
    const group = await groupById(this.database.db, groupId);
    if (!group) throw notFound(`group ${groupId} not found`, 'VAULT-add7');
    const groupSecrets = await secretsOfGroup(this.database.db, groupId);
    const target: Target = { projectId, environment: '', applicationId: '' };
    const existing = new Set((await this.list('project', target)).map((v) => v.key));
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
      const handle = commands(this.scope(tx));
      for (const secret of toImport) {
        const id = envVarId('project', target, secret.name);
        const parsed: ParsedEnvValue = { kind: 'secret_ref', reference: secret.id };
        await handle.envVar(`env_var-${id}`, {
          type: 'SetEnvVar', envVarId: id, scope: 'project', target, key: secret.name, parsed, fingerprint: '', description: `From group: ${group.name}`, actor,
        }, {
          metadata: { actor },
          within: async (t) => {
            await referenceExists(t, secret.name, parsed);
            await this.store.remove(t, [envAad(id)]);
          },
        });
      }
    });
    return { imported: toImport.map((s) => s.name), skipped: [...skipped, ...invalidNames].sort(), skippedInvalid: invalidNames };
  }
}

/**
 * The referenced secret or group exists, checked in the variable's own transaction with a share
 * lock on the row (for a secret, on its group's too): a group being deleted or renamed holds its
 * row for update, so either this waits and then finds it gone, or the deletion waits and then
 * sees this variable among the group's users. No variable is left pointing at nothing.
 */
async function referenceExists(tx: Tx, key: string, parsed: ParsedEnvValue): Promise<void> {
  if (parsed.kind === 'secret_ref') {
    if (!(await secretExistsLocked(tx, parsed.reference))) throw notFound(`variable ${key} references @secret:${parsed.reference}, which does not exist`, 'VAULT-249b');
  } else if (parsed.kind === 'group_ref') {
    if (!(await groupExistsLocked(tx, parsed.reference))) throw notFound(`variable ${key} references @group:${parsed.reference}, which does not exist`, 'VAULT-cd95');
  }
}
