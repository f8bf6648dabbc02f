// For the audit service's tests (and tools/cli's replay test): publish an event onto a context's
// stream as its service's relay would.
import { randomUUID } from 'node:crypto';
import { encodeEvent, type EventName } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';

export type Published = { eventId: string };

export async function publishEvent(
  nc: NatsConnection, namespace: string,
  event: { type: EventName; streamId: string; data: Record<string, unknown>; time?: string; source?: string; traceparent?: string; eventId?: string; withoutMsgId?: boolean },
): Promise<Published> {
  const eventId = event.eventId ?? randomUUID();
  const msg = encodeEvent({
    eventId, type: event.type, streamId: event.streamId, streamVersion: 1, time: event.time ?? new Date().toISOString(),
    source: event.source ?? 'test', data: event.data, ...(event.traceparent ? { traceparent: event.traceparent } : {}),
  }, { namespace });
  const h = natsHeaders();
  for (const [k, v] of Object.entries(msg.headers)) if (k !== 'Nats-Msg-Id') h.set(k, v);
  // Without a message id JetStream keeps a second copy: a redelivery the inbox must absorb.
  await jetstream(nc).publish(msg.subject, msg.data, event.withoutMsgId ? { headers: h } : { msgID: msg.msgId, headers: h });
  return { eventId };
}
