// The environment variable aggregate: one stream per (scope, target, key). Scopes, each
// overriding the one before: global < project < environment (a project's environment) <
// application. A value is plain, `@secret:<id>` or `@group:<name>`; a plain value is
// encrypted by the application layer and only its fingerprint reaches the event.
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import { invalid, notFound } from '../errors.js';
import { UUID_PATTERN } from '../ids.js';

export const SCOPES = ['global', 'project', 'environment', 'application'] as const;
export type Scope = (typeof SCOPES)[number];
export type EnvKind = 'plain' | 'secret_ref' | 'group_ref';
export type ParsedEnvValue = { kind: EnvKind; reference: string };
/**
 * Where a variable applies. An application's variable also names the application's project and
 * environment (from the vault's read model): they say where it lives, the application id decides.
 */
export type Target = { projectId: string; environment: string; applicationId: string };

type EnvVarFields = { envVarId: string; scope: Scope; projectId: string; environment: string; applicationId: string; key: string };
// Event data is the contract's (secrets/v1/env_var.proto); only what the contract leaves open is narrowed here.
export type EnvVarEvent =
  | ContractEvent<'EnvVarSet', { scope: Scope; kind: EnvKind }>
  | ContractEvent<'EnvVarDeleted', { scope: Scope }>;

export type EnvVarCommand =
  | { type: 'SetEnvVar'; envVarId: string; scope: Scope; target: Target; key: string; parsed: ParsedEnvValue; fingerprint: string; description: string; actor: string }
  | { type: 'DeleteEnvVar'; actor: string };

export type EnvVarState =
  | { status: 'absent' }
  | { status: 'set'; fields: EnvVarFields; kind: EnvKind; reference: string; fingerprint: string; description: string };

export const ENV_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
/** A project environment's name as gitops-sync allows it (a DNS label of at most 24). */
export const ENVIRONMENT_PATTERN = /^[a-z0-9]([-a-z0-9]{0,22}[a-z0-9])?$/;
const SECRET_REF = /^@secret:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const GROUP_REF = /^@group:([a-z0-9][a-z0-9_.-]{0,62})$/;

/** Reads a variable's value; anything starting with `@secret:` or `@group:` must be a valid reference. */
export function parseEnvValue(value: string): ParsedEnvValue {
  if (value.startsWith('@secret:')) {
    const match = SECRET_REF.exec(value);
    if (!match) throw invalid('a secret reference reads @secret:<secret id>', 'VAULT-c3ce');
    return { kind: 'secret_ref', reference: match[1]! };
  }
  if (value.startsWith('@group:')) {
    const match = GROUP_REF.exec(value);
    if (!match) throw invalid('a group reference reads @group:<group name>', 'VAULT-3585');
    return { kind: 'group_ref', reference: match[1]! };
  }
  return { kind: 'plain', reference: '' };
}

/**
 * The scope of a request and the target fields it must (and must not) name: global none;
 * project the project; environment the project and one of its environments; application the
 * application only (its project and environment come from the vault's read model).
 */
export function checkScope(scope: string, target: Partial<Target>): Scope {
  const projectId = target.projectId ?? '';
  const environment = target.environment ?? '';
  const applicationId = target.applicationId ?? '';
  const none = (field: string, value: string) => {
    if (value) throw invalid(`a${scope === 'application' || scope === 'environment' ? 'n' : ''} ${scope} variable has no ${field}`, 'VAULT-a33d');
  };
  switch (scope) {
    case 'global':
      none('project', projectId);
      none('environment', environment);
      none('application', applicationId);
      return scope;
    case 'project':
      if (!projectId) throw invalid('a project variable needs its project id', 'VAULT-3cbf');
      none('environment', environment);
      none('application', applicationId);
      return scope;
    case 'environment':
      if (!projectId) throw invalid('an environment variable needs its project id', 'VAULT-ecf7');
      if (!ENVIRONMENT_PATTERN.test(environment)) throw invalid('an environment variable needs the environment: 1-24 lowercase letters, digits or dashes', 'VAULT-23d0');
      none('application', applicationId);
      return scope;
    case 'application':
      if (!UUID_PATTERN.test(applicationId)) throw invalid('an application variable needs its application id (a UUID)', 'VAULT-17ee');
      none('project', projectId);
      none('environment', environment);
      return scope;
    default:
      throw invalid('scope is "global", "project", "environment" or "application"', 'VAULT-62e8');
  }
}

function decide(command: EnvVarCommand, state: EnvVarState): EnvVarEvent[] {
  switch (command.type) {
    case 'SetEnvVar': {
      if (!ENV_KEY_PATTERN.test(command.key)) throw invalid('a variable name is letters, digits and "_", not starting with a digit', 'VAULT-12d2');
      const unchanged = state.status === 'set' && state.kind === command.parsed.kind && state.reference === command.parsed.reference
        && state.fingerprint === command.fingerprint && state.description === command.description;
      if (unchanged) return [];
      const { projectId, environment, applicationId } = command.target;
      return [{ type: 'EnvVarSet', data: {
        envVarId: command.envVarId, scope: command.scope, projectId, environment, applicationId, key: command.key, kind: command.parsed.kind,
        reference: command.parsed.reference, valueFingerprint: command.fingerprint, description: command.description, actorUserId: command.actor,
      } }];
    }
    case 'DeleteEnvVar':
      if (state.status !== 'set') throw notFound('environment variable not found', 'VAULT-7177');
      return [{ type: 'EnvVarDeleted', data: { ...state.fields, actorUserId: command.actor } }];
    default:
      return assertNever(command);
  }
}

function evolve(state: EnvVarState, event: EnvVarEvent): EnvVarState {
  switch (event.type) {
    case 'EnvVarSet': {
      const d = event.data;
      // Events written before the environment and application scopes carry neither field.
      const fields = { envVarId: d.envVarId, scope: d.scope, projectId: d.projectId, environment: d.environment ?? '', applicationId: d.applicationId ?? '', key: d.key };
      return { status: 'set', fields, kind: d.kind, reference: d.reference, fingerprint: d.valueFingerprint, description: d.description };
    }
    case 'EnvVarDeleted':
      return { status: 'absent' };
    default:
      return assertNever(event);
  }
}

export const envVarDecider: Decider<EnvVarState, EnvVarCommand, EnvVarEvent> = { decide, evolve, initialState: () => ({ status: 'absent' }) };
