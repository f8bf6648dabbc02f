import { DURABLE_CONSUMERS, INBOUND_CONSUMERS, closeBus, connectBus, durableName } from '@keywarden/bus';
import { contexts } from '@keywarden/contracts';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_NATS_USER, SERVICES, type ServiceSpec } from './services.js';
import { startConfiguredNats, type ConfiguredNats } from './test-support/configured-nats.js';
import { accepted, acknowledged, json } from './test-support/permission-probes.js';
import { RawNatsClient } from './test-support/raw-nats.js';

// Every service user of deploy/nats/nats-server.conf, probed with a client that is not
// the project's own (test-support/raw-nats.ts speaks the protocol over a socket), on a
// server where the bus topology was provisioned as the operator. No user may make the
// server publish anywhere it cannot publish itself: no consumer of any kind (a push
// consumer's deliver subject), no stream create or update (republish, sources, mirror),
// nothing of another context; and what it needs still works. nats-permissions.int.test.ts
// checks the same file through nats.js, as the services use it.
const STREAMS = [...contexts.map((c) => `EVT_${c.toUpperCase()}`), 'EXT_INBOUND'];
const streamOf = (context: string) => `EVT_${context.toUpperCase()}`;
/** Every durable of the topology on its stream: the context streams' and EXT_INBOUND's. */
const DURABLES = [
  ...DURABLE_CONSUMERS.map((c) => ({ service: c.service, name: durableName(c), stream: streamOf(c.context) })),
  ...INBOUND_CONSUMERS.map((c) => ({ service: c.service, name: durableName(c), stream: 'EXT_INBOUND' })),
];
/** The RPCs of other contexts a user may call, besides rpc.*.Ping (the gateway: all but four). */
const CALLS: Record<string, string[]> = {
  'gitops-sync': ['rpc.oauth.GetAccessToken'], 'secrets-vault': ['rpc.gitops.LookupProject', 'rpc.deploy.LookupApplication'], deployer: ['rpc.secrets.BuildEnvironment', 'rpc.gitops.LookupProject'],
};
const INTO = 'rpc.identity.GetJwks';

let nats: ConfiguredNats;
let operator: NatsConnection;
let jsm: JetStreamManager;

beforeAll(async () => {
  nats = await startConfiguredNats();
  operator = await connectBus({ servers: nats.server.url, user: OPERATOR_NATS_USER, pass: nats.password(OPERATOR_NATS_USER), name: 'test-operator' });
  jsm = await jetstreamManager(operator);
  // One message on every stream, for each user's durables to fetch.
  for (const context of contexts) await jetstream(operator).publish(`evt.${context}.probe.Seeded`, 'seed');
  for (const context of ['gitops', 'deploy']) await jetstream(operator).publish(`ext.probe.seed.${context}.Seeded`, 'seed');
});

afterAll(async () => {
  if (operator) await closeBus(operator);
  await nats?.server.stop();
});

function consumerProbes(spec: ServiceSpec): Array<[string, unknown]> {
  const probes: Array<[string, unknown]> = [];
  const push = (stream: string, name?: string) => ({ stream_name: stream, config: { ...(name ? { name, durable_name: name } : {}), deliver_subject: INTO, deliver_policy: 'all', ack_policy: 'none' } });
  const pull = (stream: string, name?: string) => ({ stream_name: stream, config: { ...(name ? { name, durable_name: name } : {}), deliver_policy: 'all', ack_policy: 'explicit' } });
  const own = DURABLES.filter((c) => c.service === spec.name).map((c) => c.name);
  for (const stream of [...STREAMS, 'EVT_ROGUE']) {
    // Ephemeral, push and pull (the subjects of nats-server 2.9 and of 2.10+).
    probes.push([`$JS.API.CONSUMER.CREATE.${stream}`, push(stream)], [`$JS.API.CONSUMER.CREATE.${stream}`, pull(stream)]);
    for (const name of ['peek', ...DURABLES.map((c) => c.name)]) {
      for (const body of own.includes(name) ? [push(stream, name), pull(stream, name)] : [push(stream, name)]) {
        probes.push(
          [`$JS.API.CONSUMER.CREATE.${stream}.${name}`, body],
          [`$JS.API.CONSUMER.CREATE.${stream}.${name}.evt.identity.>`, body],
          [`$JS.API.CONSUMER.DURABLE.CREATE.${stream}.${name}`, body],
        );
      }
      probes.push([`$JS.API.CONSUMER.DELETE.${stream}.${name}`, '']);
    }
  }
  // Other services' durables: neither looked up nor fetched from nor acknowledged.
  for (const { stream, name } of DURABLES.filter((d) => d.service !== spec.name)) {
    probes.push([`$JS.API.CONSUMER.INFO.${stream}.${name}`, ''], [`$JS.API.CONSUMER.MSG.NEXT.${stream}.${name}`, { batch: 1, no_wait: true }], [`$JS.ACK.${stream}.${name}.1.1.1.1.0`, '+ACK']);
  }
  return probes;
}

function streamProbes(): Array<[string, unknown]> {
  const probes: Array<[string, unknown]> = [];
  for (const stream of [...STREAMS, 'EVT_ROGUE']) {
    const own = { name: stream, subjects: [`evt.${stream.slice(4).toLowerCase()}.>`] };
    probes.push(
      [`$JS.API.STREAM.CREATE.${stream}`, { ...own, republish: { src: '>', dest: INTO } }],
      [`$JS.API.STREAM.UPDATE.${stream}`, { ...own, republish: { src: '>', dest: INTO } }],
      [`$JS.API.STREAM.CREATE.${stream}`, own],
      [`$JS.API.STREAM.DELETE.${stream}`, ''],
      [`$JS.API.STREAM.PURGE.${stream}`, ''],
      [`$JS.API.STREAM.MSG.DELETE.${stream}`, { seq: 1 }],
    );
  }
  probes.push(
    ['$JS.API.STREAM.CREATE.KW_COPY', { name: 'KW_COPY', sources: [{ name: 'EVT_IDENTITY' }] }],
    ['$JS.API.STREAM.CREATE.KW_MIRROR', { name: 'KW_MIRROR', mirror: { name: 'EVT_OAUTH' } }],
  );
  return probes;
}

function foreignProbes(spec: ServiceSpec): Array<[string, unknown]> {
  const others = contexts.filter((c) => c !== spec.context);
  const rpc = spec.name === 'gateway' ? ['rpc.oauth.GetAccessToken', 'rpc.secrets.BuildEnvironment', 'rpc.gitops.LookupProject', 'rpc.deploy.LookupApplication'] : others.map((c) => `rpc.${c}.Forged`);
  return [...others.map((c): [string, unknown] => [`evt.${c}.user.Forged`, 'forged']), ...rpc.map((s): [string, unknown] => [s, 'forged'])];
}

describe('every service user of deploy/nats, through an independent client', () => {
  for (const spec of SERVICES) {
    it(`${spec.natsUser}: creates no consumer or stream and touches nothing of another context, and still does its work`, async () => {
      const raw = await RawNatsClient.connect(nats.server.port, spec.natsUser, nats.password(spec.natsUser));
      try {
        expect(await accepted(raw, consumerProbes(spec)), 'consumer requests accepted').toEqual([]);
        expect(await accepted(raw, streamProbes()), 'stream requests accepted').toEqual([]);
        expect(await accepted(raw, foreignProbes(spec)), "other contexts' subjects accepted").toEqual([]);
        const foreignSubs = ['>', 'evt.>', '$JS.>', ...SERVICES.filter((s) => s !== spec).map((s) => `_INBOX_${s.natsUser}.>`), ...contexts.filter((c) => c !== spec.context).map((c) => `rpc.${c}.>`)];
        for (const subject of foreignSubs) expect((await raw.sub(subject, () => undefined)).outcome, subject).toBe(`Permissions Violation for Subscription to "${subject}"`);

        if (spec.context) {
          const own = streamOf(spec.context);
          expect(json(await raw.request(`$JS.API.STREAM.INFO.${own}`))).toMatchObject({ config: { name: own } });
          expect(json(await raw.request(`evt.${spec.context}.probe.Published`, 'own event'))).toMatchObject({ stream: own });
          expect((await raw.sub(`rpc.${spec.context}.>`, () => undefined, 'q')).outcome).toBe('ok');
        } else {
          // The gateway: its revocation feed's reads, identity's events as they come, and RPC.
          expect(json(await raw.request('$JS.API.STREAM.INFO.EVT_IDENTITY'))).toMatchObject({ config: { name: 'EVT_IDENTITY' } });
          expect(json(await raw.request('$JS.API.STREAM.MSG.GET.EVT_IDENTITY', JSON.stringify({ seq: 1 })))).toMatchObject({ message: { seq: 1 } });
          expect((await raw.sub('evt.identity.>', () => undefined)).outcome).toBe('ok');
          expect(await raw.pub('rpc.identity.GetJwks', '', `${raw.inbox}.rpc`)).toBe('ok');
        }
        for (const subject of CALLS[spec.name] ?? []) expect(await raw.pub(subject, '', `${raw.inbox}.rpc`), subject).toBe('ok');
        for (const { stream, name } of DURABLES.filter((d) => d.service === spec.name)) {
          expect(json(await raw.request(`$JS.API.CONSUMER.INFO.${stream}.${name}`))).toMatchObject({ name, config: { ack_policy: 'explicit' } });
          const fetched = await raw.request(`$JS.API.CONSUMER.MSG.NEXT.${stream}.${name}`, JSON.stringify({ batch: 1, expires: 2_000_000_000 }));
          if (typeof fetched === 'string') throw new Error(fetched);
          expect(fetched.reply).toMatch(new RegExp(`^\\$JS\\.ACK\\.${stream}\\.${name}\\.`));
          expect(await raw.pub(fetched.reply!, '+ACK')).toBe('ok');
          await acknowledged(jsm, stream, name);
        }
      } finally {
        raw.close();
      }
    });
  }

  it('left the bus exactly as provisioned: the topology durables, pull only, and the streams copy nothing', async () => {
    const streams: string[] = [];
    for await (const info of jsm.streams.list()) {
      streams.push(info.config.name);
      expect(info.config.republish, info.config.name).toBeUndefined();
      expect(info.config.sources ?? [], info.config.name).toEqual([]);
      expect(info.config.mirror, info.config.name).toBeUndefined();
    }
    expect(streams.sort()).toEqual([...STREAMS].sort());
    for (const stream of STREAMS) {
      const consumers: string[] = [];
      for await (const info of jsm.consumers.list(stream)) {
        consumers.push(info.name);
        expect(info.config.deliver_subject, info.name).toBeUndefined();
      }
      expect(consumers.sort(), stream).toEqual(DURABLES.filter((c) => c.stream === stream).map((c) => c.name).sort());
    }
  });
});
