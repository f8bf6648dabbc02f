import { DURABLE_CONSUMERS, closeBus, connectBus, durableName, integrationConsumers, integrationUser, provisionIntegrationConsumers } from '@keywarden/bus';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIntegration, reloadNatsServer, type Integration } from './integrations.js';
import { OPERATOR_NATS_USER } from './services.js';
import { startConfiguredNats, type ConfiguredNats } from './test-support/configured-nats.js';
import { accepted, acknowledged, json } from './test-support/permission-probes.js';
import { RawNatsClient } from './test-support/raw-nats.js';

// Integration users (issue 20) as nats-server runs them: the config rendered from deploy/nats plus
// the registry, reloaded on SIGHUP, probed with a client that is not the project's own (the raw
// protocol client). An integration publishes only its granted ext subjects and reads only its own
// pull consumers; a revoked one is disconnected and cannot connect again.
const ORG = '3f6d2a1e-8b7c-4d5e-9f00-1a2b3c4d5e6f';
const OTHER_ORG = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const INTO = 'rpc.identity.GetJwks';

let nats: ConfiguredNats;
let operator: NatsConnection;
let jsm: JetStreamManager;
let shop: { integration: Integration; password: string };
let ci: { integration: Integration; password: string };

const consumerOf = (integration: Integration, index = 0) => {
  const c = integrationConsumers(integration)[index]!;
  return { stream: `EVT_${c.context.toUpperCase()}`, name: durableName(c) };
};

beforeAll(async () => {
  shop = await newIntegration({ name: 'shop-portal', organizationId: ORG, publish: ['gitops.ProjectCreated', 'gitops.ProjectDeleted'], follow: ['oauth.account', 'gitops.binding'] });
  ci = await newIntegration({ name: 'ci', organizationId: ORG, publish: ['deploy.DeployRequested'], follow: ['deploy.deployment'] });
  nats = await startConfiguredNats({ integrations: [shop.integration, ci.integration] });
  operator = await connectBus({ servers: nats.server.url, user: OPERATOR_NATS_USER, pass: nats.password(OPERATOR_NATS_USER), name: 'test-operator' });
  jsm = await jetstreamManager(operator);
  // The inbound stream, when the topology does not provision it in this checkout.
  await jsm.streams.info('EXT_INBOUND').catch(() => jsm.streams.add({ name: 'EXT_INBOUND', subjects: ['ext.>'] }));
  await provisionIntegrationConsumers(operator, [shop.integration, ci.integration]);
  const js = jetstream(operator);
  await js.publish('evt.oauth.account.TokenRefreshed', 'for shop-portal');
  await js.publish('evt.oauth.provider_app.ProviderAppRegistered', 'not public');
  await js.publish('evt.deploy.deployment.DeploymentSucceeded', 'for ci');
});

afterAll(async () => {
  if (operator) await closeBus(operator);
  await nats?.server.stop();
});

describe('an integration user, through an independent client', () => {
  it('publishes its granted ext subjects into EXT_INBOUND and fetches and acknowledges from its own consumers', async () => {
    const raw = await RawNatsClient.connect(nats.server.port, integrationUser('shop-portal'), shop.password);
    try {
      for (const type of ['gitops.ProjectCreated', 'gitops.ProjectDeleted']) {
        expect(json(await raw.request(`ext.shop-portal.${ORG}.${type}`, '{}'))).toMatchObject({ stream: 'EXT_INBOUND' });
      }
      expect(json(await raw.request('$JS.API.INFO'))).toHaveProperty('streams');
      const { stream, name } = consumerOf(shop.integration);
      expect(name).toBe('int-shop-portal--oauth-account');
      expect(json(await raw.request(`$JS.API.CONSUMER.INFO.${stream}.${name}`))).toMatchObject({ name, config: { ack_policy: 'explicit', filter_subject: 'evt.oauth.account.>' } });
      const fetched = await raw.request(`$JS.API.CONSUMER.MSG.NEXT.${stream}.${name}`, JSON.stringify({ batch: 1, expires: 2_000_000_000 }));
      if (typeof fetched === 'string') throw new Error(fetched);
      // Its aggregate only: the provider app's event on the same stream is not delivered.
      expect(fetched.subject).toBe('evt.oauth.account.TokenRefreshed');
      expect(await raw.pub(fetched.reply!, '+ACK')).toBe('ok');
      expect((await acknowledged(jsm, stream, name)).num_pending).toBe(0);
    } finally {
      raw.close();
    }
  });

  it('may not publish anything else, create consumers or streams, read other consumers or other users\' inboxes', async () => {
    const raw = await RawNatsClient.connect(nats.server.port, integrationUser('shop-portal'), shop.password);
    try {
      const own = consumerOf(shop.integration);
      const push = (stream: string, durable?: string) => ({ stream_name: stream, config: { ...(durable ? { name: durable, durable_name: durable } : {}), deliver_subject: INTO, ack_policy: 'none' } });
      const pull = (stream: string, durable?: string) => ({ stream_name: stream, config: { ...(durable ? { name: durable, durable_name: durable } : {}), ack_policy: 'explicit' } });
      const foreignConsumers = [consumerOf(ci.integration), { stream: 'EVT_OAUTH', name: durableName(DURABLE_CONSUMERS.find((c) => c.context === 'oauth')!) }];
      const probes: Array<[string, unknown]> = [
        // Another organization, another integration, a type it was not granted, a malformed one.
        [`ext.shop-portal.${OTHER_ORG}.gitops.ProjectCreated`, '{}'],
        [`ext.ci.${ORG}.deploy.DeployRequested`, '{}'],
        [`ext.shop-portal.${ORG}.deploy.DeployRequested`, '{}'],
        [`ext.shop-portal.${ORG}.gitops.ProjectChanged`, '{}'],
        [`ext.shop-portal.${ORG}.gitops.>`, '{}'],
        // Events, RPCs.
        ['evt.gitops.project.ProjectCreated', 'forged'],
        ['evt.oauth.account.TokenRefreshed', 'forged'],
        ['rpc.gitops.CreateProject', '{}'],
        ['rpc.oauth.GetAccessToken', '{}'],
        ['rpc.identity.Ping', ''],
        ['rpc.system.Ping', ''],
        // Consumers (ephemeral, durable, push and pull, its own name too) and streams.
        [`$JS.API.CONSUMER.CREATE.${own.stream}`, push(own.stream)],
        [`$JS.API.CONSUMER.CREATE.${own.stream}`, pull(own.stream)],
        [`$JS.API.CONSUMER.CREATE.${own.stream}.${own.name}`, push(own.stream, own.name)],
        [`$JS.API.CONSUMER.CREATE.${own.stream}.${own.name}.evt.>`, pull(own.stream, own.name)],
        [`$JS.API.CONSUMER.DURABLE.CREATE.${own.stream}.${own.name}`, pull(own.stream, own.name)],
        [`$JS.API.CONSUMER.DURABLE.CREATE.EVT_IDENTITY.peek`, pull('EVT_IDENTITY', 'peek')],
        [`$JS.API.CONSUMER.DELETE.${own.stream}.${own.name}`, ''],
        ['$JS.API.STREAM.CREATE.KW_COPY', { name: 'KW_COPY', sources: [{ name: 'EVT_IDENTITY' }] }],
        ['$JS.API.STREAM.UPDATE.EXT_INBOUND', { name: 'EXT_INBOUND', subjects: ['ext.>'], republish: { src: '>', dest: INTO } }],
        ['$JS.API.STREAM.INFO.EVT_OAUTH', ''],
        ['$JS.API.STREAM.MSG.GET.EVT_OAUTH', { seq: 1 }],
        // Another integration's consumer, a service's consumer.
        ...foreignConsumers.flatMap(({ stream, name }): Array<[string, unknown]> => [
          [`$JS.API.CONSUMER.INFO.${stream}.${name}`, ''],
          [`$JS.API.CONSUMER.MSG.NEXT.${stream}.${name}`, { batch: 1, no_wait: true }],
          [`$JS.ACK.${stream}.${name}.1.1.1.1.0`, '+ACK'],
        ]),
        // Someone else's inbox: the reply to their RPC or JetStream request.
        ['_INBOX_int-ci.x', 'forged'],
        ['_INBOX_gitops-sync.x', 'forged'],
      ];
      expect(await accepted(raw, probes), 'accepted').toEqual([]);
      for (const subject of ['>', 'ext.>', 'evt.>', '$JS.>', 'rpc.>', '_INBOX_int-ci.>', '_INBOX_gitops-sync.>', '_INBOX.>']) {
        expect((await raw.sub(subject, () => undefined)).outcome, subject).toBe(`Permissions Violation for Subscription to "${subject}"`);
      }
    } finally {
      raw.close();
    }
  });

  it('a revoked integration is disconnected on the reload and cannot connect again; the others carry on', async () => {
    const connected = await RawNatsClient.connect(nats.server.port, integrationUser('shop-portal'), shop.password);
    const other = await RawNatsClient.connect(nats.server.port, integrationUser('ci'), ci.password);
    try {
      await nats.render([ci.integration]);
      await provisionIntegrationConsumers(operator, [ci.integration]);
      await reloadNatsServer(nats.files.pidFile);
      // The reload is asynchronous: the server closes the connection once it has re-read the users.
      await expect(waitForClose(connected)).resolves.toBe('closed');
      await expect(RawNatsClient.connect(nats.server.port, integrationUser('shop-portal'), shop.password)).rejects.toThrow(/Authorization Violation/);
      expect(await afterReload(() => jsm.consumers.info('EVT_OAUTH', 'int-shop-portal--oauth-account'))).toMatch(/consumer not found/i);
      expect(await afterReload(() => jsm.consumers.info('EVT_GITOPS', 'int-shop-portal--gitops-binding'))).toMatch(/consumer not found/i);
      // ci kept its connection, its subjects and its consumer.
      expect(json(await other.request(`ext.ci.${ORG}.deploy.DeployRequested`, '{}'))).toMatchObject({ stream: 'EXT_INBOUND' });
      const { stream, name } = consumerOf(ci.integration);
      expect(json(await other.request(`$JS.API.CONSUMER.INFO.${stream}.${name}`))).toMatchObject({ name });
    } finally {
      connected.close();
      other.close();
    }
  });
});

/**
 * The error of a JetStream call made just after a reload. nats-server 2.9.10 answers JetStream's API
 * with "no responders" for a moment while it reloads the accounts (nats.js: "jetstream is not
 * enabled"), so that one is retried.
 */
async function afterReload(call: () => Promise<unknown>): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const message = await call().then(() => 'succeeded', (error: Error) => error.message);
    if (!/jetstream is not enabled/.test(message) || attempt === 50) return message;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Pings until the server has closed the connection. */
async function waitForClose(raw: RawNatsClient): Promise<'closed'> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await raw.ping();
    } catch {
      return 'closed';
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the revoked user is still connected after 200 pings');
}
