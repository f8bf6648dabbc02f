import { randomUUID } from 'node:crypto';
import { encodeEvent } from '@keywarden/contracts';
import { sleep, testBus } from '@keywarden/testing';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerRecord, rawHeaderBlock, readHeaders, toNatsHeaders } from './headers.js';
import { closeBus, connectBus, ensureEventStream, replayStream } from './index.js';
import { busNames } from '@keywarden/contracts';

let nc: NatsConnection;
const { natsUrl, namespace } = testBus();

beforeAll(async () => {
  nc = await connectBus({ servers: natsUrl, name: 'replay-test' });
  await ensureEventStream(nc, 'identity', { namespace });
  const js = jetstream(nc);
  for (let i = 1; i <= 23; i++) {
    const userId = randomUUID();
    const m = encodeEvent({
      eventId: randomUUID(),
      type: 'UserRegistered',
      streamId: `user-${userId}`,
      streamVersion: 1,
      time: new Date().toISOString(),
      source: 'identity',
      data: { userId, email: `u${i}@example.com`, displayName: `User ${i}`, method: 'password', roles: [] },
    }, { namespace });
    await js.publish(m.subject, m.data, { msgID: m.msgId, headers: toNatsHeaders(m.headers) });
  }
});
afterAll(async () => {
  await closeBus(nc);
});

describe('replayStream', () => {
  it('applies one batch at a time, in stream order, while reading ahead', async () => {
    let active = 0;
    let most = 0;
    const seen: string[] = [];
    const progress = await replayStream(nc, {
      context: 'identity',
      namespace,
      batchSize: 5,
      handleBatch: async (events) => {
        most = Math.max(most, ++active);
        await sleep(20);
        seen.push(...events.map((e) => String(e.data['email'])));
        active--;
      },
    });
    expect(progress).toMatchObject({ delivered: 23, undecodable: 0, pending: 0 });
    expect(most).toBe(1);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `u${i + 1}@example.com`));
  });

  it('stops at the first batch that cannot be applied and rejects with its error', async () => {
    const batches: number[] = [];
    const replay = replayStream(nc, {
      context: 'identity',
      namespace,
      batchSize: 5,
      handleBatch: async (events) => {
        batches.push(events.length);
        if (batches.length === 2) throw new Error('projection write failed');
      },
    });
    await expect(replay).rejects.toThrow('projection write failed');
    await sleep(100);
    // No batch after the failed one was handed over (the second may have grown while the first ran).
    expect(batches).toHaveLength(2);
    expect(batches[0]).toBe(5);
  });

  it('grows the next batch, up to maxBatchSize, while the handler is busy with the previous one', async () => {
    const sizes: number[] = [];
    const seen: string[] = [];
    const progress = await replayStream(nc, {
      context: 'identity',
      namespace,
      batchSize: 2,
      maxBatchSize: 6,
      handleBatch: async (events) => {
        sizes.push(events.length);
        seen.push(...events.map((e) => String(e.data['email'])));
        // The first batch is slow: everything read meanwhile waits in the next one, up to 6 events.
        if (sizes.length === 1) await sleep(300);
      },
    });
    expect(progress).toMatchObject({ delivered: 23, pending: 0 });
    expect(sizes[0]).toBe(2);
    expect(sizes[1]).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(6);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `u${i + 1}@example.com`));
  });

  it("reads a received message's headers from its bytes, as nats.js' own parse gives them", async () => {
    const consumer = await jetstream(nc).consumers.get(busNames(namespace).stream('identity'));
    const m = await consumer.next();
    expect(m).not.toBeNull();
    // The fast path is taken on the installed nats.js: the header block is reachable as bytes.
    expect(rawHeaderBlock(m!)).toBeInstanceOf(Uint8Array);
    // ...and as a Buffer, which readHeaders reads the text from without a copy or a view.
    expect(Buffer.isBuffer((m as unknown as { msg: { _rdata: unknown } }).msg._rdata)).toBe(true);
    const read = readHeaders(m!);
    expect(read).toEqual({ record: headerRecord(m!.headers), malformed: false });
    expect(read.record['ce-type']).toBe('keywarden.identity.v1.UserRegistered');
  });
});
