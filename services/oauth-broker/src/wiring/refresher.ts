// The refresher with its outgoing adapters: the encrypted rows, the advisory account lock on its own
// pool, the provider modules. The service builds it; tests build one with other settings.
import type { Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import type { Logger } from '@keywarden/telemetry';
import { AdvisoryAccountLock } from '../adapters/outgoing/db/account-lock.js';
import { DbStore } from '../adapters/outgoing/db/store.js';
import { PROVIDER_TIMEOUT_MS, providerModules } from '../adapters/outgoing/providers/index.js';
import { brokerCommands } from '../app/commands.js';
import { Refresher, type RefresherDeps } from '../app/refresher.js';
import type { BrokerSettings } from '../config.js';

export function buildRefresher(
  parts: { database: Database; lockDatabase: Database; keyring: Keyring; clock: { now: () => Date }; settings: BrokerSettings; logger: Logger; lockSlots: number },
  overrides: Partial<RefresherDeps> = {},
) {
  const { database, keyring } = parts;
  const store = new DbStore(database, keyring);
  const commands = brokerCommands(database);
  const refresher = new Refresher({
    database, accountLock: new AdvisoryAccountLock(parts.lockDatabase), store, commands, clock: parts.clock, settings: parts.settings,
    logger: parts.logger, modules: providerModules, providerTimeoutMs: PROVIDER_TIMEOUT_MS, ...overrides,
  }, parts.lockSlots);
  return { store, commands, refresher };
}
