import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';

/** NATS headers as a plain record (first value of each key). */
export function headerRecord(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const key of h.keys()) out[key] = h.get(key);
  return out;
}

export function toNatsHeaders(values: Record<string, string>): MsgHdrs {
  const h = natsHeaders();
  // Nats-Msg-Id is set by the publish option (msgID); setting it twice would duplicate it.
  for (const [key, value] of Object.entries(values)) if (key.toLowerCase() !== 'nats-msg-id') h.set(key, value);
  return h;
}
