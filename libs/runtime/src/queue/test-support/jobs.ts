// A queue table of the tests' own, on a fresh database: the columns a service's migrations give a queue.
import { connectDatabase, type Database } from '@keywarden/db';
import { createLogger } from '@keywarden/telemetry';
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import type { Clock } from '../../service.js';
import type { QueueTable } from '../statements.js';
import { WorkQueue } from '../work-queue.js';

export const silent = createLogger({ service: 'queue-test', level: 'silent' });

export type Job = { id: string; grp: string; payload: string };

export const jobsTable: QueueTable = {
  table: 'jobs', key: { id: 'text' }, columns: { version: 'version', traceparent: 'traceparent', tracestate: 'tracestate' }, data: ['grp', 'payload'],
};

export async function jobsDatabase(): Promise<{ db: TestDatabase; database: Database; close: () => Promise<void> }> {
  const db = await createTestDatabase('rt_queue');
  const database = connectDatabase(db.url, { max: 6 });
  await database.sql`
    create table jobs (
      id text primary key, grp text not null default '', seq bigserial, payload text not null default '',
      attempts integer not null default 0, next_attempt_at timestamptz not null default now(), lease_until timestamptz,
      fence bigserial, version integer not null default 1, traceparent text not null default '', tracestate text not null default '')`;
  return {
    db, database,
    close: async () => {
      await database.close();
      await db.drop();
    },
  };
}

export function jobsQueue(database: Database, options: { leaseMs?: number; clock?: Clock; table?: Partial<QueueTable> } = {}): WorkQueue<Job> {
  return new WorkQueue<Job>({
    database, logger: silent, leaseMs: options.leaseMs ?? 10_000, ...(options.clock ? { clock: options.clock } : {}),
    table: { ...jobsTable, ...options.table },
    map: (row) => ({ id: String(row['id']), grp: String(row['grp']), payload: String(row['payload']) }),
  });
}

export async function addJobs(database: Database, ids: readonly string[], grp = ''): Promise<void> {
  for (const id of ids) await database.sql`insert into jobs (id, grp, payload) values (${id}, ${grp}, ${`work ${id}`})`;
}
