// UserDisabled (identity) → every account of that user is disconnected and
// revoked at the provider where it can be. The consumer attaches once the
// identity stream exists: the broker may start before identity ever has, and
// its NATS user may not create another context's stream.
import { startEventConsumer, type RunningConsumer } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import { deadLetterStore, inboxHandler } from '@keywarden/event-store';
import { databaseOutagePolicy, type BackgroundTask } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { disconnectUser, type ConnectDeps } from './connect.js';

export const USER_DISABLED_CONSUMER = 'oauth-broker--user-disabled';

export function userDisabledTask(deps: {
  nc: NatsConnection;
  namespace: string | undefined;
  database: Database;
  logger: Logger;
  connect: ConnectDeps;
  retryMs?: { first: number; max: number };
}): BackgroundTask {
  const retry = deps.retryMs ?? { first: 500, max: 30_000 };
  let consumer: RunningConsumer | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let told = false;

  const attach = async (delay: number): Promise<void> => {
    if (stopped) return;
    try {
      const running = await startEventConsumer(deps.nc, {
        context: 'identity',
        durable: USER_DISABLED_CONSUMER,
        namespace: deps.namespace,
        types: ['UserDisabled'],
        handleBatch: inboxHandler(deps.database, USER_DISABLED_CONSUMER, async (_tx, event) => {
          const userId = String(event.data['userId'] ?? '');
          // Idempotent: a redelivery finds the accounts already disconnected.
          if (userId) await disconnectUser(deps.connect, userId, String(event.data['actorUserId'] ?? ''));
        }),
        park: deadLetterStore(deps.database).park,
        logger: deps.logger,
        unavailable: databaseOutagePolicy(deps.database),
      });
      if (stopped) await running.stop();
      else consumer = running;
      if (told) deps.logger.info({ consumer: USER_DISABLED_CONSUMER }, 'identity stream found; consuming UserDisabled');
    } catch (error) {
      if (!told) deps.logger.info({ consumer: USER_DISABLED_CONSUMER, err: { type: (error as Error).name } }, 'identity stream not available yet; retrying');
      told = true;
      timer = setTimeout(() => void attach(Math.min(delay * 2, retry.max)), delay);
    }
  };

  return {
    name: 'user-disabled-consumer',
    start: () => void attach(retry.first),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await consumer?.stop();
    },
  };
}
