// The gateway's NATS user as deploy/nats/nats-server.conf defines it: the
// revocation feed follows EVT_IDENTITY with these permissions, and yet the
// gateway can create no consumer of any kind on any stream (a push consumer's
// deliver subject would make the server publish events wherever it says), nor
// call rpc.oauth.GetAccessToken, delete anything or read other contexts' streams.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeBus, connectBus, eventPublisher } from '@keywarden/bus';
import type { EventEnvelope } from '@keywarden/contracts';
import { createLogger } from '@keywarden/telemetry';
import { eventually, startNatsServer, testRoot, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import { AckPolicy, DeliverPolicy, StorageType, jetstream, jetstreamManager } from '@nats-io/jetstream';
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

  it('replays and follows EVT_IDENTITY with the revocation feed, creating no consumer', async () => {
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
      expect(feed.state()).toBe('ok');
      const jsm = await jetstreamManager(operator);
      expect(await jsm.consumers.list('EVT_IDENTITY').next()).toEqual([]);
    } finally {
      await feed.task.stop();
    }
  });

  it('still cannot call rpc.oauth.GetAccessToken, rpc.secrets.BuildEnvironment, rpc.gitops.LookupProject nor rpc.deploy.LookupApplication', async () => {
    const nc = await as('gateway');
    await expect(nc.request('rpc.oauth.GetAccessToken', 'from-gateway', { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
    await expect(nc.request('rpc.secrets.BuildEnvironment', 'from-gateway', { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
    await expect(nc.request('rpc.gitops.LookupProject', 'from-gateway', { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
    await expect(nc.request('rpc.deploy.LookupApplication', 'from-gateway', { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
  });

  it('cannot create any consumer, durable, ephemeral or push, on any stream', async () => {
    const source = readFileSync(CONF, 'utf8');
    const durables = [...new Set([...source.matchAll(/"\$JS\.ACK\.[A-Z_]+\.([a-z-]+--[a-z-]+)\.>"/g)].map(([, name]) => name!))];
    expect(durables.length).toBeGreaterThan(0);
    const nc = await as('gateway');
    const refused = async (subject: string, body: unknown) =>
      await expect(nc.request(subject, JSON.stringify(body), { timeout: 5_000 }), subject).rejects.toThrow(/permissions violation/i);
    // A push consumer delivering identity events into another service's RPC subject.
    const push = { deliver_subject: 'rpc.identity.GetJwks', deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None };
    for (const stream of ['EVT_IDENTITY', 'EVT_OAUTH', 'EVT_NOPE']) {
      await refused(`$JS.API.CONSUMER.CREATE.${stream}`, { stream_name: stream, config: push });
      for (const name of ['peek', ...durables]) {
        await refused(`$JS.API.CONSUMER.CREATE.${stream}.${name}`, { stream_name: stream, config: { ...push, name } });
        await refused(`$JS.API.CONSUMER.CREATE.${stream}.${name}.evt.identity.>`, { stream_name: stream, config: { ...push, name, filter_subject: 'evt.identity.>' } });
        await refused(`$JS.API.CONSUMER.DURABLE.CREATE.${stream}.${name}`, { stream_name: stream, config: { ...push, durable_name: name } });
        // Pulling would take the messages meant for that service (and spend their deliveries).
        await refused(`$JS.API.CONSUMER.MSG.NEXT.${stream}.${name}`, { batch: 1, no_wait: true });
        await refused(`$JS.API.CONSUMER.INFO.${stream}.${name}`, {});
      }
    }
    // Through the client library too (it picks the subject by itself).
    const jsm = await jetstreamManager(nc, { checkAPI: false });
    await expect(jsm.consumers.add('EVT_IDENTITY', { ack_policy: AckPolicy.None })).rejects.toThrow(/permissions violation/i);
    await expect(jsm.consumers.add('EVT_IDENTITY', { durable_name: durables[0]!, ack_policy: AckPolicy.Explicit })).rejects.toThrow(/permissions violation/i);
    await expect(jetstream(nc).consumers.get('EVT_IDENTITY')).rejects.toThrow(/permissions violation/i);
    // And the server made none.
    const operator = await jetstreamManager(await as('operator'));
    for (const stream of ['EVT_IDENTITY', 'EVT_OAUTH']) expect(await operator.consumers.list(stream).next(), stream).toEqual([]);
  });

  it('leaves no user a wildcard in a consumer permission, nor any consumer create', () => {
    // Comments aside, every consumer subject names its stream and its consumer (a durable its owner owns, or denies);
    // no one but the operator (no permissions: the provisioner) creates a consumer.
    const subjects = [...readFileSync(CONF, 'utf8').split('\n').filter((line) => !/^\s*#/.test(line)).join('\n').matchAll(/"([^"]+)"/g)].map(([, s]) => s!);
    const consumerSubjects = subjects.filter((s) => /^\$JS\.API\.CONSUMER\./.test(s));
    expect(consumerSubjects.length).toBeGreaterThan(0);
    for (const s of consumerSubjects) {
      expect(s).toMatch(/^\$JS\.API\.CONSUMER\.(INFO|MSG\.NEXT)\.[A-Z][A-Z0-9_]*\.[a-z0-9]+(-[a-z0-9]+)*--[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const broad of ['>', '$JS.>', '$JS.API.>', '$JS.API.CONSUMER.>']) expect(subjects).not.toContain(broad);
  });

  it('cannot delete consumers or messages, read EVT_OAUTH, or manage streams', async () => {
    const nc = await as('gateway');
    // The feed does without $JS.API.INFO, and so does this manager.
    const jsm = await jetstreamManager(nc, { checkAPI: false });
    await expect(jsm.consumers.delete('EVT_IDENTITY', 'oauth-broker--user-disabled')).rejects.toThrow(/permissions violation/i);
    await expect(jsm.streams.getMessage('EVT_OAUTH', { seq: 1 })).rejects.toThrow(/permissions violation/i);
    await expect(jsm.streams.info('EVT_OAUTH')).rejects.toThrow(/permissions violation/i);
    await expect(jsm.streams.deleteMessage('EVT_IDENTITY', 1)).rejects.toThrow(/permissions violation/i);
    await expect(jsm.streams.purge('EVT_IDENTITY')).rejects.toThrow(/permissions violation/i);
    await expect(jsm.streams.delete('EVT_IDENTITY')).rejects.toThrow(/permissions violation/i);
    await expect(nc.request('$JS.API.DIRECT.GET.EVT_IDENTITY', JSON.stringify({ seq: 1 }), { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
  });
});
