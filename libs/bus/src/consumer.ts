import { ContractError, busNames, decodeEvent, isContractError, type Context as BusContext, type EventEnvelope } from '@keywarden/contracts';
import { errorLogFields, isKeywardenError, unstorableText } from '@keywarden/errors';
import { jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { ROOT_CONTEXT, propagation, trace } from '@opentelemetry/api';
import type { BusLogger } from './connection.js';
import { durableConsumerConfig, openDurableConsumer } from './consumer-config.js';
import { readHeaders, type ReadHeaders } from './headers.js';
import { inProcessSpan } from './process-span.js';
import { topologyDurable } from './topology.js';


export type ConsumedEvent = EventEnvelope & {
  stream: string;
  streamSequence: number;
  deliveryCount: number;
  /** Runs `fn` in a CONSUMER span that continues the producer's trace. */
  traced: <T>(fn: () => Promise<T>) => Promise<T>;
};

/** Structurally the event store's DeadLetter: the bus parks, the service's database keeps. */
export type ParkedMessage = {
  consumer: string;
  stream: string;
  streamSequence: number;
  subject: string;
  eventId?: string;
  headers: Record<string, string>;
  payload: Uint8Array;
  errorCode: string;
  error: string;
  deliveries: number;
};

export type EventConsumerOptions = {
  /** The context whose stream is read. */
  context: BusContext;
  /** `<service>--<purpose>` (ARCHITECTURE §4). */
  durable: string;
  namespace?: string;
  /** Narrows the consumer on the server; default the whole context. */
  filterSubject?: string;
  /** Event types this consumer handles; the rest are acked without work. */
  types?: readonly string[];
  /** All or nothing: effects and inbox rows of every event commit together. */
  handleBatch: (events: ConsumedEvent[]) => Promise<unknown>;
  /** Keeps a message that cannot be decoded or keeps failing. */
  park: (message: ParkedMessage) => Promise<void>;
  /** Deliveries before a failing message is parked. */
  maxDeliver?: number;
  /** Delay before each redelivery of a failing message, by attempt; the last repeats. */
  backoffMs?: readonly number[];
  batchSize?: number;
  /** Bounds what is in memory unacked. */
  maxAckPending?: number;
  ackWaitMs?: number;
  logger?: BusLogger;
  /** Failures that are not the messages' fault (the service's database is unreachable). */
  unavailable?: UnavailablePolicy;
};

/**
 * How a consumer rides out an outage of what its handler needs: a batch that
 * fails with such an error is held (its messages kept alive with `working()`)
 * and tried again after `wait`, without a nak, so the outage never counts
 * towards parking a message, however long it lasts.
 */
export type UnavailablePolicy = {
  /** True when the error says a dependency is down rather than that the message is bad. */
  is: (error: unknown) => boolean;
  /** Waits before the next try: backoff, and until the dependency answers again; returns early on abort. */
  wait: (attempt: number, signal: AbortSignal) => Promise<void>;
};

export type RunningConsumer = {
  stop: () => Promise<void>;
  /** `held`: times a batch was held because a dependency was down (never counted against its messages). */
  stats: { handled: number; parked: number; redelivered: number; held: number };
};

/**
 * A durable pull consumer with explicit acks. Messages are handled in
 * batches (one transaction each) and acked after the commit; when a batch
 * fails, its messages are retried one by one so a bad one cannot hold back
 * the others. A message that cannot be decoded is parked at once; one that
 * keeps failing is nak'ed with backoff and parked after `maxDeliver`. A
 * batch failing because the database is unreachable (`unavailable`) is held
 * and retried after the outage instead, never counted towards parking.
 * The durable is looked up, not made: a missing one is created only where the
 * NATS user may (ERR_BUS_NOT_PROVISIONED otherwise), and one configured
 * otherwise than the bus topology is refused (ERR_BUS_MISCONFIGURED).
 */
export async function startEventConsumer(nc: NatsConnection, options: EventConsumerOptions): Promise<RunningConsumer> {
  const names = busNames(options.namespace);
  const stream = names.stream(options.context);
  const maxDeliver = options.maxDeliver ?? 5;
  const backoff = options.backoffMs ?? [1000, 5000, 15000, 60000];
  const batchSize = options.batchSize ?? 200;
  // The topology's settings for this durable, so that what the service expects is what the provisioner made.
  const provisioned = topologyDurable(options.durable);
  if (provisioned && provisioned.context !== options.context) {
    throw new Error(`${options.durable} reads ${provisioned.context} in the bus topology, not ${options.context}`);
  }
  const config = durableConsumerConfig({
    context: options.context,
    durable: options.durable,
    namespace: options.namespace,
    filterSubject: options.filterSubject,
    ackWaitMs: options.ackWaitMs ?? provisioned?.ackWaitMs,
    maxAckPending: options.maxAckPending ?? provisioned?.maxAckPending,
  });
  // Looked up, created only where this user may (an open test server), never changed: see openDurableConsumer.
  await openDurableConsumer(await jetstreamManager(nc), stream, config);
  const consumer = await jetstream(nc).consumers.get(stream, options.durable);

  const stats = { handled: 0, parked: 0, redelivered: 0, held: 0 };
  const queue: JsMsg[] = [];
  let wake: (() => void) | undefined;
  let stopped = false;
  const messages = await consumer.consume({
    max_messages: Math.min(batchSize * 2, config.max_ack_pending ?? 1000),
    callback: (m) => {
      queue.push(m);
      wake?.();
    },
  });

  const isUnavailable = (error: unknown) => options.unavailable?.is(error) === true;
  /**
   * Messages of the current batch acked, nak'ed or parked: a held batch retries only the others.
   * Per batch (cleared when the next one starts), not a WeakSet: a weak collection's every entry is
   * more work for the garbage collector, per message.
   */
  const settled = new Set<JsMsg>();
  const settle = (m: JsMsg, how: 'ack' | 'nak' | 'term', delay?: number) => {
    if (how === 'ack') m.ack();
    else if (how === 'nak') m.nak(delay);
    else m.term();
    settled.add(m);
  };

  /** Each message's headers, parsed once for decoding, parking, logging and tracing (per batch, as `settled`). */
  const headersOf = (m: JsMsg): ReadHeaders => {
    let read = parsed.get(m);
    if (!read) parsed.set(m, (read = readHeaders(m)));
    return read;
  };
  const parsed = new Map<JsMsg, ReadHeaders>();
  const handles = options.types ? new Set(options.types) : undefined;

  const park = async (m: JsMsg, errorCode: string, error: string, eventId?: string, why: Record<string, unknown> = {}) => {
    await options.park({
      consumer: options.durable,
      stream,
      streamSequence: m.seq,
      subject: m.subject,
      ...(eventId ? { eventId } : {}),
      // The lines that parse: a block nats.js would refuse whole is still parked, with what can be kept.
      headers: headersOf(m).record,
      payload: m.data,
      errorCode,
      error,
      deliveries: m.info.deliveryCount,
    });
    settle(m, 'term');
    stats.parked++;
    options.logger?.error({ consumer: options.durable, stream, seq: m.seq, code: errorCode, ...why }, 'message parked');
  };

  const processBatch = async (batch: JsMsg[]) => {
    const events: Array<{ m: JsMsg; event: ConsumedEvent }> = [];
    for (const m of batch) {
      let envelope: EventEnvelope;
      const headers = headersOf(m);
      try {
        if (headers.malformed) throw new ContractError('ERR_INVALID_HEADER', 'malformed header block');
        envelope = decodeEvent({ subject: m.subject, headers: headers.record, data: m.data });
      } catch (error) {
        const code = isContractError(error) ? error.code : 'ERR_EVENT_DECODE';
        await park(m, code, 'the message could not be decoded');
        continue;
      }
      // The same check as RPC requests: text PostgreSQL cannot store never reaches a handler.
      if (unstorableText(envelope.data).length > 0) {
        await park(m, 'ERR_VALIDATION', 'the event holds text that cannot be stored', envelope.eventId);
        continue;
      }
      if (handles && !handles.has(envelope.type)) {
        settle(m, 'ack');
        continue;
      }
      events.push({ m, event: consumed(envelope, m, headers.record, options.durable) });
    }
    if (events.length === 0) return;
    try {
      await options.handleBatch(events.map((e) => e.event));
      for (const { m } of events) settle(m, 'ack');
      stats.handled += events.length;
      return;
    } catch (error) {
      // Not the messages' fault: the whole batch is held and tried again (see the loop).
      if (isUnavailable(error)) throw error;
      if (events.length === 1) return await failed(events[0]!.m, events[0]!.event, error);
    }
    for (const { m, event } of events) {
      try {
        await options.handleBatch([event]);
        settle(m, 'ack');
        stats.handled++;
      } catch (error) {
        if (isUnavailable(error)) throw error;
        await failed(m, event, error);
      }
    }
  };

  const failed = async (m: JsMsg, event: ConsumedEvent, error?: unknown) => {
    const code = (error as { code?: string } | undefined)?.code ?? 'ERR_HANDLER_FAILED';
    if (m.info.deliveryCount >= maxDeliver) {
      await park(m, String(code), `the handler failed ${m.info.deliveryCount} times`, event.eventId, cause(headersOf(m).record, error));
      return;
    }
    const delay = backoff[Math.min(m.info.deliveryCount - 1, backoff.length - 1)] ?? 1000;
    settle(m, 'nak', delay);
    stats.redelivered++;
    options.logger?.warn({ consumer: options.durable, seq: m.seq, code, attempt: m.info.deliveryCount, ...cause(headersOf(m).record, error) }, 'handler failed; will retry');
  };

  const stopping = new AbortController();
  const heartbeatMs = Math.max(200, Math.floor((options.ackWaitMs ?? 30_000) / 3));
  /** Keeps the held batch and everything fetched behind it from being redelivered after ack_wait. */
  const keepAlive = (held: () => JsMsg[]) =>
    setInterval(() => {
      for (const m of [...held(), ...queue]) if (!settled.has(m)) m.working();
    }, heartbeatMs);

  const loop = (async () => {
    while (!stopped) {
      if (queue.length === 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      let batch = queue.splice(0, batchSize);
      // Nothing of the last batch is looked up again: its messages are settled or nak'ed.
      settled.clear();
      parsed.clear();
      let heartbeat: NodeJS.Timeout | undefined;
      try {
        for (let attempt = 1; batch.length > 0 && !(stopped && attempt > 1); attempt++) {
          try {
            await processBatch(batch);
            break;
          } catch (error) {
            batch = batch.filter((m) => !settled.has(m));
            if (stopped) {
              for (const m of batch) m.nak();
              break;
            }
            if (isUnavailable(error)) {
              stats.held++;
              heartbeat ??= keepAlive(() => batch);
              await options.unavailable!.wait(attempt, stopping.signal);
              if (stopped) for (const m of batch) m.nak();
              continue;
            }
            // Parking itself failed for another reason: JetStream redelivers them after the delay.
            for (const m of batch) settle(m, 'nak', backoff[0]);
            options.logger?.error({ consumer: options.durable, err: (error as Error).name }, 'batch could not be settled');
            break;
          }
        }
      } finally {
        clearInterval(heartbeat);
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
      // Whatever was fetched but not handled goes back at once instead of after ack_wait.
      for (const m of queue.splice(0)) m.nak();
    },
  };
}

/**
 * What explains a handler's failure in the log: an unexpected error's safe fields (never
 * values) and the event's trace id, so the line and the trace find each other.
 */
function cause(headers: Record<string, string>, error: unknown): Record<string, unknown> {
  const traceId = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, headers))?.traceId;
  return { ...(traceId ? { trace_id: traceId } : {}), ...(isKeywardenError(error) ? {} : { error: errorLogFields(error) }) };
}

function consumed(envelope: EventEnvelope, m: JsMsg, headers: Record<string, string>, consumerName: string): ConsumedEvent {
  const info = m.info;
  // The envelope's fields named, not spread: the same shape for every event, and no copy of a dynamic one.
  const event: ConsumedEvent = {
    eventId: envelope.eventId,
    type: envelope.type,
    streamId: envelope.streamId,
    streamVersion: envelope.streamVersion,
    time: envelope.time,
    source: envelope.source,
    data: envelope.data,
    stream: info.stream,
    streamSequence: info.streamSequence,
    deliveryCount: info.deliveryCount,
    traced: <T>(fn: () => Promise<T>): Promise<T> =>
      inProcessSpan(`process ${envelope.type}`, headers, {
        'messaging.consumer.group.name': consumerName,
        'messaging.message.id': envelope.eventId,
        'messaging.destination.name': m.subject,
      }, fn),
  };
  if (envelope.traceparent !== undefined) event.traceparent = envelope.traceparent;
  if (envelope.tracestate !== undefined) event.tracestate = envelope.tracestate;
  return event;
}
