import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { closeBus, connectBus, provisionBus } from '@keywarden/bus';
import { startNatsServer, testRoot, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import { REPO_ROOT } from '../config.js';
import { writeNatsConfig, type Integration } from '../integrations.js';
import { generatePassword } from '../secrets.js';
import { NATS_USERS, OPERATOR_NATS_USER, natsPasswordEnv } from '../services.js';

export type ConfiguredNats = {
  server: RunningNatsServer;
  password: (user: string) => string;
  /** The config it runs (rendered from deploy/nats plus the integrations given), its pid file, its store. */
  files: { config: string; pidFile: string; storeDir: string };
  /** Renders the config again with these integrations (what `kw ops integrations` does); the caller reloads. */
  render: (integrations: readonly Integration[]) => Promise<void>;
};

/**
 * A dedicated nats-server with the production config (deploy/nats/nats-server.conf),
 * a generated password per user and, unless told otherwise, the bus topology
 * provisioned as the operator: what every deployment does before its services start.
 */
export async function startConfiguredNats(options: { provision?: boolean; integrations?: readonly Integration[] } = {}): Promise<ConfiguredNats> {
  const passwords = new Map(NATS_USERS.map((user) => [user, generatePassword()]));
  // As the local platform runs it: the config rendered (with the store directory in it, so that it can be reloaded) and a pid file.
  const dir = join(testRoot(), uniqueName('nats-conf-'));
  mkdirSync(dir, { recursive: true });
  const files = { config: join(dir, 'nats-server.conf'), pidFile: join(dir, 'nats-server.pid'), storeDir: join(dir, 'store') };
  const render = (integrations: readonly Integration[]) => writeNatsConfig({ baseFile: join(REPO_ROOT, 'deploy/nats/nats-server.conf'), file: files.config, storeDir: files.storeDir }, integrations);
  await render(options.integrations ?? []);
  const server = await startNatsServer({
    storeDir: files.storeDir,
    storeDirInConfig: true,
    pidFile: files.pidFile,
    configFile: files.config,
    env: Object.fromEntries([...passwords].map(([user, password]) => [natsPasswordEnv(user), password])),
  });
  const password = (user: string) => passwords.get(user) ?? '';
  if (options.provision ?? true) {
    const operator = await connectBus({ servers: server.url, user: OPERATOR_NATS_USER, pass: password(OPERATOR_NATS_USER), name: 'test-provision' });
    try {
      await provisionBus(operator);
    } finally {
      await closeBus(operator);
    }
  }
  return { server, password, files, render };
}
