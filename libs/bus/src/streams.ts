import { busNames, type Context } from '@keywarden/contracts';
import { jetstreamManager, RetentionPolicy, StorageType, type StreamConfig, type StreamInfo } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { BusSetupError, isPermissionViolation, isStreamMissing, listDifferences } from './errors.js';

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
 * The inbound stream: `EXT_INBOUND` on `ext.>` (contracts inbound.ts), what a company's services publish
 * into Keywarden; file storage and limits retention like the event streams, so a message stays after it
 * was handled (an operator can see what was received).
 */
export function inboundStreamConfig(options: EventStreamOptions = {}): Partial<StreamConfig> & { name: string } {
  const names = busNames(options.namespace);
  // The event streams' storage, retention, replicas and duplicate window; its own name and subjects.
  const { subjects: _subjects, name: _name, ...rest } = eventStreamConfig('gitops', options);
  return { ...rest, name: names.inboundStream(), subjects: [names.inboundSubjects()] };
}

/**
 * Creates or updates the stream of one context (eventStreamConfig): what the
 * provisioner (provisionBus) and tests on an open server use. An existing
 * stream is updated to the configured replicas (JetStream scales it); what the
 * topology does not set is kept, except republish, sources and mirror, which
 * would have the server copy events elsewhere.
 */
export async function ensureEventStream(nc: NatsConnection, context: Context, options: EventStreamOptions = {}) {
  const config = eventStreamConfig(context, options);
  const jsm = await jetstreamManager(nc);
  try {
    const existing = await jsm.streams.info(config.name);
    return await jsm.streams.update(config.name, streamUpdate(existing.config, config));
  } catch (error) {
    if (!isStreamMissing(error)) throw error;
    return await jsm.streams.add(config);
  }
}

/** Creates or updates EXT_INBOUND (inboundStreamConfig): for tests on an open server; the provisioner makes it elsewhere. */
export async function ensureInboundStream(nc: NatsConnection, options: EventStreamOptions = {}) {
  const config = inboundStreamConfig(options);
  const jsm = await jetstreamManager(nc);
  try {
    const existing = await jsm.streams.info(config.name);
    return await jsm.streams.update(config.name, streamUpdate(existing.config, config));
  } catch (error) {
    if (!isStreamMissing(error)) throw error;
    return await jsm.streams.add(config);
  }
}

/** The update that makes `found` the topology's stream: its own fields, nothing copied elsewhere. */
export function streamUpdate(found: StreamConfig, expected: Partial<StreamConfig>): StreamConfig {
  // Present and undefined, not left out: nats.js merges an update into the stream's current configuration.
  return { ...found, ...expected, republish: undefined, sources: undefined, mirror: undefined } as unknown as StreamConfig;
}

/**
 * The stream as a service may use it: looked up; created only when it is
 * missing and this NATS user may (an open test server; otherwise
 * ERR_BUS_NOT_PROVISIONED); never changed; refused when it differs from the
 * topology (ERR_BUS_MISCONFIGURED), e.g. a republish or a source.
 */
export async function openEventStream(nc: NatsConnection, context: Context, options: EventStreamOptions = {}): Promise<StreamInfo> {
  const expected = eventStreamConfig(context, options);
  const jsm = await jetstreamManager(nc);
  let info: StreamInfo | undefined;
  try {
    info = await jsm.streams.info(expected.name);
  } catch (error) {
    if (!isStreamMissing(error)) throw error;
  }
  if (!info) {
    try {
      return await jsm.streams.add(expected);
    } catch (error) {
      if (isPermissionViolation(error)) throw new BusSetupError('ERR_BUS_NOT_PROVISIONED', `stream ${expected.name}`, [], error);
      throw error;
    }
  }
  const differences = streamDifferences(expected, info.config);
  if (differences.length > 0) throw new BusSetupError('ERR_BUS_MISCONFIGURED', `stream ${expected.name}`, differences);
  return info;
}

/** The fields of `found` that differ from the topology's stream, each as `field: found (expected …)`. */
export function streamDifferences(expected: Partial<StreamConfig>, found: Partial<StreamConfig>): string[] {
  const sorted = (subjects: readonly string[] | undefined) => [...(subjects ?? [])].sort().join(',');
  const extra = found as Partial<StreamConfig> & { subject_transform?: unknown };
  const fields: Array<[string, unknown, unknown]> = [
    ['subjects', sorted(found.subjects), sorted(expected.subjects)],
    ['storage', found.storage, expected.storage],
    ['retention', found.retention, expected.retention],
    ['num_replicas', found.num_replicas, expected.num_replicas],
    ['duplicate_window', found.duplicate_window, expected.duplicate_window],
    ['max_age', found.max_age, expected.max_age],
    // Each has the server publish or copy the stream's messages somewhere else.
    ['republish', found.republish?.dest ?? '', ''],
    ['sources', (found.sources ?? []).map((s) => s.name).join(','), ''],
    ['mirror', found.mirror?.name ?? '', ''],
    ['subject_transform', extra.subject_transform ? JSON.stringify(extra.subject_transform) : '', ''],
  ];
  return listDifferences(fields);
}
