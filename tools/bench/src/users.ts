// The workload of both benchmarks: identity registers users (one new stream
// and one UserRegistered event per command), another service keeps a
// `users_seen` read model of them. Shaped like the real thing, kept tiny.
import type { EventEnvelope } from '@keywarden/contracts';
import { insertRows } from '@keywarden/db';
import type { Decider, DomainEvent, ProjectedEvent, Projection } from '@keywarden/event-store';
import { sql } from 'drizzle-orm';

export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; email: string; displayName: string; method: 'password' | 'sso'; roles: string[] }
>;
export type RegisterUser = { type: 'RegisterUser'; userId: string; email: string; displayName: string };
export type UserState = { status: 'none' } | { status: 'registered'; email: string };

export const userDecider: Decider<UserState, RegisterUser, UserRegistered> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    if (state.status === 'registered') return [];
    const { userId, email, displayName } = command;
    return [{ type: 'UserRegistered', data: { userId, email, displayName, method: 'password', roles: ['member'] } }];
  },
  evolve: (_state, event) => ({ status: 'registered', email: event.data.email }),
};

/** Command number `n`: a realistic payload (~120 bytes of protobuf with its UUIDs). */
export function registerCommand(n: number, userId: string): RegisterUser {
  return { type: 'RegisterUser', userId, email: `user.${n}@bench.example.com`, displayName: `Bench User ${n}` };
}

export const usersSeenTable = sql`
  create table if not exists users_seen (
    user_id text primary key,
    email text not null,
    display_name text not null,
    method text not null,
    roles jsonb not null,
    stream_id text not null,
    stream_version int not null,
    event_id uuid not null,
    registered_at timestamptz not null
  )`;

const insertUsersSeen = insertRows('users_seen', {
  user_id: 'text', email: 'text', display_name: 'text', method: 'text', roles: 'jsonb',
  stream_id: 'text', stream_version: 'int', event_id: 'uuid', registered_at: 'timestamptz',
});

const row = (event: ProjectedEvent<UserRegistered>) => ({
  user_id: event.data.userId,
  email: event.data.email,
  display_name: event.data.displayName,
  method: event.data.method,
  roles: event.data.roles,
  stream_id: event.streamId,
  stream_version: event.streamVersion,
  event_id: event.eventId,
  registered_at: event.time,
});

/**
 * The read model: one row per registered user. `applyBatch` writes a batch
 * as one multi-row insert (insertRows: a typed array per column); applyProjections uses it wherever the projection
 * runs (live consumer, replay, event-store rebuild), `apply` is its one-row form.
 */
export const usersSeenProjection: Projection<UserRegistered> = {
  name: 'users_seen',
  handles: ['UserRegistered'],
  async apply(tx, event) {
    const d = event.data;
    await tx.execute(sql`
      insert into users_seen (user_id, email, display_name, method, roles, stream_id, stream_version, event_id, registered_at)
      values (${d.userId}, ${d.email}, ${d.displayName}, ${d.method}, ${JSON.stringify(d.roles)}::jsonb,
              ${event.streamId}, ${event.streamVersion}, ${event.eventId}, ${event.time.toISOString()}::timestamptz)`);
  },
  async applyBatch(tx, events) {
    await insertUsersSeen(tx, events.map(row));
  },
  async reset(tx) {
    await tx.execute(sql`truncate users_seen`);
  },
};

/** The same read model applied one statement per event: what a projection without applyBatch costs. */
export const usersSeenRowProjection: Projection<UserRegistered> = {
  name: usersSeenProjection.name,
  handles: usersSeenProjection.handles,
  apply: usersSeenProjection.apply,
  reset: usersSeenProjection.reset,
};

/** An event from the bus as a projection sees it. */
export const projectedFromEnvelope = (e: EventEnvelope): ProjectedEvent => ({
  eventId: e.eventId,
  type: e.type,
  streamId: e.streamId,
  streamVersion: e.streamVersion,
  data: e.data,
  time: new Date(e.time),
});
