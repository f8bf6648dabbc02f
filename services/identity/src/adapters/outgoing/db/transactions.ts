// The Transactions port of app/ports.ts over libs/db: drizzle transactions, and the database seen through one.
import { withinTransaction, type Database, type Tx } from '@keywarden/db';
import type { Transactions } from '../../../app/ports.js';

export function dbTransactions(database: Database): Transactions {
  return {
    run: (work) => database.db.transaction((tx) => work(tx, withinTransaction(database, tx))),
    within: (tx: Tx) => withinTransaction(database, tx),
  };
}
