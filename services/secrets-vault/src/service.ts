// The secrets-vault service: encrypted secrets in groups, environment variables with
// references, provider sync and master key rotation (issue 5).
import { Keyring } from '@keywarden/crypto';
import { type Database, packageMigrations, type Tx, withinTransaction } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { gitopsProjectOwner, type BaseConfig, type BackgroundTask, type ServiceDefinition } from '@keywarden/runtime';
import { APPLICATIONS_CONSUMER, PROJECTS_CONSUMER, consumers } from './adapters/incoming/consumers.js';
import { rpcEndpoints } from './adapters/incoming/rpc.js';
import { MaterialStore } from './adapters/outgoing/db/material.js';
import { deployerApplications } from './adapters/outgoing/deployer.js';
import { syncLocks } from './adapters/outgoing/db/sync-locks.js';
import { checkSettings, providerClient, type ProviderFactory } from './adapters/outgoing/providers/index.js';
import { AccessApp } from './app/access.js';
import { EnvironmentApp } from './app/environment.js';
import { GroupsApp } from './app/groups.js';
import { commands } from './app/commands.js';
import type { Material } from './app/ports.js';
import { ProvidersApp } from './app/providers.js';
import { ResolutionApp } from './app/resolution.js';
import { rotateMasterKey } from './app/rotation.js';
import { syncScheduler, type SyncScheduler } from './app/scheduler.js';
import { SecretsApp } from './app/secrets.js';
import type { ExtraConfig } from './config.js';

export const migrations = packageMigrations('@keywarden/secrets-vault', import.meta.url, '__migrations_secrets_vault');

export type VaultOptions = {
  providerFactory?: ProviderFactory;
  /** Hands the built parts to a test (e.g. to drive one replica's scheduler). */
  onBuilt?: (handles: VaultHandles) => void;
};
export type VaultHandles = { providers: ProvidersApp; scheduler: SyncScheduler };

export function secretsVaultService(options: VaultOptions = {}): ServiceDefinition {
  return {
    name: 'secrets-vault',
    context: 'secrets',
    consumes: [{ context: 'gitops', purpose: PROJECTS_CONSUMER }, { context: 'deploy', purpose: APPLICATIONS_CONSUMER }],
    migrations: [migrations],
    build: async ({ config, database, clock, logger, nc, namespace }) => {
      if (!database) throw new Error('secrets-vault needs KW_DATABASE_URL');
      if (!config.masterKeys) throw new Error('secrets-vault needs KW_MASTER_KEYS');
      const extra = extraOf(config);
      const keyring = Keyring.fromConfig(config.masterKeys);
      const store = await MaterialStore.open(database, keyring);
      const scope = (tx: Tx) => withinTransaction(database, tx);
      const handle = commands(database);
      const secrets = new SecretsApp(database, handle, store, clock, scope);
      const environment = new EnvironmentApp(database, handle, store, scope, logger);
      const resolution = new ResolutionApp(database, store, logger);
      const groups = new GroupsApp(database, secrets, scope);
      const access = new AccessApp(database, gitopsProjectOwner(nc, { namespace, logger }), deployerApplications(nc, { namespace, logger }));
      const providers = new ProvidersApp(database, handle, store, secrets, clock, logger,
        { clientFor: options.providerFactory ?? providerClient, checkSettings, locks: syncLocks(database), scope });
      const rotate = (actor: string, batchSize: number) => rotateMasterKey(database, store, clock, { actor, batchSize: batchSize || extra.KW_SECRETS_REWRAP_BATCH });
      const scheduler = syncScheduler(providers, { database, logger, reloadMs: extra.KW_SECRETS_SCHEDULE_RELOAD_MS, leaseMs: config.queueLeaseMs });
      const tasks: BackgroundTask[] = [scheduler];
      if (extra.KW_SECRETS_REWRAP_ON_START === 'true') tasks.push(rewrapOnStart(database, store, () => rotate('system', 0), logger));
      options.onBuilt?.({ providers, scheduler });
      return { consumers: consumers(), rpc: rpcEndpoints({ database, secrets, groups, access, environment, resolution, providers, rotate }), tasks };
    },
  };
}

function extraOf(config: BaseConfig): ExtraConfig {
  const extra = (config as BaseConfig & { extra?: Partial<ExtraConfig> }).extra ?? {};
  return { KW_SECRETS_REWRAP_ON_START: extra.KW_SECRETS_REWRAP_ON_START ?? 'true', KW_SECRETS_REWRAP_BATCH: extra.KW_SECRETS_REWRAP_BATCH ?? 200,
    KW_SECRETS_SCHEDULE_RELOAD_MS: extra.KW_SECRETS_SCHEDULE_RELOAD_MS ?? 30_000 };
}

/** Runs in the background after start: the service answers while old values are re-wrapped. */
function rewrapOnStart(database: Database, store: Material, rotate: () => Promise<{ rewrappedCount: number }>, logger: Logger): BackgroundTask {
  let running: Promise<unknown> | undefined;
  return {
    name: 'master-key-rewrap',
    start: () => {
      running = (async () => {
        const versions = await store.keyVersions(database.db);
        if (versions.every((v) => v === store.keyring.activeVersion)) return;
        const result = await rotate();
        logger.info({ rewrapped: result.rewrappedCount, activeVersion: store.keyring.activeVersion }, 'master key rotation completed');
      })().catch((error: unknown) => logger.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'master key rotation failed'));
    },
    stop: async () => {
      await running;
    },
  };
}
