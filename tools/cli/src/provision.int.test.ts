import { DURABLE_CONSUMERS, INBOUND_CONSUMERS, closeBus, connectBus, durableName } from '@keywarden/bus';
import { busNames, contexts } from '@keywarden/contracts';
import { testBus } from '@keywarden/testing';
import { AckPolicy, jetstreamManager } from '@nats-io/jetstream';
import { describe, expect, it } from 'vitest';
import { kw } from './test-support.js';

// The context streams and EXT_INBOUND; every durable of both.
const STREAMS = contexts.length + 1;
const CONSUMERS = DURABLE_CONSUMERS.length + INBOUND_CONSUMERS.length;

// `kw provision` in-process against the test run's open nats-server, in a namespace of its own.
describe('kw provision', () => {
  it('says what it would do, then does it, then finds nothing to do', async () => {
    const bus = testBus();
    const names = busNames(bus.namespace);
    const run = kw(bus);
    const nc = await connectBus({ servers: bus.natsUrl, name: 'cli-provision-test' });
    try {
      const jsm = await jetstreamManager(nc);
      const dry = await run(['provision', '--dry-run']);
      expect(dry.code, dry.err).toBe(0);
      expect(dry.out.trim().split('\n')).toEqual([
        ...contexts.map((c) => `would create stream ${names.stream(c)}`),
        `would create stream ${names.inboundStream()}`,
        ...DURABLE_CONSUMERS.map((c) => `would create consumer ${durableName(c)} on ${names.stream(c.context)}`),
        ...INBOUND_CONSUMERS.map((c) => `would create consumer ${durableName(c)} on ${names.inboundStream()}`),
      ]);
      expect(dry.err).toBe(`${STREAMS} streams (1 replica) and ${CONSUMERS} durable consumers: ${STREAMS + CONSUMERS} to be created, 0 to be updated, 0 to be recreated, 0 to be deleted, 0 unchanged (dry run: nothing changed)\n`);
      await expect(jsm.streams.info(names.stream('identity'))).rejects.toThrow(/stream not found/i);

      const done = await run(['provision']);
      expect(done.code, done.err).toBe(0);
      expect(done.out).toBe(dry.out.replaceAll('would create', 'created'));
      expect(done.err).toContain(`${STREAMS + CONSUMERS} created, 0 updated, 0 recreated, 0 deleted, 0 unchanged`);
      expect((await jsm.consumers.info(names.stream('oauth'), 'notifier--oauth-warnings')).config.ack_policy).toBe(AckPolicy.Explicit);

      // A durable turned into a push consumer is put right; the rest is left as it is.
      await jsm.consumers.delete(names.stream('oauth'), 'notifier--oauth-warnings');
      await jsm.consumers.add(names.stream('oauth'), { durable_name: 'notifier--oauth-warnings', ack_policy: AckPolicy.Explicit, deliver_subject: `${bus.namespace}.rpc.oauth.GetAccessToken` });
      const again = await run(['provision']);
      expect(again.code, again.err).toBe(0);
      expect(again.out).toContain(`recreated consumer notifier--oauth-warnings on ${names.stream('oauth')}: deliver_subject: "${bus.namespace}.rpc.oauth.GetAccessToken" (expected none)`);
      expect(again.err).toContain(`0 created, 0 updated, 1 recreated, 0 deleted, ${STREAMS + CONSUMERS - 1} unchanged`);
      expect((await jsm.consumers.info(names.stream('oauth'), 'notifier--oauth-warnings')).config.deliver_subject).toBeUndefined();
    } finally {
      await closeBus(nc);
    }
  });

  it('refuses replicas it cannot honour, as bad usage', async () => {
    const result = await kw(testBus())(['provision', '--replicas', '7']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('an integer from 1 to 5 expected');
  });
});
