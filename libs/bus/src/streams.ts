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
 * Creates or updates the stream of one context: `EVT_<CONTEXT>` on
 * `evt.<context>.>`, file storage, kept (ARCHITECTURE §4). A service
 * provisions only its own stream; its NATS user may not touch others.
 */
export async function ensureEventStream(nc: NatsConnection, context: Context, options: EventStreamOptions = {}) {
  const names = busNames(options.namespace);
  const jsm = await jetstreamManager(nc);
  const config: Partial<StreamConfig> & { name: string } = {
    name: names.stream(context),
    subjects: [names.contextSubjects(context)],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: options.replicas ?? 1,
    duplicate_window: (options.duplicateWindowMs ?? 120_000) * 1_000_000,
    max_age: 0,
  };
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
