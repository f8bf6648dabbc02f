// Connections of one command: NATS as the operator, a service's database. Both fail fast
// (a CLI must not wait forever for a server that is not there) and are closed by `using`.
import { connectDatabase, type Database } from '@keywarden/db';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { CliError } from './io.js';
import { redactUrl, type BusSettings } from './settings.js';

export async function openBus(settings: BusSettings): Promise<NatsConnection> {
  try {
    return await connect({
      servers: settings.url,
      name: 'keywarden-cli',
      timeout: 5_000,
      maxReconnectAttempts: 3,
      ...(settings.user ? { user: settings.user, pass: settings.password ?? '' } : {}),
    });
  } catch (error) {
    // The URL may carry a password (nats://user:password@host): never shown.
    throw new CliError(`cannot connect to NATS at ${redactUrl(settings.url)}${settings.user ? ` as ${settings.user}` : ''}: ${(error as Error).message}`);
  }
}

export async function closeBus(nc: NatsConnection): Promise<void> {
  if (!nc.isClosed()) await nc.drain().catch(() => nc.close());
}

export async function openDatabase(url: string): Promise<Database> {
  const database = connectDatabase(url, { applicationName: 'keywarden-cli', max: 2 });
  try {
    await database.sql`select 1`;
  } catch (error) {
    await database.close().catch(() => {});
    throw new CliError(`cannot connect to ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return database;
}
