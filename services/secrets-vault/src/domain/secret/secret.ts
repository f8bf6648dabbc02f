// The secret aggregate: a named value in a group, every change a new version. The value
// itself is encrypted by the application layer; the decider sees only its keyed fingerprint.
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import { conflict, invalid, notFound } from '../errors.js';

export type Source = 'manual' | 'synced';
export type DeleteReason = 'manual' | 'provider_removed' | 'group_deleted';

// Event data is the contract's (secrets/v1/secret.proto); only what the contract leaves open is narrowed here.
export type SecretEvent =
  | ContractEvent<'SecretCreated', { source: Source }>
  | ContractEvent<'SecretValueChanged', { source: Source }>
  | ContractEvent<'SecretRolledBack'>
  | ContractEvent<'SecretRevealed', { purpose: 'reveal' | 'export' }>
  | ContractEvent<'SecretDeleted', { reason: DeleteReason }>;

export type SecretCommand =
  | { type: 'CreateSecret'; secretId: string; groupId: string; name: string; description: string; source: Source; providerId?: string; providerReference?: string; fingerprint: string; actor: string; syncedAt?: string }
  | { type: 'ChangeSecretValue'; fingerprint: string; source: Source; actor: string; syncedAt?: string }
  | { type: 'RollbackSecret'; toVersion: number; actor: string }
  | { type: 'RevealSecret'; version?: number; actor: string; reason: string; purpose: 'reveal' | 'export' }
  | { type: 'DeleteSecret'; actor: string; reason: DeleteReason };

export type SecretState =
  | { status: 'absent' }
  | { status: 'active'; secretId: string; groupId: string; name: string; version: number; fingerprint: string; fingerprints: Record<number, string> }
  | { status: 'deleted'; secretId: string };

export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;

function decide(command: SecretCommand, state: SecretState): SecretEvent[] {
  switch (command.type) {
    case 'CreateSecret': {
      if (state.status !== 'absent') throw conflict(`secret ${command.secretId} already exists`, 'VAULT-625b');
      if (!NAME_PATTERN.test(command.name)) throw invalid('a secret name is letters, digits, "_", "." or "-", starting with a letter or "_"', 'VAULT-22ee');
      return [{ type: 'SecretCreated', data: {
        secretId: command.secretId, groupId: command.groupId, name: command.name, description: command.description,
        source: command.source, providerId: command.providerId ?? '', providerReference: command.providerReference ?? '',
        version: 1, valueFingerprint: command.fingerprint, actorUserId: command.actor,
        ...(command.syncedAt ? { syncedAt: command.syncedAt } : {}),
      } }];
    }
    case 'ChangeSecretValue': {
      const s = active(state);
      // Same value: no new version. This is what makes a repeated provider sync change nothing.
      if (s.fingerprint === command.fingerprint) return [];
      return [{ type: 'SecretValueChanged', data: {
        secretId: s.secretId, groupId: s.groupId, version: s.version + 1, valueFingerprint: command.fingerprint,
        previousValueFingerprint: s.fingerprint, source: command.source, actorUserId: command.actor,
        ...(command.syncedAt ? { syncedAt: command.syncedAt } : {}),
      } }];
    }
    case 'RollbackSecret': {
      const s = active(state);
      const fingerprint = s.fingerprints[command.toVersion];
      if (fingerprint === undefined) throw notFound(`secret ${s.secretId} has no version ${command.toVersion}`, 'VAULT-0629');
      if (command.toVersion === s.version) throw conflict(`version ${command.toVersion} is already the current version`, 'VAULT-3f05');
      return [{ type: 'SecretRolledBack', data: {
        secretId: s.secretId, groupId: s.groupId, version: s.version + 1, restoredVersion: command.toVersion,
        valueFingerprint: fingerprint, actorUserId: command.actor,
      } }];
    }
    case 'RevealSecret': {
      const s = active(state);
      if (command.reason.trim().length < 3) throw invalid('revealing a secret needs a reason', 'VAULT-64bc');
      const version = command.version || s.version;
      if (s.fingerprints[version] === undefined) throw notFound(`secret ${s.secretId} has no version ${version}`, 'VAULT-2442');
      return [{ type: 'SecretRevealed', data: {
        secretId: s.secretId, groupId: s.groupId, version, actorUserId: command.actor, reason: command.reason.trim(), purpose: command.purpose,
      } }];
    }
    case 'DeleteSecret': {
      const s = active(state);
      return [{ type: 'SecretDeleted', data: { secretId: s.secretId, groupId: s.groupId, name: s.name, actorUserId: command.actor, reason: command.reason } }];
    }
    default:
      return assertNever(command);
  }
}

function active(state: SecretState) {
  if (state.status !== 'active') throw notFound('secret not found', 'VAULT-43f8');
  return state;
}

function evolve(state: SecretState, event: SecretEvent): SecretState {
  switch (event.type) {
    case 'SecretCreated':
      return { status: 'active', secretId: event.data.secretId, groupId: event.data.groupId, name: event.data.name, version: 1,
        fingerprint: event.data.valueFingerprint, fingerprints: { 1: event.data.valueFingerprint } };
    case 'SecretValueChanged':
    case 'SecretRolledBack':
      if (state.status !== 'active') return state;
      return { ...state, version: event.data.version, fingerprint: event.data.valueFingerprint,
        fingerprints: { ...state.fingerprints, [event.data.version]: event.data.valueFingerprint } };
    case 'SecretRevealed':
      return state;
    case 'SecretDeleted':
      return { status: 'deleted', secretId: event.data.secretId };
    default:
      return assertNever(event);
  }
}

export const secretDecider: Decider<SecretState, SecretCommand, SecretEvent> = {
  decide,
  evolve,
  initialState: () => ({ status: 'absent' }),
};
