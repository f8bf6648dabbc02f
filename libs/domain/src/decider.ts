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
 * Narrowings of contract fields: each key a field of the message, each type one its field accepts
 * (a string narrowed to the literals the domain allows, a message field or timestamp made required).
 */
export type Narrowing<N extends EventName, Narrow> = { [K in keyof Narrow]: K extends keyof EventData<N> ? NonNullable<EventData<N>[K]> : never };
type Nothing = Record<never, never>;
type Flat<T> = { [K in keyof T]: T[K] };

/** The data of an event as its contract defines it, with the given fields narrowed (see `Narrowing`). */
export type ContractData<N extends EventName, Narrow extends Narrowing<N, Narrow> = Nothing> = [keyof Narrow] extends [never]
  ? EventData<N>
  : Flat<Omit<EventData<N>, keyof Narrow> & Narrow>;

/**
 * An event whose data is its contract message (the `.proto` is the only schema of an event),
 * e.g. `ContractEvent<'TokenRefreshed'>`. A union of names gives the union of events. Fields the
 * contract leaves open may be narrowed, never restated: `ContractEvent<'DeploymentFailed', { stage: FailureStage }>`.
 */
export type ContractEvent<N extends EventName, Narrow extends Narrowing<N, Narrow> = Nothing> = N extends EventName
  ? { type: N; data: ContractData<N, Narrow> }
  : never;

/** Emmett-style decider: pure; time, ids and lookups come in through the command. */
export type Decider<State, Command extends DomainCommand, Event extends DomainEvent> = {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};
