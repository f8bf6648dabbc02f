import { busNames, contexts } from '@keywarden/contracts';
import { testBus } from '@keywarden/testing';
import { AckPolicy, DeliverPolicy, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BusSetupError,
  DURABLE_CONSUMERS,
  INBOUND_CONSUMERS,
  closeBus,
  connectBus,
  durableConsumerConfig,
  durableName,
  openDurableConsumer,
  openEventStream,
  provisionBus,
  type ProvisionStep,
} from './index.js';

// provisionBus on the test run's open nats-server, each test in its own namespace:
// what it creates, what it repairs, and what the services' side (openEventStream,
// openDurableConsumer) refuses to use.
let nc: NatsConnection;
let jsm: JetStreamManager;
const { natsUrl } = testBus();
const fresh = () => testBus().namespace;
const summary = (steps: ProvisionStep[]) => steps.map((s) => `${s.action} ${s.kind} ${s.name}`);

beforeAll(async () => {
  nc = await connectBus({ servers: natsUrl, name: 'provision-test' });
  jsm = await jetstreamManager(nc);
});
afterAll(async () => await closeBus(nc));

describe('provisionBus', () => {
  it('creates every context stream and every durable consumer of the topology, then changes nothing', async () => {
    const namespace = fresh();
    const names = busNames(namespace);
    const first = await provisionBus(nc, { namespace });
    expect(summary(first)).toEqual([
      ...contexts.map((c) => `created stream ${names.stream(c)}`),
      `created stream ${names.inboundStream()}`,
      ...DURABLE_CONSUMERS.map((c) => `created consumer ${durableName(c)}`),
      ...INBOUND_CONSUMERS.map((c) => `created consumer ${durableName(c)}`),
    ]);
    for (const c of INBOUND_CONSUMERS) {
      const info = await jsm.consumers.info(names.inboundStream(), durableName(c));
      expect(info.config).toMatchObject({ ack_policy: AckPolicy.Explicit, filter_subject: names.inboundFilter(c.context), max_deliver: -1 });
    }
    expect((await jsm.streams.info(names.inboundStream())).config).toMatchObject({ subjects: [names.inboundSubjects()], storage: 'file', retention: 'limits' });
    for (const c of DURABLE_CONSUMERS) {
      const info = await jsm.consumers.info(names.stream(c.context), durableName(c));
      expect(info.config).toMatchObject({ ack_policy: AckPolicy.Explicit, filter_subject: names.contextSubjects(c.context), max_deliver: -1 });
      expect(info.config.deliver_subject).toBeUndefined();
    }
    const again = await provisionBus(nc, { namespace });
    expect(again.map((s) => s.action)).toEqual(first.map(() => 'unchanged'));
  });

  it('turns a push durable back into the pull consumer it should be, and deletes stray push consumers', async () => {
    const namespace = fresh();
    const names = busNames(namespace);
    await provisionBus(nc, { namespace });
    const stream = names.stream('identity');
    const own = 'notifier--security-alerts';
    // What the issue describes: a service's own durable name, as a push consumer into another service's RPC subject.
    await jsm.consumers.delete(stream, own);
    await jsm.consumers.add(stream, { durable_name: own, ack_policy: AckPolicy.None, deliver_policy: DeliverPolicy.All, deliver_subject: `${namespace}.rpc.identity.GetJwks` });
    await jsm.consumers.add(stream, { name: 'peek', ack_policy: AckPolicy.None, deliver_subject: `${namespace}.rpc.oauth.Ping` });
    await jsm.consumers.add(stream, { durable_name: 'someone--else', ack_policy: AckPolicy.Explicit });

    const dry = await provisionBus(nc, { namespace, dryRun: true });
    const changed = (steps: ProvisionStep[]) => steps.filter((s) => s.action !== 'unchanged').map((s) => [s.action, s.name]);
    expect(changed(dry)).toEqual([['recreated', own], ['deleted', 'peek'], ['unknown', 'someone--else']]);
    expect((await jsm.consumers.info(stream, own)).config.deliver_subject).toBe(`${namespace}.rpc.identity.GetJwks`);

    const steps = await provisionBus(nc, { namespace });
    expect(changed(steps)).toEqual(changed(dry));
    expect(steps.find((s) => s.name === own)?.details).toContain(`deliver_subject: "${namespace}.rpc.identity.GetJwks" (expected none)`);
    const repaired = await jsm.consumers.info(stream, own);
    expect(repaired.config.deliver_subject).toBeUndefined();
    expect(repaired.config.ack_policy).toBe(AckPolicy.Explicit);
    await expect(jsm.consumers.info(stream, 'peek')).rejects.toThrow(/consumer not found/i);
    expect((await jsm.consumers.info(stream, 'someone--else')).name).toBe('someone--else');
  });

  it('updates tuning in place', async () => {
    const namespace = fresh();
    const names = busNames(namespace);
    await provisionBus(nc, { namespace });
    const stream = names.stream('oauth');
    const durable = 'gitops-sync--oauth-accounts';
    await jsm.consumers.update(stream, durable, { ack_wait: 5_000_000_000, max_ack_pending: 7 });
    const steps = await provisionBus(nc, { namespace });
    expect(steps.filter((s) => s.action !== 'unchanged').map((s) => [s.action, s.name, s.details])).toEqual([
      ['updated', durable, ['ack_wait: 5000000000 (expected 30000000000)', 'max_ack_pending: 7 (expected 1000)']],
    ]);
    expect((await jsm.consumers.info(stream, durable)).config).toMatchObject({ ack_wait: 30_000_000_000, max_ack_pending: 1000 });
  });

  it('removes a republish from a stream, or says why it cannot (nats-server 2.9 will not change one)', async () => {
    const namespace = fresh();
    const names = busNames(namespace);
    const stream = names.stream('oauth');
    await jsm.streams.add({ name: stream, subjects: [names.contextSubjects('oauth')], republish: { src: names.contextSubjects('oauth'), dest: `${namespace}.copy.>` } });
    const outcome = await provisionBus(nc, { namespace }).catch((error: unknown) => error as Error);
    if (outcome instanceof Error) {
      expect(outcome.message).toContain(`stream ${stream} differs from the topology (`);
      expect(outcome.message).toContain(`republish: "${namespace}.copy.>" (expected none)`);
      expect(outcome.message).toMatch(/nats-server refused the update: .*republish/i);
      // Nothing after the refused stream was touched.
      await expect(jsm.consumers.info(stream, 'gitops-sync--oauth-accounts')).rejects.toThrow(/consumer not found/i);
    } else {
      expect(outcome.find((s) => s.name === stream)).toMatchObject({ action: 'updated', details: expect.arrayContaining([`republish: "${namespace}.copy.>" (expected none)`]) });
      expect((await jsm.streams.info(stream)).config.republish).toBeUndefined();
    }
  });
});

describe('what a service uses', () => {
  it('opens the provisioned stream and durable as they are, and creates them on an open server', async () => {
    const namespace = fresh();
    const names = busNames(namespace);
    const created = await openEventStream(nc, 'deploy', { namespace });
    expect(created.config.name).toBe(names.stream('deploy'));
    const config = durableConsumerConfig({ context: 'deploy', durable: 'notifier--deploy-alerts', namespace });
    const opened = await openDurableConsumer(jsm, names.stream('deploy'), config);
    expect(opened.name).toBe('notifier--deploy-alerts');
    const mine = new Set([names.stream('deploy'), 'notifier--deploy-alerts']);
    expect(summary((await provisionBus(nc, { namespace })).filter((s) => mine.has(s.name)))).toEqual([
      `unchanged stream ${names.stream('deploy')}`,
      'unchanged consumer notifier--deploy-alerts',
    ]);
  });

  it('refuses a durable configured otherwise (a push deliver subject) and a stream that republishes', async () => {
    const namespace = fresh();
    const names = busNames(namespace);
    await provisionBus(nc, { namespace });
    const stream = names.stream('gitops');
    const durable = 'deployer--projects';
    await jsm.consumers.delete(stream, durable);
    await jsm.consumers.add(stream, { durable_name: durable, ack_policy: AckPolicy.Explicit, deliver_subject: `${namespace}.elsewhere` });
    const refused = await openDurableConsumer(jsm, stream, durableConsumerConfig({ context: 'gitops', durable, namespace })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusSetupError);
    expect(refused).toMatchObject({ code: 'ERR_BUS_MISCONFIGURED', target: `consumer ${durable}` });
    expect((refused as BusSetupError).differences).toContain(`deliver_subject: "${namespace}.elsewhere" (expected none)`);
    expect((await jsm.consumers.info(stream, durable)).config.deliver_subject).toBe(`${namespace}.elsewhere`);

    const other = names.stream('secrets');
    await jsm.streams.delete(other);
    await jsm.streams.add({ name: other, subjects: [names.contextSubjects('secrets')], republish: { src: names.contextSubjects('secrets'), dest: `${namespace}.copy.>` } });
    const stream2 = await openEventStream(nc, 'secrets', { namespace }).catch((e: unknown) => e);
    expect(stream2).toMatchObject({ code: 'ERR_BUS_MISCONFIGURED', target: `stream ${other}` });
    expect((stream2 as BusSetupError).differences).toContain(`republish: "${namespace}.copy.>" (expected none)`);
  });
});
