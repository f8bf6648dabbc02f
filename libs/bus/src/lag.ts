// How far a durable consumer is behind its stream, from JetStream's consumer
// info (one request per consumer): what metrics and the operator CLI show.
import { busNames, type Context } from '@keywarden/contracts';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';

/** A durable on a context's stream, or (`inbound`) on EXT_INBOUND reading that context's inbound messages. */
export type ConsumerRef = { context: Context; durable: string; inbound?: boolean };

export type ConsumerLag = {
  consumer: string;
  stream: string;
  /** Messages on the stream the consumer has not been delivered yet. */
  pending: number;
  /** Delivered and not acknowledged yet (being handled, or waiting for redelivery). */
  ackPending: number;
};

/**
 * A reader of the lag of the given durable consumers. A consumer that does not exist (its stream
 * is not there yet) or whose info cannot be read is left out of the answer.
 */
export function consumerLagReader(nc: NatsConnection, consumers: readonly ConsumerRef[], options: { namespace?: string } = {}): () => Promise<ConsumerLag[]> {
  const names = busNames(options.namespace);
  let jsm: Promise<JetStreamManager> | undefined;
  return async () => {
    // No API check on creation: that would be one more request on every first read.
    jsm ??= jetstreamManager(nc, { checkAPI: false });
    const manager = await jsm;
    const answers = await Promise.allSettled(
      consumers.map(async ({ context, durable, inbound }): Promise<ConsumerLag> => {
        const stream = inbound ? names.inboundStream() : names.stream(context);
        const info = await manager.consumers.info(stream, durable);
        return { consumer: durable, stream, pending: info.num_pending, ackPending: info.num_ack_pending };
      }),
    );
    return answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
  };
}
