// The secret provider aggregate: configuration (the settings themselves are encrypted by the
// application layer) and the outcome of each sync.
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import { invalid, notFound } from '../errors.js';

export const PROVIDER_TYPES = ['infisical', 'hashicorp-vault', 'aws-secrets-manager', 'azure-keyvault', 'gcp-secret-manager'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];
export type SyncStats = { createdCount: number; updatedCount: number; deletedCount: number; unchangedCount: number };

// Event data is the contract's (secrets/v1/provider.proto); only what the contract leaves open is narrowed here.
export type ProviderEvent =
  | ContractEvent<'ProviderConfigured', { providerType: ProviderType }>
  | ContractEvent<'ProviderSyncCompleted', { startedAt: string; completedAt: string }>
  | ContractEvent<'ProviderSyncFailed', { failedAt: string }>
  | ContractEvent<'ProviderDeleted'>;

export type ProviderCommand =
  | { type: 'ConfigureProvider'; providerId: string; name: string; providerType: string; groupId: string; enabled: boolean; autoSync: boolean; schedule: string; deleteMissing: boolean; settingsFingerprint: string; actor: string }
  | { type: 'RecordSyncCompleted'; syncId: string; trigger: string; stats: SyncStats; startedAt: string; completedAt: string; durationMs: number }
  | { type: 'RecordSyncFailed'; syncId: string; trigger: string; reason: string; errorClass: string; httpStatus: number; failedAt: string }
  | { type: 'DeleteProvider'; actor: string };

export type ProviderState =
  | { status: 'absent' }
  | { status: 'configured'; providerId: string; name: string; groupId: string; providerType: ProviderType; enabled: boolean; version: number }
  | { status: 'deleted'; providerId: string };

export function isProviderType(value: string): value is ProviderType {
  return (PROVIDER_TYPES as readonly string[]).includes(value);
}

function decide(command: ProviderCommand, state: ProviderState): ProviderEvent[] {
  switch (command.type) {
    case 'ConfigureProvider': {
      if (!isProviderType(command.providerType)) throw invalid(`provider type is one of ${PROVIDER_TYPES.join(', ')}`, 'VAULT-bd8a');
      if (!command.name.trim()) throw invalid('a provider needs a name', 'VAULT-d215');
      if (state.status === 'deleted') throw notFound('provider not found (it was deleted)', 'VAULT-abc9');
      if (state.status === 'configured' && state.groupId !== command.groupId) throw invalid('a provider keeps the group it syncs into', 'VAULT-b21a');
      const { type: _type, actor, providerType, ...rest } = command;
      return [{ type: 'ProviderConfigured', data: { ...rest, providerType, actorUserId: actor } }];
    }
    case 'RecordSyncCompleted': {
      const s = configured(state);
      return [{ type: 'ProviderSyncCompleted', data: { providerId: s.providerId, groupId: s.groupId, syncId: command.syncId, trigger: command.trigger,
        ...command.stats, durationMs: command.durationMs, startedAt: command.startedAt, completedAt: command.completedAt } }];
    }
    case 'RecordSyncFailed': {
      const s = configured(state);
      return [{ type: 'ProviderSyncFailed', data: { providerId: s.providerId, groupId: s.groupId, syncId: command.syncId, trigger: command.trigger,
        reason: command.reason, errorClass: command.errorClass, httpStatus: command.httpStatus, failedAt: command.failedAt } }];
    }
    case 'DeleteProvider': {
      const s = configured(state);
      return [{ type: 'ProviderDeleted', data: { providerId: s.providerId, name: s.name, groupId: s.groupId, actorUserId: command.actor } }];
    }
    default:
      return assertNever(command);
  }
}

function configured(state: ProviderState) {
  if (state.status !== 'configured') throw notFound('provider not found', 'VAULT-7ce6');
  return state;
}

function evolve(state: ProviderState, event: ProviderEvent): ProviderState {
  switch (event.type) {
    case 'ProviderConfigured':
      return { status: 'configured', providerId: event.data.providerId, name: event.data.name, groupId: event.data.groupId, providerType: event.data.providerType,
        enabled: event.data.enabled, version: state.status === 'configured' ? state.version + 1 : 1 };
    case 'ProviderSyncCompleted':
    case 'ProviderSyncFailed':
      return state;
    case 'ProviderDeleted':
      return { status: 'deleted', providerId: event.data.providerId };
    default:
      return assertNever(event);
  }
}

export const providerDecider: Decider<ProviderState, ProviderCommand, ProviderEvent> = { decide, evolve, initialState: () => ({ status: 'absent' }) };
