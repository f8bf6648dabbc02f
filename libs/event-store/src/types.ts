/** An event as a decider emits it: a type and plain JSON data, no secret material. */
export type DomainEvent<Type extends string = string, Data extends Record<string, unknown> = Record<string, unknown>> = {
  type: Type;
  data: Data;
};

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

/** Emmett-style decider: pure; time, ids and lookups come in through the command. */
export type Decider<State, Command, Event extends DomainEvent> = {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};

/** Stream versions start at 1; 0 means the stream does not exist yet. */
export type ExpectedVersion = number | 'no_stream' | 'any';
