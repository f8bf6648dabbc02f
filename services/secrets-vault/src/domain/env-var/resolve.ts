// Resolution of a project's environment, pure: the caller loads every variable and every
// referenced secret (decrypted) in batches and passes them in.
import { VaultError } from '../errors.js';
import { ENV_KEY_PATTERN, type EnvKind, type Scope } from './env-var.js';

export type EnvEntry = { scope: Scope; key: string; kind: EnvKind; reference: string; plain?: string };
export type LoadedSecret = { secretId: string; groupName: string; name: string; version: number; value: string };
export type Resolved = { key: string; value: string; scope: Scope; kind: EnvKind; secretId: string; secretVersion: number };

/**
 * Global variables first, then project variables override them. Within a scope a `@group:`
 * expansion comes before the scope's explicit variables, so an explicit key always wins over
 * a secret of the same name from a group. A missing reference is an error naming the variable.
 * A group's secret whose name is not a valid variable name (`db.password`) is left out of the
 * expansion and passed to onSkipped: a deploy gets valid keys only, and one odd name in a
 * synced group does not block every project that expands it.
 */
export function resolveEnvironment(
  entries: readonly EnvEntry[],
  secretsById: ReadonlyMap<string, LoadedSecret>,
  secretsByGroup: ReadonlyMap<string, readonly LoadedSecret[]>,
  onSkipped: (skipped: { scope: Scope; variable: string; group: string; name: string }) => void = () => {},
): Resolved[] {
  const result = new Map<string, Resolved>();
  for (const scope of ['global', 'project'] as const) {
    const inScope = entries.filter((e) => e.scope === scope).sort((a, b) => a.key.localeCompare(b.key));
    for (const entry of inScope.filter((e) => e.kind === 'group_ref')) {
      const group = secretsByGroup.get(entry.reference);
      if (!group) throw missing(entry, `@group:${entry.reference}`);
      for (const secret of group) {
        if (!ENV_KEY_PATTERN.test(secret.name)) {
          onSkipped({ scope, variable: entry.key, group: entry.reference, name: secret.name });
          continue;
        }
        result.set(secret.name, { key: secret.name, value: secret.value, scope, kind: 'group_ref', secretId: secret.secretId, secretVersion: secret.version });
      }
    }
    for (const entry of inScope.filter((e) => e.kind !== 'group_ref')) {
      if (entry.kind === 'plain') {
        result.set(entry.key, { key: entry.key, value: entry.plain ?? '', scope, kind: 'plain', secretId: '', secretVersion: 0 });
        continue;
      }
      const secret = secretsById.get(entry.reference);
      if (!secret) throw missing(entry, `@secret:${entry.reference}`);
      result.set(entry.key, { key: entry.key, value: secret.value, scope, kind: 'secret_ref', secretId: secret.secretId, secretVersion: secret.version });
    }
  }
  return [...result.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function missing(entry: EnvEntry, reference: string): VaultError {
  return new VaultError('ERR_REFERENCE_MISSING', `${entry.scope} variable ${entry.key} references ${reference}, which does not exist`);
}
