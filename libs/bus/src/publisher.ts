import { encodeEvent, isContractError, type EventMessage } from '@keywarden/contracts';
import type { NatsConnection } from '@nats-io/nats-core';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, propagation, trace, type Span } from '@opentelemetry/api';
import { encodedHeaders, headerBlock } from './headers.js';
import { PublishAcks } from './publish-acks.js';

const tracer = trace.getTracer('@keywarden/bus');

/** An event as the outbox holds it (structurally the event store's RecordedEvent). */
export type StoredEvent = {
  eventId: string;
  type: string;
  streamId: string;
  streamVersion: number;
  recordedAt: Date;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
};

export type PublishOutcome = { status: 'acked' } | { status: 'retry'; code: string } | { status: 'rejected'; code: string };

export type EventPublisherOptions = {
  /** The producing service: ce-source. */
  source: string;
  namespace?: string;
  /** How long to wait for a batch's JetStream acks (from when the last of it was written). */
  timeoutMs?: number;
};

/**
 * The outbox relay's publisher: encodes each event with the contracts codec
 * and publishes the batch pipelined on one connection (JetStream stores them
 * in that order) with `Nats-Msg-Id = event id`, each message's header block
 * written as bytes at once (headerBlock) and its ack awaited on the
 * connection's one ack inbox (PublishAcks) under one timer for the batch;
 * reports what became of each. Each publish is a PRODUCER span, child of the
 * trace stored with the event, and its context travels in the message
 * headers to the consumers.
 */
export function eventPublisher(nc: NatsConnection, options: EventPublisherOptions) {
  const timeoutMs = options.timeoutMs ?? 5000;
  const acks = new PublishAcks(nc);
  return async (events: readonly StoredEvent[]): Promise<PublishOutcome[]> => {
    const outcomes = new Array<PublishOutcome | undefined>(events.length);
    const replies = new Array<string | undefined>(events.length);
    const spans = new Array<Span>(events.length);
    // One hold for the loop itself, so the batch cannot finish while publishes are still being written.
    let open = 1;
    let finished!: () => void;
    const allSettled = new Promise<void>((resolve) => (finished = resolve));
    const settle = (i: number, outcome: PublishOutcome, errorType?: string) => {
      if (outcomes[i] !== undefined) return;
      outcomes[i] = outcome;
      const span = spans[i]!;
      if (outcome.status !== 'acked') {
        span.setStatus({ code: SpanStatusCode.ERROR });
        if (errorType) span.setAttribute('error.type', errorType);
      }
      span.end();
      if (--open === 0) finished();
    };
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      const parent = propagation.extract(ROOT_CONTEXT, traceCarrier(event.metadata));
      const span = tracer.startSpan(`publish ${event.type}`, {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': 'nats',
          'messaging.operation.type': 'send',
          'messaging.message.id': event.eventId,
          'keywarden.stream_id': event.streamId,
        },
      }, parent);
      spans[i] = span;
      open++;
      const carrier: Record<string, string> = {};
      propagation.inject(trace.setSpan(parent, span), carrier);
      let message: EventMessage;
      let block: Uint8Array;
      try {
        message = encodeEvent(
          {
            eventId: event.eventId,
            type: event.type,
            streamId: event.streamId,
            streamVersion: event.streamVersion,
            time: event.recordedAt.toISOString(),
            source: options.source,
            data: event.data,
            ...(carrier['traceparent'] ? { traceparent: carrier['traceparent'] } : {}),
            ...(carrier['tracestate'] ? { tracestate: carrier['tracestate'] } : {}),
          },
          { namespace: options.namespace },
        );
        block = headerBlock(message.headers, message.msgId);
      } catch (error) {
        if (!isContractError(error)) {
          // A bug, not a bad event: the round fails; the acks of what was written are no longer awaited.
          for (const reply of replies) if (reply !== undefined) acks.forget(reply);
          for (let j = 0; j <= i; j++) settle(j, { status: 'retry', code: 'ERR_PUBLISH' });
          throw error;
        }
        settle(i, { status: 'rejected', code: error.code });
        continue;
      }
      span.setAttribute('messaging.destination.name', message.subject);
      const reply = acks.expect((result) => {
        replies[i] = undefined;
        settle(i, result.ok ? ACKED : { status: 'retry', code: result.code }, result.ok ? undefined : result.code);
      });
      replies[i] = reply;
      try {
        nc.publish(message.subject, message.data, { reply, headers: encodedHeaders(block) });
      } catch (error) {
        acks.forget(reply);
        replies[i] = undefined;
        const name = (error as Error).name ?? 'Error';
        // Larger than the server's max_payload: it never fits, so it is parked rather than retried forever.
        if (name === 'InvalidArgumentError') settle(i, { status: 'rejected', code: 'ERR_BUS_TOO_LARGE' }, name);
        else settle(i, { status: 'retry', code: 'ERR_BUS_DISCONNECTED' }, name);
      }
    }
    if (--open > 0) {
      const timer = setTimeout(() => {
        for (let i = 0; i < events.length; i++) {
          const reply = replies[i];
          if (reply === undefined) continue;
          acks.forget(reply);
          settle(i, { status: 'retry', code: 'ERR_BUS_ACK_TIMEOUT' }, 'TimeoutError');
        }
      }, timeoutMs);
      await allSettled;
      clearTimeout(timer);
    }
    return outcomes as PublishOutcome[];
  };
}

const ACKED: PublishOutcome = { status: 'acked' };

function traceCarrier(metadata: Record<string, unknown>): Record<string, string> {
  const carrier: Record<string, string> = {};
  if (typeof metadata['traceparent'] === 'string') carrier['traceparent'] = metadata['traceparent'];
  if (typeof metadata['tracestate'] === 'string') carrier['tracestate'] = metadata['tracestate'];
  return carrier;
}
