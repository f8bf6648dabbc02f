import { commandHandler, storedSnapshots } from '@keywarden/event-store';
import type { Database } from '@keywarden/db';
import { accountDecider, type AccountState } from '../domain/account/account.js';
import { providerAppDecider } from '../domain/provider-app/provider-app.js';
import { accountsProjection } from '../projections/accounts.js';
import { providerAppsProjection } from '../projections/provider-apps.js';

// An account gains about a dozen TokenRefreshed events a day for as long as it
// is connected: its commands start from a snapshot taken every 50 events.
// Bump the schema name whenever AccountState changes shape.
const accountSnapshots = storedSnapshots<AccountState>({ schema: 'account/v1', every: 50 });

/** The two command handlers: load, decide, append with the inline projections, in one transaction. */
export function brokerCommands(database: Database) {
  return {
    account: commandHandler(database, accountDecider, [accountsProjection], accountSnapshots),
    providerApp: commandHandler(database, providerAppDecider, [providerAppsProjection]),
  };
}
export type Commands = ReturnType<typeof brokerCommands>;
