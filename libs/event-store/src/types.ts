import type { DomainEvent } from '@keywarden/domain';

// The decider shapes live in the domain kit, which domain/ code may import; this library speaks them.
export type { Decider, DomainEvent } from '@keywarden/domain';

/** Trace context and causation carried from the command to the relay and every consumer. */
export type EventMetadata = {
  traceparent?: string;
  tracestate?: string;
  /** Who caused it: a user id, `service:<name>`, or `system`. */
  actor?: string;
  correlationId?: string;
  causationId?: string;
  [key: string]: unknown;
};

/** An event as stored, with its place in its stream and in the service's log. */
export type RecordedEvent<E extends DomainEvent = DomainEvent> = {
  globalPosition: number;
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: E['type'];
  data: E['data'];
  metadata: EventMetadata;
  recordedAt: Date;
};

/** Stream versions start at 1; 0 means the stream does not exist yet. */
export type ExpectedVersion = number | 'no_stream' | 'any';
