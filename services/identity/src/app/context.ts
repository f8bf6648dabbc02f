// What every area of identity is built from: one place, so the areas stay independent.
import type { Keyring } from '@keywarden/crypto';
import type { Database } from '@keywarden/db';
import type { Clock } from '@keywarden/runtime';
import type { Logger } from '@keywarden/telemetry';
import type { NatsConnection } from '@nats-io/nats-core';
import type { IdentitySettings } from '../config.js';

export type IdentityDeps = {
  database: Database;
  keyring: Keyring;
  clock: Clock;
  settings: IdentitySettings;
  logger: Logger;
  nc: NatsConnection;
  namespace: string | undefined;
};
