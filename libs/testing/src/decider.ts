// Given events, when a command, then events (or an error, or nothing): the one shape of every
// decider test, after Emmett's DeciderSpecification. The state comes only from events, as it does
// when the command handler loads a stream, so a test cannot reach a state no stream could hold.
import { expect } from 'vitest';
import type { Decider, DomainCommand, DomainEvent } from '@keywarden/domain';

/**
 * What a refusal must be: an error code (`'ERR_CONFLICT'`), an error class, a predicate, or
 * fields the error must have (compared as `toMatchObject` does, asymmetric matchers allowed).
 */
export type ErrorCheck = string | (abstract new (...args: never[]) => Error) | ((error: unknown) => boolean) | Record<string, unknown>;

/** The events a command decided, and the state they lead to from the given one. */
export type Outcome<State, Event> = { events: Event[]; state: State };

export type WhenCommand<State, Event> = {
  /** The events decided equal these, in order (vitest equality: `expect.objectContaining` and friends allowed). */
  then(expected: readonly Event[]): Outcome<State, Event>;
  /** As many events as given, each having at least these fields (`toMatchObject`). */
  thenMatches(expected: readonly object[]): Outcome<State, Event>;
  /** No event: the command is accepted and changes nothing (a repeat, a stale report). */
  thenNothing(): void;
  /** The command is refused; with a check, by the error it names. Returns the error for further looks. */
  thenThrows(check?: ErrorCheck): unknown;
};

export type GivenEvents<State, Command, Event> = {
  /** The state the given events evolve to (for tests of evolve itself). */
  readonly state: State;
  when(command: Command): WhenCommand<State, Event>;
};

export type DeciderSpec<State, Command, Event> = {
  /** The stream so far; none for a new one. */
  given(events?: readonly Event[]): GivenEvents<State, Command, Event>;
};

const isErrorClass = (check: unknown): check is abstract new (...args: never[]) => Error =>
  typeof check === 'function' && (check === Error || check.prototype instanceof Error);

function assertError(error: unknown, check: ErrorCheck | undefined): void {
  if (check === undefined) return;
  if (typeof check === 'string') expect(error, `expected a refusal with code ${check}`).toMatchObject({ code: check });
  else if (isErrorClass(check)) expect(error).toBeInstanceOf(check);
  else if (typeof check === 'function') expect((check as (error: unknown) => boolean)(error), `the refusal did not pass the check: ${String(error)}`).toBe(true);
  else expect(error).toMatchObject(check);
}

/** `deciderSpec(decider).given([events]).when(command).then([events])`, or `.thenThrows(code)`, or `.thenNothing()`. */
export function deciderSpec<State, Command extends DomainCommand, Event extends DomainEvent>(
  decider: Decider<State, Command, Event>,
): DeciderSpec<State, Command, Event> {
  const evolveAll = (state: State, events: readonly Event[]) => events.reduce(decider.evolve, state);
  return {
    given(history = []) {
      const state = evolveAll(decider.initialState(), history);
      return {
        state,
        when(command) {
          const decide = () => {
            const events = decider.decide(command, state);
            return { events, state: evolveAll(state, events) };
          };
          return {
            then(expected) {
              const outcome = decide();
              expect(outcome.events).toEqual(expected);
              return outcome;
            },
            thenMatches(expected) {
              const outcome = decide();
              expect(outcome.events).toHaveLength(expected.length);
              expect(outcome.events).toMatchObject(expected);
              return outcome;
            },
            thenNothing() {
              expect(decide().events).toEqual([]);
            },
            thenThrows(check) {
              let events: Event[];
              try {
                events = decider.decide(command, state);
              } catch (error) {
                assertError(error, check);
                return error;
              }
              return expect.fail(`expected the command to be refused, it decided ${JSON.stringify(events.map((e) => e.type))}`);
            },
          };
        },
      };
    },
  };
}
