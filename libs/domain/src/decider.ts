// The shapes every decider is written in (Emmett style). Types only: domain/ code imports
// this kit, the contracts and @keywarden/errors and nothing else (eslint.config.js).
import type { EventData, EventName } from '@keywarden/contracts';

/** An event as a decider emits it: a type and plain JSON data, no secret material. */
export type DomainEvent<Type extends string = string, Data extends Record<string, unknown> = Record<string, unknown>> = {
  type: Type;
  data: Data;
};

/** A command a decider takes: a type and whatever it needs; time, ids and lookups come in here. */
export type DomainCommand<Type extends string = string> = { type: Type };

/**
 * An event whose data is its contract message (the `.proto` is the only schema of an event),
 * e.g. `ContractEvent<'TokenRefreshed'>`. A union of names gives the union of events.
 */
export type ContractEvent<N extends EventName> = N extends EventName ? { type: N; data: EventData<N> } : never;

/** Emmett-style decider: pure; time, ids and lookups come in through the command. */
export type Decider<State, Command extends DomainCommand, Event extends DomainEvent> = {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};
