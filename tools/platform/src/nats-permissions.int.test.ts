import { jetstream, jetstreamManager, AckPolicy } from '@nats-io/jetstream';
import { Svcm } from '@nats-io/services';
import { PermissionViolationError, connect, type NatsConnection } from '@nats-io/transport-node';
import { connectBus, durableConsumerConfig, openDurableConsumer, openEventStream } from '@keywarden/bus';
import { eventually, type RunningNatsServer } from '@keywarden/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConfiguredNats } from './test-support/configured-nats.js';

// The production config (deploy/nats/nats-server.conf) on a dedicated server, the
// bus topology provisioned as the operator (as every deployment does before its
// services start), used through nats.js as the services use it. The server answers
// a forbidden publish with -ERR, which nats.js v3 reports on nc.status() as a
// PermissionViolationError; a request (RPC, JetStream API) on a forbidden subject
// also rejects with it. A plain publish does not throw. Every service user probed
// with an independent client: nats-permissions-raw.int.test.ts.
describe('deploy/nats/nats-server.conf permissions', () => {
  let server: RunningNatsServer;
  let password: (user: string) => string;
  const connections: NatsConnection[] = [];
  const violations = new Map<NatsConnection, PermissionViolationError[]>();

  const as = async (user: string): Promise<NatsConnection> => {
    // The production connection: it replies on the user's own inbox prefix.
    const nc = await connectBus({ servers: server.url, user, pass: password(user), name: `test-${user}` });
    connections.push(nc);
    const seen: PermissionViolationError[] = [];
    violations.set(nc, seen);
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === 'error' && status.error instanceof PermissionViolationError) seen.push(status.error);
      }
    })();
    return nc;
  };

  const violation = (nc: NatsConnection, subject: string) =>
    eventually(() => violations.get(nc)?.find((v) => v.subject === subject && v.operation === 'publish'), {
      timeoutMs: 3_000,
      message: `a publish permission violation on ${subject}`,
    });

  beforeAll(async () => {
    ({ server, password } = await startConfiguredNats());
  });

  afterAll(async () => {
    for (const nc of connections) await nc.close();
    await server?.stop();
  });

  it("keeps each service out of another service's replies", async () => {
    const nc = await as('identity');
    nc.subscribe('_INBOX_gitops-sync.>');
    await eventually(() => violations.get(nc)?.find((v) => v.subject === '_INBOX_gitops-sync.>' && v.operation === 'subscription'), {
      timeoutMs: 3_000,
      message: 'a subscription permission violation on the gitops-sync inbox',
    });
  });

  it('refuses a connection with a wrong password', async () => {
    await expect(connect({ servers: server.url, user: 'identity', pass: 'kwWrong' })).rejects.toThrow(/Authorization/i);
  });

  it('lets identity look up its provisioned EVT_IDENTITY and publish its own events with a JetStream ack', async () => {
    const nc = await as('identity');
    // As the runtime does before it starts the relay: the stream is there and as the topology says.
    const info = await openEventStream(nc, 'identity');
    const ack = await jetstream(nc).publish('evt.identity.user.UserRegistered', 'u1', { msgID: 'e-1' });
    expect(ack.stream).toBe('EVT_IDENTITY');
    expect(ack.seq).toBe(info.state.last_seq + 1);
    expect((await (await jetstreamManager(nc)).streams.info('EVT_IDENTITY')).state.messages).toBe(info.state.messages + 1);
    expect(violations.get(nc)).toEqual([]);
  });

  it('stops identity from creating or updating any stream, its own included', async () => {
    const nc = await as('identity');
    const jsm = await jetstreamManager(nc);
    await expect(jsm.streams.add({ name: 'EVT_OAUTH', subjects: ['evt.oauth.>'] })).rejects.toThrow(/permissions violation/i);
    await violation(nc, '$JS.API.STREAM.CREATE.EVT_OAUTH');
    // A republish would have the server copy identity's events into any subject.
    await expect(jsm.streams.update('EVT_IDENTITY', { republish: { src: '>', dest: 'rpc.oauth.GetAccessToken' } })).rejects.toThrow(/permissions violation/i);
    await violation(nc, '$JS.API.STREAM.UPDATE.EVT_IDENTITY');
    const operator = await jetstreamManager(await as('operator'));
    expect((await operator.streams.info('EVT_IDENTITY')).config.republish).toBeUndefined();
    expect((await operator.streams.info('EVT_OAUTH')).config.subjects).toEqual(['evt.oauth.>']);
  });

  it("stops identity from publishing on oauth's subjects", async () => {
    const operator = await jetstreamManager(await as('operator'));
    const before = (await operator.streams.info('EVT_OAUTH')).state.messages;
    const nc = await as('identity');
    nc.publish('evt.oauth.account.TokenRefreshed', 'forged');
    await nc.flush();
    await violation(nc, 'evt.oauth.account.TokenRefreshed');
    expect((await operator.streams.info('EVT_OAUTH')).state.messages).toBe(before);
  });

  it('stops the gateway from publishing events', async () => {
    const nc = await as('gateway');
    nc.publish('evt.identity.user.UserRegistered', 'forged');
    await violation(nc, 'evt.identity.user.UserRegistered');
  });

  describe('RPC', () => {
    const served: string[] = [];

    beforeAll(async () => {
      // oauth-broker serves its endpoints as an @nats-io/services service (queue group, $SRV discovery).
      const service = await new Svcm(await as('oauth-broker')).add({ name: 'oauth-broker', version: '0.1.0' });
      service.addEndpoint('GetAccessToken', {
        subject: 'rpc.oauth.GetAccessToken',
        handler: (_err, msg) => {
          served.push(msg.string());
          msg.respond('token-reply');
        },
      });
      service.addEndpoint('Ping', { subject: 'rpc.oauth.Ping', handler: (_err, msg) => msg.respond('pong') });
      service.addEndpoint('GetAccountStatus', { subject: 'rpc.oauth.GetAccountStatus', handler: (_err, msg) => msg.respond('status-reply') });
    });

    it('lets gitops-sync call rpc.oauth.GetAccessToken', async () => {
      const nc = await as('gitops-sync');
      const reply = await nc.request('rpc.oauth.GetAccessToken', 'from-gitops', { timeout: 2_000 });
      expect(reply.string()).toBe('token-reply');
      expect(served).toContain('from-gitops');
    });

    it('stops notifier from calling rpc.oauth.GetAccessToken', async () => {
      const nc = await as('notifier');
      // A request fails fast with the violation (nats.js matches it to the pending request), not a timeout.
      await expect(nc.request('rpc.oauth.GetAccessToken', 'from-notifier', { timeout: 5_000 })).rejects.toThrow(
        /permissions violation/i,
      );
      await violation(nc, 'rpc.oauth.GetAccessToken');
      expect(served).not.toContain('from-notifier');
    });

    it("lets anyone ping, and the gateway call any service's RPC but GetAccessToken", async () => {
      const notifier = await as('notifier');
      expect((await notifier.request('rpc.oauth.Ping', '', { timeout: 2_000 })).string()).toBe('pong');
      const gateway = await as('gateway');
      const reply = await gateway.request('rpc.oauth.GetAccountStatus', 'from-gateway', { timeout: 2_000 });
      expect(reply.string()).toBe('status-reply');
      // Provider tokens go to gitops-sync and deployer only (issue 4).
      await expect(gateway.request('rpc.oauth.GetAccessToken', 'from-gateway', { timeout: 5_000 })).rejects.toThrow(/permissions violation/i);
      expect(served).not.toContain('from-gateway');
    });

    it('answers service discovery on $SRV', async () => {
      const operator = await as('operator');
      const infos = await new Svcm(operator).client({ strategy: 'count', maxMessages: 1, maxWait: 2_000 }).info('oauth-broker');
      const names: string[] = [];
      for await (const info of infos) names.push(info.name);
      expect(names).toEqual(['oauth-broker']);
    });
  });

  describe('durable consumers', () => {
    const consumer = 'oauth-broker--user-disabled';

    it('lets oauth-broker look up, fetch from and ack its provisioned consumer on another context stream, and change nothing of it', async () => {
      const identity = await as('identity');
      await jetstream(identity).publish('evt.identity.user.UserDisabled', 'u1');
      const nc = await as('oauth-broker');
      const jsm = await jetstreamManager(nc);
      // As libs/bus does before it consumes: the durable is there and as the topology says.
      const config = durableConsumerConfig({ context: 'identity', durable: consumer });
      expect((await openDurableConsumer(jsm, 'EVT_IDENTITY', config)).name).toBe(consumer);
      // Creating or updating it, even as it is, is refused: the request body could say anything.
      await expect(jsm.consumers.add('EVT_IDENTITY', config)).rejects.toThrow(/permissions violation/i);
      await expect(jsm.consumers.update('EVT_IDENTITY', consumer, { max_ack_pending: 100 })).rejects.toThrow(/permissions violation/i);
      expect((await jsm.consumers.info('EVT_IDENTITY', consumer)).config.max_ack_pending).toBe(config.max_ack_pending);
      violations.get(nc)?.splice(0);
      const messages = await (await jetstream(nc).consumers.get('EVT_IDENTITY', consumer)).fetch({ max_messages: 10, expires: 1_000 });
      const subjects: string[] = [];
      for await (const msg of messages) {
        subjects.push(msg.subject);
        await msg.ackAck();
      }
      expect(subjects.at(-1)).toBe('evt.identity.user.UserDisabled');
      const info = await jsm.consumers.info('EVT_IDENTITY', consumer);
      expect(info.num_ack_pending).toBe(0);
      expect(info.ack_floor.stream_seq).toBeGreaterThan(0);
      expect(violations.get(nc)).toEqual([]);
    });

    it("stops notifier from reading oauth-broker's consumer or creating consumers it does not own", async () => {
      const nc = await as('notifier');
      nc.publish(`$JS.API.CONSUMER.MSG.NEXT.EVT_IDENTITY.${consumer}`, '{"batch":1}');
      await violation(nc, `$JS.API.CONSUMER.MSG.NEXT.EVT_IDENTITY.${consumer}`);
      const jsm = await jetstreamManager(nc);
      await expect(
        jsm.consumers.add('EVT_IDENTITY', { durable_name: 'notifier--unlisted', ack_policy: AckPolicy.Explicit }),
      ).rejects.toThrow(/permissions violation/i);
    });
  });
});
