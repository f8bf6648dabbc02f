// The raw JetStream figures each benchmark is held against, measured in the same run.
import type { EventMessage } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type MsgHdrs, type NatsConnection } from '@nats-io/nats-core';

export type Timed = { count: number; ms: number };

/**
 * Raw async publish: the same encoded messages (subject, CloudEvents headers,
 * protobuf payload, Nats-Msg-Id) pipelined on one connection, `window`
 * publishes in flight, then their acks awaited together. This is the most
 * JetStream can take these messages from one client: the pipeline's ceiling.
 */
export async function rawPublish(nc: NatsConnection, messages: readonly EventMessage[], window: number): Promise<Timed> {
  const js = jetstream(nc, { timeout: 30_000 });
  // Headers built before the clock starts: the relay's publisher builds them too, but so would any client.
  const prepared = messages.map((m) => ({ subject: m.subject, data: m.data, opts: { msgID: m.msgId, headers: toNatsHeaders(m.headers) } }));
  const started = performance.now();
  for (let i = 0; i < prepared.length; i += window) {
    await Promise.all(prepared.slice(i, i + window).map((m) => js.publish(m.subject, m.data, m.opts)));
  }
  return { count: prepared.length, ms: performance.now() - started };
}

/**
 * Raw read: an ordered consumer from the start of the stream until it has
 * caught up, touching nothing but the message count (no decode, no work).
 * `maxMessages` is the client's pull buffer, the same one the replay uses.
 */
export async function rawOrderedRead(nc: NatsConnection, stream: string, maxMessages: number): Promise<Timed> {
  const started = performance.now();
  const consumer = await jetstream(nc).consumers.get(stream);
  const messages = await consumer.consume({ max_messages: maxMessages });
  let count = 0;
  for await (const m of messages) {
    count++;
    if (m.info.pending === 0) break;
  }
  const ms = performance.now() - started;
  await messages.close().catch(() => {});
  return { count, ms };
}

/** As the bus's publisher builds them; Nats-Msg-Id goes in the msgID option, not twice. */
function toNatsHeaders(values: Record<string, string>): MsgHdrs {
  const h = natsHeaders();
  for (const [key, value] of Object.entries(values)) if (key.toLowerCase() !== 'nats-msg-id') h.append(key, value);
  return h;
}
