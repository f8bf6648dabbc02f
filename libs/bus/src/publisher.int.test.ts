// The relay's publisher against a real nats-server: what it reports for each event of a batch, and that
// what it stores carries the headers the consumers read (the same bytes js.publish would have sent).
import { randomUUID } from 'node:crypto';
import { busNames, eventSubject } from '@keywarden/contracts';
import { testBus } from '@keywarden/testing';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBus, connectBus, ensureEventStream, eventPublisher, type StoredEvent } from './index.js';

let nc: NatsConnection;
const { natsUrl, namespace } = testBus();

beforeAll(async () => {
  nc = await connectBus({ servers: natsUrl, name: 'publisher-test' });
});
afterAll(async () => {
  await closeBus(nc);
});

const user = (overrides: Partial<StoredEvent> = {}): StoredEvent => {
  const userId = randomUUID();
  return {
    eventId: randomUUID(), type: 'UserRegistered', streamId: `user-${userId}`, streamVersion: 1, recordedAt: new Date(),
    data: { userId, email: `${userId}@example.com`, displayName: 'U', method: 'password', roles: [] }, metadata: {}, ...overrides,
  };
};

describe('eventPublisher', () => {
  it('says per event what became of it: acked (a repeated id too), rejected when it breaks its contract', async () => {
    await ensureEventStream(nc, 'identity', { namespace });
    const publish = eventPublisher(nc, { source: 'identity', namespace });
    const first = user();
    const broken = user({ streamId: 'nodash' });
    const outcomes = await publish([first, broken, user(), first]);
    expect(outcomes).toEqual([{ status: 'acked' }, { status: 'rejected', code: 'ERR_EVENT_ENCODE' }, { status: 'acked' }, { status: 'acked' }]);

    // Stored once each (the repeated id dropped by JetStream), with the headers the consumers decode.
    const jsm = await jetstreamManager(nc);
    const stream = busNames(namespace).stream('identity');
    expect((await jsm.streams.info(stream)).state.messages).toBe(2);
    const header = (await jsm.streams.getMessage(stream, { seq: 1 }))?.header;
    expect(header?.get('Nats-Msg-Id')).toBe(first.eventId);
    expect(header?.get('ce-id')).toBe(first.eventId);
    expect(header?.get('kw-stream-id')).toBe(first.streamId);
    expect(header?.get('ce-type')).toBe('keywarden.identity.v1.UserRegistered');
  });

  it('rejects an event larger than the server takes (parked, not retried forever), and publishes the rest', async () => {
    const big = `${namespace}-big`;
    await ensureEventStream(nc, 'identity', { namespace: big });
    const publish = eventPublisher(nc, { source: 'identity', namespace: big });
    const huge = user();
    huge.data = { ...huge.data, displayName: 'x'.repeat((nc.info?.max_payload ?? 1_048_576) + 1) };
    expect(await publish([huge, user()])).toEqual([{ status: 'rejected', code: 'ERR_BUS_TOO_LARGE' }, { status: 'acked' }]);
  });

  it('reports a retry, not an ack, when no stream takes the subject', async () => {
    const publish = eventPublisher(nc, { source: 'identity', namespace: `${namespace}-nostream` });
    expect(await publish([user(), user()])).toEqual([{ status: 'retry', code: 'ERR_BUS_NO_STREAM' }, { status: 'retry', code: 'ERR_BUS_NO_STREAM' }]);
  });

  it('reports a retry when no ack comes in time', async () => {
    const silent = `${namespace}-silent`;
    // A plain subscriber on the subject: someone receives (no "no responders"), nobody acknowledges.
    const sub = nc.subscribe(eventSubject('UserRegistered', { namespace: silent }));
    const publish = eventPublisher(nc, { source: 'identity', namespace: silent, timeoutMs: 200 });
    expect(await publish([user()])).toEqual([{ status: 'retry', code: 'ERR_BUS_ACK_TIMEOUT' }]);
    sub.unsubscribe();
  });
});
