import { busNames, type Context } from '@keywarden/contracts';
import { jetstreamManager, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';

export type EventStreamOptions = {
  namespace?: string;
  /** R3 in a cluster, R1 on one machine. */
  replicas?: number;
  /** How long JetStream drops a republished Nats-Msg-Id. */
  duplicateWindowMs?: number;
};

/**
 * The stream of one context: `EVT_<CONTEXT>` on `evt.<context>.>`, file
 * storage, kept (ARCHITECTURE §4), with `replicas` copies (1 to 5: JetStream's
 * limit; R3 needs a cluster of at least three servers).
 */
export function eventStreamConfig(context: Context, options: EventStreamOptions = {}): Partial<StreamConfig> & { name: string } {
  const replicas = options.replicas ?? 1;
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) throw new RangeError(`stream replicas must be an integer from 1 to 5, got ${replicas}`);
  const names = busNames(options.namespace);
  return {
    name: names.stream(context),
    subjects: [names.contextSubjects(context)],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: replicas,
    duplicate_window: (options.duplicateWindowMs ?? 120_000) * 1_000_000,
    max_age: 0,
  };
}

/**
 * Creates or updates the stream of one context (eventStreamConfig). A service
 * provisions only its own stream; its NATS user may not touch others. An
 * existing stream is updated to the configured replicas (JetStream scales it).
 */
export async function ensureEventStream(nc: NatsConnection, context: Context, options: EventStreamOptions = {}) {
  const config = eventStreamConfig(context, options);
  const jsm = await jetstreamManager(nc);
  return await upsertStream(jsm, config);
}

async function upsertStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }) {
  try {
    const existing = await jsm.streams.info(config.name);
    return await jsm.streams.update(config.name, { ...existing.config, ...config });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return await jsm.streams.add(config);
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; code?: number | string; message?: string; api_error?: { err_code?: number } };
  return e?.name === 'StreamNotFoundError' || e?.api_error?.err_code === 10059 || /not found/i.test(e?.message ?? '');
}
