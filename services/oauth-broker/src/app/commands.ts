import { commandHandler } from '@keywarden/event-store';
import type { Database } from '@keywarden/db';
import { accountDecider } from '../domain/account/account.js';
import { providerAppDecider } from '../domain/provider-app/provider-app.js';
import { accountsProjection } from '../projections/accounts.js';
import { providerAppsProjection } from '../projections/provider-apps.js';

/** The two command handlers: load, decide, append with the inline projections, in one transaction. */
export function brokerCommands(database: Database) {
  return {
    account: commandHandler(database, accountDecider, [accountsProjection]),
    providerApp: commandHandler(database, providerAppDecider, [providerAppsProjection]),
  };
}
export type Commands = ReturnType<typeof brokerCommands>;
