import { Writable } from 'node:stream';
import { closeBus, connectBus, provisionBus } from '@keywarden/bus';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, eventually, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_NATS_USER } from './services.js';
import { startConfiguredNats, type ConfiguredNats } from './test-support/configured-nats.js';

// A service on deploy/nats's users before anyone provisioned the bus: its NATS user may
// create neither its stream nor its durables, so it waits (serving, not ready, saying how
// to provision) and attaches as soon as the operator's provisioning run made them.
let nats: ConfiguredNats;
let db: TestDatabase;
let service: RunningService | undefined;
const lines: Array<Record<string, unknown>> = [];
const logs = new Writable({
  write: (chunk: Buffer, _e, cb) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    cb();
  },
});

beforeAll(async () => {
  nats = await startConfiguredNats({ provision: false });
  db = await createTestDatabase('provisioning');
});
afterAll(async () => {
  await service?.stop();
  await db?.drop();
  await nats?.server.stop();
});

describe('a service on an unprovisioned bus', () => {
  it('waits for its stream and durables, says so in its log and readiness, and attaches once provisioned', async () => {
    const config = loadConfig('deployer', {
      KW_SERVICE_NAME: 'deployer', KW_NATS_URL: nats.server.url, KW_NATS_USER: 'deployer', KW_NATS_PASSWORD: nats.password('deployer'),
      KW_DATABASE_URL: db.url, KW_HTTP_PORT: '0', KW_HTTP_HOST: '127.0.0.1', KW_LOG_LEVEL: 'info',
    });
    // The deployer's bus shape (its stream, its two durables) with handlers that do nothing.
    service = await startService({
      name: 'deployer',
      context: 'deploy',
      consumes: [{ context: 'gitops', purpose: 'projects' }, { context: 'secrets', purpose: 'secret-rotations' }],
      build: () => ({
        consumers: [
          { context: 'gitops', purpose: 'projects', types: ['ProjectCreated'], handle: async () => undefined },
          { context: 'secrets', purpose: 'secret-rotations', types: ['SecretValueChanged'], handle: async () => undefined },
        ],
      }),
    }, config, { logDestination: logs });
    const readyz = `http://127.0.0.1:${service.http!.port}/readyz`;
    const waiting = await fetch(readyz);
    expect(waiting.status).toBe(503);
    const detail = ((await waiting.json()) as { detail: string }).detail;
    for (const what of ['stream EVT_DEPLOY', 'consumer deployer--projects', 'consumer deployer--secret-rotations']) expect(detail).toContain(`${what} is not provisioned.`);
    expect(service.relay).toBeUndefined();
    expect(service.consumers).toEqual([]);
    const told = lines.filter((l) => l['level'] === 'warn' && typeof l['msg'] === 'string' && l['msg'].includes('is not provisioned: run `npm run kw -- ops provision`'));
    expect(told.map((l) => l['target']).sort()).toEqual(['consumer deployer--projects', 'consumer deployer--secret-rotations', 'stream EVT_DEPLOY']);

    const operator = await connectBus({ servers: nats.server.url, user: OPERATOR_NATS_USER, pass: nats.password(OPERATOR_NATS_USER), name: 'test-provision' });
    try {
      await provisionBus(operator);
    } finally {
      await closeBus(operator);
    }
    await eventually(async () => ((await fetch(readyz)).ok ? true : undefined), { timeoutMs: 15_000, message: 'ready once provisioned' });
    expect(service.relay).toBeDefined();
    expect(service.consumers).toHaveLength(2);
    expect(lines.filter((l) => typeof l['msg'] === 'string' && l['msg'].endsWith('is there now; attached')).map((l) => l['target']).sort())
      .toEqual(['consumer deployer--projects', 'consumer deployer--secret-rotations', 'stream EVT_DEPLOY']);
  });
});
