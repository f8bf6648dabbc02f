import { encodeEvent, isContractError, type EventMessage } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { toNatsHeaders } from './headers.js';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, propagation, trace } from '@opentelemetry/api';

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
  /** How long to wait for each JetStream ack. */
  timeoutMs?: number;
};

/**
 * The outbox relay's publisher: encodes each event with the contracts codec,
 * publishes them pipelined on one connection (JetStream stores them in that
 * order) with `Nats-Msg-Id = event id`, and reports what became of each.
 * Each publish is a PRODUCER span, child of the trace stored with the event,
 * and its context travels in the message headers to the consumers.
 */
export function eventPublisher(nc: NatsConnection, options: EventPublisherOptions) {
  const js = jetstream(nc, { timeout: options.timeoutMs ?? 5000 });
  return async (events: readonly StoredEvent[]): Promise<PublishOutcome[]> => {
    const pending = events.map(async (event): Promise<PublishOutcome> => {
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
      const carrier: Record<string, string> = {};
      propagation.inject(trace.setSpan(parent, span), carrier);
      let message: EventMessage;
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
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
        if (isContractError(error)) return { status: 'rejected', code: error.code };
        throw error;
      }
      span.setAttribute('messaging.destination.name', message.subject);
      try {
        await js.publish(message.subject, message.data, { msgID: message.msgId, headers: toNatsHeaders(message.headers) });
        span.end();
        return { status: 'acked' };
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute('error.type', (error as Error).name ?? 'Error');
        span.end();
        return { status: 'retry', code: (error as { code?: string }).code ?? (error as Error).name ?? 'ERR_PUBLISH' };
      }
    });
    return await Promise.all(pending);
  };
}

function traceCarrier(metadata: Record<string, unknown>): Record<string, string> {
  const carrier: Record<string, string> = {};
  if (typeof metadata['traceparent'] === 'string') carrier['traceparent'] = metadata['traceparent'];
  if (typeof metadata['tracestate'] === 'string') carrier['tracestate'] = metadata['tracestate'];
  return carrier;
}
