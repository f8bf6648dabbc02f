// The trail's writes at their largest: a batch of deployments each built with a group of a hundred
// secrets links every entry to every secret, more rows than one INSERT may carry parameters for.
import { randomUUID } from 'node:crypto';
import { connectDatabase, runMigrations, type Database } from '@keywarden/db';
import { createTestDatabase, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditMigrations } from '../service.js';
import { applyAuditEntries } from './audit-entries.js';

let db: TestDatabase;
let database: Database;

beforeAll(async () => {
  db = await createTestDatabase('audit-links');
  database = connectDatabase(db.url, { applicationName: 'audit-links-test', max: 2 });
  await runMigrations(database, auditMigrations);
});

afterAll(async () => {
  await database?.close();
  await db?.drop();
});

describe('audit entries and their links', () => {
  it('writes a batch whose links outgrow one statement (150 deployments x 100 secrets): every entry and every link', async () => {
    const secretIds = Array.from({ length: 100 }, (_, i) => `sec-${i}`);
    const events = Array.from({ length: 150 }, (_, i) => ({
      eventId: randomUUID(), type: 'DeploymentSucceeded', streamId: `deployment-d${i}`, time: new Date(Date.UTC(2026, 11, 7, 10, 0, i)).toISOString(), source: 'deployer',
      data: {
        deploymentId: `d${i}`, applicationId: `app-${i}`, applicationName: `app-${i}`, organizationId: 'org-1', version: '1.0.0',
        versionsUsed: secretIds.map((secretId) => ({ secretId, version: 1, valueFingerprint: 'f'.repeat(64) })),
      },
    }));
    await database.db.transaction((tx) => applyAuditEntries(tx, events));
    const [counts] = await database.sql<Array<{ entries: number; links: number }>>`
      select (select count(*)::int from audit_entries) as entries, (select count(*)::int from audit_entry_links where resource_kind = 'secret') as links`;
    expect(counts).toEqual({ entries: 150, links: 15_000 });
    // Applied again (a redelivery or a replay): nothing twice.
    await database.db.transaction((tx) => applyAuditEntries(tx, events));
    const [again] = await database.sql<Array<{ links: number }>>`select count(*)::int as links from audit_entry_links`;
    expect(again!.links).toBe(15_000);
  });
});
