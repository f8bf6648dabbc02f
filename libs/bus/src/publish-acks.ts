import { createInbox, type Msg, type NatsConnection, type Subscription } from '@nats-io/nats-core';

/** What became of one JetStream publish: stored (a duplicate id counts), or the code of why not. */
export type AckResult = { ok: true } | { ok: false; code: AckFailure };

/**
 * ERR_BUS_NO_STREAM: no stream takes the subject (the server answered "no responders");
 * ERR_BUS_REFUSED: JetStream answered with an error; ERR_BUS_ACK_TIMEOUT: no answer in time;
 * ERR_BUS_DISCONNECTED: the connection refused the publish (closed) or lost the ack inbox.
 */
export type AckFailure = 'ERR_BUS_NO_STREAM' | 'ERR_BUS_REFUSED' | 'ERR_BUS_ACK_TIMEOUT' | 'ERR_BUS_DISCONNECTED';

const decoder = new TextDecoder();

/**
 * The JetStream acks of one connection's publishes, on one wildcard
 * subscription of the connection's inbox (as nats.js' request mux), without
 * nats.js' per-request machinery: `js.publish` is a request with its own
 * timer, its own deferred and two or three Error objects with stack traces
 * (the async trace, the "cancelled" rejection after the answer), which were
 * most of the relay's CPU. The caller keeps one timer per batch instead.
 */
export class PublishAcks {
  private sub: Subscription | undefined;
  private prefix = '';
  private next = 0;
  /** By token: the reply subject is the prefix and the token (a number keys a Map faster than a long string). */
  private readonly waiting = new Map<number, (result: AckResult) => void>();

  constructor(private readonly nc: NatsConnection) {}

  /** A reply subject for one publish; `settle` is told its result once (unless `forget` comes first). */
  expect(settle: (result: AckResult) => void): string {
    if (!this.sub || this.sub.isClosed()) this.subscribe();
    const token = this.next++;
    this.waiting.set(token, settle);
    return this.prefix + token;
  }

  /** No result is wanted any more (timed out, or the publish itself failed). */
  forget(reply: string): void {
    this.waiting.delete(tokenOf(reply));
  }

  private subscribe(): void {
    // The connection's inbox prefix: a service's NATS user may subscribe under its own only.
    const inboxPrefix = (this.nc as { options?: { inboxPrefix?: string } }).options?.inboxPrefix;
    this.prefix = `${createInbox(inboxPrefix)}.`;
    this.sub = this.nc.subscribe(`${this.prefix}*`, {
      callback: (error, m) => {
        if (error) {
          // The inbox itself is gone (a permissions violation): nothing waiting will be answered.
          const waiting = [...this.waiting.values()];
          this.waiting.clear();
          for (const settle of waiting) settle({ ok: false, code: 'ERR_BUS_DISCONNECTED' });
          return;
        }
        const token = tokenOf(m.subject);
        const settle = this.waiting.get(token);
        if (!settle) return;
        this.waiting.delete(token);
        settle(readAck(m));
      },
    });
  }
}

// Tokens count on across inboxes (a closed subscription is replaced), so one never answers another's.
const tokenOf = (reply: string) => Number(reply.slice(reply.lastIndexOf('.') + 1));

/** `{"stream":…,"seq":…}` (with `"duplicate":true` for an id seen in the window), `{"error":…}`, or a status without data. */
export function readAck(m: Pick<Msg, 'data' | 'headers'>): AckResult {
  if (m.data.length === 0) return { ok: false, code: m.headers?.code === 503 ? 'ERR_BUS_NO_STREAM' : 'ERR_BUS_REFUSED' };
  let ack: { stream?: unknown; error?: unknown };
  try {
    ack = JSON.parse(decoder.decode(m.data)) as typeof ack;
  } catch {
    return { ok: false, code: 'ERR_BUS_REFUSED' };
  }
  // nats.js' publish also refuses an ack that names no stream.
  if (ack.error !== undefined || typeof ack.stream !== 'string' || ack.stream === '') return { ok: false, code: 'ERR_BUS_REFUSED' };
  return { ok: true };
}
