// Resolution of an environment, pure: the caller loads every variable and every referenced
// secret (decrypted, or without its value for a view) in batches and passes them in.
import { VaultError } from '../errors.js';
import { ENV_KEY_PATTERN, SCOPES, type EnvKind, type Scope } from './env-var.js';

export type EnvEntry = { scope: Scope; key: string; kind: EnvKind; reference: string; plain?: string };
export type LoadedSecret = { secretId: string; groupName: string; name: string; version: number; fingerprint: string; value: string };
export type Resolved = {
  key: string; value: string; scope: Scope; kind: EnvKind; secretId: string; secretVersion: number; valueFingerprint: string;
  /** The scopes whose value for this key this one replaced, in order (nearest last). */
  overrides: Scope[];
  secretName: string; groupName: string;
  /** The variable that brought the value: the key itself, or the `@group:` variable that expanded to it. */
  variableKey: string;
};
export type Missing = { scope: Scope; key: string; reference: string };

export type ResolveOptions = {
  /** A group's secret whose name is not a valid variable name, left out of the expansion. */
  onSkipped?: (skipped: { scope: Scope; variable: string; group: string; name: string }) => void;
  /** Given: a reference that does not resolve is reported here and left out. Absent: it is an error. */
  onMissing?: (missing: Missing) => void;
};

/**
 * Scope by scope, global < project < environment < application, each overriding the one
 * before. Within a scope a `@group:` expansion comes before the scope's explicit variables, so
 * an explicit key always wins over a secret of the same name from a group of its own scope. A
 * missing reference is an error naming the variable (or, with onMissing, reported and left out).
 * A group's secret whose name is not a valid variable name (`db.password`) is left out of the
 * expansion and passed to onSkipped: a deploy gets valid keys only, and one odd name in a
 * synced group does not block every application that expands it.
 */
export function resolveEnvironment(
  entries: readonly EnvEntry[],
  secretsById: ReadonlyMap<string, LoadedSecret>,
  secretsByGroup: ReadonlyMap<string, readonly LoadedSecret[]>,
  options: ResolveOptions = {},
): Resolved[] {
  const result = new Map<string, Resolved>();
  const put = (resolved: Omit<Resolved, 'overrides'>) => {
    const before = result.get(resolved.key);
    const overrides = before ? (before.scope === resolved.scope ? before.overrides : [...before.overrides, before.scope]) : [];
    result.set(resolved.key, { ...resolved, overrides });
  };
  const fromSecret = (secret: LoadedSecret) => ({
    value: secret.value, secretId: secret.secretId, secretVersion: secret.version, valueFingerprint: secret.fingerprint, secretName: secret.name, groupName: secret.groupName,
  });
  const missing = (entry: EnvEntry, reference: string) => {
    if (!options.onMissing) throw missingError(entry, reference);
    options.onMissing({ scope: entry.scope, key: entry.key, reference });
  };
  for (const scope of SCOPES) {
    const inScope = entries.filter((e) => e.scope === scope).sort((a, b) => a.key.localeCompare(b.key));
    for (const entry of inScope.filter((e) => e.kind === 'group_ref')) {
      const group = secretsByGroup.get(entry.reference);
      if (!group) {
        missing(entry, `@group:${entry.reference}`);
        continue;
      }
      for (const secret of group) {
        if (!ENV_KEY_PATTERN.test(secret.name)) {
          options.onSkipped?.({ scope, variable: entry.key, group: entry.reference, name: secret.name });
          continue;
        }
        put({ key: secret.name, scope, kind: 'group_ref', variableKey: entry.key, ...fromSecret(secret) });
      }
    }
    for (const entry of inScope.filter((e) => e.kind !== 'group_ref')) {
      if (entry.kind === 'plain') {
        put({ key: entry.key, value: entry.plain ?? '', scope, kind: 'plain', secretId: '', secretVersion: 0, valueFingerprint: '', secretName: '', groupName: '', variableKey: entry.key });
        continue;
      }
      const secret = secretsById.get(entry.reference);
      if (!secret) {
        missing(entry, `@secret:${entry.reference}`);
        continue;
      }
      put({ key: entry.key, scope, kind: 'secret_ref', variableKey: entry.key, ...fromSecret(secret) });
    }
  }
  return [...result.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function missingError(entry: EnvEntry, reference: string): VaultError {
  return new VaultError('ERR_REFERENCE_MISSING', `${entry.scope} variable ${entry.key} references ${reference}, which does not exist`, { errorId: 'VAULT-75be' });
}
