// Shared shapes of the auth deciders (domain/ imports nothing impure).
import type { EventData, EventName } from '@keywarden/contracts';

/** An event as the deciders emit it: the contracts' data shape. */
export type Ev<N extends EventName> = { type: N; data: EventData<N> };

export type Decider<State, Command, Event> = {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};
