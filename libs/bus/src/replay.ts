import { busNames, decodeEvent, type Context as BusContext, type EventEnvelope } from '@keywarden/contracts';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { readHeaders } from './headers.js';

export type ReplayOptions = {
  context: BusContext;
  namespace?: string;
  /** Narrow to some subjects of the stream; default all. */
  filterSubject?: string;
  /** Events per batch while the handler keeps up (default 500). */
  batchSize?: number;
  /**
   * The most events a batch grows to while the handler is still busy with the previous one (default
   * 4 × batchSize): the events read meanwhile go into the next batch instead of the reader waiting, so a
   * handler that is behind gets fewer, larger batches (a multi-row insert costs less per row the more rows).
   */
  maxBatchSize?: number;
  /** Applies a batch (e.g. one transaction into an emptied projection). */
  handleBatch: (events: EventEnvelope[]) => Promise<void>;
  /** Messages that do not decode are counted and skipped: the live consumer has parked them already. */
  onProgress?: (progress: ReplayProgress) => void;
};

export type ReplayProgress = { delivered: number; undecodable: number; pending: number };

/**
 * Reads a context's stream from the start with an ordered consumer (no
 * server-side state, no acks) until it has caught up with what was in the
 * stream when it started, handing decoded events over in batches.
 */
export async function replayStream(nc: NatsConnection, options: ReplayOptions): Promise<ReplayProgress> {
  const names = busNames(options.namespace);
  const js = jetstream(nc);
  const stream = names.stream(options.context);
  // nats-server 2.9 knows one filter subject, not filter_subjects: pass one only when narrowing.
  const consumer = await js.consumers.get(stream, options.filterSubject ? { filter_subjects: options.filterSubject } : {});
  const info = await consumer.info(true);
  const progress: ReplayProgress = { delivered: 0, undecodable: 0, pending: info.num_pending };
  if (info.num_pending === 0) return progress;
  const batchSize = options.batchSize ?? 500;
  const maxBatchSize = Math.max(batchSize, options.maxBatchSize ?? batchSize * 4);
  let batch: EventEnvelope[] = [];
  // One batch is applied while the next is read and decoded: order kept, at most two batches in memory
  // (the next one of at most maxBatchSize events).
  let applying: Promise<void> = Promise.resolve();
  let busy = false;
  const apply = async (events: EventEnvelope[], snapshot: ReplayProgress) => {
    await applying;
    busy = true;
    applying = options.handleBatch(events).then(() => options.onProgress?.(snapshot)).finally(() => {
      busy = false;
    });
    // Rejections surface at the next await of `applying`, not as unhandled ones.
    applying.catch(() => {});
  };
  const messages = await consumer.consume({ max_messages: batchSize * 2 });
  try {
    for await (const m of messages) {
      try {
        const headers = readHeaders(m);
        if (headers.malformed) throw new Error('malformed header block');
        batch.push(decodeEvent({ subject: m.subject, headers: headers.record, data: m.data }));
      } catch {
        progress.undecodable++;
      }
      progress.delivered++;
      const done = m.info.pending === 0;
      // A full batch waits for the handler only once it has grown to the most: until then, reading goes on.
      if (done || batch.length >= maxBatchSize || (batch.length >= batchSize && !busy)) {
        await apply(batch, { ...progress, pending: m.info.pending });
        batch = [];
      }
      if (done) break;
    }
    await applying;
  } finally {
    await messages.close().catch(() => {});
  }
  progress.pending = 0;
  return progress;
}
