// Provider configuration and sync. A sync fetches and validates the provider's whole set
// before touching anything, so a failing provider leaves the group as it was; unchanged values
// produce no new version, so the same sync twice changes nothing the second time.
import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '@keywarden/db';
import { KeywardenError } from '@keywarden/errors';
import type { Logger } from '@keywarden/telemetry';
import type { Clock } from '@keywarden/runtime';
import { idempotency, runIdempotent } from '@keywarden/event-store';
import { Cron } from 'croner';
import { conflict, invalid, notFound } from '../domain/errors.js';
import { ProviderError } from '../domain/provider/provider-error.js';
import { isProviderType, providerDecider, type SyncStats } from '../domain/provider/provider.js';
import { NAME_PATTERN } from '../domain/secret/secret.js';
import { findProvider, providerOfGroup, providerSchedules, providerSummaries, type ProviderRecord, type ProviderSchedule } from '../projections/providers.js';
import { secretsOfGroup, syncedSecrets } from '../projections/secrets.js';
import { providerAad } from './aad.js';
import { commands, type Commands } from './commands.js';
import { countProviderSync } from './metrics.js';
import type { Material, ProviderFactory, RemoteSecret, SettingsCheck, SyncLocks, TransactionScope } from './ports.js';
import type { IdempotentCall, SecretsApp } from './secrets.js';

export type { ProviderSchedule };

export type ProviderInput = { actor: string; providerId?: string; name: string; providerType: string; groupId: string; settingsJson: string;
  enabled: boolean; autoSync: boolean; schedule: string; deleteMissing: boolean };

export class ProvidersApp {
  /** Called after a provider is configured, so this replica's scheduler picks up its schedule at once (the others reload). */
  onConfigured: (providerId: string) => Promise<void> = async () => {};

  constructor(
    private readonly database: Database,
    private readonly handle: Commands,
    private readonly store: Material,
    private readonly secretsApp: SecretsApp,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly outside: { clientFor: ProviderFactory; checkSettings: SettingsCheck; locks: SyncLocks; scope: TransactionScope },
  ) {}

  /** With an Idempotency-Key (creating only), a retry answers the provider its first request configured. */
  async configure(input: ProviderInput, call: IdempotentCall = { key: '', scope: '' }): Promise<{ providerId: string; replayed: boolean }> {
    if (input.providerId && call.key) throw invalid('an Idempotency-Key is for creating a provider', 'VAULT-0a4b');
    if (!isProviderType(input.providerType)) throw invalid('provider type is infisical, hashicorp-vault, aws-secrets-manager, azure-keyvault or gcp-secret-manager', 'VAULT-da04');
    let settings: unknown;
    try {
      settings = JSON.parse(input.settingsJson);
    } catch {
      throw invalid('settings_json is not valid JSON', 'VAULT-257e');
    }
    try {
      this.outside.checkSettings(input.providerType, settings);
    } catch (error) {
      throw invalid((error as ProviderError).detail ?? 'invalid settings', 'VAULT-e8fc');
    }
    if (input.schedule) {
      try {
        new Cron(input.schedule, { paused: true }).stop();
      } catch {
        throw invalid('schedule is not a valid cron expression (croner syntax, seconds optional)', 'VAULT-8258');
      }
    }
    await this.secretsApp.group(input.groupId);
    // The settings hold the provider's credentials: the request's digest is sealed with the keyring.
    const { actor: _actor, ...request } = input;
    const idem = idempotency({ operation: 'secrets.ConfigureProvider', scope: call.scope, key: call.key, request }, this.store.keyring);
    const providerId = input.providerId || idem?.id || randomUUID();
    const settingsText = JSON.stringify(settings);
    const { replayed } = await runIdempotent(this.database.db, idem, `provider-${providerId}`, async (options) => {
      // Link first and in the same transaction: a group already synced by another provider
      // refuses the request before anything (provider row, settings) is written.
      await this.database.db.transaction(async (tx) => {
        const handle = commands(this.outside.scope(tx));
        await handle.group(`secret_group-${input.groupId}`, { type: 'LinkProvider', providerId, autoSync: input.autoSync, actor: input.actor }, { metadata: { actor: input.actor } });
        await handle.provider(`provider-${providerId}`, {
          type: 'ConfigureProvider', providerId, name: input.name, providerType: input.providerType, groupId: input.groupId, enabled: input.enabled,
          autoSync: input.autoSync, schedule: input.schedule, deleteMissing: input.deleteMissing, settingsFingerprint: this.store.fingerprint(settingsText), actor: input.actor,
        }, {
          metadata: { actor: input.actor, ...options.metadata }, retries: options.retries, within: (t) => this.store.put(t, providerAad(providerId), settingsText),
          // A create decides on a stream that must not exist yet: a twin of a keyed request fails here instead of updating.
          ...(input.providerId ? {} : { from: { state: providerDecider.initialState(), version: 0 } }),
        });
      });
      await this.onConfigured(providerId);
    }, async () => {});
    return { providerId, replayed };
  }

  async get(providerId: string) {
    const row = await findProvider(this.database.db, providerId);
    if (!row) throw notFound(`provider ${providerId} not found`, 'VAULT-c3e5');
    return row;
  }

  /** Every provider (or one) with its group's name and its last sync's outcome; never its settings. */
  async summaries(providerId?: string) {
    const rows = await providerSummaries(this.database.db, providerId);
    if (providerId && rows.length === 0) throw notFound(`provider ${providerId} not found`, 'VAULT-d341');
    return rows;
  }

  /**
   * Deletes the provider: its settings (credentials) go, its group is unlinked and its schedule
   * stops; the secrets it synced stay in the group as they are. Refused while a sync of it runs
   * (the sync's advisory lock), so no sync applies into a group after its provider is gone.
   */
  async delete(actor: string, providerId: string): Promise<void> {
    await this.get(providerId);
    await this.database.db.transaction(async (tx) => {
      if (!(await this.outside.locks.tryInTransaction(tx, providerId))) throw conflict('a sync of this provider is running; delete it when the sync has ended', 'VAULT-ad9e');
      const handle = commands(this.outside.scope(tx));
      const deleted = await handle.provider(`provider-${providerId}`, { type: 'DeleteProvider', actor }, { metadata: { actor } });
      const groupId = (deleted.events[0]!.data as { groupId: string }).groupId;
      if ((await providerOfGroup(tx, groupId)) === providerId) {
        await handle.group(`secret_group-${groupId}`, { type: 'LinkProvider', providerId: '', autoSync: false, actor }, { metadata: { actor } });
      }
      await this.store.remove(tx, [providerAad(providerId)]);
    });
    await this.onConfigured(providerId);
  }

  /** What the scheduler needs of every provider (or of one), in one query. */
  async schedules(providerId?: string): Promise<ProviderSchedule[]> {
    return providerSchedules(this.database.db, providerId);
  }

  /** One sync at a time per provider across replicas (transaction-scoped advisory lock). */
  async sync(providerId: string, trigger: 'manual' | 'schedule', actor = 'system'): Promise<SyncStats & { syncId: string; skipped?: boolean }> {
    const provider = await this.get(providerId);
    if (!provider.enabled) throw invalid(`provider ${provider.name} is disabled`, 'VAULT-a382');
    const ran = await this.outside.locks.whileHeld(providerId, () => this.runSync(provider, trigger, actor));
    return ran ?? { syncId: '', skipped: true, createdCount: 0, updatedCount: 0, deletedCount: 0, unchangedCount: 0 };
  }

  private async runSync(provider: ProviderRecord, trigger: string, actor: string) {
    const syncId = randomUUID();
    const started = this.clock.now();
    const stream = `provider-${provider.id}`;
    try {
      const settingsText = (await this.store.getMany(this.database.db, [providerAad(provider.id)])).get(providerAad(provider.id));
      if (settingsText === undefined) throw new ProviderError('invalid_config', 'the provider has no stored settings', { errorId: 'VAULT-d9de' });
      if (!isProviderType(provider.type)) throw new ProviderError('invalid_config', 'unknown provider type', { errorId: 'VAULT-aafd' });
      const remote = await this.outside.clientFor(provider.type, JSON.parse(settingsText)).fetchAll();
      validate(remote);
      // Every secret change, the material rows and ProviderSyncCompleted commit together: a failure
      // on any secret rolls the whole sync back, so the group is never left half-synced.
      const stats = await this.database.db.transaction(async (tx) => {
        const applied = await this.apply(tx, this.secretsApp.within(tx), provider, remote, actor);
        const completed = this.clock.now();
        await commands(this.outside.scope(tx)).provider(stream, { type: 'RecordSyncCompleted', syncId, trigger, stats: applied,
          startedAt: started.toISOString(), completedAt: completed.toISOString(), durationMs: completed.getTime() - started.getTime() });
        return applied;
      });
      this.logger.info({ providerId: provider.id, syncId, ...stats }, 'provider sync completed');
      countProviderSync(provider.type, { ok: true });
      return { syncId, ...stats };
    } catch (error) {
      const e = asProviderError(error);
      this.logger.warn({ providerId: provider.id, syncId, errorClass: e.errorClass, httpStatus: e.httpStatus }, 'provider sync failed');
      await this.handle.provider(stream, { type: 'RecordSyncFailed', syncId, trigger, reason: e.detail ?? e.code, errorClass: e.errorClass,
        httpStatus: e.httpStatus, failedAt: this.clock.now().toISOString() });
      countProviderSync(provider.type, { ok: false, errorClass: e.errorClass });
      throw e;
    }
  }

  private async apply(tx: Tx, secretsApp: SecretsApp, provider: ProviderRecord, remote: RemoteSecret[], actor: string): Promise<SyncStats> {
    const stats: SyncStats = { createdCount: 0, updatedCount: 0, deletedCount: 0, unchangedCount: 0 };
    const existing = await secretsOfGroup(tx, provider.groupId);
    const byName = new Map(existing.map((s) => [s.name, s]));
    const syncedAt = this.clock.now().toISOString();
    for (const item of remote) {
      const current = byName.get(item.name);
      if (current && current.fingerprint === this.store.fingerprint(item.value)) {
        stats.unchangedCount++;
        continue;
      }
      await secretsApp.put({ actor, groupId: provider.groupId, name: item.name, value: item.value, replace: true, source: 'synced',
        providerId: provider.id, providerReference: item.reference, syncedAt });
      if (current) stats.updatedCount++;
      else stats.createdCount++;
    }
    if (provider.deleteMissing) {
      const names = new Set(remote.map((r) => r.name));
      const gone = await syncedSecrets(tx, provider.groupId, provider.id);
      for (const secret of gone.filter((s) => !names.has(s.name))) {
        await secretsApp.delete(actor, secret.id, 'provider_removed');
        stats.deletedCount++;
      }
    }
    return stats;
  }
}

/** Errors of this service carry client-safe details (names, never values); anything else stays generic. */
function asProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof KeywardenError && error.detail) return new ProviderError(error.code === 'ERR_CONFLICT' ? 'conflict' : 'unknown', `applying the sync failed: ${error.detail}`, { errorId: 'VAULT-2246' });
  return new ProviderError('unknown', 'the sync failed unexpectedly', { errorId: 'VAULT-9a39' });
}

function validate(remote: RemoteSecret[]): void {
  const seen = new Set<string>();
  for (const item of remote) {
    if (!NAME_PATTERN.test(item.name)) throw new ProviderError('invalid_response', 'the provider returned a secret name that is not a valid variable name', { errorId: 'VAULT-0617' });
    if (seen.has(item.name)) throw new ProviderError('conflict', `the provider returned the name ${item.name} twice`, { errorId: 'VAULT-dd02' });
    seen.add(item.name);
  }
}
