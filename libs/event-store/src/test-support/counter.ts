import type { Tx } from '@keywarden/db';
import { sql } from 'drizzle-orm';
import type { Decider, DomainEvent } from '../types.js';
import type { Projection } from '../projection.js';

// A tiny aggregate used by the event-store tests: a named counter.
export type CounterEvent =
  | DomainEvent<'CounterOpened', { name: string }>
  | DomainEvent<'CounterIncremented', { by: number }>;
export type CounterCommand = { type: 'Open'; name: string } | { type: 'Increment'; by: number };
export type CounterState = { status: 'none' } | { status: 'open'; name: string; value: number };

export const counterDecider: Decider<CounterState, CounterCommand, CounterEvent> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    switch (command.type) {
      case 'Open':
        return state.status === 'none' ? [{ type: 'CounterOpened', data: { name: command.name } }] : [];
      case 'Increment':
        if (state.status !== 'open') throw new Error('counter not open');
        return [{ type: 'CounterIncremented', data: { by: command.by } }];
      default: {
        const never: never = command;
        return never;
      }
    }
  },
  evolve: (state, event) => {
    switch (event.type) {
      case 'CounterOpened':
        return { status: 'open', name: event.data.name, value: 0 };
      case 'CounterIncremented':
        return state.status === 'open' ? { ...state, value: state.value + event.data.by } : state;
      default: {
        const never: never = event;
        return never;
      }
    }
  },
};

export const counterTable = sql`create table if not exists counters (id text primary key, name text not null, value int not null, version int not null)`;

export const counterProjection: Projection<CounterEvent> = {
  name: 'counters',
  handles: ['CounterOpened', 'CounterIncremented'],
  apply: async (tx: Tx, event) => {
    if (event.type === 'CounterOpened') {
      const { name } = event.data as { name: string };
      await tx.execute(sql`insert into counters (id, name, value, version) values (${event.streamId}, ${name}, 0, ${event.streamVersion})`);
    } else {
      const { by } = event.data as { by: number };
      await tx.execute(sql`update counters set value = value + ${by}, version = ${event.streamVersion} where id = ${event.streamId}`);
    }
  },
  reset: async (tx: Tx) => {
    await tx.execute(sql`truncate counters`);
  },
};
