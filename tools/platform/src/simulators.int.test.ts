// A second `npm start` on the same data directory registers the simulator apps again: with the ports and the
// client secrets kept in the data directory, the broker must record no new ProviderAppConfigured. This runs the
// platform's own start-up steps (secrets file, simulators, registration) twice against a real oauth-broker.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { generateMasterKey } from '@keywarden/crypto';
import { oauthBrokerConfig, oauthBrokerService } from '@keywarden/oauth-broker';
import { loadConfig, startService, type RunningService } from '@keywarden/runtime';
import { createTestDatabase, freePort, testBus, testRoot, type TestDatabase } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSecrets } from './secrets.js';
import { SIMULATOR_APPS, registerSimulatorApps, startDevSimulators } from './simulators.js';

const quiet = new Writable({ write: (_c, _e, cb) => cb() });
const say = () => {};

describe('simulator provider apps across starts', () => {
  let db: TestDatabase;
  let broker: RunningService;
  let dataDir: string;
  let natsUrl: string;
  let namespace: string;

  beforeAll(async () => {
    db = await createTestDatabase('platform_sims');
    ({ natsUrl, namespace } = testBus());
    const env = {
      KW_SERVICE_NAME: 'oauth-broker', KW_NATS_URL: natsUrl, KW_DATABASE_URL: db.url, KW_BUS_NAMESPACE: namespace, KW_LOG_LEVEL: 'silent',
      KW_MASTER_KEYS: `1:${generateMasterKey()}`, KW_OAUTH_SCHEDULER_INTERVAL_MS: '3600000',
    };
    broker = await startService(oauthBrokerService(), loadConfig('oauth-broker', env, oauthBrokerConfig), { logDestination: quiet });
    dataDir = await mkdtemp(join(testRoot(), 'sims-'));
  });

  afterAll(async () => {
    await broker?.stop();
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const configured = async () =>
    (await broker.deps.database!.sql`select stream_id, data from events where type = 'ProviderAppConfigured' order by global_position`) as unknown as Array<{ stream_id: string }>;

  /** One start's worth: the secrets file, the simulators on the configured ports, the registration. */
  async function start(ports: { gitlab: number; feishu: number }) {
    const { secrets } = await loadOrCreateSecrets(join(dataDir, 'secrets.json'), { natsUsers: ['operator'], databaseRoles: [], simulatorApps: SIMULATOR_APPS });
    const sims = await startDevSimulators(ports, say, { clientSecrets: secrets.simulators });
    try {
      return await registerSimulatorApps(sims, { url: natsUrl, user: '', password: '', namespace }, dataDir, say);
    } finally {
      await sims.stop();
    }
  }

  it('appends ProviderAppConfigured on the first start only', async () => {
    const ports = { gitlab: await freePort(), feishu: await freePort() };
    const first = await start(ports);
    expect(Object.keys(first).sort()).toEqual(['feishu', 'gitlab']);
    expect((await configured()).map((e) => e.stream_id).sort()).toEqual([`provider_app-${first.feishu}`, `provider_app-${first.gitlab}`].sort());
    const secretsAfterFirst = await readFile(join(dataDir, 'secrets.json'), 'utf8');

    const second = await start(ports);
    expect(second).toEqual(first);
    expect(await configured()).toHaveLength(2);
    expect(await readFile(join(dataDir, 'secrets.json'), 'utf8')).toBe(secretsAfterFirst);

    // A start on other ports is a real change: the base URL moved, so each app records it once.
    await start({ gitlab: await freePort(), feishu: await freePort() });
    expect(await configured()).toHaveLength(4);
  }, 60_000);
});
