export {
  connectDatabase,
  runMigrations,
  isTransactionScoped,
  sqlClient,
  withinTransaction,
  type Database,
  type DatabaseOptions,
  type Db,
  type DbOrTx,
  type MigrationSet,
  type Tx,
} from './database.js';
export { afterCommit, inTransaction, type CommitHook } from './after-commit.js';
export { packageMigrations } from './migration-set.js';
export { insertRows, type ColumnType, type InsertRows, type RowValue } from './insert-rows.js';
export {
  backoffDelay,
  databaseUnavailable,
  isDatabaseUnavailable,
  pauseFor,
  type DatabaseAvailability,
  type DatabaseLogger,
} from './availability.js';
