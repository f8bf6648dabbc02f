import { randomUUID } from 'node:crypto';
import { closeBus, connectBus, ensureEventStream } from '@keywarden/bus';
import { encodeEvent, type EventMessage } from '@keywarden/contracts';
import { rawPublish } from './baselines.js';
import { perSecond } from './report.js';
import { registerCommand, userDecider } from './users.js';

/**
 * The pipeline's baseline: the same kind of events the pipeline carries,
 * encoded as the relay encodes them (no traceparent: with no telemetry SDK
 * registered the pipeline's carry none either), published to a stream of
 * their own with the same config, in a namespace of its own.
 */
export async function measureRawPublish(natsUrl: string, count: number, window: number, namespace: string) {
  const nc = await connectBus({ servers: natsUrl, name: 'raw-publish' });
  try {
    await ensureEventStream(nc, 'identity', { namespace });
    const encode = (i: number): EventMessage => {
      const userId = randomUUID();
      const [event] = userDecider.decide(registerCommand(i, userId), userDecider.initialState());
      return encodeEvent(
        {
          eventId: randomUUID(),
          type: 'UserRegistered',
          streamId: `user-${userId}`,
          streamVersion: 1,
          time: new Date().toISOString(),
          source: 'identity',
          data: event!.data,
        },
        { namespace },
      );
    };
    // A short warm-up so the measured run does not pay for JIT and the first writes.
    await rawPublish(nc, Array.from({ length: Math.min(5000, count) }, (_, i) => encode(i)), window);
    const messages = Array.from({ length: count }, (_, i) => encode(i));
    const timed = await rawPublish(nc, messages, window);
    const bytes = Math.round(messages.reduce((sum, m) => sum + m.data.length + headerBytes(m.headers), 0) / messages.length);
    return { msgsPerS: perSecond(timed.count, timed.ms), bytes };
  } finally {
    await closeBus(nc);
  }
}

// NATS/1.0 header block: "key: value\r\n" per header plus the status line and the blank line.
const headerBytes = (headers: Record<string, string>) => Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 12);
