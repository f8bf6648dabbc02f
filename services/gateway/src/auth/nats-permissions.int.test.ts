// The gateway's NATS user as deploy/nats/nats-server.conf defines it: it can
// follow EVT_IDENTITY with the ordered consumer the revocation feed uses, and
// still cannot call rpc.oauth.GetAccessToken, delete consumers or read other
// contexts' streams.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeBus, connectBus, eventPublisher } from '@keywarden/bus';
import type { EventEnvelope } from '@keywarden/contracts';
import { createLogger } from '@keywarden/telemetry';
import { eventually, startNatsServer, testRoot, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import { AckPolicy, StorageType, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quiet } from '../test-support/gateway.js';
import { identityFeed } from './feed.js';

const CONF = fileURLToPath(new URL('../../../../deploy/nats/nats-server.conf', import.meta.url));

describe('the gateway NATS user (deploy/nats/nats-server.conf)', () => {
  let server: RunningNatsServer;
  const connections: NatsConnection[] = [];
  // Every user the file names needs a password in the environment, or nats-server refuses to start.
  const passwords = Object.fromEntries(
    [...readFileSync(CONF, 'utf8').matchAll(/\$(KW_NATS_PASSWORD_[A-Z_]+)/g)].map(([, name]) => [name!, `kw${randomUUID().replace(/-/g, '')}`]),
  );
  const as = async (user: string) => {
    const nc = await connectBus({ servers: server.url, user, pass: passwords[`KW_NATS_PASSWORD_${user.toUpperCase().replace(/-/g, '_')}`], name: `test-${user}` });
    connections.push(nc);
    return nc;
  };

  beforeAll(async () => {
    server = await startNatsServer({ storeDir: join(testRoot(), uniqueName('nats-gw-')), configFile: CONF, env: passwords });
    const operator = await as('operator');
    await (await jetstreamManager(operator)).streams.add({ name: 'EVT_IDENTITY', subjects: ['evt.identity.>'], storage: StorageType.File });
    await (await jetstreamManager(operator)).streams.add({ name: 'EVT_OAUTH', subjects: ['evt.oauth.>'], storage: StorageType.File });
    const publish = eventPublisher(operator, { source: 'identity' });
    const outcome = await publish([{ eventId: randomUUID(), type: 'UserDisabled', streamId: 'user-u1', streamVersion: 1, recordedAt: new Date(), data: { userId: 'u1', actorUserId: 'a1', reason: '' }, metadata: {} }]);
    expect(outcome).toEqual([{ status: 'acked' }]);
  });

  afterAll(async () => {
    for (const nc of connections) await closeBus(nc);
    await server?.stop();
  });

  it('replays and follows EVT_IDENTITY with the ordered consumer of the revocation feed', async () => {
    const nc = await as('gateway');
    const seen: EventEnvelope[] = [];
    const feed = identityFeed({ nc, namespace: undefined, logger: createLogger({ service: 'gateway', level: 'silent', destination: quiet }), clock: { now: () => new Date() }, windowMs: 60_000, apply: (e) => seen.push(e) });
    await feed.task.start();
    try {
      await eventually(() => feed.state() === 'ok' && seen.length === 1, { timeoutMs: 5_000, message: 'replayed the UserDisabled event' });
      expect(seen[0]).toMatchObject({ type: 'UserDisabled', data: { userId: 'u1' } });
      // And live events after the replay.
      const operator = await as('operator');
      await eventPublisher(operator, { source: 'identity' })([{ eventId: randomUUID(), type: 'SessionRevoked', streamId: 'session-s1', streamVersion: 1, recordedAt: new Date(), data: { sessionId: 's1', userId: 'u1', reason: 'sign-out', actorUserId: 'u1' }, metadata: {} }]);
      await eventually(() => seen.length === 2, { timeoutMs: 5_000, message: 'the live SessionRevoked event' });
    } finally {
      await feed.task.stop();
    }
  });

  it('still cannot call rpc.oauth.GetAccessToken nor rpc.secrets.BuildEnvironment', async () => {
    const nc = await as('gateway');
    await expect(nc.request('rpc.oauth.GetAccessToken', 'from-gateway', { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
    await expect(nc.request('rpc.secrets.BuildEnvironment', 'from-gateway', { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
  });

  it('can neither create, reconfigure nor drain another service\'s durable consumer on EVT_IDENTITY', async () => {
    const source = readFileSync(CONF, 'utf8');
    const durables = [...new Set([...source.matchAll(/"\$JS\.ACK\.\*\.([a-z-]+--[a-z-]+)\.>"/g)].map(([, name]) => name!))];
    // Every durable consumer the file grants (by its ACK subject)...
    expect(durables.length).toBeGreaterThan(0);
    const nc = await as('gateway');
    const jsm = await jetstreamManager(nc, { checkAPI: false });
    for (const name of durables) {
      // ...is denied to the gateway, whatever the wildcard allows for ordered consumers.
      expect(source, name).toContain(`"$JS.API.CONSUMER.CREATE.EVT_IDENTITY.${name}"`);
      expect(source, name).toContain(`"$JS.API.CONSUMER.MSG.NEXT.EVT_IDENTITY.${name}"`);
      await expect(jsm.consumers.add('EVT_IDENTITY', { durable_name: name, ack_policy: AckPolicy.Explicit })).rejects.toThrow(/permissions violation/i);
      // Pulling would take the messages meant for that service (and spend their deliveries).
      const pull = JSON.stringify({ batch: 1, no_wait: true });
      await expect(nc.request(`$JS.API.CONSUMER.MSG.NEXT.EVT_IDENTITY.${name}`, pull, { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
    }
  });

  it('cannot delete consumers, read EVT_OAUTH through a consumer, or manage streams', async () => {
    const nc = await as('gateway');
    // The feed does without $JS.API.INFO, and so does this manager.
    const jsm = await jetstreamManager(nc, { checkAPI: false });
    await expect(jsm.consumers.delete('EVT_IDENTITY', 'oauth-broker--user-disabled')).rejects.toThrow(/permissions violation/i);
    await expect(jetstream(nc).consumers.get('EVT_OAUTH')).rejects.toThrow(/permissions violation/i);
    await expect(jsm.consumers.add('EVT_OAUTH', { name: 'peek', ack_policy: AckPolicy.None })).rejects.toThrow(/permissions violation/i);
    await expect(jsm.streams.delete('EVT_IDENTITY')).rejects.toThrow(/permissions violation/i);
  });
});
