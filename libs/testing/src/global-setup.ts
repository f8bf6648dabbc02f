import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer, startPostgres } from '@keywarden/local-infra';
import type { TestProject } from 'vitest/node';
import './provided.js';

/**
 * Vitest global setup: one real nats-server (JetStream) and one real
 * PostgreSQL for the whole run. Suites isolate themselves with their own
 * database (useTestDatabase) and bus namespace (useTestBus).
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'kw-test-'));
  // PostgreSQL runs as its own user when the tests run as root: it must reach its directory.
  await chmod(root, 0o755);
  const nats = await startNatsServer({ storeDir: join(root, 'nats') });
  const pg = await startPostgres({ dataDir: join(root, 'pg'), password: 'test', persistent: false });
  project.provide('natsUrl', nats.url);
  project.provide('pgAdminUrl', pg.adminUrl());
  project.provide('testRoot', root);
  return async () => {
    await nats.stop();
    await pg.stop();
    await rm(root, { recursive: true, force: true });
  };
}
