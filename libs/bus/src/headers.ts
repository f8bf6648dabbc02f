import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';

/** NATS headers as a plain record (first value of each key). */
export function headerRecord(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  // Iterating the entries, not keys() + get(): get() scans every key each time.
  for (const [key, values] of h) if (values[0] !== undefined) out[key] = values[0];
  return out;
}

export function toNatsHeaders(values: Record<string, string>): MsgHdrs {
  const h = natsHeaders();
  // Nats-Msg-Id is set by the publish option (msgID); setting it twice would duplicate it.
  // append, not set: the keys of a record are distinct, and set() first scans to delete.
  for (const [key, value] of Object.entries(values)) if (key.toLowerCase() !== 'nats-msg-id') h.append(key, value);
  return h;
}
