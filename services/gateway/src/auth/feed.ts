// Follows EVT_IDENTITY with an ordered consumer (no server-side state, no
// acks: the gateway keeps nothing durable), starting one access-token lifetime
// plus skew in the past so that a fresh gateway knows every revocation that
// can still matter, then keeps following for new ones. `caughtUp` turns true
// once the replay reached what was in the stream when it attached.
import { busNames, decodeEvent, type EventEnvelope } from '@keywarden/contracts';
import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { MsgHdrs, NatsConnection } from '@nats-io/nats-core';
import type { BackgroundTask, Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';

export type IdentityFeed = { task: BackgroundTask; state: () => string };

export function identityFeed(deps: {
  nc: NatsConnection;
  namespace: string | undefined;
  logger: Logger;
  clock: Clock;
  /** How far back to start. */
  windowMs: number;
  apply: (event: EventEnvelope) => void;
  retryMs?: number;
}): IdentityFeed {
  const stream = busNames(deps.namespace).stream('identity');
  const retryMs = deps.retryMs ?? 2000;
  let state = 'replaying';
  let stopped = false;
  let messages: ConsumerMessages | undefined;
  let timer: NodeJS.Timeout | undefined;

  const follow = async (): Promise<void> => {
    const js = jetstream(deps.nc);
    const start = new Date(deps.clock.now().getTime() - deps.windowMs).toISOString();
    const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.StartTime, opt_start_time: start });
    if ((await consumer.info(true)).num_pending === 0) state = 'ok';
    const iterator = await consumer.consume({ max_messages: 256 });
    messages = iterator;
    if (stopped) return void (await iterator.close().catch(() => {}));
    for await (const m of iterator) {
      try {
        deps.apply(decodeEvent({ subject: m.subject, headers: record(m.headers), data: m.data }));
      } catch (error) {
        // Not ours to park: the durable consumers of the owning services do that.
        deps.logger.warn({ subject: m.subject, err: { type: (error as Error).name } }, 'identity event not understood; skipped');
      }
      if (state !== 'ok' && m.info.pending === 0) {
        state = 'ok';
        deps.logger.info({ stream }, 'revocations replayed; following identity events');
      }
    }
  };

  const attach = (): void => {
    if (stopped) return;
    follow()
      .catch((error: unknown) => {
        const e = error as { name?: string; message?: string };
        if (e.name === 'StreamNotFoundError' || /stream not found/i.test(e.message ?? '')) {
          // No identity stream yet: nothing was ever revoked. Attach when it appears.
          state = 'ok';
        } else {
          deps.logger.warn({ stream, err: { type: e.name } }, 'following identity events failed; retrying');
        }
      })
      .finally(() => {
        messages = undefined;
        if (!stopped) timer = setTimeout(attach, retryMs);
      });
  };

  return {
    state: () => state,
    task: {
      name: 'identity-revocation-feed',
      start: () => attach(),
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        await messages?.close().catch(() => {});
      },
    },
  };
}

function record(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (h) for (const [key, values] of h) if (values[0] !== undefined) out[key] = values[0];
  return out;
}
