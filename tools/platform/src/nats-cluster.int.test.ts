import { readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { closeBus, connectBus, openEventStream, provisionBus } from '@keywarden/bus';
import { eventually, freePort, startNatsServer, testRoot, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { generatePassword } from './secrets.js';
import { NATS_USERS, natsPasswordEnv } from './services.js';

// deploy/k8s's NATS cluster on this machine: the very cluster.conf (with
// nats-server.conf) of the StatefulSet, three servers, only the pod DNS names
// of the routes and the listen address replaced by 127.0.0.1 ports. The
// operator provisions the streams with the replicas deploy/k8s configures (its
// Job), and a service user finds its own as it expects it.
const k8s = (path: string) => readFileSync(join(REPO_ROOT, 'deploy/k8s/base', path), 'utf8');

describe('deploy/k8s NATS cluster', () => {
  const servers: RunningNatsServer[] = [];
  const passwords = new Map(NATS_USERS.map((user) => [user, generatePassword()]));
  const connections: NatsConnection[] = [];

  beforeAll(async () => {
    const dir = join(testRoot(), uniqueName('nats-cluster-'));
    await mkdir(dir, { recursive: true });
    await copyFile(join(REPO_ROOT, 'deploy/nats/nats-server.conf'), join(dir, 'nats-server.conf'));
    const routePorts = [await freePort(), await freePort(), await freePort()];
    const cluster = k8s('nats/cluster.conf');
    for (const [i, port] of routePorts.entries()) {
      let routes = 0;
      const local = cluster
        .replace('listen: 0.0.0.0:6222', `listen: 127.0.0.1:${port}`)
        .replace(/nats:\/\/nats-([0-9])\.nats-headless:6222/g, (_, n: string) => (routes++, `nats://127.0.0.1:${routePorts[Number(n)]}`));
      expect(routes).toBe(3);
      await writeFile(join(dir, `cluster-${i}.conf`), local);
    }
    const env = Object.fromEntries([...passwords].map(([user, password]) => [natsPasswordEnv(user), password]));
    servers.push(
      ...(await Promise.all(
        routePorts.map((_, i) =>
          startNatsServer({ storeDir: join(dir, `store-${i}`), configFile: join(dir, `cluster-${i}.conf`), env: { ...env, POD_NAME: `nats-${i}` } }),
        ),
      )),
    );
  }, 60_000);

  afterAll(async () => {
    for (const nc of connections) await closeBus(nc);
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('forms one cluster and keeps a service stream on all three servers (KW_STREAM_REPLICAS)', async () => {
    const replicas = Number(/^KW_STREAM_REPLICAS=(\d+)$/m.exec(k8s('config/shared.env'))?.[1]);
    expect(replicas).toBe(3);
    const operator = await connectBus({ servers: servers[0]?.url ?? '', user: 'operator', pass: passwords.get('operator'), name: 'test-operator' });
    connections.push(operator);
    // The JetStream meta leader is elected once the routes are up: until then stream creation is refused.
    const steps = await eventually(() => provisionBus(operator, { replicas }), { timeoutMs: 30_000, intervalMs: 500, message: 'the R3 streams provisioned on the cluster' });
    // A try cut short by the election may have made some of them already.
    expect(steps.filter((s) => s.kind === 'stream' && s.action !== 'created' && s.action !== 'unchanged')).toEqual([]);
    const identity = await connectBus({ servers: servers[1]?.url ?? '', user: 'identity', pass: passwords.get('identity'), name: 'test-identity' });
    connections.push(identity);
    const info = await openEventStream(identity, 'identity', { replicas });
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.name).toBe('keywarden');
    const members = [info.cluster?.leader, ...(info.cluster?.replicas ?? []).map((r) => r.name)].sort();
    expect(members).toEqual(['nats-0', 'nats-1', 'nats-2']);
  }, 60_000);
});
