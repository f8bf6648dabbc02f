// A fresh database with the event store migrated, as every integration test of this library starts.
import { connectDatabase, type Database } from '@keywarden/db';
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import { migrateEventStore } from '../migrations.js';
import { counterTable } from './counter.js';

export type EventStoreTestDatabase = { database: Database; close: () => Promise<void> };

/** Creates and migrates a test database named after `name`, with the counter table of the test decider. */
export async function openEventStoreDatabase(name: string): Promise<EventStoreTestDatabase> {
  const testDb: TestDatabase = await createTestDatabase(name);
  const database = connectDatabase(testDb.url);
  await migrateEventStore(database);
  await database.db.execute(counterTable);
  return {
    database,
    close: async () => {
      await database.close();
      await testDb.drop();
    },
  };
}
