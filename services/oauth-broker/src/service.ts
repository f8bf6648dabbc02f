// The oauth-broker: provider apps, connected accounts and their encrypted
// grants, single-flight refresh, the refresh scheduler, the expiry monitor,
// and the UserDisabled reaction.
import { Keyring } from '@keywarden/crypto';
import { connectDatabase, packageMigrations } from '@keywarden/db';
import type { ServiceDefinition } from '@keywarden/runtime';
import { brokerEndpoints } from './adapters/incoming/rpc.js';
import { USER_DISABLED_CONSUMER, USER_DISABLED_PURPOSE, userDisabledTask } from './adapters/incoming/user-disabled.js';
import { DbConnectStates } from './adapters/outgoing/db/connect-states.js';
import { grantQueue } from './adapters/outgoing/db/grant-queue.js';
import { providerModules } from './adapters/outgoing/providers/index.js';
import { connect as recordConnection, type ConnectDeps } from './app/connect.js';
import { ExpiryMonitor } from './app/expiry-monitor.js';
import { watchNearExpiry } from './app/metrics.js';
import type { Refresher } from './app/refresher.js';
import { RefreshScheduler } from './app/scheduler.js';
import { brokerSettings, type OAuthBrokerExtra } from './config.js';
import { buildRefresher } from './wiring/refresher.js';

export const oauthBrokerMigrations = packageMigrations('@keywarden/oauth-broker', import.meta.url, '__migrations_oauth_broker');

/** The parts tests and benchmarks reach into (scheduler ticks, monitor runs, seeding) besides RPC. */
export type BrokerHandles = {
  refresher: Refresher;
  scheduler: RefreshScheduler;
  monitor: ExpiryMonitor;
  /** Records a new account's connected grant without the provider round trip (seeding for benchmarks): decided on an empty stream, no read. */
  seedGrant: (accountId: string, grant: Parameters<typeof recordConnection>[2]) => Promise<void>;
};

export function oauthBrokerService(options: { onBuilt?: (handles: BrokerHandles) => void } = {}): ServiceDefinition {
  return {
    name: 'oauth-broker',
    context: 'oauth',
    consumes: [{ context: 'identity', purpose: USER_DISABLED_PURPOSE }],
    migrations: [oauthBrokerMigrations],
    build: (deps) => {
      const database = deps.database!;
      if (!deps.config.masterKeys) throw new Error('oauth-broker needs KW_MASTER_KEYS: grants and client secrets are encrypted at rest');
      const keyring = Keyring.fromConfig(deps.config.masterKeys);
      const settings = brokerSettings((deps.config as { extra?: Partial<OAuthBrokerExtra> }).extra ?? {});
      const lockSlots = settings.providerConcurrency * 2 + 2;
      const lockDatabase = connectDatabase(deps.config.databaseUrl!, { max: lockSlots, applicationName: `${deps.config.serviceName}-locks` });
      const { store, commands, refresher } = buildRefresher({ database, lockDatabase, keyring, clock: deps.clock, settings, logger: deps.logger, lockSlots });
      const scheduler = new RefreshScheduler(grantQueue(database, deps.config.queueLeaseMs, deps.clock, deps.logger), refresher, settings, deps.logger);
      const monitor = new ExpiryMonitor(database, commands, deps.clock, settings, deps.logger);
      const connectStates = new DbConnectStates(database, keyring);
      const connect: ConnectDeps = { database, store, connectStates, keyring, commands, refresher, clock: deps.clock, connectStateMs: settings.connectStateMs, logger: deps.logger };
      let stopNearExpiry: () => void = () => undefined;
      const userDisabled = userDisabledTask({ nc: deps.nc, namespace: deps.namespace, database, logger: deps.logger, connect });
      options.onBuilt?.({ refresher, scheduler, monitor, seedGrant: (accountId, grant) => recordConnection(connect, accountId, grant, { metadata: {}, retries: 0 }, true) });
      return {
        rpc: brokerEndpoints({ database, commands, store, refresher, connect }),
        // Tasks stop in reverse order: the lock pool goes last, after everything that may still refresh.
        tasks: [
          { name: 'lock-pool', start: () => undefined, stop: () => lockDatabase.close() },
          userDisabled,
          scheduler.task(),
          monitor.task(),
          {
            name: 'near-expiry-metrics',
            start: () => {
              stopNearExpiry = watchNearExpiry(database, deps.clock, Object.keys(providerModules), deps.config.metricsMaxAgeMs);
            },
            stop: () => stopNearExpiry(),
          },
        ],
        watchConsumers: [{ context: 'identity', durable: USER_DISABLED_CONSUMER }],
        readiness: { [`consumer ${USER_DISABLED_CONSUMER}`]: userDisabled.readiness },
      };
    },
  };
}
