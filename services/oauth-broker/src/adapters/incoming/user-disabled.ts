// UserDisabled (identity) → every account of that user is disconnected and
// revoked at the provider where it can be. The consumer attaches once the
// identity stream and this durable are there (keepAttaching): the broker may
// start before identity ever has, and its NATS user may create neither.
// A task rather than one of the runtime's consumers: it must stop before the
// lock pool does (the tasks stop in reverse order), as a disconnect takes the account lock.
import { startEventConsumer } from '@keywarden/bus';
import type { Database } from '@keywarden/db';
import { deadLetterStore, inboxHandler } from '@keywarden/event-store';
import { databaseOutagePolicy, keepAttaching, type Attachment, type BackgroundTask } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import { disconnectUser, type ConnectDeps } from '../../app/connect.js';

export const USER_DISABLED_PURPOSE = 'user-disabled';
export const USER_DISABLED_CONSUMER = `oauth-broker--${USER_DISABLED_PURPOSE}`;

export function userDisabledTask(deps: {
  nc: NatsConnection;
  namespace: string | undefined;
  database: Database;
  logger: Logger;
  connect: ConnectDeps;
  retryMs?: number;
}): BackgroundTask & { readiness: () => string } {
  let attachment: Attachment<unknown> | undefined;
  return {
    name: 'user-disabled-consumer',
    start: () => {
      attachment = keepAttaching({
        what: `consumer ${USER_DISABLED_CONSUMER}`,
        logger: deps.logger,
        retryMs: deps.retryMs,
        // Started beside the rest of the broker, not before it: any error is retried.
        throwFirstError: false,
        attach: () =>
          startEventConsumer(deps.nc, {
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
          }),
        detach: (running) => running.stop(),
      });
      // Not awaited: the rest of the broker starts meanwhile.
      void attachment.started;
    },
    stop: async () => await attachment?.stop(),
    readiness: () => attachment?.readiness() ?? 'ok',
  };
}
