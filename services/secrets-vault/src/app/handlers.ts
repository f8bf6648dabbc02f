// Command handlers of the four aggregates, sharing the inline projections.
import type { Database, Db, Tx } from '@keywarden/db';
import { commandHandler } from '@keywarden/event-store';
import { envVarDecider } from '../domain/env-var/env-var.js';
import { groupDecider } from '../domain/group/group.js';
import { providerDecider } from '../domain/provider/provider.js';
import { secretDecider } from '../domain/secret/secret.js';
import { projections } from '../projections/read-models.js';

export function handlers(database: Database) {
  return {
    group: commandHandler(database, groupDecider, projections),
    secret: commandHandler(database, secretDecider, projections),
    envVar: commandHandler(database, envVarDecider, projections),
    provider: commandHandler(database, providerDecider, projections),
  };
}
export type Handlers = ReturnType<typeof handlers>;

/**
 * The database seen through a caller's transaction: command handlers built on it run their
 * own transaction as a savepoint of the caller's, so many commands commit (or roll back) as one.
 */
export function inTransaction(database: Database, tx: Tx): Database {
  return { ...database, db: tx as unknown as Db };
}
