// Compile-time shapes of event data and RPC payloads in their JSON form, derived from
// the generated classes so that they cannot drift from the .proto files.
import type { google, keywarden } from './generated/proto.js';
import type { EventName, eventTypes } from './registry.js';

type TimestampFields = google.protobuf.Timestamp.$Properties;
// Structural: exactly the seconds/nanos pair (a map's index signature would match the weak type too).
type IsTimestamp<V> = string extends keyof V
  ? false
  : [V] extends [TimestampFields]
    ? [keyof TimestampFields] extends [keyof V]
      ? true
      : false
    : false;

// Data fields of a generated class or properties type: no $unknowns, no methods.
type Fields<T> = {
  [K in keyof T as K extends `$${string}` ? never : T[K] extends (...args: never[]) => unknown ? never : K]: T[K];
};

type Json<V> = V extends string | number | boolean
  ? V
  : V extends Uint8Array
    ? string
    : V extends readonly (infer E)[]
      ? Json<E>[]
      : IsTimestamp<V> extends true
        ? string
        : V extends object
          ? { [K in keyof Fields<V>]: Json<NonNullable<Fields<V>[K]>> }
          : never;

type Namespaces = typeof keywarden;

/** A message by package and name, e.g. MessageClass<'oauth', 'GetAccessTokenResponse'>. */
type MessageClass<P extends string, N extends string> = P extends keyof Namespaces
  ? N extends keyof Namespaces[P]['v1']
    ? Namespaces[P]['v1'][N] extends abstract new (...args: never[]) => infer I
      ? I
      : never
    : never
  : never;

/**
 * A message as decoding gives it back: every scalar, repeated and map field present
 * (proto3 defaults when unset), message fields such as timestamps optional, timestamps
 * as ISO strings, 64-bit integers as numbers.
 */
export type MessageJson<P extends string, N extends string> = Json<MessageClass<P, N>>;

/** What encoding accepts: any field may be left out (or null) and then decodes as its default. */
export type MessageInput<P extends string, N extends string> = {
  [K in keyof MessageJson<P, N>]?: MessageJson<P, N>[K] | null;
};

/** Decoded data of an event, e.g. EventData<'TokenRefreshed'>. */
export type EventData<N extends EventName> = MessageJson<(typeof eventTypes)[N]['context'], N>;
/** Data of an event as a producer may write it. */
export type EventDataInput<N extends EventName> = MessageInput<(typeof eventTypes)[N]['context'], N>;
