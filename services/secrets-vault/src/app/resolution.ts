// Resolving an environment: BuildEnvironment (the deployer applies exactly this) and the
// resolved view of an application (where each value comes from, never a secret's value). Loads
// in batches, whatever the number of variables and secrets: the variables of every scope that
// applies, the referenced secrets and the groups' secrets, which of those groups exist, and the
// encrypted values (plain variables' and secrets' together): four queries, three for the view,
// which decrypts no secret.
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import type { Scope, Target } from '../domain/env-var/env-var.js';
import { resolveEnvironment, type EnvEntry, type LoadedSecret, type Missing, type Resolved } from '../domain/env-var/resolve.js';
import { invalid } from '../domain/errors.js';
import { existingGroupNames, referencedSecrets, variablesApplying } from '../projections/env-vars.js';
import { envAad, secretAad } from './aad.js';
import type { Material } from './ports.js';

export type View = { variables: Resolved[]; missing: Missing[] };

export class ResolutionApp {
  constructor(
    private readonly database: Database,
    private readonly store: Material,
    private readonly logger?: Logger,
  ) {}

  /**
   * The environment with every value, for the deployer. Without an environment only global and
   * project variables apply (as before scopes existed); an application's own variables apply
   * when it is named, on top of its environment's.
   */
  async build(target: Target): Promise<Resolved[]> {
    if (!target.projectId) throw invalid('BuildEnvironment needs a project id', 'VAULT-5da5');
    if (target.applicationId && !target.environment) throw invalid("BuildEnvironment needs the application's environment with the application", 'VAULT-f37f');
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
    const rows = await variablesApplying(this.database.db, target);
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
    const rows = await referencedSecrets(db, secretIds, groupNames);
    // A group that exists but has no secrets expands to nothing; a group that does not exist is missing.
    if (groupNames.length) {
      for (const name of await existingGroupNames(db, groupNames)) byGroup.set(name, []);
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
