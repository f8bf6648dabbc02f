import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import './provided.js';

/** A short unique name for this suite's database and bus namespace. */
export function uniqueName(prefix = 't'): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

export type TestDatabase = { name: string; url: string; drop: () => Promise<void> };

/** A fresh database on the run's PostgreSQL, owned by the superuser. */
export async function createTestDatabase(prefix = 'kw'): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = uniqueName(`${prefix}_`);
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await sql.end();
      }
    },
  };
}

/** The run's nats-server and a namespace that keeps this suite's streams and subjects apart. */
export function testBus(): { natsUrl: string; namespace: string } {
  return { natsUrl: inject('natsUrl'), namespace: uniqueName('t') };
}

export function testRoot(): string {
  return inject('testRoot');
}
