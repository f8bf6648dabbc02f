import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';

export type BusLogger = {
  info: (obj: object, msg?: string) => void;
  warn: (obj: object, msg?: string) => void;
  error: (obj: object, msg?: string) => void;
};

export type BusConnectionOptions = {
  servers: string | string[];
  /** Client name shown by the server: the service name. */
  name: string;
  user?: string;
  pass?: string;
  logger?: BusLogger;
  /**
   * Capture a stack trace for every request and JetStream publish, so a
   * timeout points at its caller. Off by default: it builds two Error objects
   * per message, a fifth of the relay's CPU at high rates.
   */
  asyncTraces?: boolean;
};

/**
 * Connects and keeps reconnecting for as long as the process lives: a
 * nats-server restart must not take a service down. Publishes made while
 * disconnected are buffered by the client; JetStream acks time out and the
 * outbox simply retries.
 */
export async function connectBus(options: BusConnectionOptions): Promise<NatsConnection> {
  const nc = await connect({
    servers: options.servers,
    name: options.name,
    // Replies (RPC, JetStream API, publish acks) come back on a per-user inbox
    // prefix, so deploy/nats can let each user read only its own replies: an RPC
    // reply may carry a token.
    ...(options.user ? { user: options.user, pass: options.pass ?? '', inboxPrefix: inboxPrefixFor(options.user) } : {}),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 250,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
    noAsyncTraces: !options.asyncTraces,
  });
  const logger = options.logger;
  if (logger) {
    void (async () => {
      for await (const status of nc.status()) {
        if (status.type === 'disconnect' || status.type === 'error') logger.warn({ nats: status.type }, 'nats connection');
        else if (status.type === 'reconnect') logger.info({ nats: status.type }, 'nats reconnected');
      }
    })();
  }
  return nc;
}

/** Stops subscriptions, flushes what is in flight, then closes. */
export async function closeBus(nc: NatsConnection): Promise<void> {
  if (nc.isClosed()) return;
  await nc.drain().catch(() => nc.close());
}

/** `_INBOX_<user>`: what deploy/nats/nats-server.conf lets each service user subscribe to. */
export function inboxPrefixFor(user: string): string {
  return `_INBOX_${user.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
