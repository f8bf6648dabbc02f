// The one place the vault's deciders meet the event store: a handler per aggregate, sharing the inline
// projections its events update in the command's own transaction.
import type { Database } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { envVarDecider } from '../domain/env-var/env-var.js';
import { groupDecider } from '../domain/group/group.js';
import { providerDecider } from '../domain/provider/provider.js';
import { secretDecider } from '../domain/secret/secret.js';
import { projections } from '../projections/read-models.js';

export function commands(database: Database) {
  return {
    group: commandHandler(database, groupDecider, projections),
    secret: commandHandler(database, secretDecider, projections),
    envVar: commandHandler(database, envVarDecider, projections),
    provider: commandHandler(database, providerDecider, projections),
  };
}
export type Commands = ReturnType<typeof commands>;
