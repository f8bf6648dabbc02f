import { describe, expect, it } from 'vitest';
import type { Decider, DomainEvent } from '@keywarden/domain';
import { deciderSpec } from './decider.js';

class Refused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

type Opened = DomainEvent<'Opened', { name: string }>;
type Added = DomainEvent<'Added', { by: number; total: number }>;
type Command = { type: 'Open'; name: string } | { type: 'Add'; by: number };
type State = { status: 'none' } | { status: 'open'; total: number };

const counter: Decider<State, Command, Opened | Added> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.status === 'open') throw new Refused('ERR_CONFLICT', 'already open');
      return [{ type: 'Opened', data: { name: command.name } }];
    }
    if (state.status !== 'open') throw new Refused('ERR_NOT_FOUND', 'not open');
    return command.by === 0 ? [] : [{ type: 'Added', data: { by: command.by, total: state.total + command.by } }];
  },
  evolve: (state, event) => (event.type === 'Opened' ? { status: 'open', total: 0 } : { status: 'open', total: event.data.total }),
};

const spec = deciderSpec(counter);
const opened: Opened = { type: 'Opened', data: { name: 'c' } };
const added: Added = { type: 'Added', data: { by: 2, total: 2 } };

describe('deciderSpec', () => {
  it('evolves the given events into the state the command is decided on', () => {
    expect(spec.given().state).toEqual({ status: 'none' });
    expect(spec.given([opened, added]).state).toEqual({ status: 'open', total: 2 });
    spec.given([opened, added]).when({ type: 'Add', by: 3 }).then([{ type: 'Added', data: { by: 3, total: 5 } }]);
  });

  it('then: passes on the same events and answers them with the state they lead to; fails on others', () => {
    expect(spec.given([opened]).when({ type: 'Add', by: 2 }).then([added])).toEqual({ events: [added], state: { status: 'open', total: 2 } });
    spec.given([opened]).when({ type: 'Add', by: 2 }).then([expect.objectContaining({ type: 'Added' })]);
    expect(() => spec.given([opened]).when({ type: 'Add', by: 1 }).then([added])).toThrow();
    expect(() => spec.given([opened]).when({ type: 'Add', by: 2 }).then([added, added])).toThrow();
    expect(() => spec.given([opened]).when({ type: 'Add', by: 2 }).then([])).toThrow();
  });

  it('thenMatches: as many events, each with at least the fields given', () => {
    spec.given([opened]).when({ type: 'Add', by: 2 }).thenMatches([{ data: { total: 2 } }]);
    expect(() => spec.given([opened]).when({ type: 'Add', by: 2 }).thenMatches([{ data: { total: 3 } }])).toThrow();
    expect(() => spec.given([opened]).when({ type: 'Add', by: 2 }).thenMatches([{}, {}])).toThrow();
  });

  it('thenNothing: passes when no event is decided, fails when one is', () => {
    spec.given([opened]).when({ type: 'Add', by: 0 }).thenNothing();
    expect(() => spec.given([opened]).when({ type: 'Add', by: 1 }).thenNothing()).toThrow();
  });

  it('thenThrows: by code, class, predicate or fields, answering the error; fails when the command is accepted or refused otherwise', () => {
    const error = spec.given([opened]).when({ type: 'Open', name: 'c' }).thenThrows('ERR_CONFLICT');
    expect(error).toBeInstanceOf(Refused);
    spec.given().when({ type: 'Add', by: 1 }).thenThrows(Refused);
    spec.given().when({ type: 'Add', by: 1 }).thenThrows((e) => e instanceof Refused && e.message === 'not open');
    spec.given().when({ type: 'Add', by: 1 }).thenThrows({ code: 'ERR_NOT_FOUND', message: expect.stringContaining('open') });
    spec.given().when({ type: 'Add', by: 1 }).thenThrows(expect.objectContaining({ code: 'ERR_NOT_FOUND' }));
    spec.given().when({ type: 'Add', by: 1 }).thenThrows();
    expect(() => spec.given().when({ type: 'Add', by: 1 }).thenThrows(expect.objectContaining({ code: 'ERR_CONFLICT' }))).toThrow();
    expect(() => spec.given().when({ type: 'Add', by: 1 }).thenThrows({ code: 'ERR_NOT_FOUND', message: 'other' })).toThrow();
    expect(() => spec.given().when({ type: 'Add', by: 1 }).thenThrows('ERR_CONFLICT')).toThrow();
    expect(() => spec.given().when({ type: 'Add', by: 1 }).thenThrows(TypeError)).toThrow();
    expect(() => spec.given().when({ type: 'Add', by: 1 }).thenThrows(() => false)).toThrow();
    expect(() => spec.given().when({ type: 'Open', name: 'c' }).thenThrows()).toThrow(/expected the command to be refused, it decided \["Opened"\]/);
  });
});
