// The environment variable aggregate: one stream per (scope, project, key). A value is plain,
// `@secret:<id>` or `@group:<name>`; a plain value is encrypted by the application layer and
// only its fingerprint reaches the event.
import type { Decider } from '../decider.js';
import { assertNever, invalid, notFound } from '../errors.js';

export type Scope = 'global' | 'project';
export type EnvKind = 'plain' | 'secret_ref' | 'group_ref';
export type ParsedEnvValue = { kind: EnvKind; reference: string };

export type EnvVarEvent =
  | { type: 'EnvVarSet'; data: { envVarId: string; scope: Scope; projectId: string; key: string; kind: EnvKind; reference: string; valueFingerprint: string; description: string; actorUserId: string } }
  | { type: 'EnvVarDeleted'; data: { envVarId: string; scope: Scope; projectId: string; key: string; actorUserId: string } };

export type EnvVarCommand =
  | { type: 'SetEnvVar'; envVarId: string; scope: Scope; projectId: string; key: string; parsed: ParsedEnvValue; fingerprint: string; description: string; actor: string }
  | { type: 'DeleteEnvVar'; actor: string };

export type EnvVarState =
  | { status: 'absent' }
  | { status: 'set'; envVarId: string; scope: Scope; projectId: string; key: string; kind: EnvKind; reference: string; fingerprint: string; description: string };

export const ENV_KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const SECRET_REF = /^@secret:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const GROUP_REF = /^@group:([a-z0-9][a-z0-9_.-]{0,62})$/;

/** Reads a variable's value; anything starting with `@secret:` or `@group:` must be a valid reference. */
export function parseEnvValue(value: string): ParsedEnvValue {
  if (value.startsWith('@secret:')) {
    const match = SECRET_REF.exec(value);
    if (!match) throw invalid('a secret reference reads @secret:<secret id>');
    return { kind: 'secret_ref', reference: match[1]! };
  }
  if (value.startsWith('@group:')) {
    const match = GROUP_REF.exec(value);
    if (!match) throw invalid('a group reference reads @group:<group name>');
    return { kind: 'group_ref', reference: match[1]! };
  }
  return { kind: 'plain', reference: '' };
}

export function checkScope(scope: string, projectId: string): Scope {
  if (scope === 'global') {
    if (projectId) throw invalid('a global variable has no project');
    return scope;
  }
  if (scope === 'project') {
    if (!projectId) throw invalid('a project variable needs its project id');
    return scope;
  }
  throw invalid('scope is "global" or "project"');
}

function decide(command: EnvVarCommand, state: EnvVarState): EnvVarEvent[] {
  switch (command.type) {
    case 'SetEnvVar': {
      if (!ENV_KEY_PATTERN.test(command.key)) throw invalid('a variable name is letters, digits and "_", not starting with a digit');
      const unchanged = state.status === 'set' && state.kind === command.parsed.kind && state.reference === command.parsed.reference
        && state.fingerprint === command.fingerprint && state.description === command.description;
      if (unchanged) return [];
      return [{ type: 'EnvVarSet', data: {
        envVarId: command.envVarId, scope: command.scope, projectId: command.projectId, key: command.key, kind: command.parsed.kind,
        reference: command.parsed.reference, valueFingerprint: command.fingerprint, description: command.description, actorUserId: command.actor,
      } }];
    }
    case 'DeleteEnvVar':
      if (state.status !== 'set') throw notFound('environment variable not found');
      return [{ type: 'EnvVarDeleted', data: { envVarId: state.envVarId, scope: state.scope, projectId: state.projectId, key: state.key, actorUserId: command.actor } }];
    default:
      return assertNever(command);
  }
}

function evolve(state: EnvVarState, event: EnvVarEvent): EnvVarState {
  switch (event.type) {
    case 'EnvVarSet':
      return { status: 'set', envVarId: event.data.envVarId, scope: event.data.scope, projectId: event.data.projectId, key: event.data.key,
        kind: event.data.kind, reference: event.data.reference, fingerprint: event.data.valueFingerprint, description: event.data.description };
    case 'EnvVarDeleted':
      return { status: 'absent' };
    default:
      return assertNever(event);
  }
}

export const envVarDecider: Decider<EnvVarState, EnvVarCommand, EnvVarEvent> = { decide, evolve, initialState: () => ({ status: 'absent' }) };
