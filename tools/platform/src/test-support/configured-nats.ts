import { join } from 'node:path';
import { closeBus, connectBus, provisionBus } from '@keywarden/bus';
import { startNatsServer, testRoot, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import { REPO_ROOT } from '../config.js';
import { generatePassword } from '../secrets.js';
import { NATS_USERS, OPERATOR_NATS_USER, natsPasswordEnv } from '../services.js';

export type ConfiguredNats = { server: RunningNatsServer; password: (user: string) => string };

/**
 * A dedicated nats-server with the production config (deploy/nats/nats-server.conf),
 * a generated password per user and, unless told otherwise, the bus topology
 * provisioned as the operator: what every deployment does before its services start.
 */
export async function startConfiguredNats(options: { provision?: boolean } = {}): Promise<ConfiguredNats> {
  const passwords = new Map(NATS_USERS.map((user) => [user, generatePassword()]));
  const server = await startNatsServer({
    storeDir: join(testRoot(), uniqueName('nats-conf-')),
    configFile: join(REPO_ROOT, 'deploy/nats/nats-server.conf'),
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
  return { server, password };
}
