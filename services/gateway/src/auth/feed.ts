// Follows EVT_IDENTITY without creating any consumer: the gateway's NATS user
// may not create one (a consumer's configuration, e.g. a push consumer's
// deliver subject, would let a compromised gateway make the server publish
// identity events anywhere). It subscribes to the plain subjects of the stream
// first and holds what arrives, then reads the window (one access-token
// lifetime plus skew back) message by message with STREAM.MSG.GET, then applies
// what it held that the replay had not already applied, and goes on with the
// subscription. So a fresh gateway knows every revocation that can still
// matter. The state is `ok` once that is done, and stops being `ok` the moment
// the feed may be missing events (connection lost, back or silent, the
// subscription ended): `staleSince` says since when, so that the middleware can refuse
// credentials instead of trusting a deaf gateway. Every re-attach replays the
// whole window again (one read per event in it), which leaves no gap.
import { busNames, decodeEvent, type EventEnvelope } from '@keywarden/contracts';
import { jetstreamManager, type JetStreamManager, type MsgRequest, type StoredMsg } from '@nats-io/jetstream';
import { Match, type Msg, type MsgHdrs, type NatsConnection, type Status, type Subscription } from '@nats-io/nats-core';
import type { BackgroundTask, Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';

export type FeedState = 'replaying' | 'ok' | 'reconnecting';

export type IdentityFeed = {
  task: BackgroundTask;
  state: () => FeedState;
  /** Since when (clock ms) the feed has not been live; undefined while it is. */
  staleSince: () => number | undefined;
};

/** STREAM.MSG.GET requests in flight at once while replaying. */
const BATCH = 32;

type Raw = { subject: string; headers?: MsgHdrs | undefined; data: Uint8Array };

export function identityFeed(deps: {
  nc: NatsConnection;
  namespace: string | undefined;
  logger: Logger;
  clock: Clock;
  /** How far back to start. */
  windowMs: number;
  /** Must be idempotent: an event may be seen twice (replayed and live, or republished). */
  apply: (event: EventEnvelope) => void;
  retryMs?: number;
  /** How often NATS must answer a ping while live (a silent connection is not noticed by the subscription). */
  probeMs?: number;
}): IdentityFeed {
  const names = busNames(deps.namespace);
  const stream = names.stream('identity');
  const subjects = names.contextSubjects('identity');
  const retryMs = deps.retryMs ?? 2000;
  const probeMs = deps.probeMs ?? 5000;
  let state: FeedState = 'replaying';
  let staleSince: number | undefined = deps.clock.now().getTime();
  let stopped = false;
  let subscription: Subscription | undefined;
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
    subscription?.unsubscribe();
  };
  const handle = (m: Raw): void => {
    try {
      deps.apply(decodeEvent({ subject: m.subject, headers: record(m.headers), data: m.data }));
    } catch (error) {
      // Not ours to park: the durable consumers of the owning services do that.
      deps.logger.warn({ subject: m.subject, err: { type: (error as Error).name } }, 'identity event not understood; skipped');
    }
  };

  const follow = async (): Promise<void> => {
    // Live first, held until the replay is done: whatever is stored after this is seen here.
    const held: Msg[] = [];
    let live = false;
    const sub = deps.nc.subscribe(subjects, {
      callback: (error, m) => {
        if (error) return interrupted('the subscription failed');
        if (live) handle(m);
        else held.push(m);
      },
    });
    subscription = sub;
    if (stopped) return sub.unsubscribe();
    // The server has the subscription before the stream is looked at.
    await answered(deps.nc, probeMs);
    const replayed = await replay({
      jsm: await jetstreamManager(deps.nc, { checkAPI: false }),
      stream,
      subjects,
      startMs: deps.clock.now().getTime() - deps.windowMs,
      // Past the end seen at first: until the stream's end or something already held (caught up with the subscription).
      heldAlready: (m) => held.some((h) => sameEvent(h, m)),
      apply: handle,
    });
    if (sub.isClosed()) return; // interrupted meanwhile: the replay may have missed events
    // Synchronous from here to `live`: nothing arrives in between, nothing is applied twice by the feed.
    for (const m of held) if (!replayed.has(eventIdOf(m) ?? '')) handle(m);
    held.length = 0;
    live = true;
    set('ok');
    deps.logger.info({ stream, replayed: replayed.size }, 'revocations replayed; following identity events');
    // A half-open connection delivers nothing and says nothing: a ping unanswered within probeMs
    // counts as interrupted (the client's own pings would take a few times longer).
    const probe = setInterval(() => {
      answered(deps.nc, probeMs).catch(() => {
        if (!sub.isClosed()) interrupted('NATS did not answer a ping');
      });
    }, probeMs);
    try {
      await sub.closed;
    } finally {
      clearInterval(probe);
    }
  };

  const attach = (): void => {
    if (stopped) return;
    follow()
      // The subscription ended (closed, interrupted): whatever comes next is unknown until replayed.
      .then(() => interrupted('the subscription ended'))
      .catch((error: unknown) => {
        interrupted('attaching failed');
        deps.logger.warn({ stream, err: { type: (error as Error).name } }, 'following identity events failed; retrying');
      })
      .finally(() => {
        subscription?.unsubscribe();
        subscription = undefined;
        if (!stopped) timer = setTimeout(attach, retryMs);
      });
  };

  // A lost connection means lost events (core subscriptions do not resume where they were):
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
      stop: () => {
        stopped = true;
        clearTimeout(timer);
        (connection as { stop?: () => void } | undefined)?.stop?.();
        subscription?.unsubscribe();
      },
    },
  };
}

/**
 * Applies the stream's messages stored at or after `startMs`, in order, and answers the ids applied.
 * Only STREAM.INFO and STREAM.MSG.GET (both read-only, neither creates server state). The first
 * message of the window is found by a binary search on the sequence, `next_by_subj` stepping over
 * deleted messages; then each next one (BATCH requests at a time) up to the last sequence at the
 * start, and beyond it until the end of the stream or a message `heldAlready` (then the subscription
 * has everything after it; a message stored just after the stream was looked at is seen by one or
 * the other).
 */
async function replay(o: {
  jsm: JetStreamManager;
  stream: string;
  subjects: string;
  startMs: number;
  heldAlready: (m: Raw) => boolean;
  apply: (m: Raw) => void;
}): Promise<Set<string>> {
  const applied = new Set<string>();
  let last: number;
  let first: number;
  try {
    const info = await o.jsm.streams.info(o.stream);
    if (info.state.messages === 0) return applied;
    [first, last] = [info.state.first_seq, info.state.last_seq];
  } catch (error) {
    const e = error as { name?: string; message?: string };
    // No identity stream yet: nothing was ever revoked, and the subscription sees what comes.
    if (e.name === 'StreamNotFoundError' || /stream not found/i.test(e.message ?? '')) return applied;
    throw error;
  }
  // The first stored message at or after `seq` (on the stream's subjects), or null.
  const at = (seq: number): Promise<StoredMsg | null> => {
    const query: { seq: number; next_by_subj: string } = { seq, next_by_subj: o.subjects };
    return o.jsm.streams.getMessage(o.stream, query as MsgRequest);
  };
  let lo = first;
  let hi = last + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const m = await at(mid);
    if (m === null || m.seq > last || m.time.getTime() >= o.startMs) hi = mid;
    else lo = m.seq + 1;
  }
  // In batches of requests, each for the first message at or after one sequence: together they
  // answer every message from `seq` on up to the highest one returned (gaps answer a later one).
  for (let seq = lo; ;) {
    const answers = await Promise.all(Array.from({ length: BATCH }, (_, i) => at(seq + i)));
    const batch = [...new Map(answers.filter((m) => m !== null).map((m) => [m.seq, m])).values()].sort((a, b) => a.seq - b.seq);
    if (batch.length === 0) break;
    for (const m of batch) {
      const raw: Raw = { subject: m.subject, headers: m.header, data: m.data };
      if (m.seq > last && o.heldAlready(raw)) return applied;
      o.apply(raw);
      const id = eventIdOf(raw);
      if (id !== undefined) applied.add(id);
    }
    seq = batch.at(-1)!.seq + 1;
  }
  return applied;
}

/** Resolves once the server answered a ping (so it has everything sent before), rejects after `ms`. */
async function answered(nc: NatsConnection, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      nc.flush(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer from NATS')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** ce-id (= Nats-Msg-Id); undefined for a message without one (then never taken for another). */
function eventIdOf(m: { headers?: MsgHdrs | undefined }): string | undefined {
  return m.headers?.get('ce-id', Match.IgnoreCase) || undefined;
}

function sameEvent(a: { headers?: MsgHdrs | undefined }, b: { headers?: MsgHdrs | undefined }): boolean {
  const id = eventIdOf(a);
  return id !== undefined && id === eventIdOf(b);
}

function record(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (h) for (const [key, values] of h) if (values[0] !== undefined) out[key] = values[0];
  return out;
}
