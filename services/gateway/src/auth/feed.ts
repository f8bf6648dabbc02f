// Follows EVT_IDENTITY with an ordered consumer (no server-side state, no
// acks: the gateway keeps nothing durable), starting one access-token lifetime
// plus skew in the past so that a fresh gateway knows every revocation that
// can still matter, then keeps following for new ones. The state is `ok` once
// the replay reached what was in the stream when it attached, and stops being
// `ok` the moment the feed may be missing events (connection lost, heartbeats
// missed, the consumer gone): `staleSince` says since when, so that the
// middleware can refuse credentials instead of trusting a deaf gateway. Every
// re-attach replays the whole window again, which is cheap and leaves no gap.
import { busNames, decodeEvent, type EventEnvelope } from '@keywarden/contracts';
import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { MsgHdrs, NatsConnection, Status } from '@nats-io/nats-core';
import type { BackgroundTask, Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';

export type FeedState = 'replaying' | 'ok' | 'reconnecting';

export type IdentityFeed = {
  task: BackgroundTask;
  state: () => FeedState;
  /** Since when (clock ms) the feed has not been live; undefined while it is. */
  staleSince: () => number | undefined;
};

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
  let state: FeedState = 'replaying';
  let staleSince: number | undefined = deps.clock.now().getTime();
  let stopped = false;
  let messages: ConsumerMessages | undefined;
  let timer: NodeJS.Timeout | undefined;
  let connection: AsyncIterable<Status> | undefined;

  const set = (next: FeedState): void => {
    if (next === 'ok') staleSince = undefined;
    else staleSince ??= deps.clock.now().getTime();
    state = next;
  };
  /** Events may be going by unseen: not `ok` until a fresh replay caught up. */
  const interrupted = (why: string): void => {
    if (stopped) return;
    if (state === 'ok') deps.logger.warn({ stream, why }, 'identity events interrupted; refusing credentials until replayed');
    set('reconnecting');
    void messages?.close().catch(() => {});
  };

  const follow = async (): Promise<void> => {
    const js = jetstream(deps.nc);
    const start = new Date(deps.clock.now().getTime() - deps.windowMs).toISOString();
    const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.StartTime, opt_start_time: start });
    if ((await consumer.info(true)).num_pending === 0) set('ok');
    // Heartbeats every 5 s: a consumer lost on the server shows within about 10 s.
    const iterator = await consumer.consume({ max_messages: 256, expires: 10_000 });
    messages = iterator;
    if (stopped) return void (await iterator.close().catch(() => {}));
    void (async () => {
      for await (const s of iterator.status()) if (s.type === 'heartbeats_missed') interrupted('heartbeats missed');
    })().catch(() => {});
    for await (const m of iterator) {
      try {
        deps.apply(decodeEvent({ subject: m.subject, headers: record(m.headers), data: m.data }));
      } catch (error) {
        // Not ours to park: the durable consumers of the owning services do that.
        deps.logger.warn({ subject: m.subject, err: { type: (error as Error).name } }, 'identity event not understood; skipped');
      }
      if (state !== 'ok' && m.info.pending === 0) {
        set('ok');
        deps.logger.info({ stream }, 'revocations replayed; following identity events');
      }
    }
  };

  const attach = (): void => {
    if (stopped) return;
    follow()
      // The iterator ended (closed, consumer gone): whatever comes next is unknown until replayed.
      .then(() => interrupted('the consumer ended'))
      .catch((error: unknown) => {
        const e = error as { name?: string; message?: string };
        if (e.name === 'StreamNotFoundError' || /stream not found/i.test(e.message ?? '')) {
          // No identity stream yet: nothing was ever revoked. Attach when it appears.
          set('ok');
        } else {
          interrupted('attaching failed');
          deps.logger.warn({ stream, err: { type: e.name } }, 'following identity events failed; retrying');
        }
      })
      .finally(() => {
        messages = undefined;
        if (!stopped) timer = setTimeout(attach, retryMs);
      });
  };

  // A lost connection means lost events: the ordered consumer would resume by itself, but
  // only a fresh replay tells when the gateway is caught up again.
  const watchConnection = async (): Promise<void> => {
    connection = deps.nc.status();
    for await (const s of connection) {
      if (stopped) break;
      if (s.type === 'disconnect') interrupted('disconnected from NATS');
      else if (s.type === 'reconnect') interrupted('reconnected to NATS');
    }
  };

  return {
    state: () => state,
    staleSince: () => staleSince,
    task: {
      name: 'identity-revocation-feed',
      start: () => {
        void watchConnection().catch(() => {});
        attach();
      },
      stop: async () => {
        stopped = true;
        clearTimeout(timer);
        (connection as { stop?: () => void } | undefined)?.stop?.();
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
