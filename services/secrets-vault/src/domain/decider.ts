// The decider shape (Emmett style), declared here so domain/ imports nothing from the
// infrastructure libraries; it is structurally the same as @keywarden/event-store's Decider.
export type Decider<State, Command, Event extends { type: string; data: Record<string, unknown> }> = {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
};
