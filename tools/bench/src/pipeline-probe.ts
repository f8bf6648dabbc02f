import type { RecordedEvent } from '@keywarden/event-store';
import { percentile, round } from './report.js';
import type { Identity } from './services.js';

/**
 * Watches events through the pipeline.
 *
 * Latency is append commit -> projection commit, per event id. The append's
 * time is taken when commandHandler resolves in this process (its COMMIT has
 * returned); the projection's in the reader process when the consumer's inbox
 * transaction has returned from COMMIT (before the acks). Both are
 * `performance.timeOrigin + performance.now()` on the same machine: one
 * clock, sub-millisecond resolution. Both include a little event-loop delay,
 * as a real service would see.
 */
export const now = (): number => performance.timeOrigin + performance.now();

export class PipelineProbe {
  private readonly appendedAt = new Map<string, number>();
  private readonly projectedAt = new Map<string, number>();
  private readonly consumer = { batches: 0, events: 0 };

  appended(event: RecordedEvent): void {
    this.appendedAt.set(event.eventId, now());
  }

  /** A consumer batch committed at `at`. */
  projected(ids: readonly string[], at: number): void {
    this.consumer.batches++;
    this.consumer.events += ids.length;
    for (const id of ids) if (!this.projectedAt.has(id)) this.projectedAt.set(id, at);
  }

  /** Resolves once `total` distinct events were projected; fails when nothing moves for 30 s. */
  async untilProjected(total: number, stallMs = 30_000): Promise<void> {
    let last = this.projectedAt.size;
    let lastChange = performance.now();
    while (this.projectedAt.size < total) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (this.projectedAt.size !== last) {
        last = this.projectedAt.size;
        lastChange = performance.now();
      } else if (performance.now() - lastChange > stallMs) {
        throw new Error(`pipeline stalled: ${last} of ${total} events projected`);
      }
    }
  }

  /** A measurement window: from now until the last event projected in it. */
  open(identity: Identity) {
    const started = now();
    const appendedBefore = new Set(this.appendedAt.keys());
    const projectedBefore = new Set(this.projectedAt.keys());
    const relay0 = { ...identity.relayRounds, published: identity.relay.published };
    const consumer0 = { ...this.consumer };
    return {
      started,
      progress: () =>
        `appended ${this.appendedAt.size - appendedBefore.size}, relayed ${identity.relay.published - relay0.published}, projected ${this.projectedAt.size - projectedBefore.size}`,
      close: () => {
        const fresh = [...this.projectedAt].filter(([id]) => !projectedBefore.has(id));
        const lastProjected = Math.max(...fresh.map(([, at]) => at));
        const latencies = fresh
          .filter(([id]) => this.appendedAt.has(id) && !appendedBefore.has(id))
          .map(([id, at]) => at - this.appendedAt.get(id)!)
          .sort((a, b) => a - b);
        const relayRounds = identity.relayRounds.rounds - relay0.rounds;
        const consumerBatches = this.consumer.batches - consumer0.batches;
        return {
          ms: lastProjected - started,
          latency: {
            p50: round(percentile(latencies, 50), 1),
            p90: round(percentile(latencies, 90), 1),
            p99: round(percentile(latencies, 99), 1),
            max: round(latencies.at(-1) ?? Number.NaN, 1),
          },
          batching: {
            relay_rounds: relayRounds,
            relay_mean_batch: round((identity.relayRounds.events - relay0.events) / relayRounds, 1),
            consumer_batches: consumerBatches,
            consumer_mean_batch: round((this.consumer.events - consumer0.events) / consumerBatches, 1),
          },
        };
      },
    };
  }
}
