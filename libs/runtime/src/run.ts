import type { z } from 'zod';
import { ConfigError, loadConfig } from './config.js';
import { startService, type ServiceDefinition } from './service.js';

const SHUTDOWN_DEADLINE_MS = 15_000;

/**
 * The whole of a service's main.ts: read the configuration (exit 2 with the
 * list of problems), start, and stop cleanly on SIGINT/SIGTERM.
 */
export async function runService<E extends z.ZodRawShape>(
  definition: ServiceDefinition,
  options: { extraConfig?: E; requireDatabase?: boolean; requireMasterKeys?: boolean } = {},
): Promise<void> {
  let config;
  try {
    config = loadConfig(definition.name, process.env, options.extraConfig, {
      database: options.requireDatabase ?? Boolean(definition.context),
      masterKeys: options.requireMasterKeys ?? false,
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.detail}\n`);
    process.exit(2);
  }
  // Listen for SIGINT/SIGTERM from the start: a stop asked for while the
  // service is still starting (migrations, NATS) waits for the start to end,
  // then stops cleanly instead of dying on the default signal action.
  let running: Awaited<ReturnType<typeof startService>> | undefined;
  let requested: string | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (!running) {
      requested ??= signal;
      return;
    }
    if (stopping) return;
    stopping = true;
    running.deps.logger.info({ signal }, 'stopping');
    const deadline = setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    running = await startService(definition, config);
  } catch (error) {
    // Wrong credentials, an unreachable database, a failed migration: nothing a restart loop inside would fix.
    const e = error as { name?: string; code?: string; message?: string };
    process.stderr.write(`${definition.name} could not start: ${e.code ?? e.name ?? 'Error'}: ${e.message ?? ''}\n`);
    process.exit(1);
  }
  // A promise nobody awaited failed: a bug, logged (type and code, never the message)
  // rather than let Node end the process, which would drop the work of every other part.
  const logger = running.deps.logger;
  const database = running.deps.database;
  process.on('unhandledRejection', (reason) => {
    if (database?.availability.noticeFailure(reason)) return;
    const e = reason as { name?: string; code?: unknown } | undefined;
    logger.error({ err: { type: e?.name ?? typeof reason, code: typeof e?.code === 'string' ? e.code : undefined } }, 'unhandled rejection; the service goes on');
  });
  if (requested) return await shutdown(requested);
  // A supervisor (the local platform) waits for every service's word before it says the platform is up.
  process.send?.({ keywarden: 'ready', service: definition.name });
}
