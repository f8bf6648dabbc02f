// The revocation feed on a real nats-server, without any consumer: the window
// replayed with STREAM.MSG.GET after a restart, events that arrive while the
// replay runs (held by the subscription, applied once), and the feed failing
// closed while its connection is cut or silent, then catching up on what it missed.
import { randomUUID } from 'node:crypto';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { closeBus, connectBus, eventPublisher } from '@keywarden/bus';
import type { EventEnvelope } from '@keywarden/contracts';
import { createLogger } from '@keywarden/telemetry';
import { eventually, freePort, sleep, startNatsServer, testRoot, uniqueName, type RunningNatsServer } from '@keywarden/testing';
import { StorageType, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quiet } from '../test-support/gateway.js';
import { identityFeed, type IdentityFeed } from './feed.js';
import { RevocationState } from './revocations.js';

const logger = createLogger({ service: 'gateway', level: 'silent', destination: quiet });

describe('the identity revocation feed (no consumer)', () => {
  let server: RunningNatsServer;
  let operator: NatsConnection;
  const connections: NatsConnection[] = [];
  const feeds: IdentityFeed[] = [];

  beforeAll(async () => {
    server = await startNatsServer({ storeDir: join(testRoot(), uniqueName('nats-feed-')) });
    operator = await connectBus({ servers: server.url, name: 'feed-test-operator' });
  });

  afterAll(async () => {
    for (const feed of feeds) await feed.task.stop();
    for (const nc of connections) await closeBus(nc);
    if (operator) await closeBus(operator);
    await server?.stop();
  });

  /** A namespace with its own identity stream. */
  const setUp = async (namespace: string) => {
    const jsm = await jetstreamManager(operator);
    await jsm.streams.add({ name: `${namespace.toUpperCase()}_EVT_IDENTITY`, subjects: [`${namespace}.evt.identity.>`], storage: StorageType.File });
    const publisher = eventPublisher(operator, { source: 'identity', namespace });
    const revoke = async (sessionId: string): Promise<{ eventId: string; seq: number; timeMs: number }> => {
      const eventId = randomUUID();
      const [outcome] = await publisher([{ eventId, type: 'SessionRevoked', streamId: `session-${sessionId}`, streamVersion: 1, recordedAt: new Date(), data: { sessionId, userId: 'u1', reason: 'sign_out', actorUserId: 'u1' }, metadata: {} }]);
      expect(outcome).toEqual({ status: 'acked' });
      const last = await jsm.streams.getMessage(`${namespace.toUpperCase()}_EVT_IDENTITY`, { last_by_subj: `${namespace}.evt.identity.session.SessionRevoked` });
      return { eventId, seq: last!.seq, timeMs: last!.time.getTime() };
    };
    return { jsm, stream: `${namespace.toUpperCase()}_EVT_IDENTITY`, revoke };
  };

  const start = (o: { nc: NatsConnection; namespace: string; now?: () => Date; windowMs?: number; probeMs?: number; apply: (e: EventEnvelope) => void }): IdentityFeed => {
    const feed = identityFeed({ nc: o.nc, namespace: o.namespace, logger, clock: { now: o.now ?? (() => new Date()) }, windowMs: o.windowMs ?? 600_000, apply: o.apply, retryMs: 100, ...(o.probeMs ? { probeMs: o.probeMs } : {}) });
    feeds.push(feed);
    void feed.task.start();
    return feed;
  };

  it('replays exactly the window, over deleted messages, and after a restart knows revocations older than its subscription', async () => {
    const { jsm, stream, revoke } = await setUp('feeda');
    const published: Array<{ eventId: string; seq: number; timeMs: number }> = [];
    for (let i = 0; i < 80; i++) {
      published.push(await revoke(`s${i}`));
      if (i === 39) await sleep(5); // s40 is stored at a later millisecond than s39
    }
    expect(published[40]!.timeMs).toBeGreaterThan(published[39]!.timeMs);
    // Deleted: one before the window, and inside it, a run across a batch of reads.
    const deleted = [2, 41, 70, 71, 72];
    for (const i of deleted) await jsm.streams.deleteMessage(stream, published[i]!.seq);

    // The window starts exactly at s40: s40 and later count, s39 and earlier do not.
    const nc = await connectBus({ servers: server.url, name: 'feed-a' });
    connections.push(nc);
    const seen: string[] = [];
    const windowMs = 60_000;
    const first = start({ nc, namespace: 'feeda', windowMs, now: () => new Date(published[40]!.timeMs + windowMs), apply: (e) => seen.push(String(e.data['sessionId'])) });
    await eventually(() => first.state() === 'ok', { timeoutMs: 10_000, message: 'the replay caught up' });
    expect(first.staleSince()).toBeUndefined();
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => 40 + i).filter((i) => !deleted.includes(i)).map((i) => `s${i}`));
    await first.task.stop();

    // Revoked while no gateway ran; then a gateway starts: it learns all of it from the stream.
    await revoke('s80');
    const revocations = new RevocationState(() => Date.now(), windowMs);
    const restarted = start({ nc, namespace: 'feeda', windowMs, apply: (e) => revocations.apply(e) });
    expect(restarted.state()).toBe('replaying');
    await eventually(() => restarted.state() === 'ok', { timeoutMs: 10_000, message: 'the replay after the restart caught up' });
    for (let i = 0; i <= 80; i++) expect(revocations.sessionRevoked(`s${i}`), `s${i}`).toBe(!deleted.includes(i));
  }, 30_000);

  it('applies each event once when events arrive during the replay, then follows live ones', async () => {
    const { revoke } = await setUp('feedb');
    const before = [await revoke('r1'), await revoke('r2'), await revoke('r3')];
    const base = await connectBus({ servers: server.url, name: 'feed-b' });
    connections.push(base);
    const during: Array<{ eventId: string }> = [];
    let flushed = false;
    let fetched = false;
    // The feed's connection, with events published at the worst moments: just after it subscribed
    // (before it looks at the stream: both held and replayed), and once the replay reads messages
    // (past the end it saw first: held, and found again by the replay).
    const nc = new Proxy(base, {
      get(target, prop) {
        if (prop === 'flush') {
          return async () => {
            await target.flush();
            if (!flushed) {
              flushed = true;
              during.push(await revoke('d1'));
            }
            await target.flush();
          };
        }
        if (prop === 'request') {
          return async (...args: Parameters<NatsConnection['request']>) => {
            if (!fetched && args[0].startsWith('$JS.API.STREAM.MSG.GET.')) {
              fetched = true;
              during.push(await revoke('d2'), await revoke('d3'));
            }
            return await target.request(...args);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const applied: string[] = [];
    const feed = start({ nc, namespace: 'feedb', apply: (e) => applied.push(e.eventId) });
    await eventually(() => feed.state() === 'ok', { timeoutMs: 10_000, message: 'the replay caught up' });
    expect(flushed && fetched).toBe(true);
    expect(applied).toEqual([...before, ...during].map((e) => e.eventId));

    const live = await revoke('l1');
    await eventually(() => applied.length === 7, { timeoutMs: 5_000, message: 'the live event' });
    expect(applied.at(-1)).toBe(live.eventId);
    expect(new Set(applied).size).toBe(applied.length);
  }, 30_000);

  it('fails closed while its connection is cut, and replays what it missed once back', async () => {
    const { revoke } = await setUp('feedc');
    await revoke('c1');
    const proxy = await tcpProxy(server.port);
    const nc = await connectBus({ servers: `nats://127.0.0.1:${proxy.port}`, name: 'feed-c' });
    connections.push(nc);
    let now = Date.now();
    const revocations = new RevocationState(() => Date.now(), 600_000);
    const feed = start({ nc, namespace: 'feedc', now: () => new Date(now), apply: (e) => revocations.apply(e) });
    await eventually(() => feed.state() === 'ok', { timeoutMs: 10_000, message: 'the first replay' });
    expect(revocations.sessionRevoked('c1')).toBe(true);

    proxy.cut();
    await eventually(() => feed.state() === 'reconnecting', { timeoutMs: 10_000, message: 'interrupted when the connection dropped' });
    const since = feed.staleSince();
    expect(since).toBe(now);
    now += 1_000;
    // Revoked while the gateway cannot hear it.
    await revoke('c2');
    expect(revocations.sessionRevoked('c2')).toBe(false);
    expect(feed.state()).toBe('reconnecting');
    expect(feed.staleSince()).toBe(since); // stale since the drop, not since the last look

    proxy.restore();
    await eventually(() => feed.state() === 'ok', { timeoutMs: 15_000, message: 'caught up after the reconnect' });
    expect(feed.staleSince()).toBeUndefined();
    expect(revocations.sessionRevoked('c2')).toBe(true);
    // And live again.
    await revoke('c3');
    await eventually(() => revocations.sessionRevoked('c3'), { timeoutMs: 5_000, message: 'a live event after the recovery' });
    await proxy.close();
  }, 40_000);

  it('fails closed when the connection goes silent without dropping, and recovers when it answers again', async () => {
    const { revoke } = await setUp('feedd');
    const proxy = await tcpProxy(server.port);
    const nc = await connectBus({ servers: `nats://127.0.0.1:${proxy.port}`, name: 'feed-d' });
    connections.push(nc);
    const revocations = new RevocationState(() => Date.now(), 600_000);
    const feed = start({ nc, namespace: 'feedd', probeMs: 300, apply: (e) => revocations.apply(e) });
    await eventually(() => feed.state() === 'ok', { timeoutMs: 10_000, message: 'the first replay' });

    proxy.freeze(); // half-open: no close, no data
    await revoke('d1');
    // Well before the client's own pings (every 10 s, two missed) would notice.
    await eventually(() => feed.state() === 'reconnecting', { timeoutMs: 8_000, message: 'an unanswered ping interrupts the feed' });
    expect(feed.staleSince()).toBeDefined();
    expect(revocations.sessionRevoked('d1')).toBe(false);

    proxy.thaw();
    await eventually(() => feed.state() === 'ok', { timeoutMs: 15_000, message: 'replayed once NATS answers again' });
    expect(revocations.sessionRevoked('d1')).toBe(true);
    await proxy.close();
  }, 40_000);
});

/** A TCP relay to nats-server that can drop every connection and refuse new ones for a while, or stall them. */
async function tcpProxy(target: number): Promise<{ port: number; cut: () => void; restore: () => void; freeze: () => void; thaw: () => void; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let down = false;
  const server: Server = createServer((client) => {
    if (down) return void client.destroy();
    const upstream = tcpConnect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    cut: () => {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore: () => {
      down = false;
    },
    freeze: () => {
      for (const s of sockets) s.pause();
    },
    thaw: () => {
      for (const s of sockets) s.resume();
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
