// The consumer of what a company's services publish into Keywarden (EXT_INBOUND, contracts inbound.ts).
// Unlike an event consumer it hands every message to the service, decoded or not: a message that does not
// decode is not a fault to park silently but a request to answer with a rejection event, which only the
// service can append (in the transaction that parks it). Messages are handled one at a time: inbound
// traffic is a few requests, each with its own effect and answer.
import { busNames, decodeInbound, isContractError, type ContractError, type InboundMessage } from '@keywarden/contracts';
import { jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import type { BusLogger } from './connection.js';
import { openDurableConsumer } from './consumer-config.js';
import type { RunningConsumer, UnavailablePolicy } from './consumer.js';
import { headerRecord } from './headers.js';
import { inProcessSpan } from './process-span.js';
import { inboundConsumerConfig, type InboundConsumer } from './topology.js';


/** One inbound message as received: `message` when it decoded, else `error` (a ContractError). */
export type InboundDelivery = {
  consumer: string;
  stream: string;
  streamSequence: number;
  subject: string;
  headers: Record<string, string>;
  payload: Uint8Array;
  deliveryCount: number;
  message: InboundMessage | undefined;
  error: ContractError | undefined;
};

export type InboundConsumerOptions = {
  consumer: InboundConsumer;
  namespace?: string;
  /** Decides the message: its effect, or its rejection (parked and answered). Throws only when it could not decide. */
  handle: (delivery: InboundDelivery) => Promise<void>;
  /** After `maxDeliver` failed attempts: the service parks and answers it (reason `handler_failed`). */
  exhausted: (delivery: InboundDelivery, error: unknown) => Promise<void>;
  maxDeliver?: number;
  backoffMs?: readonly number[];
  logger?: BusLogger;
  unavailable?: UnavailablePolicy;
};

/** Starts the service's inbound consumer (provisioned by the operator, looked up here like an event consumer's). */
export async function startInboundConsumer(nc: NatsConnection, options: InboundConsumerOptions): Promise<RunningConsumer> {
  const stream = busNames(options.namespace).inboundStream();
  const config = inboundConsumerConfig(options.consumer, options.namespace);
  const durable = config.durable_name;
  await openDurableConsumer(await jetstreamManager(nc), stream, config);
  const consumer = await jetstream(nc).consumers.get(stream, durable);
  const maxDeliver = options.maxDeliver ?? 5;
  const backoff = options.backoffMs ?? [1000, 5000, 15000, 60000];
  const stats = { handled: 0, parked: 0, redelivered: 0, held: 0 };
  const stopping = new AbortController();
  const queue: JsMsg[] = [];
  let wake: (() => void) | undefined;
  let stopped = false;
  const messages = await consumer.consume({
    max_messages: 64,
    callback: (m) => {
      queue.push(m);
      wake?.();
    },
  });

  const deliveryOf = (m: JsMsg): InboundDelivery => {
    const headers = headerRecord(m.headers);
    const base = { consumer: durable, stream, streamSequence: m.seq, subject: m.subject, headers, payload: m.data, deliveryCount: m.info.deliveryCount };
    try {
      const message = decodeInbound({ subject: m.subject, headers, data: m.data }, { namespace: options.namespace });
      return { ...base, message, error: undefined };
    } catch (error) {
      if (!isContractError(error)) throw error;
      return { ...base, message: undefined, error };
    }
  };

  const handleOne = async (m: JsMsg) => {
    const delivery = deliveryOf(m);
    const keepAlive = setInterval(() => m.working(), 10_000);
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await traced(m, delivery, durable, () => options.handle(delivery));
          m.ack();
          stats.handled++;
          return;
        } catch (error) {
          if (options.unavailable?.is(error) === true && !stopped) {
            stats.held++;
            await options.unavailable.wait(attempt, stopping.signal);
            if (stopped) return void m.nak();
            continue;
          }
          const code = (error as { code?: string }).code ?? 'ERR_HANDLER_FAILED';
          if (m.info.deliveryCount >= maxDeliver) {
            await options.exhausted(delivery, error);
            m.term();
            stats.parked++;
            options.logger?.error({ consumer: durable, stream, seq: m.seq, code }, 'inbound message parked');
            return;
          }
          m.nak(backoff[Math.min(m.info.deliveryCount - 1, backoff.length - 1)] ?? 1000);
          stats.redelivered++;
          options.logger?.warn({ consumer: durable, seq: m.seq, code, attempt: m.info.deliveryCount }, 'inbound handler failed; will retry');
          return;
        }
      }
    } finally {
      clearInterval(keepAlive);
    }
  };

  const loop = (async () => {
    while (!stopped) {
      const m = queue.shift();
      if (!m) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      try {
        await handleOne(m);
      } catch (error) {
        // Parking itself failed: JetStream delivers it again after the delay.
        m.nak(backoff[0]);
        options.logger?.error({ consumer: durable, seq: m.seq, err: (error as Error).name }, 'inbound message could not be settled');
      }
    }
  })();

  return {
    stats,
    stop: async () => {
      stopped = true;
      stopping.abort();
      await messages.close().catch(() => {});
      wake?.();
      await loop;
      for (const m of queue.splice(0)) m.nak();
    },
  };
}

/** A CONSUMER span continuing the publisher's trace, when it sent one. */
function traced<T>(m: JsMsg, delivery: InboundDelivery, consumerName: string, fn: () => Promise<T>): Promise<T> {
  return inProcessSpan(`process ${delivery.message?.type ?? 'inbound'}`, delivery.headers, {
    'messaging.consumer.group.name': consumerName,
    'messaging.destination.name': m.subject,
    ...(delivery.message ? { 'messaging.message.id': delivery.message.ceId } : {}),
  }, fn);
}
